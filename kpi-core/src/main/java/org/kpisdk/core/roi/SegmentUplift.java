package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.util.Objects;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.Ratio;

/**
 * Seed 004's estimate of what engagement is worth: compare the customers who follow and engage with you against
 * those who do not, on retention, upsell rate, deal size or time to close, and value the difference over the
 * engaged segment: {@code (engaged − others) × engaged segment size × value per unit of the difference}.
 *
 * <pre>{@code
 * // 900 of 1,000 followers renewed, 1,600 of 2,000 others: 10 points more, each renewal worth EUR 500
 * SegmentUplift retention = SegmentUplift.rate("retention", Ratio.of(900, 1_000), Ratio.of(1_600, 2_000),
 *         1_000, Money.of("500", "EUR"));
 * retention.value();                        // EUR 50000.00 = (0.90 − 0.80) × 1,000 × 500
 * // followers close in 30 days on average, others in 45; 40 follower deals; a day sooner is worth EUR 20
 * SegmentUplift.mean("time_to_close_days", Direction.LOWER_IS_BETTER, new BigDecimal("1200"), 40,
 *         new BigDecimal("2700"), 60, 40, Money.of("20", "EUR")).value();   // EUR 12000.00
 * }</pre>
 *
 * <p>The value is an exact {@link Figure}: undefined when either segment is empty (an average over nothing),
 * negative when the engaged segment does worse. It is an estimate of association, not of cause.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class SegmentUplift {
    private final String metric;
    private final Figure difference;
    private final long engagedSize;
    private final Figure value;

    private SegmentUplift(String metric, Figure difference, long engagedSize, Figure value) {
        this.metric = metric;
        this.difference = difference;
        this.engagedSize = engagedSize;
        this.value = value;
    }

    /**
     * Returns the uplift in a rate where higher is better (retention, upsell rate): {@code (engaged − others) ×
     * engagedSize × valuePerUnit}, where {@code valuePerUnit} is what one more retained (upsold) customer is worth.
     *
     * @throws IllegalArgumentException if the size or the value is negative
     */
    public static SegmentUplift rate(String metric, Ratio engaged, Ratio others, long engagedSize,
            Money valuePerUnit) {
        Objects.requireNonNull(engaged, "engaged");
        Objects.requireNonNull(others, "others");
        return mean(metric, Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(engaged.numerator()),
                engaged.denominator(), BigDecimal.valueOf(others.numerator()), others.denominator(), engagedSize,
                valuePerUnit);
    }

    /**
     * Returns the uplift in average deal size: {@code (engagedRevenue / engagedDeals − othersRevenue /
     * othersDeals) × engagedDeals}.
     *
     * @throws IllegalArgumentException if a count is negative or the currencies differ
     */
    public static SegmentUplift dealSize(Money engagedRevenue, long engagedDeals, Money othersRevenue,
            long othersDeals) {
        Objects.requireNonNull(engagedRevenue, "engagedRevenue");
        Objects.requireNonNull(othersRevenue, "othersRevenue");
        Ledger.requireCurrency(engagedRevenue.currency(), othersRevenue);
        return mean("deal_size", Direction.HIGHER_IS_BETTER, engagedRevenue.amount(), engagedDeals,
                othersRevenue.amount(), othersDeals, engagedDeals, Money.of(BigDecimal.ONE, engagedRevenue.currency()));
    }

    /**
     * Returns the uplift in any average, {@code total / count} per segment, in the given direction (time to close
     * is {@link Direction#LOWER_IS_BETTER}: fewer days is an improvement): {@code ±(engagedTotal / engagedCount −
     * othersTotal / othersCount) × engagedSize × valuePerUnit}.
     *
     * @param metric       a snake-case name for the compared measure
     * @param engagedCount the members the engaged average is over, {@code >= 0}
     * @param othersCount  the members the others' average is over, {@code >= 0}
     * @param engagedSize  the size of the engaged segment the difference is valued over, {@code >= 0}
     * @param valuePerUnit what one unit of the difference is worth per member, {@code >= 0}
     * @throws IllegalArgumentException if the direction is neutral or a count, size or value is negative
     */
    public static SegmentUplift mean(String metric, Direction direction, BigDecimal engagedTotal, long engagedCount,
            BigDecimal othersTotal, long othersCount, long engagedSize, Money valuePerUnit) {
        CostCategory.checkId(metric, "metric");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(engagedTotal, "engagedTotal");
        Objects.requireNonNull(othersTotal, "othersTotal");
        Objects.requireNonNull(valuePerUnit, "valuePerUnit");
        Checks.argument(direction != Direction.NEUTRAL, "direction must say which way is better, was %s", direction);
        Checks.nonNegative(engagedCount, "engagedCount");
        Checks.nonNegative(othersCount, "othersCount");
        Checks.nonNegative(engagedSize, "engagedSize");
        Checks.argument(valuePerUnit.signum() >= 0, "valuePerUnit must be >= 0, was %s", valuePerUnit);
        // engagedTotal/engagedCount − othersTotal/othersCount, over the common denominator
        BigDecimal e = BigDecimal.valueOf(engagedCount);
        BigDecimal o = BigDecimal.valueOf(othersCount);
        BigDecimal num = engagedTotal.multiply(o).subtract(othersTotal.multiply(e));
        if (direction == Direction.LOWER_IS_BETTER) {
            num = num.negate();
        }
        BigDecimal den = engagedCount == 0 || othersCount == 0 ? BigDecimal.ZERO : e.multiply(o);
        Figure difference = Figure.ratio(num, den);
        Figure value = Figure.money(num.multiply(BigDecimal.valueOf(engagedSize)).multiply(valuePerUnit.amount()),
                den, valuePerUnit.currency());
        return new SegmentUplift(metric, difference, engagedSize, value);
    }

    /** Returns the name of the compared measure. */
    public String metric() {
        return metric;
    }

    /** Returns the difference per member, signed so that positive favours the engaged segment. */
    public Figure difference() {
        return difference;
    }

    /** Returns the size of the engaged segment. */
    public long engagedSize() {
        return engagedSize;
    }

    /** Returns the estimated value of the difference over the engaged segment, exact, possibly undefined. */
    public Figure value() {
        return value;
    }

    /** Equal when metric, difference, size and value are equal. */
    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof SegmentUplift u)) {
            return false;
        }
        return metric.equals(u.metric) && difference.equals(u.difference) && engagedSize == u.engagedSize
                && value.equals(u.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, difference, engagedSize, value);
    }

    /** Returns {@code SegmentUplift[retention: +0.10 over 1000 = EUR 50000.00]}, rounded for display. */
    @Override
    public String toString() {
        return "SegmentUplift[" + metric + ": " + difference + " over " + engagedSize + " = " + value + "]";
    }
}
