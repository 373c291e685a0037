package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Guards the shape of the public API of the analysis package. */
final class AnalysisApiTest {
    private static final List<Class<?>> PUBLIC_TYPES = List.of(AnomalyCheck.class, AnomalyCheck.Verdict.class,
            Forecast.class, ForecastPoint.class, Forecaster.class, HoltForecaster.class, Interval.class,
            PeriodOverPeriod.class,
            KpiSeries.class, KpiSeries.Builder.class, LinearFit.class, LinearTrendForecaster.class,
            MadAnomalyDetector.class, MovingAverages.class, Normal.class, RateComparison.class, Rates.class,
            RequiredGrowth.class, RequiredGrowth.Achievability.class, StudentT.class, UndefinedValues.class);

    @Test
    void noPublicSignatureMentionsAnInternalType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : PUBLIC_TYPES) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    check(leaks, type + "." + m.getName(), m.getGenericReturnType());
                    for (Type p : m.getGenericParameterTypes()) {
                        check(leaks, type + "." + m.getName(), p);
                    }
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers())) {
                    for (Type p : c.getGenericParameterTypes()) {
                        check(leaks, type + ".<init>", p);
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void everyPublicClassIsFinalOrAnInterfaceOrEnumOrRecord() {
        for (Class<?> type : PUBLIC_TYPES) {
            assertTrue(type.isInterface() || type.isEnum() || type.isRecord() || Modifier.isFinal(type.getModifiers()),
                    type::toString);
        }
    }

    private static void check(List<String> leaks, String where, Type type) {
        if (type.getTypeName().contains(".internal.")) {
            leaks.add(where + " mentions " + type.getTypeName());
        }
    }
}
