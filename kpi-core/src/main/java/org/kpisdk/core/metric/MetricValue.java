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
 * MetricValue.undefined(Unit.RATIO).asDouble();   // OptionalDouble.empty()
 * }</pre>
 *
 * <p>Decimal values of quotients are computed with {@link #CONTEXT} (34 significant digits, half even); sums are
 * exact. A value that came from a ratio of two whole sums also keeps that {@link Ratio}, so it can be merged or
 * shown exactly. Money values carry their currency.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class MetricValue {
    /** The precision of quotients: {@link MathContext#DECIMAL128}. */
    public static final MathContext CONTEXT = MathContext.DECIMAL128;

    private final Unit unit;
    @Nullable
    private final BigDecimal value;
    @Nullable
    private final Ratio ratio;
    @Nullable
    private final Currency currency;

    private MetricValue(Unit unit, @Nullable BigDecimal value, @Nullable Ratio ratio, @Nullable Currency currency) {
        this.unit = unit;
        this.value = value;
        this.ratio = ratio;
        this.currency = currency;
    }

    /** Returns an undefined value of {@code unit}. */
    public static MetricValue undefined(Unit unit) {
        Objects.requireNonNull(unit, "unit");
        return new MetricValue(unit, null, null, null);
    }

    /** Returns a defined value; for {@link Unit#MONEY} use {@link #of(Money)}. */
    public static MetricValue of(Unit unit, BigDecimal value) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
        Checks.argument(unit != Unit.MONEY, "a money value needs a currency: use MetricValue.of(Money), was %s",
                value);
        return new MetricValue(unit, value, null, null);
    }

    /** Returns an amount of money. */
    public static MetricValue of(Money money) {
        Objects.requireNonNull(money, "money");
        return new MetricValue(Unit.MONEY, money.amount(), null, money.currency());
    }

    /**
     * Returns the value of an exact ratio in {@code unit} ({@link Unit#RATIO} or any unit a quotient of two sums
     * can have, such as {@link Unit#DURATION} for seconds per session); undefined when the denominator is zero.
     */
    public static MetricValue of(Unit unit, Ratio ratio) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(ratio, "ratio");
        Checks.argument(unit != Unit.MONEY, "a money quotient needs a currency, was %s", ratio);
        if (!ratio.isDefined()) {
            return new MetricValue(unit, null, ratio, null);
        }
        return new MetricValue(unit, ratio.toBigDecimal(CONTEXT).orElseThrow(), ratio, null);
    }

    /** Returns the unit. */
    public Unit unit() {
        return unit;
    }

    /** Returns whether the value is defined. */
    public boolean isDefined() {
        return value != null;
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
                && (value == null ? that.value == null : that.value != null && value.compareTo(that.value) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, ratio, currency, value == null ? null : value.stripTrailingZeros());
    }

    /** Returns {@code "undefined"}, {@code "EUR 12.50"}, {@code "0.01 (40/4000)"} or the plain decimal value. */
    @Override
    public String toString() {
        if (value == null) {
            return ratio == null ? "undefined" : "undefined (" + ratio + ")";
        }
        if (currency != null) {
            return Money.of(value, currency).toString();
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return ratio == null ? plain : plain + " (" + ratio + ")";
    }
}
