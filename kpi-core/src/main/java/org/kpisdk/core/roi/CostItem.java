package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;

/**
 * One line of cost: a category, a label, an exact amount, the days it covers and the channel or campaign it
 * belongs to, where known.
 *
 * <pre>{@code
 * DateRange march = DateRange.parse("2026-03-01..2026-03-31");
 * Dimensions insta = Dimensions.of("channel", "instagram");
 * CostItem staff = CostItem.staffTime("community manager", new BigDecimal("40"), Money.of("35", "EUR"),
 *         march, insta);                                          // EUR 1400.00
 * CostItem tool = CostItem.subscription("scheduler", Money.of("99", "EUR"),
 *         DateRange.parse("2026-03-01..2026-03-31"), Dimensions.empty());
 * CostItem ads = CostItem.adSpend(Money.of("500", "EUR"), DateRange.day(LocalDate.of(2026, 3, 9)), insta);
 * CostItem fair = CostItem.of(CostCategory.EVENTS, "trade fair", Money.of("800", "EUR"), march,
 *         Dimensions.of("campaign", "spring"));
 * tool.amountWithin(DateRange.parse("2026-03-01..2026-03-10"));  // EUR 31.93: 10 of 31 days, see below
 * }</pre>
 *
 * <p>An item whose range spans several days is spread evenly over them: {@link #amountWithin} prorates it by days,
 * allocating whole smallest units (cents for EUR) cumulatively, so that the shares of any split of the range sum
 * exactly to the amount of the whole range. The remainder units fall on the days where the running share
 * {@code amount × days so far / days} crosses a whole unit: spread evenly, each day carrying the floor of the daily
 * share or one unit more. (10 days of EUR 99.00 over 31 days: {@code floor(9900 × 10 / 31)} = 3193 cents.)
 *
 * <p>Amounts are never negative (a refund given to a customer is a positive cost in
 * {@link CostCategory#REFUNDS_AND_DISCOUNTS}). The scope is any {@link Dimensions}; {@code channel} and
 * {@code campaign} are the keys the ROI outputs group by most often.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param category the kind of cost
 * @param label    what the cost is (a role, a tool, a vendor), non-blank
 * @param amount   the amount for the whole range, {@code >= 0}
 * @param range    the days the cost covers
 * @param scope    the channel, campaign or other dimensions it belongs to; empty when shared
 */
public record CostItem(CostCategory category, String label, Money amount, DateRange range, Dimensions scope) {
    /** Validates every field. */
    public CostItem {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(scope, "scope");
        Checks.argument(!label.isBlank(), "label must not be blank, was '%s'", label);
        Checks.argument(amount.signum() >= 0, "amount must be >= 0, was %s (%s '%s')", amount, category, label);
    }

    /** Returns a cost of any category, standard or custom. */
    public static CostItem of(CostCategory category, String label, Money amount, DateRange range, Dimensions scope) {
        return new CostItem(category, label, amount, range, scope);
    }

    /**
     * Returns the cost of staff time: {@code hours × hourlyRate}, exactly, in {@link CostCategory#STAFF_TIME}.
     *
     * @param role       the person or role, the item's label
     * @param hours      hours worked over the range, {@code >= 0}
     * @param hourlyRate the pay per hour, {@code >= 0}
     * @throws IllegalArgumentException if hours or the rate is negative
     */
    public static CostItem staffTime(String role, BigDecimal hours, Money hourlyRate, DateRange range,
            Dimensions scope) {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        Checks.argument(hours.signum() >= 0, "hours must be >= 0, was %s (role '%s')", hours.toPlainString(), role);
        Checks.argument(hourlyRate.signum() >= 0, "hourlyRate must be >= 0, was %s (role '%s')", hourlyRate, role);
        return new CostItem(CostCategory.STAFF_TIME, role, hourlyRate.multipliedBy(hours), range, scope);
    }

    /**
     * Returns a subscription to a platform or tool in {@link CostCategory#PLATFORMS_AND_TOOLS}: {@code price} for
     * the billed range, prorated by days to whatever period is analysed.
     */
    public static CostItem subscription(String tool, Money price, DateRange billedRange, Dimensions scope) {
        return new CostItem(CostCategory.PLATFORMS_AND_TOOLS, tool, price, billedRange, scope);
    }

    /** Returns ad spend in {@link CostCategory#AD_SPEND}, labelled {@code "ad spend"}. */
    public static CostItem adSpend(Money amount, DateRange range, Dimensions scope) {
        return new CostItem(CostCategory.AD_SPEND, "ad spend", amount, range, scope);
    }

    /** Returns the part of the amount that falls in {@code window}, prorated by days (zero if they do not meet). */
    public Money amountWithin(DateRange window) {
        Objects.requireNonNull(window, "window");
        return Ledger.share(amount, range, window);
    }

    /**
     * Returns this item with its amount multiplied by {@code factor}, exactly: a what-if.
     *
     * @throws IllegalArgumentException if the factor is negative
     */
    public CostItem scaledBy(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        Checks.argument(factor.signum() >= 0, "factor must be >= 0, was %s", factor.toPlainString());
        return new CostItem(category, label, amount.multipliedBy(factor), range, scope);
    }

    Ledger.Line line() {
        return new Ledger.Line(amount, range, scope);
    }
}
