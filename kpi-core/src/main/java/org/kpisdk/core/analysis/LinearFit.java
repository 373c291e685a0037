package org.kpisdk.core.analysis;

import java.util.Objects;
import java.util.OptionalDouble;

import org.kpisdk.core.internal.Checks;

/**
 * An ordinary least-squares straight line {@code y = intercept + slope · x}, with the standard errors of both
 * coefficients, R² and prediction intervals.
 *
 * <pre>{@code
 * LinearFit fit = LinearFit.of(new double[] {1, 2, 3, 4}, new double[] {2.1, 3.9, 6.2, 7.8});
 * fit.slope();                             // 1.94
 * fit.rSquared();                          // OptionalDouble[0.9956…]
 * fit.predictionInterval(5, 0.95);         // where a new observation at x = 5 should fall
 * }</pre>
 *
 * <p>Computed in two passes around the means (after shifting by the first point), with the deviations divided by
 * a power of two near the largest before they are squared, so that data whose spread is below 1e-154 or above 1e154
 * fits like the same data rescaled (x = {1, 2, 3, 4}·1e-170 has a slope of 9e169 with a finite standard error).
 * This matches the certified values of NIST StRD's linear-regression dataset of lower difficulty ("Norris") to at
 * least 12 significant digits. Rules: at least 3 points (the standard errors need {@code n − 2 >= 1} degrees of
 * freedom) and at least two distinct {@code x}; an exact fit has standard errors 0; when every {@code y} is equal,
 * R² (0/0) is empty.
 *
 * <p>Immutable and thread-safe.
 */
public final class LinearFit {
    private final int n;
    private final double slope;
    private final double intercept;
    private final double meanX;
    /** The power of two by which x deviations are divided before squaring. */
    private final double scaleX;
    /** Σ((x − x̄)/scaleX)², between 1 and n. */
    private final double scaledSxx;
    private final double residualSd;
    private final OptionalDouble rSquared;

    private LinearFit(int n, double slope, double intercept, double meanX, double scaleX, double scaledSxx,
            double residualSd, OptionalDouble rSquared) {
        this.n = n;
        this.slope = slope;
        this.intercept = intercept;
        this.meanX = meanX;
        this.scaleX = scaleX;
        this.scaledSxx = scaledSxx;
        this.residualSd = residualSd;
        this.rSquared = rSquared;
    }

