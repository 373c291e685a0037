package org.kpisdk.core.analysis;

import java.util.Objects;
import java.util.OptionalDouble;

import org.kpisdk.core.internal.Checks;

/**
 * The comparison of a rate before and after (two independent samples): the difference {@code after − before},
 * the pooled two-proportion z statistic with its two-sided p-value, and a confidence interval for the difference.
 * Built by {@link Rates#compare}.
 *
 * <pre>{@code
 * RateComparison c = Rates.compare(48, 80, 56, 70, 0.95);   // 60% then 80%
 * c.difference();                                           // 0.2
 * c.differenceInterval();                                   // [0.0524, 0.3339] (Newcombe's hybrid score)
 * c.isSignificant();                                        // true: p-value below 1 − 0.95
 * }</pre>
 *
 * <p>When both samples have no variation at all (every trial a success, or none), the z statistic is 0/0: {@link
 * #zStatistic()} is empty and the p-value is 1 (the data give no evidence of a change).
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param before             the earlier rate, in [0, 1]
 * @param after              the later rate, in [0, 1]
 * @param difference         {@code after − before}
 * @param zStatistic         the pooled z statistic, empty when the pooled variance is 0
 * @param pValue             the two-sided p-value {@code 2·Φ(−|z|)}, in [0, 1]
 * @param differenceInterval Newcombe's hybrid score interval for the difference, within [−1, 1]
 * @param confidence         the confidence level of the interval, and {@code 1 − α} of {@link #isSignificant()}
 */
public record RateComparison(double before, double after, double difference, OptionalDouble zStatistic,
        double pValue, Interval differenceInterval, double confidence) {
    /** Validates the fields. */
    public RateComparison {
        Objects.requireNonNull(zStatistic, "zStatistic");
        Objects.requireNonNull(differenceInterval, "differenceInterval");
        Checks.argument(pValue >= 0 && pValue <= 1, "pValue must be in [0, 1], was %s", pValue);
        Normal.checkConfidence(confidence);
    }

    /** Returns whether the change is significant at level {@code 1 − confidence}: {@code pValue < 1 − confidence}. */
    public boolean isSignificant() {
        return pValue < 1.0 - confidence;
    }
}
