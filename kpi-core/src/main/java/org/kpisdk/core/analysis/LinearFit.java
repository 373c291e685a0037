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
 * <p>Computed in two passes around the means (after shifting by the first point), which matches the certified
 * values of NIST StRD's linear-regression dataset of lower difficulty ("Norris") to at least 12 significant
 * digits. Rules: at least 3 points (the standard errors need {@code n − 2 >= 1} degrees of freedom) and at least
 * two distinct {@code x}; an exact fit has standard errors 0; when every {@code y} is equal, R² (0/0) is empty.
 *
 * <p>Immutable and thread-safe.
 */
public final class LinearFit {
    private final int n;
    private final double slope;
    private final double intercept;
    private final double meanX;
    private final double sxx;
    private final double residualVariance;
    private final OptionalDouble rSquared;

    private LinearFit(int n, double slope, double intercept, double meanX, double sxx, double residualVariance,
            OptionalDouble rSquared) {
        this.n = n;
        this.slope = slope;
        this.intercept = intercept;
        this.meanX = meanX;
        this.sxx = sxx;
        this.residualVariance = residualVariance;
        this.rSquared = rSquared;
    }

    /**
     * Fits a line to the points {@code (x[i], y[i])}.
     *
     * @throws IllegalArgumentException if the arrays differ in length, hold fewer than 3 points, a value is not
     *                                  finite, or all {@code x} are equal
     * @throws ArithmeticException      if an intermediate sum overflows the double range
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
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        finite(sxx + sxy + syy, "sums of squares");
        Checks.argument(sxx > 0, "x must take at least two distinct values (zero variance), all were %s", x[0]);
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - meanY - slope * (x[i] - meanX);
            sse += r * r;
        }
        finite(sse + slope + intercept, "fit");
        OptionalDouble r2 = syy == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.max(0.0, Math.min(1.0, 1.0 - sse / syy)));
        return new LinearFit(n, slope, intercept, meanX, sxx, sse / (n - 2), r2);
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
        return Math.sqrt(residualVariance / sxx);
    }

    /** Returns the standard error of the intercept, {@code s · √(1/n + x̄²/Sxx)}. */
    public double interceptStandardError() {
        return Math.sqrt(residualVariance * (1.0 / n + meanX * meanX / sxx));
    }

    /** Returns the residual standard deviation {@code s = √(SSE / (n − 2))}. */
    public double residualStandardDeviation() {
        return Math.sqrt(residualVariance);
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
        double center = predict(x);
        Normal.checkConfidence(confidence);
        // The lower tail (1 − c)/2 stays exact where (1 + c)/2 would round to 1 for c near 1.
        double t = -StudentT.quantile((1.0 - confidence) / 2.0, n - 2);
        double dx = x - meanX;
        double half = t * Math.sqrt(residualVariance * (1.0 + 1.0 / n + dx * dx / sxx));
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
