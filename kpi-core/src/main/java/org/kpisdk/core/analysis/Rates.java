package org.kpisdk.core.analysis;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Ratio;

/**
 * Inference for rates that are ratios of counts (engagement rate, conversion rate, click-through rate…): the
 * Wilson score confidence interval of one rate, and whether a rate really changed between two periods.
 *
 * <pre>{@code
 * Interval ci = Rates.wilson(81, 263, 0.95);                     // [0.2553, 0.3662]
 * // "Did our engagement rate really rise?" 12 of 200 last month, 20 of 200 this month:
 * RateComparison c = Rates.compare(12, 200, 20, 200, 0.95);
 * c.difference();                                                 // 0.04
 * c.pValue();                                                     // 0.1404
 * c.isSignificant();                                              // false: not a real rise at 95%
 * Rates.compare(Ratio.of(12, 200), Ratio.empty(), 0.95);          // Optional.empty(): 0/0 is undefined
 * }</pre>
 *
 * <p>Methods. Wilson (1927) score interval, {@code (p̂ + z²/2n ± z √(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n)}, which stays
 * in [0, 1] and behaves at 0 and n successes (Newcombe 1998, method 3; Brown, Cai and DasGupta 2001). The change
 * between two rates is tested by the pooled two-proportion z-test, with two-sided p-value {@code 2·Φ(−|z|)}, and
 * its confidence interval is Newcombe's hybrid score interval for a difference of independent proportions
 * (Newcombe 1998, "Interval estimation for the difference between independent proportions", method 10), built
 * from the two Wilson intervals.
 *
 * <p>Counts must satisfy {@code 0 <= successes <= trials} and {@code trials > 0}; a rate over no trials is
 * undefined, so the {@link Ratio} overloads return an empty result for it instead of throwing.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class Rates {
    private Rates() {
    }

    /**
     * Returns the Wilson score interval of the rate {@code successes / trials} at {@code confidence}. The interval
     * lies in [0, 1] and contains the observed rate; it starts at 0 when {@code successes = 0} and ends at 1 when
     * {@code successes = trials}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= successes <= trials}, {@code trials > 0} and
     *                                  {@code 0 < confidence < 1}
     */
    public static Interval wilson(long successes, long trials, double confidence) {
        checkCounts(successes, trials, "successes", "trials");
        return wilsonAt(successes, trials, Normal.twoSidedCritical(confidence));
    }

    /**
     * Returns the Wilson score interval of {@code rate}, or empty when its denominator is 0 (an undefined rate).
     *
     * @throws IllegalArgumentException unless {@code 0 <= numerator <= denominator} and {@code 0 < confidence < 1}
     */
    public static Optional<Interval> wilson(Ratio rate, double confidence) {
        Objects.requireNonNull(rate, "rate");
        Normal.checkConfidence(confidence);
        if (!rate.isDefined()) {
            return Optional.empty();
        }
        return Optional.of(wilson(rate.numerator(), rate.denominator(), confidence));
    }

    static Interval wilsonAt(long successes, long trials, double z) {
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1.0 + z2 / n;
        double center = (p + z2 / (2 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // Clamp the rounding at the ends: mathematically 0 <= lower <= p <= upper <= 1, with equality at 0 and n.
        double lower = successes == 0 ? 0.0 : Math.max(0.0, Math.min(p, center - half));
        double upper = successes == trials ? 1.0 : Math.min(1.0, Math.max(p, center + half));
        return new Interval(lower, upper);
    }

    /**
     * Compares two rates: did the rate change from {@code before} ({@code x1/n1}) to {@code after}
     * ({@code x2/n2})? The difference is {@code after − before}.
     *
     * @throws IllegalArgumentException unless both count pairs satisfy {@code 0 <= successes <= trials},
     *                                  {@code trials > 0}, and {@code 0 < confidence < 1}
     */
    public static RateComparison compare(long beforeSuccesses, long beforeTrials, long afterSuccesses,
            long afterTrials, double confidence) {
        checkCounts(beforeSuccesses, beforeTrials, "beforeSuccesses", "beforeTrials");
        checkCounts(afterSuccesses, afterTrials, "afterSuccesses", "afterTrials");
        double z = Normal.twoSidedCritical(confidence);
        double p1 = (double) beforeSuccesses / beforeTrials;
        double p2 = (double) afterSuccesses / afterTrials;
        double difference = p2 - p1;
        Interval w1 = wilsonAt(beforeSuccesses, beforeTrials, z);
        Interval w2 = wilsonAt(afterSuccesses, afterTrials, z);
        // Newcombe's method 10 for θ = p2 − p1.
        double lower = difference - Math.sqrt(square(p2 - w2.lower()) + square(w1.upper() - p1));
        double upper = difference + Math.sqrt(square(w2.upper() - p2) + square(p1 - w1.lower()));
        Interval interval = new Interval(Math.max(-1.0, Math.min(difference, lower)),
                Math.min(1.0, Math.max(difference, upper)));
        // Pooled z-test; the pooled rate is computed from the exact counts.
        double pooled = ((double) beforeSuccesses + afterSuccesses) / ((double) beforeTrials + afterTrials);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / beforeTrials + 1.0 / afterTrials));
        if (se == 0) {
            return new RateComparison(p1, p2, difference, OptionalDouble.empty(), 1.0, interval,
                    confidence);
        }
        double statistic = difference / se;
        double pValue = Math.min(1.0, 2.0 * Normal.cdf(-Math.abs(statistic)));
        return new RateComparison(p1, p2, difference, OptionalDouble.of(statistic), pValue, interval,
                confidence);
    }

    /**
     * Compares two rates given as ratios; empty when either is undefined (denominator 0).
     *
     * @throws IllegalArgumentException unless each defined ratio has {@code 0 <= numerator <= denominator}, and
     *                                  {@code 0 < confidence < 1}
     */
    public static Optional<RateComparison> compare(Ratio before, Ratio after, double confidence) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Normal.checkConfidence(confidence);
        if (!before.isDefined() || !after.isDefined()) {
            return Optional.empty();
        }
        return Optional.of(compare(before.numerator(), before.denominator(), after.numerator(),
                after.denominator(), confidence));
    }

    private static double square(double v) {
        return v * v;
    }

    private static void checkCounts(long successes, long trials, String successesName, String trialsName) {
        Checks.argument(trials > 0, "%s must be > 0 (a rate over no trials is undefined), was %d", trialsName,
                trials);
        Checks.argument(successes >= 0 && successes <= trials, "%s must be in 0..%s = %d, was %d", successesName,
                trialsName, trials, successes);
    }
}
