package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

/**
 * The cost of an effort: cost items in one currency, with exact totals per category, channel, campaign and period.
 *
 * <pre>{@code
 * DateRange march = DateRange.parse("2026-03-01..2026-03-31");
 * Costs costs = Costs.in("EUR")
 *         .plus(CostItem.staffTime("social manager", new BigDecimal("20"), Money.of("40", "EUR"), march,
 *                 Dimensions.of("channel", "instagram")))
 *         .plus(CostItem.adSpend(Money.of("500", "EUR"), march, Dimensions.of("channel", "facebook")));
 * costs.total();                                   // EUR 1300.00
 * costs.totalsBy("channel");                       // {{channel=facebook}=EUR 500.00, {channel=instagram}=EUR 800.00}
 * costs.totalsByCategory();                        // {ad_spend=EUR 500.00, staff_time=EUR 800.00}
 * costs.totalsByPeriod(TimeGrain.WEEK);            // prorated by days, summing to EUR 1300.00
 * costs.plus(CostItem.adSpend(Money.of("1", "USD"), march, Dimensions.empty()));
 *                                                  // IllegalArgumentException: Currency mismatch: EUR vs USD
 * }</pre>
 *
 * <p>Totals are exact: a total over any grouping (category, dimensions, periods) sums to {@link #total()}; period
 * totals prorate multi-day items by days as {@link CostItem#amountWithin} describes, so that the periods of any
 * grain sum to the whole, to the cent.
 *
 * <p>Immutable, thread-safe and value-based; {@code plus} returns a new instance.
 */
public final class Costs {
    /**
     * The most periods one item may be spread over by {@link #totalsByPeriod}, {@code Revenue.totalsByPeriod} and
     * {@code RoiCalculation.byPeriod}: each period is a map entry, so this bounds their memory (an item open-ended to
     * 9999-12-31 fits by week, month, quarter or year, not by day).
     */
    public static final int MAX_PERIODS = 1_000_000;

    private final Currency currency;
    private final List<CostItem> items;

    private Costs(Currency currency, List<CostItem> items) {
        this.currency = currency;
        this.items = items;
    }

    /** Returns no costs in {@code currency}. */
    public static Costs empty(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return new Costs(currency, List.of());
    }

    /**
     * Returns no costs in the currency with ISO 4217 code {@code currencyCode}.
     *
     * @throws IllegalArgumentException if the code is not a currency
     */
    public static Costs in(String currencyCode) {
        return empty(RoiCalculation.currency(currencyCode));
    }

    /** Returns the costs of {@code items}, all in {@code currency}. */
    public static Costs of(Currency currency, Iterable<CostItem> items) {
        return empty(currency).plusAll(items);
    }

    /** Returns these costs and {@code item}, which must be in this currency. */
    public Costs plus(CostItem item) {
        Objects.requireNonNull(item, "item");
        Ledger.requireCurrency(currency, item.amount());
        List<CostItem> list = new ArrayList<>(items.size() + 1);
        list.addAll(items);
        list.add(item);
        return new Costs(currency, Collections.unmodifiableList(list));
    }

    /** Returns these costs and all of {@code more}. */
    public Costs plusAll(Iterable<CostItem> more) {
        Objects.requireNonNull(more, "more");
        List<CostItem> list = new ArrayList<>(items);
        for (CostItem item : more) {
            Objects.requireNonNull(item, "item");
            Ledger.requireCurrency(currency, item.amount());
            list.add(item);
        }
        return new Costs(currency, Collections.unmodifiableList(list));
    }

    /** Returns the items of both, which must share a currency: the merge of two sets of costs. */
    public Costs plus(Costs other) {
        Objects.requireNonNull(other, "other");
        Checks.argument(currency.equals(other.currency), "Currency mismatch: %s vs %s", currency.getCurrencyCode(),
                other.currency.getCurrencyCode());
        return plusAll(other.items);
    }

    /** Returns the currency of every item. */
    public Currency currency() {
        return currency;
    }

    /** Returns the items, in the order they were added. */
    public List<CostItem> items() {
        return items;
    }

    /** Returns the items for which {@code condition} holds. */
    public Costs filter(Predicate<? super CostItem> condition) {
        Objects.requireNonNull(condition, "condition");
        List<CostItem> list = new ArrayList<>();
        for (CostItem i : items) {
            if (condition.test(i)) {
                list.add(i);
            }
        }
        return new Costs(currency, Collections.unmodifiableList(list));
    }

    /** Returns the items whose scope contains every pair of {@code scope} (a channel, a campaign, both). */
    public Costs restrictedTo(Dimensions scope) {
        Objects.requireNonNull(scope, "scope");
        return filter(i -> i.scope().containsAll(scope));
    }

    /**
     * Returns these costs with every item of {@code category} multiplied by {@code factor}: a what-if.
     *
     * @throws IllegalArgumentException if the factor is negative
     */
    public Costs scaled(CostCategory category, BigDecimal factor) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(factor, "factor");
        Checks.argument(factor.signum() >= 0, "factor must be >= 0, was %s", factor.toPlainString());
        List<CostItem> list = new ArrayList<>(items.size());
        for (CostItem i : items) {
            list.add(i.category().equals(category) ? i.scaledBy(factor) : i);
        }
        return new Costs(currency, Collections.unmodifiableList(list));
    }

    /** Returns the sum of all items, exactly. */
    public Money total() {
        return Ledger.total(currency, lines());
    }

    /** Returns the part of all items that falls in {@code window}, each prorated by days. */
    public Money totalWithin(DateRange window) {
        Objects.requireNonNull(window, "window");
        return Ledger.within(currency, lines(), window);
    }

    /** Returns the total per category, ordered by category id; categories without items are absent. */
    public Map<CostCategory, Money> totalsByCategory() {
        Map<CostCategory, Money> map = new TreeMap<>();
        for (CostItem i : items) {
            map.merge(i.category(), i.amount(), Money::plus);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the total per combination of the given dimension keys, such as {@code totalsBy("channel")}: each
     * item counts under the pairs of its scope with those keys, so items without them (shared costs) count under
     * {@link Dimensions#empty()}. Ordered by the text of the dimensions.
     */
    public Map<Dimensions, Money> totalsBy(String... keys) {
        return Collections.unmodifiableMap(Ledger.byScope(lines(), Ledger.keys(keys)));
    }

    /**
     * Returns the total per period of {@code grain} that any item touches, prorated by days, in time order.
     *
     * @throws IllegalArgumentException if an item spreads over more than {@value #MAX_PERIODS} periods of
     *                                  {@code grain}
     */
    public Map<PeriodKey, Money> totalsByPeriod(TimeGrain grain) {
        Objects.requireNonNull(grain, "grain");
        return Collections.unmodifiableMap(Ledger.byPeriod(currency, lines(), grain));
    }

    List<Ledger.Line> lines() {
        List<Ledger.Line> lines = new ArrayList<>(items.size());
        for (CostItem i : items) {
            lines.add(i.line());
        }
        return lines;
    }

    /** Two cost sets are equal when they have the same currency and the same items in the same order. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Costs costs && currency.equals(costs.currency) && items.equals(costs.items);
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + items.hashCode();
    }

    /** Returns the currency and the items, for debugging. */
    @Override
    public String toString() {
        return "Costs[" + currency.getCurrencyCode() + ", " + items + "]";
    }
}
