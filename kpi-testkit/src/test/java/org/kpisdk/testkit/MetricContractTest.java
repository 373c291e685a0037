package org.kpisdk.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.InputValues;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricInfo;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.metric.ValueRange;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Unit;

/** The contract kit used as a base class, and shown to catch broken metrics. */
final class MetricContractTest {
    /** CTR through the class form of the kit. */
    @Nested
    final class CtrContractTest extends MetricContract {
        @Override
        protected MetricDefinition metric() {
            return StandardMetrics.CTR;
        }
    }

    /** A metric with a denominator that averages per-row rates without saying so. */
    private static final MetricDefinition MEAN_OF_ROW_RATES_IN_DISGUISE = new MetricDefinition() {
        private final MetricInfo info = new MetricInfo("sneaky_ctr", "Sneaky CTR", Unit.RATIO,
                Direction.HIGHER_IS_BETTER, ValueRange.unbounded(), "", "");

        @Override
        public MetricInfo info() {
            return info;
        }

        @Override
        public List<Input> inputs() {
            return StandardMetrics.CTR.inputs();
        }

        @Override
        public MetricValue evaluate(InputValues values) {
            // wrong on purpose: 0/0 gives 0 instead of undefined
            MetricValue v = StandardMetrics.CTR.evaluate(values);
            return v.isDefined() ? v : MetricValue.of(Unit.RATIO, BigDecimal.ZERO);
        }

        @Override
        public String formula() {
            return "ad_clicks / impressions";
        }
    };

    @Test
    void catchesAMetricThatInventsZeroForUndefined() {
        assertThrows(AssertionError.class, () -> MetricContract.checkZeroInputs(MEAN_OF_ROW_RATES_IN_DISGUISE, true));
        assertThrows(AssertionError.class, () -> MetricContract.verify(MEAN_OF_ROW_RATES_IN_DISGUISE,
                StandardMetrics.catalog(), 50));
    }

    @Test
    void catchesAMetricInTheWrongUnit() {
        MetricDefinition wrongUnit = new MetricDefinition() {
            private final MetricInfo info = new MetricInfo("clicks_as_money", "Clicks", Unit.COUNT,
                    Direction.HIGHER_IS_BETTER, ValueRange.unbounded(), "", "");

            @Override
            public MetricInfo info() {
                return info;
            }

            @Override
            public List<Input> inputs() {
                return List.of(Input.of(StandardMeasures.AD_CLICKS));
            }

            @Override
            public MetricValue evaluate(InputValues values) {
                return MetricValue.of(Unit.RATIO, values.get(inputs().get(0)).orElse(BigDecimal.ONE));
            }
        };
        assertThrows(AssertionError.class,
                () -> MetricContract.checkValue(wrongUnit, MetricGen.row(wrongUnit).edgeCases().get(0)));
    }
}
