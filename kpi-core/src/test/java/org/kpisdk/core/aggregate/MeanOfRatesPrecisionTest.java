package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Money;

/**
 * The explicit mean of rates keeps each row's rate to 40 significant digits (no fixed point): the mean of 1/3 and
 * 1/3 is 1/3 to the 34 digits of a {@link MetricValue}, rates far below a billionth still count, and the exact sums
 * travel through merges and the partial-aggregate bytes. Expected values are worked out by hand.
 */
final class MeanOfRatesPrecisionTest {
    private static final MetricDefinition MEAN_CTR = MetricDefinition.builder("mean_ctr")
            .meanOfRates(StandardMeasures.AD_CLICKS, StandardMeasures.IMPRESSIONS);
    private static final MetricDefinition MEAN_CTR_EXPR = MetricDefinition.builder("mean_ctr_expr")
            .expression("mean_of_rates(ad_clicks, impressions)", StandardMetrics.catalog());
    private static final Query QUERY = Query.builder().metric(MEAN_CTR).metric(MEAN_CTR_EXPR).build();

    private static ObservationTable table(long[][] clicksAndImpressions) {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel")
                .measure(StandardMeasures.AD_CLICKS).measure(StandardMeasures.IMPRESSIONS);
        int day = 1;
        for (long[] r : clicksAndImpressions) {
            b.row(LocalDate.of(2026, 1, day++)).dimension("channel", "search")
                    .value(StandardMeasures.AD_CLICKS, r[0]).value(StandardMeasures.IMPRESSIONS, r[1]).add();
        }
        return b.build();
    }

    private static BigDecimal mean(ObservationTable t, String metric) {
        return QUERY.execute(t).rows().get(0).value(metric).value().orElseThrow();
    }

    @Test
    void meanOfOneThirdAndOneThirdIsOneThirdToThirtyFourDigits() {
        ObservationTable t = table(new long[][] {{1, 3}, {2, 6}});
        BigDecimal third = new BigDecimal("0." + "3".repeat(34));
        assertEquals(third, mean(t, "mean_ctr"));
        assertEquals(third, mean(t, "mean_ctr_expr"));
        assertEquals("0." + "3".repeat(34), QUERY.execute(t).rows().get(0).value("mean_ctr").toString());
    }

    @Test
    void ratesBelowABillionthStillCount() {
        // 1 / 2e9 = 5e-10 and 1 / 4e9 = 2.5e-10: mean 3.75e-10 (a 1e-9 fixed point made it 0)
        ObservationTable t = table(new long[][] {{1, 2_000_000_000L}, {1, 4_000_000_000L}});
        assertEquals(0, new BigDecimal("3.75E-10").compareTo(mean(t, "mean_ctr")));
        // 1 / 3e12 = 3.33...e-13, and a row with 0 impressions is skipped
        ObservationTable tiny = table(new long[][] {{1, 3_000_000_000_000L}, {5, 0}});
        assertEquals(new BigDecimal("3." + "3".repeat(33) + "E-13"), mean(tiny, "mean_ctr"));
    }

    @Test
    void moneyRatesAreExactToo() {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel")
                .measure(StandardMeasures.COST, java.util.Currency.getInstance("EUR"))
                .measure(StandardMeasures.AD_CLICKS);
        // EUR 1 / 3 clicks and EUR 0.000001 / 7 clicks: (1/3 + 1e-6/7) / 2 = 0.16666673809523809523...
        b.row(LocalDate.of(2026, 1, 1)).dimension("channel", "a").money(StandardMeasures.COST, Money.of("1", "EUR"))
                .value(StandardMeasures.AD_CLICKS, 3).add();
        b.row(LocalDate.of(2026, 1, 2)).dimension("channel", "a")
                .money(StandardMeasures.COST, Money.of("0.000001", "EUR")).value(StandardMeasures.AD_CLICKS, 7).add();
        MetricDefinition meanCpc = MetricDefinition.builder("mean_cpc")
                .meanOfRates(StandardMeasures.COST, StandardMeasures.AD_CLICKS);
        MetricValue v = Query.builder().metric(meanCpc).build().execute(b.build()).rows().get(0).value("mean_cpc");
        // 1/3 + 1/7000000 = 7000003/21000000; halved: 7000003/42000000 = 0.166666738095|238..., money to 12 places
        assertEquals(Money.of("0.166666738095", "EUR"), v.money().orElseThrow());
    }

