package org.kpisdk.core.analysis;

/**
 * An unevaluated sum {@code hi + lo} of two doubles with {@code |lo| <= ulp(hi)/2}: about 32 significant digits, for
 * the few recurrences whose terms cancel to far below a double's precision (Dekker 1971, "A floating-point technique
 * for extending the available precision"; the error-free sums and products of Knuth and of {@link Math#fma}).
 * Not API; immutable.
 */
final class DoubleDouble {
    static final DoubleDouble ONE = new DoubleDouble(1.0, 0.0);

    final double hi;
    final double lo;

    private DoubleDouble(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    static DoubleDouble of(double value) {
        return new DoubleDouble(value, 0.0);
    }

    /** The exact product {@code a · b}. */
    static DoubleDouble product(double a, double b) {
        double p = a * b;
        return new DoubleDouble(p, Math.fma(a, b, -p));
    }

    DoubleDouble plus(DoubleDouble other) {
        double s = hi + other.hi;
        double v = s - hi;
        double e = (hi - (s - v)) + (other.hi - v) + lo + other.lo;
        return normalized(s, e);
    }

    DoubleDouble negated() {
        return new DoubleDouble(-hi, -lo);
    }

    DoubleDouble times(DoubleDouble other) {
        double p = hi * other.hi;
        double e = Math.fma(hi, other.hi, -p) + (hi * other.lo + lo * other.hi);
        return normalized(p, e);
    }

    DoubleDouble dividedBy(DoubleDouble other) {
        double q1 = hi / other.hi;
        DoubleDouble r = plus(other.times(of(q1)).negated());
        double q2 = r.hi / other.hi;
        r = r.plus(other.times(of(q2)).negated());
        double q3 = r.hi / other.hi;
        DoubleDouble q = normalized(q1, q2);
        return q.plus(of(q3));
    }

    double doubleValue() {
        return hi + lo;
    }

    private static DoubleDouble normalized(double s, double e) {
        double h = s + e;
        return new DoubleDouble(h, e - (h - s));
    }
}
