package org.kpisdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.InputValues;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Unit;

final class MetricGenTest {
    @Test
    void sameSeedSameRows() {
        List<InputValues> a = MetricGen.rows(StandardMetrics.CPA, 1, 8).next(new SplittableRandom(7));
        List<InputValues> b = MetricGen.rows(StandardMetrics.CPA, 1, 8).next(new SplittableRandom(7));
        assertEquals(a.toString(), b.toString());
        assertEquals(FormulaGen.typed(Unit.MONEY, 4).next(new SplittableRandom(3)),
                FormulaGen.typed(Unit.MONEY, 4).next(new SplittableRandom(3)));
    }

    @Test
    void meanOfRatesRowsCarryOneConsistentRate() {
        Input count = StandardMetrics.AVG_ENGAGEMENT_RATE_PER_POST.inputs().get(1);
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 200; i++) {
            BigDecimal n = MetricGen.row(StandardMetrics.AVG_ENGAGEMENT_RATE_PER_POST).next(r).get(count)
                    .orElseThrow();
            assertTrue(n.signum() == 0 || n.compareTo(BigDecimal.ONE) == 0, "a row is one post: count 0 or 1");
        }
    }

    @Test
    void edgeCasesAreZerosAndAbsent() {
        List<InputValues> edges = MetricGen.row(StandardMetrics.CTR).edgeCases();
        Input clicks = Input.of(StandardMeasures.AD_CLICKS);
        assertEquals(0, edges.get(0).get(clicks).orElseThrow().signum());
        assertFalse(edges.get(1).get(clicks).isPresent());
    }

    @Test
    void typedFormulasRefuseOtherUnits() {
        assertThrows(IllegalArgumentException.class, () -> FormulaGen.typed(Unit.SCORE, 3));
        assertThrows(IllegalArgumentException.class, () -> FormulaGen.syntactic(List.of(), 3));
    }
}
