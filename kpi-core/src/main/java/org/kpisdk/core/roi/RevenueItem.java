package org.kpisdk.core.roi;

import java.time.LocalDate;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;

/**
 * Revenue attributed to an effort: an exact amount, the days it covers (usually one) and the channel or campaign
 * it is attributed to.
 *
 * <pre>{@code
 * RevenueItem sale = RevenueItem.of(Money.of("1200", "EUR"), LocalDate.of(2026, 3, 14),
 *         Dimensions.of("channel", "linkedin", "campaign", "spring"));
 * }</pre>
 *
 * <p>A multi-day item is prorated by days exactly as a {@link CostItem} is.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param amount the attributed amount, {@code >= 0}
 * @param range  the days it covers
 * @param scope  the channel, campaign or other dimensions it is attributed to
 */
public record RevenueItem(Money amount, DateRange range, Dimensions scope) {
    /** Validates every field. */
    public RevenueItem {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(scope, "scope");
        Checks.argument(amount.signum() >= 0, "amount must be >= 0, was %s (revenue on %s)", amount, range);
    }

    /** Returns revenue on a single day. */
    public static RevenueItem of(Money amount, LocalDate date, Dimensions scope) {
        Objects.requireNonNull(date, "date");
        return new RevenueItem(amount, DateRange.day(date), scope);
    }

    /** Returns revenue over a range of days. */
    public static RevenueItem of(Money amount, DateRange range, Dimensions scope) {
        return new RevenueItem(amount, range, scope);
    }

    /** Returns the part of the amount that falls in {@code window}, prorated by days. */
    public Money amountWithin(DateRange window) {
        Objects.requireNonNull(window, "window");
        return Ledger.share(amount, range, window);
    }

    Ledger.Line line() {
        return new Ledger.Line(amount, range, scope);
    }
}
