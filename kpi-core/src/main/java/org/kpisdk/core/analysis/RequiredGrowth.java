package org.kpisdk.core.analysis;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Direction;

/**
 * The compound growth per period that a goal requires, {@code (target / baseline)^(1/periods) − 1}, judged against
 * the growth the KPI has actually shown period over period: the data-driven "achievable" of a SMART goal.
 *
 * <pre>{@code
 * // 1,000 followers now, 2,000 wanted within 12 months: 5.95% a month.
 * RequiredGrowth g = RequiredGrowth.assess(1_000, 2_000, 12, monthlyFollowers, Direction.HIGHER_IS_BETTER);
 * g.requiredRate();                // 0.0594630943592953
 * g.shareOfPeriodsAsGood();        // e.g. OptionalDouble[0.18]: 18% of past months grew at least that fast
 * g.achievability();               // STRETCH
 * }</pre>
 *
 * <p>The history's growth rates are {@code y(t)/y(t−1) − 1} over consecutive periods whose values are both defined
 * and whose earlier value is {@code > 0}; other pairs are skipped. The judgement, for a metric where higher is
 * better (mirrored when lower is better): {@link Achievability#ALREADY_MET} if the target is not above the
 * baseline; {@link Achievability#INSUFFICIENT_HISTORY} with fewer than {@value #MINIMUM_HISTORY} growth rates;
 * otherwise, with {@code share} the fraction of historical rates at least as good as the required one,
 * {@link Achievability#ACHIEVABLE} when {@code share >= 0.5} (the required rate is no better than the median
 * period), {@link Achievability#STRETCH} when {@code share >= 0.1}, and {@link Achievability#UNLIKELY} below.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param requiredRate         the required compound growth rate per period
 * @param historicalRates      how many period-over-period growth rates the history provided
 * @param historicalMedian     the median historical growth rate, empty without history
 * @param shareOfPeriodsAsGood the fraction of historical rates at least as good as the required one, empty without
 *                             history
 * @param achievability        the judgement
 */
