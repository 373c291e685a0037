package org.kpisdk.core.metric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.Unit;

/**
 * The value of a metric for one group: a number in the metric's {@link Unit}, or <em>undefined</em> (a ratio over
 * zero, a missing input), never NaN or infinity.
 *
 * <pre>{@code
 * MetricValue ctr = StandardMetrics.CTR.evaluate(values);
 * ctr.isDefined();        // true
 * ctr.ratio();            // Optional[40/4000]: the exact parts, when the value is a ratio of two sums
 * ctr.asDouble();         // OptionalDouble[0.01]
 * MetricValue.undefined(Unit.RATIO, "no observation of 'leads'").asDouble();   // OptionalDouble.empty()
 *
 * MetricValue none = StandardMetrics.CTR.evaluate(noImpressions);
 * none.undefinedReason();   // Optional[denominator impressions = 0]
 * none.toString();          // "undefined (40/0): denominator impressions = 0"
 * }</pre>
 *
 * <p>An undefined value says why it is undefined ({@link #undefinedReason()}): the built-in metrics name the input
 * with no observation ({@code no observation of 'leads'}), the zero denominator ({@code denominator impressions =
 * 0}), the measure the table does not declare ({@code table has no measure 'leads'}) or the referenced metric that
 * is undefined, with its own reason chained ({@code metric ctr is undefined: ...}). Reasons are built only for
 * undefined values, so evaluating a defined value costs nothing more.
 *
 * <p>Decimal values of quotients are computed with {@link #CONTEXT} (34 significant digits, half even); sums are
 * exact. A value that came from a ratio of two whole sums also keeps that {@link Ratio}, so it can be merged or
 * shown exactly. Money values carry their currency.
 *
 * <p>Equality compares the unit, the numeric value (so {@code 0.5} equals {@code 0.50}), the exact ratio, the
 * currency and, for undefined values, the reason: two undefined values are equal only when they are undefined for
 * the same reason. The reason follows from the aggregated state alone, so a value computed sequentially, in
 * parallel, or from merged or decoded partial aggregates has the same reason.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class MetricValue {
    /** The reason of a value made undefined by {@link #undefined(Unit)}, which does not state one. */
    public static final String NO_REASON = "no reason given";

    /** The precision of quotients: {@link MathContext#DECIMAL128}. */
    public static final MathContext CONTEXT = MathContext.DECIMAL128;

    private final Unit unit;
    @Nullable
    private final BigDecimal value;
    @Nullable
    private final Ratio ratio;
    @Nullable
    private final Currency currency;
    @Nullable
    private final String reason;

    private MetricValue(Unit unit, @Nullable BigDecimal value, @Nullable Ratio ratio, @Nullable Currency currency,
            @Nullable String reason) {
        this.unit = unit;
        this.value = value;
        this.ratio = ratio;
        this.currency = currency;
        this.reason = reason;
    }

    /**
     * Returns an undefined value of {@code unit} without a stated reason ({@link #NO_REASON}); prefer
     * {@link #undefined(Unit, String)}.
     */
    public static MetricValue undefined(Unit unit) {
        return undefined(unit, NO_REASON);
    }

    /**
     * Returns an undefined value of {@code unit}, undefined because of {@code reason}: a short phrase naming the
     * input, such as {@code no observation of 'leads'} or {@code denominator impressions = 0}.
     *
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public static MetricValue undefined(Unit unit, String reason) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(reason, "reason");
        Checks.argument(!reason.isBlank(), "reason must not be blank, was '%s'", reason);
        return new MetricValue(unit, null, null, null, reason);
    }

    /** Returns an undefined value that keeps its ratio with a zero denominator, such as {@code 40/0}. */
    static MetricValue undefined(Unit unit, Ratio ratio, String reason) {
        return new MetricValue(unit, null, ratio, null, reason);
    }

    /** Returns a defined value; for {@link Unit#MONEY} use {@link #of(Money)}. */
    public static MetricValue of(Unit unit, BigDecimal value) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
        Checks.argument(unit != Unit.MONEY, "a money value needs a currency: use MetricValue.of(Money), was %s",
                value);
        return new MetricValue(unit, value, null, null, null);
    }

    /** Returns an amount of money. */
    public static MetricValue of(Money money) {
        Objects.requireNonNull(money, "money");
        return new MetricValue(Unit.MONEY, money.amount(), null, money.currency(), null);
    }

    /**
     * Returns the value of an exact ratio in {@code unit} ({@link Unit#RATIO} or any unit a quotient of two sums
     * can have, such as {@link Unit#DURATION} for seconds per session); undefined when the denominator is zero,
     * with the reason {@code denominator = 0} (the built-in metrics name the denominator).
     */
    public static MetricValue of(Unit unit, Ratio ratio) {
        return of(unit, ratio, "");
    }

    /** Returns {@link #of(Unit, Ratio)}, naming the denominator {@code denominator} in the reason when it is 0. */
    static MetricValue of(Unit unit, Ratio ratio, String denominator) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(ratio, "ratio");
        Checks.argument(unit != Unit.MONEY, "a money quotient needs a currency, was %s", ratio);
        if (!ratio.isDefined()) {
            return new MetricValue(unit, null, ratio, null, zeroDenominator(denominator));
        }
        return new MetricValue(unit, ratio.toBigDecimal(CONTEXT).orElseThrow(), ratio, null, null);
    }

    /** Returns the reason of a quotient whose denominator, printed as {@code denominator}, is zero. */
    static String zeroDenominator(String denominator) {
        return denominator.isEmpty() ? "denominator = 0" : "denominator " + denominator + " = 0";
    }

    /** Returns the unit. */
    public Unit unit() {
        return unit;
    }

    /** Returns whether the value is defined. */
    public boolean isDefined() {
        return value != null;
    }

    /**
     * Returns why the value is undefined (such as {@code denominator impressions = 0}), or empty when it is
     * defined.
     */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(reason);
    }

    /** Returns the decimal value, or empty when undefined. */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable(value);
    }

    /** Returns the value as a double, or empty when undefined. Never NaN, never infinite. */
    public OptionalDouble asDouble() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.doubleValue());
    }

    /** Returns the exact ratio of two sums this value was computed from, if it was; possibly with a zero denominator. */
    public Optional<Ratio> ratio() {
        return Optional.ofNullable(ratio);
    }

    /** Returns the value as money, or empty when undefined or not money. */
    public Optional<Money> money() {
        return value == null || currency == null ? Optional.empty() : Optional.of(Money.of(value, currency));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof MetricValue that)) {
            return false;
        }
        return unit == that.unit && Objects.equals(ratio, that.ratio) && Objects.equals(currency, that.currency)
                && Objects.equals(reason, that.reason)
                && (value == null ? that.value == null : that.value != null && value.compareTo(that.value) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, ratio, currency, reason, value == null ? null : value.stripTrailingZeros());
    }

    /**
     * Returns {@code "undefined: no observation of 'leads'"}, {@code "undefined (40/0): denominator impressions =
     * 0"}, {@code "EUR 12.50"}, {@code "0.01 (40/4000)"} or the plain decimal value.
     */
    @Override
    public String toString() {
        if (value == null) {
            return (ratio == null ? "undefined: " : "undefined (" + ratio + "): ") + reason;
        }
        if (currency != null) {
            return Money.of(value, currency).toString();
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return ratio == null ? plain : plain + " (" + ratio + ")";
    }
}
