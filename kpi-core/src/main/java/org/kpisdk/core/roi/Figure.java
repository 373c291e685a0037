package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Money;

/**
 * An ROI output kept as an exact quotient of two decimals, rounded only when presented: ROI %, ROAS, CPA, CLV,
 * payback months. A quotient over zero is <em>undefined</em> — {@link #isDefined()} is false and every value view
 * is empty — never NaN or infinity — and {@link #undefinedReason()} says which input was missing, such as
 * {@code "no ad spend (cost category AD_SPEND) in costs"} for ROAS of costs that were never categorised.
 *
 * <pre>{@code
 * RoiSummary summary = RoiSummary.of(Money.of("2000", "EUR"), Money.of("2500", "EUR"))
 *         .plusActions(ActionCount.CONVERSION, 7);
 * Figure roi = summary.roiPercent();                 // (2500 − 2000) × 100 / 2000, kept exact
 * roi.rounded(2, RoundingMode.HALF_EVEN);            // Optional[25.00]
 * summary.costPer(ActionCount.CONVERSION).toMoney(RoundingMode.HALF_EVEN);
 *                                                    // Optional[EUR 285.71]: 2000 / 7, rounded to the cent once
 * Figure.percent(BigDecimal.ONE, BigDecimal.ZERO).isDefined();   // false
 * summary.roas().undefinedReason();                  // Optional[no ad spend (cost category AD_SPEND) in costs]
 * summary.roas();                                    // undefined: no ad spend (cost category AD_SPEND) in costs
 * }</pre>
 *
 * <p>The parts are stored with a positive denominator (or both zero when undefined). {@link #equals} compares the
 * stored parts, so {@code 1/2} and {@code 2/4} differ; {@link #hasSameValueAs} compares values exactly.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class Figure {
    /** The rounding mode of {@link #toString()} and the usual choice for presentation: banker's rounding. */
    public static final RoundingMode PRESENTATION_ROUNDING = RoundingMode.HALF_EVEN;

    /** The reason of a figure built over a zero denominator without a more specific one. */
    static final String DENOMINATOR_ZERO = "the denominator is 0";

    /** What a figure measures. */
    public enum Kind {
        /** An amount of money in one currency (CPA, CAC, CLV, break-even revenue). */
        MONEY,
        /** A plain quotient, such as ROAS 4.2 (= 420%) or LTV:CAC 3.1. */
        RATIO,
        /** A quotient already multiplied by 100, such as ROI −25 (%). */
        PERCENT,
        /** A number of months (payback period). */
        MONTHS
    }

    private final Kind kind;
    @Nullable
    private final Currency currency;
    private final BigDecimal numerator;
    private final BigDecimal denominator;
    @Nullable
    private final String reason;

    private Figure(Kind kind, @Nullable Currency currency, BigDecimal numerator, BigDecimal denominator) {
        this(kind, currency, numerator, denominator, DENOMINATOR_ZERO);
    }

    private Figure(Kind kind, @Nullable Currency currency, BigDecimal numerator, BigDecimal denominator,
            String reasonIfUndefined) {
        this.kind = kind;
        this.currency = currency;
        this.reason = denominator.signum() == 0 ? reasonIfUndefined : null;
        if (denominator.signum() == 0) {
            this.numerator = BigDecimal.ZERO;
            this.denominator = BigDecimal.ZERO;
        } else if (denominator.signum() < 0) {
            this.numerator = numerator.negate();
            this.denominator = denominator.negate();
        } else {
            this.numerator = numerator;
            this.denominator = denominator;
        }
    }

    /** Returns the money quotient {@code numerator / denominator} in {@code currency}; undefined over 0. */
    public static Figure money(BigDecimal numerator, BigDecimal denominator, Currency currency) {
        return new Figure(Kind.MONEY, Objects.requireNonNull(currency, "currency"),
                Objects.requireNonNull(numerator, "numerator"), Objects.requireNonNull(denominator, "denominator"));
    }

    /** Returns exactly {@code amount}, as a money figure. */
    public static Figure money(Money amount) {
        Objects.requireNonNull(amount, "amount");
        return money(amount.amount(), BigDecimal.ONE, amount.currency());
    }

    /** Returns the plain quotient {@code numerator / denominator}; undefined if the denominator is 0. */
    public static Figure ratio(BigDecimal numerator, BigDecimal denominator) {
        return new Figure(Kind.RATIO, null, Objects.requireNonNull(numerator, "numerator"),
                Objects.requireNonNull(denominator, "denominator"));
    }

    /** Returns the percentage {@code numerator / denominator} (already times 100); undefined over 0. */
    public static Figure percent(BigDecimal numerator, BigDecimal denominator) {
        return new Figure(Kind.PERCENT, null, Objects.requireNonNull(numerator, "numerator"),
                Objects.requireNonNull(denominator, "denominator"));
    }

    /** Returns {@code numerator / denominator} months; undefined if the denominator is 0. */
    public static Figure months(BigDecimal numerator, BigDecimal denominator) {
        return new Figure(Kind.MONTHS, null, Objects.requireNonNull(numerator, "numerator"),
                Objects.requireNonNull(denominator, "denominator"));
    }

    /** Returns an undefined figure of {@code kind} (a money figure needs a currency: use {@link #money}). */
    public static Figure undefined(Kind kind) {
        return undefined(kind, "no value was given");
    }

    /**
     * Returns an undefined figure of {@code kind} that says why, such as {@code "no orders"} (a money figure needs
     * a currency: use {@link #money} and {@link #orBecause}).
     *
     * @throws IllegalArgumentException if the kind is MONEY or the reason is blank
     */
    public static Figure undefined(Kind kind, String reason) {
        Objects.requireNonNull(kind, "kind");
        Checks.argument(kind != Kind.MONEY, "kind must not be MONEY without a currency, was %s", kind);
        return new Figure(kind, null, BigDecimal.ZERO, BigDecimal.ZERO, checkReason(reason));
    }

    private static String checkReason(String reason) {
        Objects.requireNonNull(reason, "reason");
        Checks.argument(!reason.isBlank(), "reason must not be blank, was '%s'", reason);
        return reason;
    }

    /**
     * Returns this figure if it is defined; otherwise the same undefined figure with {@code reason}, which should
     * name the missing input: {@code Figure.ratio(revenue, adSpend).orBecause("no ad spend")}.
     *
     * @throws IllegalArgumentException if the reason is blank
     */
    public Figure orBecause(String reason) {
        checkReason(reason);
        return isDefined() ? this : new Figure(kind, currency, BigDecimal.ZERO, BigDecimal.ZERO, reason);
    }

    /**
     * Returns why the figure is undefined — which input was missing or zero, such as
     * {@code "no conversions (action 'conversion') counted"} — or empty when it is defined.
     */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(reason);
    }

    /** Returns what this figure measures. */
    public Kind kind() {
        return kind;
    }

    /** Returns the currency of a money figure, else empty. */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    /** Returns the exact numerator (zero when undefined). */
    public BigDecimal numerator() {
        return numerator;
    }

    /** Returns the exact denominator, {@code > 0} when defined, zero when undefined. */
    public BigDecimal denominator() {
        return denominator;
    }

    /** Returns whether the denominator is non-zero, i.e. whether the figure has a value. */
    public boolean isDefined() {
        return denominator.signum() != 0;
    }

    /** Returns the value to {@code context}'s precision, or empty when undefined. */
    public Optional<BigDecimal> value(MathContext context) {
        Objects.requireNonNull(context, "context");
        return isDefined() ? Optional.of(numerator.divide(denominator, context)) : Optional.empty();
    }

    /**
     * Returns the value rounded once to {@code scale} fractional digits with {@code rounding}, or empty when
     * undefined. This is the presentation rounding; nothing before it is rounded.
     */
    public Optional<BigDecimal> rounded(int scale, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        return isDefined() ? Optional.of(numerator.divide(denominator, scale, rounding)) : Optional.empty();
    }

    /**
     * Returns a money figure rounded once to its currency's minor unit (the cent for EUR) with {@code rounding},
     * or empty when undefined.
     *
     * @throws IllegalStateException if this is not a money figure
     */
    public Optional<Money> toMoney(RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        Checks.state(currency != null, "toMoney needs a MONEY figure, this is %s", kind);
        Currency c = Objects.requireNonNull(currency);
        return rounded(Math.max(0, c.getDefaultFractionDigits()), rounding).map(v -> Money.of(v, c));
    }

    /** Returns whether both figures are defined, of the same kind and currency, and exactly equal in value. */
    public boolean hasSameValueAs(Figure other) {
        Objects.requireNonNull(other, "other");
        return isDefined() && other.isDefined() && kind == other.kind && Objects.equals(currency, other.currency)
                && numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator)) == 0;
    }

    /** Equal when kind, currency and the stored parts are numerically equal, and so are undefined reasons. */
    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof Figure f)) {
            return false;
        }
        return kind == f.kind && Objects.equals(currency, f.currency) && numerator.compareTo(f.numerator) == 0
                && denominator.compareTo(f.denominator) == 0 && Objects.equals(reason, f.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, currency, numerator.stripTrailingZeros(), denominator.stripTrailingZeros(),
                reason);
    }

    /**
     * Returns the value for display, rounded with {@link #PRESENTATION_ROUNDING} to two decimals (to the minor
     * unit for money): {@code "33.33%"}, {@code "4.20x"}, {@code "EUR 176.50"}, {@code "7.50 months"}, or
     * {@code "undefined: "} and the reason ({@code "undefined EUR: no new customers (action 'new_customer')
     * counted"} for money).
     */
    @Override
    public String toString() {
        if (!isDefined()) {
            return (currency == null ? "undefined: " : "undefined " + currency.getCurrencyCode() + ": ") + reason;
        }
        return switch (kind) {
            case MONEY -> toMoney(PRESENTATION_ROUNDING).orElseThrow().toString();
            case PERCENT -> rounded(2, PRESENTATION_ROUNDING).orElseThrow().toPlainString() + "%";
            case MONTHS -> rounded(2, PRESENTATION_ROUNDING).orElseThrow().toPlainString() + " months";
            default -> rounded(2, PRESENTATION_ROUNDING).orElseThrow().toPlainString() + "x";
        };
    }
}