public record RequiredGrowth(double requiredRate, int historicalRates, OptionalDouble historicalMedian,
        OptionalDouble shareOfPeriodsAsGood, Achievability achievability) {
    /** The fewest historical growth rates that support a judgement. */
    public static final int MINIMUM_HISTORY = 3;
    /** The share of historical periods at or above which a required rate is achievable. */
    public static final double ACHIEVABLE_SHARE = 0.5;
    /** The share of historical periods at or above which a required rate is a stretch rather than unlikely. */
    public static final double STRETCH_SHARE = 0.1;

    /** Validates the fields. */
    public RequiredGrowth {
        Checks.argument(Double.isFinite(requiredRate), "requiredRate must be finite, was %s", requiredRate);
        Checks.argument(historicalRates >= 0, "historicalRates must be >= 0, was %d", historicalRates);
        Objects.requireNonNull(historicalMedian, "historicalMedian");
        Objects.requireNonNull(shareOfPeriodsAsGood, "shareOfPeriodsAsGood");
        Objects.requireNonNull(achievability, "achievability");
    }

    /** How realistic a required growth rate is, given the KPI's own history. */
    public enum Achievability {
        /** The target is already reached by the baseline: no growth is needed. */
        ALREADY_MET,
        /** At least half of the historical periods did as well as required. */
        ACHIEVABLE,
        /** Between 10% and 50% of the historical periods did as well as required. */
        STRETCH,
        /** Fewer than 10% of the historical periods did as well as required. */
        UNLIKELY,
        /** The history has too few growth rates to judge. */
        INSUFFICIENT_HISTORY
    }

    /**
     * Returns the compound rate per period that takes {@code baseline} to {@code target} in {@code periods}
     * periods: {@code (target / baseline)^(1/periods) − 1}, computed as {@code expm1(ln(target/baseline)/periods)}
     * with the logarithm taken without cancellation, so that a target close to the baseline keeps full relative
     * precision (5 → 5.0000001 in one period: 2.0000000056e-8, within 1e-15).
     *
     * @throws IllegalArgumentException unless both values are finite and {@code > 0} (compound growth from or to 0
     *                                  is undefined) and {@code periods >= 1}
     */
    public static double requiredRate(double baseline, double target, int periods) {
        Checks.argument(Double.isFinite(baseline) && baseline > 0,
                "baseline must be finite and > 0 for compound growth, was %s", baseline);
        Checks.argument(Double.isFinite(target) && target > 0,
                "target must be finite and > 0 for compound growth, was %s", target);
        Checks.argument(periods >= 1, "periods must be >= 1, was %d", periods);
        double rate = Math.expm1(logRatio(target, baseline) / periods);
        Checks.argument(Double.isFinite(rate), "required growth from %s to %s in %d periods overflows", baseline,
                target, periods);
        return rate;
    }

    /**
     * {@code ln(target / baseline)} to within a few ulps: {@code log1p((target − baseline)/baseline)} when the ratio
     * is within [1/2, 2], where the difference is exact (Sterbenz) and {@code log(target) − log(baseline)} would
     * cancel (5 → 5.0000001 lost 1.1e-9 relative); the logarithm of the ratio elsewhere, or the difference of the
     * logarithms when the ratio over- or underflows.
     */
    static double logRatio(double target, double baseline) {
        double ratio = target / baseline;
        if (ratio >= 0.5 && ratio <= 2.0) {
            return Math.log1p((target - baseline) / baseline);
        }
        if (ratio > Double.MIN_NORMAL && Double.isFinite(ratio)) {
            return Math.log(ratio);
        }
        return Math.log(target) - Math.log(baseline);
    }

    /**
     * Assesses the growth that {@code baseline → target} in {@code periods} periods requires against the
     * period-over-period growth of {@code history}.
     *
     * @throws IllegalArgumentException as {@link #requiredRate}, or if {@code direction} is
     *                                  {@link Direction#NEUTRAL} (no better way to grow)
     */
    public static RequiredGrowth assess(double baseline, double target, int periods, KpiSeries history,
            Direction direction) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(direction, "direction");
        Checks.argument(direction != Direction.NEUTRAL,
                "direction must be HIGHER_IS_BETTER or LOWER_IS_BETTER to judge a growth target, was NEUTRAL");
        double required = requiredRate(baseline, target, periods);
        double[] rates = historicalRates(history);
        int m = rates.length;
        OptionalDouble median = m == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(MadAnomalyDetector.median(rates.clone(), m));
        int asGood = 0;
        for (double r : rates) {
            if (direction == Direction.HIGHER_IS_BETTER ? r >= required : r <= required) {
                asGood++;
            }
        }
        OptionalDouble share = m == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) asGood / m);
        Achievability verdict;
        if (!direction.isBetter(target, baseline)) {
            verdict = Achievability.ALREADY_MET;
        } else if (m < MINIMUM_HISTORY) {
            verdict = Achievability.INSUFFICIENT_HISTORY;
        } else {
            double s = share.getAsDouble();
            verdict = s >= ACHIEVABLE_SHARE ? Achievability.ACHIEVABLE
                    : s >= STRETCH_SHARE ? Achievability.STRETCH : Achievability.UNLIKELY;
        }
        return new RequiredGrowth(required, m, median, share, verdict);
    }

    /** Growth rates y(t)/y(t−1) − 1 over consecutive, defined pairs with y(t−1) > 0, in period order. */
    static double[] historicalRates(KpiSeries s) {
        double[] rates = new double[Math.max(0, s.size() - 1)];
        int m = 0;
        for (int i = 1; i < s.size(); i++) {
            double previous = s.raw(i - 1);
            double current = s.raw(i);
            if (s.index(i) - s.index(i - 1) == 1 && previous > 0 && !Double.isNaN(current)) {
                double rate = current / previous - 1.0;
                if (Double.isFinite(rate)) {
                    rates[m++] = rate;
                }
            }
        }
        return Arrays.copyOf(rates, m);
    }
}
