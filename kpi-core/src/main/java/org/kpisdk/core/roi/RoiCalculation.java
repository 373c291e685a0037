package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

/**
 * Seed 004's ROI, as a calculation over costs, attributed revenue, counted actions and their values, in one
 * currency: totals, per channel or campaign, per period, and what-ifs.
 *
 * <pre>{@code
 * RoiCalculation roi = RoiCalculation.of(costs, revenue)
 *         .withActions(counts)                        // leads, conversions, new customers…
 *         .withActionValues(values);                  // optional: valued actions add to the return
 * roi.total().roiPercent();                           // the whole effort
 * roi.by("channel");                                  // {channel=…} → RoiSummary; shared costs under {}
 * roi.restrictedTo(Dimensions.of("campaign", "spring")).byPeriod(TimeGrain.MONTH);
 * roi.withCostsScaled(CostCategory.AD_SPEND, new BigDecimal("1.2")).total().roiPercent();   // what if +20%?
 * }</pre>
 *
 * <p>Groupings are exact: the summaries of {@link #by} and of {@link #byPeriod} merge to {@link #total()}.
 * {@link #by} counts each item under the pairs of its scope with the given keys, so costs not assigned to a
 * channel (a shared tool, the team's salaries) appear under {@link Dimensions#empty()} rather than being spread by
 * an allocation the library would have to invent. Periods prorate multi-day items by days as
 * {@link CostItem#amountWithin} describes; actions count on their day.
 *
 * <p>Immutable, thread-safe and value-based; every {@code with} method returns a new calculation.
 */
public final class RoiCalculation {
    private final Currency currency;
    private final Costs costs;
    private final Revenue revenue;
    private final List<ActionCount> actions;
    private final ActionValues values;

    private RoiCalculation(Costs costs, Revenue revenue, List<ActionCount> actions, ActionValues values) {
        this.currency = costs.currency();
        this.costs = costs;
        this.revenue = revenue;
        this.actions = actions;
        this.values = values;
    }

    /**
     * Returns the calculation of {@code costs} against {@code revenue}, which must be in the same currency
     * (convert first, with a rate table of your own).
     *
     * @throws IllegalArgumentException naming both currencies if they differ, or if a revenue item is in another
     *                                  currency than its source says
     */
    public static RoiCalculation of(Costs costs, AttributedRevenue revenue) {
        Objects.requireNonNull(costs, "costs");
        Revenue r = Revenue.copyOf(revenue);
        Checks.argument(costs.currency().equals(r.currency()), "Currency mismatch: %s vs %s",
                costs.currency().getCurrencyCode(), r.currency().getCurrencyCode());
        return new RoiCalculation(costs, r, List.of(), ActionValues.empty(costs.currency()));
    }