    /**
     * Fits a line to the points {@code (x[i], y[i])}.
     *
     * @throws IllegalArgumentException if the arrays differ in length, hold fewer than 3 points, a value is not
     *                                  finite, or all {@code x} are equal
     * @throws ArithmeticException      if a deviation from the mean, the slope, the intercept or the residual
     *                                  standard deviation overflows the double range
     */
    public static LinearFit of(double[] x, double[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Checks.argument(x.length == y.length, "x and y must have the same length, was %d and %d", x.length,
                y.length);
        int n = x.length;
        Checks.argument(n >= 3, "a linear fit needs at least 3 points (n - 2 >= 1 degrees of freedom), had %d", n);
        for (int i = 0; i < n; i++) {
            Checks.argument(Double.isFinite(x[i]), "x[%d] must be finite, was %s", i, x[i]);
            Checks.argument(Double.isFinite(y[i]), "y[%d] must be finite, was %s", i, y[i]);
        }
        double meanX = shiftedMean(x);
        double meanY = shiftedMean(y);
        // Deviations are divided by a power of two near their largest (exactly, barring subnormals) before they are
        // squared, so that neither deviations below 1e-154 nor above 1e154 underflow or overflow in the squares.
        double scaleX = powerOfTwoScale(x, meanX, "x");
        double spreadY = powerOfTwoScale(y, meanY, "y");
        double scaleY = spreadY == 0 ? 1.0 : spreadY;
        Checks.argument(scaleX > 0, "x must take at least two distinct values (zero variance), all were %s", x[0]);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = (x[i] - meanX) / scaleX;
            double dy = (y[i] - meanY) / scaleY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        double scaledSlope = sxy / sxx;
        // Scaling back by a power of two is exact and overflows only where the slope itself does.
        double slope = Math.scalb(scaledSlope, Math.getExponent(scaleY) - Math.getExponent(scaleX));
        double intercept = meanY - slope * meanX;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = (y[i] - meanY) / scaleY - scaledSlope * ((x[i] - meanX) / scaleX);
            sse += r * r;
        }
        double residualSd = scaleY * Math.sqrt(sse / (n - 2));
        finite(slope + intercept + residualSd, "fit");
        OptionalDouble r2 = syy == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.max(0.0, Math.min(1.0, 1.0 - sse / syy)));
        return new LinearFit(n, slope, intercept, meanX, scaleX, sxx, residualSd, r2);
    }

    /**
     * The power of two at or below the largest {@code |v[i] − mean|}, or 0 when every deviation is 0.
     *
     * @throws ArithmeticException if a deviation overflows the double range
     */
    private static double powerOfTwoScale(double[] v, double mean, String what) {
        double largest = 0;
        for (double value : v) {
            largest = Math.max(largest, Math.abs(value - mean));
        }
        finite(largest, "deviations of " + what);
        return largest == 0 ? 0.0 : Math.scalb(1.0, Math.getExponent(largest));
    }

    /** Mean computed as x0 + Σ(xi − x0)/n: exact for constant data and accurate for data far from 0. */
    static double shiftedMean(double[] v) {
        double origin = v[0];
        double sum = 0;
        for (double value : v) {
            sum += value - origin;
        }
        return origin + sum / v.length;
    }

    private static void finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException(what + " overflowed the double range; rescale the data");
        }
    }

    /** Returns the number of points fitted. */
    public int n() {
        return n;
    }

    /** Returns the least-squares slope. */
    public double slope() {
        return slope;
    }

    /** Returns the least-squares intercept, the line's value at {@code x = 0}. */
    public double intercept() {
        return intercept;
    }

    /** Returns the standard error of the slope, {@code s / √Sxx}. */
    public double slopeStandardError() {
        return residualSd / Math.sqrt(scaledSxx) / scaleX;
    }

    /** Returns the standard error of the intercept, {@code s · √(1/n + x̄²/Sxx)}. */
    public double interceptStandardError() {
        double meanScaled = meanX / scaleX;
        return residualSd * Math.sqrt(1.0 / n + meanScaled * meanScaled / scaledSxx);
    }

    /** Returns the residual standard deviation {@code s = √(SSE / (n − 2))}. */
    public double residualStandardDeviation() {
        return residualSd;
    }

    /** Returns R² = 1 − SSE/SST in [0, 1], or empty when every y is equal (SST = 0, so R² is 0/0). */
    public OptionalDouble rSquared() {
        return rSquared;
    }

    /** Returns the degrees of freedom of the residuals, {@code n − 2}. */
    public int degreesOfFreedom() {
        return n - 2;
    }

    /** Returns the line's value at {@code x}. */
    public double predict(double x) {
        Checks.argument(Double.isFinite(x), "x must be finite, was %s", x);
        return intercept + slope * x;
    }

    /**
     * Returns the interval in which a new observation at {@code x} falls with probability {@code confidence}:
     * {@code ŷ ± t(n−2) · s · √(1 + 1/n + (x − x̄)²/Sxx)}, with the Student t quantile.
     *
     * @throws IllegalArgumentException unless {@code x} is finite and {@code 0 < confidence < 1}
     */
    public Interval predictionInterval(double x, double confidence) {
        Normal.checkConfidence(confidence);
        return intervalAt(x, tMultiplier(confidence));
    }

    /**
     * Returns the Student t multiplier {@code t(n−2)} of a two-sided interval at {@code confidence}, so that a caller
     * computing many intervals at one confidence (a forecast) computes it once.
     */
    double tMultiplier(double confidence) {
        // The lower tail (1 − c)/2 stays exact where (1 + c)/2 would round to 1 for c near 1.
        return -StudentT.quantile((1.0 - confidence) / 2.0, n - 2);
    }

    /** Returns the prediction interval at {@code x} for the multiplier {@code t} of {@link #tMultiplier}. */
    Interval intervalAt(double x, double t) {
        double center = predict(x);
        double dx = (x - meanX) / scaleX;
        double half = t * residualSd * Math.sqrt(1.0 + 1.0 / n + dx * dx / scaledSxx);
        finite(center + half, "prediction interval");
        return new Interval(center - half, center + half);
    }

    @Override
    public String toString() {
        return Checks.format("LinearFit[n=%d, slope=%s ± %s, intercept=%s ± %s, R²=%s]", n, slope,
                slopeStandardError(), intercept, interceptStandardError(),
                rSquared.isPresent() ? Double.toString(rSquared.getAsDouble()) : "undefined");
    }
}
