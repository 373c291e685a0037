package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

/**
 * Revenue attributed directly, as money per channel or campaign: the simplest {@link AttributedRevenue}.
 *
 * <pre>{@code
 * Revenue revenue = Revenue.in("EUR")
 *         .plus(Money.of("900", "EUR"), LocalDate.of(2026, 3, 3), Dimensions.of("channel", "instagram"))
 *         .plus(Money.of("600", "EUR"), LocalDate.of(2026, 4, 8), Dimensions.of("channel", "facebook"));
 * revenue.total();                          // EUR 1500.00
 * revenue.totalsByPeriod(TimeGrain.MONTH);  // {2026-03=EUR 900.00, 2026-04=EUR 600.00}
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based; {@code plus} returns a new instance.
 */
public final class Revenue implements AttributedRevenue {
    private final Currency currency;
    private final List<RevenueItem> items;

    private Revenue(Currency currency, List<RevenueItem> items) {
        this.currency = currency;
        this.items = items;
    }

    /** Returns no revenue in {@code currency}. */
    public static Revenue empty(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return new Revenue(currency, List.of());
    }

    /**
     * Returns no revenue in the currency with ISO 4217 code {@code currencyCode}.
     *
     * @throws IllegalArgumentException if the code is not a currency
     */
    public static Revenue in(String currencyCode) {
        return empty(RoiCalculation.currency(currencyCode));
    }

    /** Returns a copy of any attributed revenue, checking that every item is in its currency. */
    public static Revenue copyOf(AttributedRevenue revenue) {
        Objects.requireNonNull(revenue, "revenue");
        if (revenue instanceof Revenue r) {
            return r;
        }
        return empty(Objects.requireNonNull(revenue.currency(), "currency")).plusAll(
                Objects.requireNonNull(revenue.items(), "items"));
    }

    /** Returns this revenue and {@code item}, which must be in this currency. */
    public Revenue plus(RevenueItem item) {
        return plusAll(List.of(Objects.requireNonNull(item, "item")));
    }

    /** Returns this revenue and {@code amount} on {@code date} for {@code scope}. */
    public Revenue plus(Money amount, LocalDate date, Dimensions scope) {
        return plus(RevenueItem.of(amount, date, scope));
    }

    /** Returns this revenue and all of {@code more}. */
    public Revenue plusAll(Iterable<RevenueItem> more) {
        Objects.requireNonNull(more, "more");
        List<RevenueItem> list = new ArrayList<>(items);
        for (RevenueItem item : more) {
            Objects.requireNonNull(item, "item");
            Ledger.requireCurrency(currency, item.amount());
            list.add(item);
        }
        return new Revenue(currency, Collections.unmodifiableList(list));
    }

    /** Returns the items of both, which must share a currency. */
    public Revenue plus(AttributedRevenue other) {
        Revenue o = copyOf(other);
        Checks.argument(currency.equals(o.currency), "Currency mismatch: %s vs %s", currency.getCurrencyCode(),
                o.currency.getCurrencyCode());
        return plusAll(o.items);
    }

    /** Returns every amount multiplied by {@code factor}, exactly: a what-if. */
    public Revenue scaled(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        Checks.argument(factor.signum() >= 0, "factor must be >= 0, was %s", factor.toPlainString());
        List<RevenueItem> list = new ArrayList<>(items.size());
        for (RevenueItem i : items) {
            list.add(new RevenueItem(i.amount().multipliedBy(factor), i.range(), i.scope()));
        }
        return new Revenue(currency, Collections.unmodifiableList(list));
    }

    /** Returns the items whose scope contains every pair of {@code scope}. */
    public Revenue restrictedTo(Dimensions scope) {
        Objects.requireNonNull(scope, "scope");
        List<RevenueItem> list = new ArrayList<>();
        for (RevenueItem i : items) {
            if (i.scope().containsAll(scope)) {
                list.add(i);
            }
        }
        return new Revenue(currency, Collections.unmodifiableList(list));
    }

    @Override
    public Currency currency() {
        return currency;
    }

    @Override
    public List<RevenueItem> items() {
        return items;
    }

    /** Returns the part of all items that falls in {@code window}, prorated by days. */
    public Money totalWithin(DateRange window) {
        Objects.requireNonNull(window, "window");
        return Ledger.within(currency, lines(), window);
    }

    /** Returns the total per combination of the given dimension keys, as {@link Costs#totalsBy} does. */
    public Map<Dimensions, Money> totalsBy(String... keys) {
        return Collections.unmodifiableMap(Ledger.byScope(lines(), Ledger.keys(keys)));
    }

    /**
     * Returns the total per period of {@code grain}, prorated by days, in time order.
     *
     * @throws IllegalArgumentException if an item spreads over more than {@link Costs#MAX_PERIODS} periods of
     *                                  {@code grain}
     */
    public Map<PeriodKey, Money> totalsByPeriod(TimeGrain grain) {
        Objects.requireNonNull(grain, "grain");
        return Collections.unmodifiableMap(Ledger.byPeriod(currency, lines(), grain));
    }

    List<Ledger.Line> lines() {
        List<Ledger.Line> lines = new ArrayList<>(items.size());
        for (RevenueItem i : items) {
            lines.add(i.line());
        }
        return lines;
    }

    /** Equal when the currency and the items, in order, are equal. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Revenue revenue && currency.equals(revenue.currency) && items.equals(revenue.items);
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + items.hashCode();
    }

    /** Returns the currency and the items, for debugging. */
    @Override
    public String toString() {
        return "Revenue[" + currency.getCurrencyCode() + ", " + items + "]";
    }
}
