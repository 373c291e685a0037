package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Money;

/**
 * Seed 004's step 2: a table of what each action is worth, action → money, in one currency.
 *
 * <pre>{@code
 * ActionValues values = ActionValues.in("EUR")
 *         .with(ActionCount.LEAD, Money.of("25", "EUR"))
 *         .with(ActionCount.DEMO, Money.of("150", "EUR"));
 * values.valueOf(ActionCount.of(ActionCount.LEAD, 12, day, scope));   // EUR 300.00
 * Revenue valued = values.revenueOf(counts);   // valued counts, grouped like any revenue by period and channel
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based; {@code with} returns a new table.
 */
public final class ActionValues {
    private final Currency currency;
    private final Map<String, Money> values;

    private ActionValues(Currency currency, Map<String, Money> values) {
        this.currency = currency;
        this.values = values;
    }

    /** Returns an empty table in {@code currency}. */
    public static ActionValues empty(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return new ActionValues(currency, Map.of());
    }

    /**
     * Returns an empty table in the currency with ISO 4217 code {@code currencyCode}.
     *
     * @throws IllegalArgumentException if the code is not a currency
     */
    public static ActionValues in(String currencyCode) {
        return empty(RoiCalculation.currency(currencyCode));
    }

    /**
     * Returns this table with {@code action} worth {@code value} each, replacing any earlier value.
     *
     * @throws IllegalArgumentException if the action id is not snake case, the value is negative or in another
     *                                  currency
     */
    public ActionValues with(String action, Money value) {
        CostCategory.checkId(action, "action");
        Objects.requireNonNull(value, "value");
        Ledger.requireCurrency(currency, value);
        Checks.argument(value.signum() >= 0, "value of action '%s' must be >= 0, was %s", action, value);
        Map<String, Money> map = new TreeMap<>(values);
        map.put(action, value);
        return new ActionValues(currency, Collections.unmodifiableMap(map));
    }

    /** Returns the currency of every value. */
    public Currency currency() {
        return currency;
    }

    /** Returns the table, ordered by action id. */
    public Map<String, Money> values() {
        return values;
    }

    /** Returns the value of one {@code action}, or empty if the table has none. */
    public Optional<Money> valueOf(String action) {
        Objects.requireNonNull(action, "action");
        return Optional.ofNullable(values.get(action));
    }

    /**
     * Returns {@code count × value} of the counted action, exactly.
     *
     * @throws IllegalArgumentException if the table has no value for the action
     */
    public Money valueOf(ActionCount count) {
        Objects.requireNonNull(count, "count");
        Money value = values.get(count.action());
        Checks.argument(value != null, "action '%s' has no value in this table (known: %s)", count.action(),
                values.keySet());
        return Objects.requireNonNull(value).multipliedBy(count.count());
    }

    /**
     * Returns the counted actions that have a value in this table as revenue, one item per count on its day and
     * in its scope; actions without a value are left out.
     */
    public Revenue revenueOf(Iterable<ActionCount> counts) {
        Objects.requireNonNull(counts, "counts");
        List<RevenueItem> items = new ArrayList<>();
        for (ActionCount c : counts) {
            Objects.requireNonNull(c, "count");
            Money value = values.get(c.action());
            if (value != null) {
                items.add(RevenueItem.of(value.multipliedBy(c.count()), c.date(), c.scope()));
            }
        }
        return Revenue.empty(currency).plusAll(items);
    }

    /**
     * Returns this table with the value of {@code action} multiplied by {@code factor}: a what-if.
     *
     * @throws IllegalArgumentException if the factor is negative or the action has no value
     */
    public ActionValues scaled(String action, BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        Checks.argument(factor.signum() >= 0, "factor must be >= 0, was %s", factor.toPlainString());
        Money value = values.get(action);
        Checks.argument(value != null, "action '%s' has no value in this table (known: %s)", action, values.keySet());
        return with(action, Objects.requireNonNull(value).multipliedBy(factor));
    }

    /** Equal when currency and table are equal. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ActionValues actionValues && currency.equals(actionValues.currency)
                && values.equals(actionValues.values);
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + values.hashCode();
    }

    /** Returns the table, such as {@code ActionValues[EUR, {demo=EUR 150.00, lead=EUR 25.00}]}. */
    @Override
    public String toString() {
        return "ActionValues[" + currency.getCurrencyCode() + ", " + values + "]";
    }
}
