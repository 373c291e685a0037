package org.kpisdk.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.kpisdk.core.analysis.AnomalyCheck.Verdict;
import org.kpisdk.core.internal.Checks;

/**
 * Flags periods whose value departs from the trailing window by more than {@code threshold} robust deviations:
 * {@code |value − median| > threshold · 1.4826 · MAD}, where the median and the median absolute deviation (MAD)
 * are taken over the defined values of the {@code window} periods before the one judged. The factor
 * {@code 1.4826 = 1/Φ⁻¹(3/4)} makes the MAD estimate the standard deviation of normal data, so a threshold of 3
 * reads like "three sigma" while one outlier cannot inflate it (Hampel's identifier; Leys et al. 2013 recommend
 * thresholds of 2.5 to 3).
 *
 * <pre>{@code
 * MadAnomalyDetector detector = MadAnomalyDetector.of(8, 3.0);
 * for (AnomalyCheck c : detector.check(dailyConversions)) {
 *     if (c.isAnomaly()) { ... c.period() ... c.score() ... }
 * }
 * }</pre>
 *
 * <p>Outcomes without a score: an undefined value gets {@link Verdict#UNDEFINED_VALUE}; a window with fewer than
 * {@link #minimumHistory()} defined values gets {@link Verdict#INSUFFICIENT_HISTORY}; a window without spread
 * (MAD = 0) flags any value different from its median, with an empty score (it would be infinite), and calls a
 * value equal to it normal with score 0.
 *
 * <p>Immutable and thread-safe.
 */
public final class MadAnomalyDetector {
    /** 1/Φ⁻¹(3/4): the MAD of a normal sample times this estimates its standard deviation. */
    static final double CONSISTENCY = 1.0 / Normal.quantile(0.75);

    private final int window;
    private final double threshold;
    private final int minimumHistory;

    private MadAnomalyDetector(int window, double threshold, int minimumHistory) {
        this.window = window;
        this.threshold = threshold;
        this.minimumHistory = minimumHistory;
    }

    /**
     * Returns a detector over a trailing window of {@code window} periods, flagging beyond {@code threshold}
     * robust deviations; the minimum history is {@code min(window, 3)} defined values.
     *
     * @throws IllegalArgumentException unless {@code window >= 1} and {@code threshold} is finite and {@code > 0}
     */
    public static MadAnomalyDetector of(int window, double threshold) {
        Checks.argument(window >= 1, "window must be >= 1, was %d", window);
        Checks.argument(Double.isFinite(threshold) && threshold > 0, "threshold must be finite and > 0, was %s",
                threshold);
        return new MadAnomalyDetector(window, threshold, Math.min(window, 3));
    }

    /**
     * Returns a copy that needs at least {@code minimumHistory} defined values in the window to judge a period.
     *
     * @throws IllegalArgumentException unless {@code 1 <= minimumHistory <= window}
     */
    public MadAnomalyDetector withMinimumHistory(int minimumHistory) {
        Checks.argument(minimumHistory >= 1 && minimumHistory <= window,
                "minimumHistory must be in 1..window = %d, was %d", window, minimumHistory);
        return new MadAnomalyDetector(window, threshold, minimumHistory);
    }

    /** Returns the number of trailing periods each value is compared with. */
    public int window() {
        return window;
    }

    /** Returns the number of robust deviations beyond which a value is flagged. */
    public double threshold() {
        return threshold;
    }

    /** Returns the number of defined values the window needs for a verdict on data. */
    public int minimumHistory() {
        return minimumHistory;
    }

    /** Returns one check per period of {@code series}, in order. */
    public List<AnomalyCheck> check(KpiSeries series) {
        Objects.requireNonNull(series, "series");
        List<AnomalyCheck> checks = new ArrayList<>(series.size());
        double[] history = new double[window];
        int start = 0;
        for (int i = 0; i < series.size(); i++) {
            long from = series.index(i) - window;
            while (series.index(start) < from) {
                start++;
            }
            if (!series.isDefined(i)) {
                checks.add(new AnomalyCheck(series.period(i), Verdict.UNDEFINED_VALUE, OptionalDouble.empty(),
                        OptionalDouble.empty()));
                continue;
            }
            int count = 0;
            for (int j = start; j < i; j++) {
                if (series.isDefined(j)) {
                    history[count++] = series.raw(j);
                }
            }
            if (count < minimumHistory) {
                checks.add(new AnomalyCheck(series.period(i), Verdict.INSUFFICIENT_HISTORY, OptionalDouble.empty(),
                        OptionalDouble.empty()));
                continue;
            }
            double median = median(history, count);
            for (int j = 0; j < count; j++) {
                history[j] = Math.abs(history[j] - median);
            }
            double mad = median(history, count);
            double deviation = series.raw(i) - median;
            checks.add(judge(series, i, median, mad, deviation));
        }
        return List.copyOf(checks);
    }

    private AnomalyCheck judge(KpiSeries series, int i, double median, double mad, double deviation) {
        OptionalDouble med = OptionalDouble.of(median);
        if (mad == 0) {
            if (deviation == 0) {
                return new AnomalyCheck(series.period(i), Verdict.NORMAL, OptionalDouble.of(0.0), med);
            }
            return new AnomalyCheck(series.period(i), deviation > 0 ? Verdict.HIGH : Verdict.LOW,
                    OptionalDouble.empty(), med);
        }
        double score = deviation / (CONSISTENCY * mad);
        if (!Double.isFinite(score)) {
            throw new ArithmeticException("anomaly score overflowed the double range; rescale the series");
        }
        Verdict verdict = score > threshold ? Verdict.HIGH : score < -threshold ? Verdict.LOW : Verdict.NORMAL;
        return new AnomalyCheck(series.period(i), verdict, OptionalDouble.of(score), med);
    }

    /** Median of the first count values (sorts them in place). */
    static double median(double[] values, int count) {
        Arrays.sort(values, 0, count);
        int mid = count / 2;
        return count % 2 == 1 ? values[mid] : values[mid - 1] + (values[mid] - values[mid - 1]) / 2.0;
    }

    @Override
    public String toString() {
        return Checks.format("MadAnomalyDetector[window=%d, threshold=%s, minimumHistory=%d]", window, threshold,
                minimumHistory);
    }
}
