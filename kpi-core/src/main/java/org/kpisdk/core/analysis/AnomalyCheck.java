package org.kpisdk.core.analysis;

import java.util.Objects;
import java.util.OptionalDouble;

import org.kpisdk.core.value.PeriodKey;

/**
 * The verdict of a {@link MadAnomalyDetector} on one period.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param period  the period judged
 * @param verdict the verdict
 * @param score   the robust z-score {@code (value − median) / (1.4826 · MAD)} of the value against its trailing
 *                window; empty when there is no verdict on data ({@link Verdict#UNDEFINED_VALUE},
 *                {@link Verdict#INSUFFICIENT_HISTORY}) or when the window has no spread (MAD = 0) and the value
 *                differs from the median, where the score would be infinite
 * @param median  the median of the trailing window, empty without enough history
 */
public record AnomalyCheck(PeriodKey period, Verdict verdict, OptionalDouble score, OptionalDouble median) {
    /** Validates the fields. */
    public AnomalyCheck {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(median, "median");
    }

    /** Returns whether the period is flagged, above or below. */
    public boolean isAnomaly() {
        return verdict == Verdict.HIGH || verdict == Verdict.LOW;
    }

    /** What a {@link MadAnomalyDetector} concluded about one period. */
    public enum Verdict {
        /** Within {@code threshold} robust deviations of the trailing median. */
        NORMAL,
        /** More than {@code threshold} robust deviations above the trailing median. */
        HIGH,
        /** More than {@code threshold} robust deviations below the trailing median. */
        LOW,
        /** The period's own value is undefined: nothing to judge. */
        UNDEFINED_VALUE,
        /** The trailing window holds fewer defined values than the detector's minimum history. */
        INSUFFICIENT_HISTORY
    }
}