    @Test
    void splitsMergeToTheSameExactValueInAnyOrder() {
        ObservationTable t = table(new long[][] {{1, 3}, {1, 7}, {2, 11}, {0, 0}, {5, 13}, {1, 2_000_000_000L}});
        PartialAggregate whole = QUERY.partial(t);
        PartialAggregate a = QUERY.partial(t, 0, 2);
        PartialAggregate b = QUERY.partial(t, 2, 4);
        PartialAggregate c = QUERY.partial(t, 4, 6);
        assertEquals(whole, a.plus(b).plus(c));
        assertEquals(whole, c.plus(a).plus(b));
        assertEquals(whole, a.plus(c.plus(b)));
        assertEquals(QUERY.execute(t), QUERY.execute(t, 3));
        // 1/3 + 1/7 + 2/11 + 5/13 = (1001 + 429 + 546 + 1155) / 3003 = 3131/3003; plus 1/2e9:
        // (3131 x 2e9 + 3003) / (3003 x 2e9) = 6,262,000,003,003 / 6,006,000,000,000; mean over 5 rates:
        BigDecimal exact = new BigDecimal(6_262_000_003_003L).divide(new BigDecimal(30_030_000_000_000L),
                MathContext.DECIMAL128);
        assertEquals(exact, mean(t, "mean_ctr"));
    }

    @Test
    void exactSumsSurviveTheBytes() {
        ObservationTable t = table(new long[][] {{1, 3}, {1, 7}});
        PartialAggregate p = QUERY.partial(t);
        PartialAggregate back = PartialAggregate.fromBytes(QUERY, p.toBytes());
        assertEquals(p, back);
        assertEquals(QUERY.execute(t), back.result());
    }

    @Test
    void noDefinedRateSaysWhy() {
        MetricValue v = QUERY.execute(table(new long[][] {{3, 0}})).rows().get(0).value("mean_ctr");
        assertEquals(Optional.of("denominator impressions = 0 in every row carrying 'ad_clicks'"),
                v.undefinedReason());
    }

    @Test
    void hostileRateSumsInBytesAreRefused() throws IOException {
        assertTrue(refusal(bytes(-1, new byte[] {1})).contains("rate sum 0 must have a scale in 0..128, had -1"));
        assertTrue(refusal(bytes(Integer.MAX_VALUE, new byte[] {1})).contains("must have a scale in 0..128"));
        assertTrue(refusal(bytes(0, new byte[0])).contains("rate sum 0 must have 1.."));
        assertTrue(refusal(bytes(0, new byte[129])).contains("had 129"));
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(IllegalArgumentException.class, () -> PartialAggregate.fromBytes(QUERY, bytes))
                .getMessage();
    }

    /** One group with one present rate sum (and its count) whose exact part is encoded as given. */
    private static byte[] bytes(int scale, byte[] unscaled) throws IOException {
        assertEquals(2, QUERY.sumStates().size());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            out.writeInt(0x4b504132);
            out.writeBoolean(false);
            out.writeInt(0); // currencies
            out.writeInt(0); // undeclared measures
            out.writeInt(1); // groups
            out.writeInt(0); // no dimension values
            out.writeLong(Group.NO_PERIOD);
            out.writeLong(1); // rows
            out.writeInt(2);
            out.writeLong(0);
            out.writeLong(1);
            out.writeInt(scale);
            out.writeInt(unscaled.length);
            out.write(unscaled);
            out.writeLong(1);
            out.writeLong(1);
            out.writeInt(0); // gauges
            out.write(new byte[200]); // room, so that the length check is the one that refuses
        }
        return b.toByteArray();
    }
}