    static Currency currency(String code) {
        Objects.requireNonNull(code, "currencyCode");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    Checks.format("currency must be an ISO 4217 code, was '%s'", code), e);
        }
    }

    /** Returns this calculation with the counted actions added (they feed CPA, CPL, CAC and the action value). */
    public RoiCalculation withActions(Iterable<ActionCount> counts) {
        Objects.requireNonNull(counts, "counts");
        List<ActionCount> list = new ArrayList<>(actions);
        for (ActionCount c : counts) {
            list.add(Objects.requireNonNull(c, "count"));
        }
        return new RoiCalculation(costs, revenue, Collections.unmodifiableList(list), values);
    }

    /**
     * Returns this calculation with the value table replaced: every counted action with a value adds
     * {@code count × value} to the return. Leave a sale unvalued if its revenue is already attributed, or it
     * counts twice.
     *
     * @throws IllegalArgumentException naming both currencies if they differ
     */
    public RoiCalculation withActionValues(ActionValues actionValues) {
        Objects.requireNonNull(actionValues, "actionValues");
        Checks.argument(currency.equals(actionValues.currency()), "Currency mismatch: %s vs %s",
                currency.getCurrencyCode(), actionValues.currency().getCurrencyCode());
        return new RoiCalculation(costs, revenue, actions, actionValues);
    }

    /** Returns the currency of every amount. */
    public Currency currency() {
        return currency;
    }

    /** Returns the costs. */
    public Costs costs() {
        return costs;
    }

    /** Returns the attributed revenue (a snapshot of what was given). */
    public Revenue revenue() {
        return revenue;
    }

    /** Returns the counted actions. */
    public List<ActionCount> actions() {
        return actions;
    }

    /** Returns the value table (empty unless set). */
    public ActionValues actionValues() {
        return values;
    }

    /** Returns the summary of everything. */
    public RoiSummary total() {
        Map<String, RoiSummary> one = group(line -> Map.of("", line.amount()), a -> "");
        return one.getOrDefault("", RoiSummary.empty(currency));
    }

    /** Returns the summary of the days in {@code window}: multi-day items prorated, actions on those days. */
    public RoiSummary within(DateRange window) {
        Objects.requireNonNull(window, "window");
        Map<String, RoiSummary> one = group(line -> Map.of("", Ledger.share(line.amount(), line.range(), window)),
                a -> window.contains(a.date()) ? "" : null);
        return one.getOrDefault("", RoiSummary.empty(currency));
    }

    /**
     * Returns the calculation of the items and actions whose scope contains every pair of {@code scope}, such as
     * one channel, one campaign, or a campaign in a channel.
     */
    public RoiCalculation restrictedTo(Dimensions scope) {
        Objects.requireNonNull(scope, "scope");
        List<ActionCount> list = new ArrayList<>();
        for (ActionCount a : actions) {
            if (a.scope().containsAll(scope)) {
                list.add(a);
            }
        }
        return new RoiCalculation(costs.restrictedTo(scope), revenue.restrictedTo(scope),
                Collections.unmodifiableList(list), values);
    }

    /**
     * Returns a summary per combination of the given dimension keys ({@code by("channel")},
     * {@code by("channel", "campaign")}), ordered by the text of the dimensions; items and actions without a key
     * count under the pairs they have, down to {@link Dimensions#empty()}.
     */
    public Map<Dimensions, RoiSummary> by(String... keys) {
        List<String> k = Ledger.keys(keys);
        return Collections.unmodifiableMap(Ledger.sortedByText(
                group(line -> Map.of(Ledger.project(line.scope(), k), line.amount()),
                        a -> Ledger.project(a.scope(), k))));
    }

    /**
     * Returns a summary per period of {@code grain} that any item or action touches, in time order.
     *
     * @throws IllegalArgumentException if an item spreads over more than {@link Costs#MAX_PERIODS} periods of
     *                                  {@code grain}
     */
    public Map<PeriodKey, RoiSummary> byPeriod(TimeGrain grain) {
        Objects.requireNonNull(grain, "grain");
        Map<PeriodKey, RoiSummary> map = group(line -> {
            Map<PeriodKey, Money> shares = new LinkedHashMap<>();
            Ledger.perPeriod(line, grain, shares::put);
            return shares;
        }, a -> grain.periodOf(a.date()));
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /**
     * Returns the what-if with every cost of {@code category} multiplied by {@code factor} (1.2 for +20%).
     *
     * @throws IllegalArgumentException if the factor is negative
     */
    public RoiCalculation withCostsScaled(CostCategory category, BigDecimal factor) {
        return new RoiCalculation(costs.scaled(category, factor), revenue, actions, values);
    }

    /**
     * Returns the what-if with every attributed revenue item multiplied by {@code factor}.
     *
     * @throws IllegalArgumentException if the factor is negative
     */
    public RoiCalculation withRevenueScaled(BigDecimal factor) {
        return new RoiCalculation(costs, revenue.scaled(factor), actions, values);
    }

    /**
     * Returns the what-if with the value of {@code action} multiplied by {@code factor}.
     *
     * @throws IllegalArgumentException if the factor is negative or the action has no value
     */
    public RoiCalculation withActionValueScaled(String action, BigDecimal factor) {
        return new RoiCalculation(costs, revenue, actions, values.scaled(action, factor));
    }

    /**
     * Returns ROI % for each factor applied to the costs of {@code category}: the sensitivity of ROI to that
     * cost, in the order of the factors.
     *
     * @throws IllegalArgumentException if a factor is negative
     */
    public Map<BigDecimal, Figure> roiSensitivity(CostCategory category, List<BigDecimal> factors) {
        Objects.requireNonNull(factors, "factors");
        Map<BigDecimal, Figure> map = new LinkedHashMap<>();
        for (BigDecimal f : factors) {
            map.put(f, withCostsScaled(category, f).total().roiPercent());
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Groups every cost, revenue item and action: {@code split} gives each line's shares per key, {@code keyOf}
     * the key of an action (null to leave it out).
     */
    private <K> Map<K, RoiSummary> group(Function<Ledger.Line, Map<K, Money>> split,
            Function<ActionCount, K> keyOf) {
        Map<K, Acc> accs = new LinkedHashMap<>();
        Function<K, Acc> make = k -> new Acc(currency);
        for (CostItem item : costs.items()) {
            split.apply(item.line()).forEach((k, m) -> accs.computeIfAbsent(k, make).costs.merge(item.category(), m,
                    Money::plus));
        }
        for (RevenueItem item : revenue.items()) {
            split.apply(item.line()).forEach((k, m) -> {
                Acc acc = accs.computeIfAbsent(k, make);
                acc.revenue = acc.revenue.plus(m);
            });
        }
        for (ActionCount a : actions) {
            @Nullable K k = keyOf.apply(a);
            if (k == null) {
                continue;
            }
            Acc acc = accs.computeIfAbsent(k, make);
            acc.counts.merge(a.action(), a.count(), Math::addExact);
            Money value = values.values().get(a.action());
            if (value != null) {
                acc.actionValue = acc.actionValue.plus(value.multipliedBy(a.count()));
            }
        }
        Map<K, RoiSummary> out = new LinkedHashMap<>();
        accs.forEach((k, acc) -> out.put(k, new RoiSummary(currency, acc.costs, acc.revenue, acc.actionValue,
                acc.counts)));
        return out;
    }

    /** A single-threaded accumulator of one group's sums. */
    private static final class Acc {
        final TreeMap<CostCategory, Money> costs = new TreeMap<>();
        final TreeMap<String, Long> counts = new TreeMap<>();
        Money revenue;
        Money actionValue;

        Acc(Currency currency) {
            revenue = Money.zero(currency);
            actionValue = revenue;
        }
    }

    /** Equal when costs, revenue, actions and values are equal. */
    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof RoiCalculation r)) {
            return false;
        }
        return costs.equals(r.costs) && revenue.equals(r.revenue) && actions.equals(r.actions)
                && values.equals(r.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(costs, revenue, actions, values);
    }

    /** Returns the total summary, for debugging. */
    @Override
    public String toString() {
        return "RoiCalculation[" + total() + "]";
    }
}
