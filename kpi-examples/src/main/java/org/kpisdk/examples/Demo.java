package org.kpisdk.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.TimeGrain;

/**
 * The runnable demonstration: KPIs of the bundled sample data for the last quarter, per channel.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl kpi-examples -am package exec:java
 * }</pre>
 */
public final class Demo {
    private static final Currency EUR = Currency.getInstance(SampleData.CURRENCY);

    /**
     * The last-quarter figures of one channel, kept exact: ratios keep their counts, money its cents.
     *
     * @param channel    the channel
     * @param impressions impressions in the quarter
     * @param engagement engagements (likes, comments, shares, saves) over impressions
     * @param conversion conversions over sessions
     * @param cost       total cost
     * @param revenue    attributed revenue
     */
    public record ChannelFigures(String channel, long impressions, Ratio engagement, Ratio conversion, Money cost,
            Money revenue) {
        /** ROI in percent, {@code (revenue - cost) * 100 / cost}; empty when the cost is zero. */
        public OptionalDouble roiPercent() {
            if (cost.isZero()) {
                return OptionalDouble.empty();
            }
            BigDecimal roi = revenue.minus(cost).amount().multiply(BigDecimal.valueOf(100))
                    .divide(cost.amount(), 10, RoundingMode.HALF_EVEN);
            return OptionalDouble.of(roi.doubleValue());
        }
    }

    private Demo() {
    }

    /** Runs the demo on the bundled sample and prints to standard output. */
    public static void main(String[] args) {
        print(SampleData.generate(SampleData.SEED), System.out);
    }

    /** The quarter the demo reports on: the last quarter the sample covers in full. */
    static PeriodKey lastQuarter() {
        return PeriodKey.of(SampleData.LAST_DAY.plusDays(1), TimeGrain.QUARTER).previous();
    }

    /** Sums the rows of {@code quarter} per channel, in the sample's channel order. */
    static Map<String, ChannelFigures> byChannel(List<SampleData.Row> rows, PeriodKey quarter) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        BaseMeasure[] measures = {StandardMeasures.IMPRESSIONS, StandardMeasures.LIKES, StandardMeasures.COMMENTS,
            StandardMeasures.SHARES, StandardMeasures.SAVES, StandardMeasures.CONVERSIONS, StandardMeasures.SESSIONS,
            StandardMeasures.COST, StandardMeasures.REVENUE_ATTRIBUTED};
        for (String channel : SampleData.CHANNELS) {
            sums.put(channel, new long[measures.length]);
        }
        for (SampleData.Row row : rows) {
            if (!quarter.contains(row.date())) {
                continue;
            }
            long[] s = sums.get(row.channel());
            for (int i = 0; i < measures.length; i++) {
                s[i] = Math.addExact(s[i], row.values().getOrDefault(measures[i], 0L));
            }
        }
        Map<String, ChannelFigures> result = new LinkedHashMap<>();
        sums.forEach((channel, s) -> {
            long engagements = Math.addExact(Math.addExact(s[1], s[2]), Math.addExact(s[3], s[4]));
            result.put(channel, new ChannelFigures(channel, s[0], Ratio.of(engagements, s[0]), Ratio.of(s[5], s[6]),
                    Money.ofMicros(s[7], EUR), Money.ofMicros(s[8], EUR)));
        });
        return result;
    }

    /** Prints the per-channel scorecard of the last quarter. */
    static void print(List<SampleData.Row> rows, PrintStream out) {
        PeriodKey quarter = lastQuarter();
        out.printf("Aurora Coffee, %s (%s to %s), %,d daily rows in the sample%n%n", quarter, quarter.start(),
                quarter.end(), rows.size());
        out.printf("%-10s %12s %11s %11s %14s %14s %9s%n", "channel", "impressions", "engagement", "conversion",
                "cost", "revenue", "ROI");
        for (ChannelFigures f : byChannel(rows, quarter).values()) {
            out.printf("%-10s %,12d %11s %11s %14s %14s %9s%n", f.channel(), f.impressions(),
                    percent(f.engagement().percent()), percent(f.conversion().percent()), f.cost(), f.revenue(),
                    percent(f.roiPercent()));
        }
        out.println();
        out.println("Rates are ratios of sums over the quarter; 'n/a' marks a rate whose denominator is zero.");
    }

    private static String percent(OptionalDouble value) {
        return value.isPresent() ? String.format("%.2f%%", value.getAsDouble()) : "n/a";
    }
}
