package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.InputValues;
import org.kpisdk.core.metric.InputValuesBuilder;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.Money;

/**
 * The sums behind every ROI output for one group (a channel, a campaign, a period, the total): costs per category,
 * attributed revenue, the value of valued actions and the action counts; the outputs derive from them on read.
 *
 * <pre>{@code
 * RoiSummary s = RoiSummary.of(Money.of("2000", "EUR"), Money.of("2500", "EUR"));
 * s.netReturn();           // EUR 500.00
 * s.roiPercent();          // 25.00%  = (2500 − 2000) × 100 / 2000
 * RoiSummary.of(Money.of("0", "EUR"), Money.of("10", "EUR")).roiPercent().isDefined();   // false, not infinity
 * s.plus(other);           // the summary of both groups: sums add, outputs are recomputed
 * }</pre>
 *
 * <p>Summaries merge with {@link #plus}: associative and commutative, with {@link #empty} as identity, so the
 * ROI of merged groups equals the ROI recomputed from their merged costs and revenue. Every quotient is an exact
 * {@link Figure}, undefined when its denominator is zero, with a reason naming the missing input. The definitions
 * are the catalog's ({@link org.kpisdk.core.metric.StandardMetrics}) over the measures {@link #inputValues()} maps
 * this summary to (DOMAIN A.7, A.8):
 * <ul>
 * <li>{@code revenue} = attributed revenue + value of actions; {@code net return} = revenue − total costs</li>
 * <li>{@code ROI %} = (revenue − total costs) × 100 / total costs (seed 004)</li>
 * <li>{@code ROAS} = revenue / ad spend (the {@link CostCategory#AD_SPEND} costs)</li>
 * <li>{@code CPA}, {@code CPL} = ad spend / conversions, leads (media cost per action, as Google Ads and the
 * catalog's {@code cost / conversions} define them)</li>
 * <li>{@code CAC} = sales and marketing costs / new customers, where every cost of the summary is a sales and
 * marketing cost (HubSpot; the catalog's {@code sales_marketing_costs / new_customers})</li>
 * <li>{@code LTV:CAC} = CLV / CAC; {@code payback months} = CAC / monthly gross margin per customer</li>
 * <li>{@code break-even revenue} = total costs (ROI 0), or total costs / gross margin when revenue carries a cost of
 * goods</li>
 * </ul>
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class RoiSummary {
    private static final String NO_COSTS = "total costs are 0 (no cost in this group)";
    private static final String NO_AD_SPEND = "no ad spend (cost category AD_SPEND) in costs";

    private final Currency currency;
    private final Map<CostCategory, Money> costs;
    private final Money attributedRevenue;
    private final Money actionValue;
    private final Map<String, Long> actionCounts;

    /** Takes ownership of the two tree maps, which no one else may hold afterwards. */
    RoiSummary(Currency currency, SortedMap<CostCategory, Money> costs, Money attributedRevenue, Money actionValue,
            SortedMap<String, Long> actionCounts) {
        this.currency = currency;
        // zero entries are dropped, so that "no costs of a category" has one representation
        costs.values().removeIf(Money::isZero);
        actionCounts.values().removeIf(n -> n == 0L);
        this.costs = Collections.unmodifiableMap(costs);
        this.attributedRevenue = attributedRevenue;
        this.actionValue = actionValue;
        this.actionCounts = Collections.unmodifiableMap(actionCounts);
    }

    /** Returns the summary of nothing in {@code currency}: the identity of {@link #plus}. */
    public static RoiSummary empty(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        Money zero = Money.zero(currency);
        return new RoiSummary(currency, new TreeMap<>(), zero, zero, new TreeMap<>());
    }

    /**
     * Returns the summary of {@code totalCosts} (uncategorised, {@link CostCategory#of of("uncategorised")}) and
     * {@code attributedRevenue}: seed 004's two numbers.
     *
     * @throws IllegalArgumentException if either is negative or the currencies differ
     */
    public static RoiSummary of(Money totalCosts, Money attributedRevenue) {
        Objects.requireNonNull(totalCosts, "totalCosts");
        Objects.requireNonNull(attributedRevenue, "attributedRevenue");
        Ledger.requireCurrency(totalCosts.currency(), attributedRevenue);
        Checks.argument(totalCosts.signum() >= 0, "totalCosts must be >= 0, was %s", totalCosts);
        Checks.argument(attributedRevenue.signum() >= 0, "attributedRevenue must be >= 0, was %s", attributedRevenue);
        Currency c = totalCosts.currency();
        TreeMap<CostCategory, Money> costs = new TreeMap<>();
        costs.put(CostCategory.of("uncategorised"), totalCosts);
        return new RoiSummary(c, costs, attributedRevenue, Money.zero(c), new TreeMap<>());
    }

    /**
     * Returns this summary with {@code count} more of {@code action}.
     *
     * @throws IllegalArgumentException if the count is negative
     * @throws ArithmeticException      if the count overflows
     */
    public RoiSummary plusActions(String action, long count) {
        CostCategory.checkId(action, "action");
        Checks.nonNegative(count, "count");
        TreeMap<String, Long> counts = new TreeMap<>(actionCounts);
        counts.merge(action, count, Math::addExact);
        return new RoiSummary(currency, new TreeMap<>(costs), attributedRevenue, actionValue, counts);
    }

    /**
     * Returns the summary of both groups: costs per category, revenue, action value and counts added.
     *
     * @throws IllegalArgumentException if the currencies differ
     * @throws ArithmeticException      if a count overflows
     */
    public RoiSummary plus(RoiSummary other) {
        Objects.requireNonNull(other, "other");
        Checks.argument(currency.equals(other.currency), "Currency mismatch: %s vs %s", currency.getCurrencyCode(),
                other.currency.getCurrencyCode());
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        TreeMap<CostCategory, Money> c = new TreeMap<>(costs);
        other.costs.forEach((k, v) -> c.merge(k, v, Money::plus));
        TreeMap<String, Long> counts = new TreeMap<>(actionCounts);
        other.actionCounts.forEach((k, v) -> counts.merge(k, v, Math::addExact));
        return new RoiSummary(currency, c, attributedRevenue.plus(other.attributedRevenue),
                actionValue.plus(other.actionValue), counts);
    }

    private boolean isEmpty() {
        return costs.isEmpty() && actionCounts.isEmpty() && attributedRevenue.isZero() && actionValue.isZero();
    }

    /** Returns the currency of every amount. */
    public Currency currency() {
        return currency;
    }

    /** Returns the costs per category, ordered by category id. */
    public Map<CostCategory, Money> costsByCategory() {
        return costs;
    }

    /** Returns the total of all costs, exactly. */
    public Money totalCosts() {
        Money sum = Money.zero(currency);
        for (Money m : costs.values()) {
            sum = sum.plus(m);
        }
        return sum;
    }

    /** Returns the costs of {@code category}, zero if none. */
    public Money costs(CostCategory category) {
        Objects.requireNonNull(category, "category");
        return costs.getOrDefault(category, Money.zero(currency));
    }

    /** Returns the revenue attributed directly or by an attribution model. */
    public Money attributedRevenue() {
        return attributedRevenue;
    }

    /** Returns the value of the counted actions that have a value (seed 004 step 2). */
    public Money actionValue() {
        return actionValue;
    }

    /** Returns the return the outputs use: attributed revenue plus the value of actions. */
    public Money revenue() {
        return attributedRevenue.plus(actionValue);
    }

    /** Returns the count of each action, ordered by action id. */
    public Map<String, Long> actionCounts() {
        return actionCounts;
    }

    /** Returns how many times {@code action} happened, 0 if never. */
    public long actionCount(String action) {
        Objects.requireNonNull(action, "action");
        return actionCounts.getOrDefault(action, 0L);
    }

    /** Returns revenue − total costs, exactly (negative for a loss). */
    public Money netReturn() {
        return revenue().minus(totalCosts());
    }

    /**
     * Returns ROI in percent, {@code (revenue − total costs) × 100 / total costs} (seed 004; catalog {@code roi}):
     * undefined when the costs are zero; −100 when the revenue is zero.
     */
    public Figure roiPercent() {
        return Figure.percent(netReturn().amount().multiply(BigDecimal.valueOf(100)), totalCosts().amount())
                .orBecause(NO_COSTS);
    }

    /**
     * Returns ROAS, {@code revenue / ad spend} (catalog {@code roas}, {@code conversion_value / cost}), as a plain
     * quotient (4.2 = 420%): undefined, saying so, without {@link CostCategory#AD_SPEND} costs — costs given
     * uncategorised have no ad spend.
     */
    public Figure roas() {
        return Figure.ratio(revenue().amount(), adSpend().amount()).orBecause(NO_AD_SPEND);
    }

    /**
     * Returns the fully loaded {@code total costs / count(action)}: undefined when the action never happened. CPA
     * and CPL are media cost per action ({@link #cpa}, {@link #cpl}); CAC is this over new customers.
     */
    public Figure costPer(String action) {
        Objects.requireNonNull(action, "action");
        return Figure.money(totalCosts().amount(), BigDecimal.valueOf(actionCount(action)), currency)
                .orBecause(noActions(action));
    }

    /**
     * Returns CPA, {@code ad spend / conversions} (catalog {@code cpa}, {@code cost / conversions}, Google Ads
     * cost per conversion): undefined, naming the input, without ad spend or without {@link ActionCount#CONVERSION}s.
     * The fully loaded cost per conversion is {@code costPer(ActionCount.CONVERSION)}.
     */
    public Figure cpa() {
        return mediaCostPer(ActionCount.CONVERSION);
    }

    /**
     * Returns CPL, {@code ad spend / leads} (catalog {@code cpl}, {@code cost / leads}): undefined, naming the input,
     * without ad spend or without {@link ActionCount#LEAD}s.
     */
    public Figure cpl() {
        return mediaCostPer(ActionCount.LEAD);
    }

    private Figure mediaCostPer(String action) {
        Money adSpend = adSpend();
        if (adSpend.isZero()) {
            return Figure.money(BigDecimal.ZERO, BigDecimal.ZERO, currency).orBecause(NO_AD_SPEND);
        }
        return Figure.money(adSpend.amount(), BigDecimal.valueOf(actionCount(action)), currency)
                .orBecause(noActions(action));
    }

    /**
     * Returns CAC, {@code sales and marketing costs / new customers} (HubSpot; catalog {@code cac},
     * {@code sales_marketing_costs / new_customers}): undefined without {@link ActionCount#NEW_CUSTOMER}s. Every
     * cost of a summary is a cost of the sales and marketing effort being measured, so the numerator is
     * {@link #totalCosts()}: record costs of other functions elsewhere, not in these {@link Costs}.
     */
    public Figure cac() {
        return costPer(ActionCount.NEW_CUSTOMER);
    }

    /**
     * Returns LTV:CAC, {@code clv / cac}: undefined, saying why, when there are no new customers, no costs (CAC 0),
     * or the CLV is undefined (its reason is kept).
     *
     * @throws IllegalArgumentException if the CLV is in another currency
     */
    public Figure ltvToCac(Figure clv) {
        Objects.requireNonNull(clv, "clv");
        Checks.argument(clv.kind() == Figure.Kind.MONEY, "clv must be a MONEY figure, was %s", clv.kind());
        Checks.argument(currency.equals(clv.currency().orElseThrow()), "Currency mismatch: %s vs %s",
                currency.getCurrencyCode(), clv.currency().orElseThrow().getCurrencyCode());
        Figure cac = cac();
        if (!cac.isDefined()) {
            return Figure.undefined(Figure.Kind.RATIO, "CAC is undefined: " + cac.undefinedReason().orElseThrow());
        }
        if (!clv.isDefined()) {
            return Figure.undefined(Figure.Kind.RATIO, "CLV is undefined: " + clv.undefinedReason().orElseThrow());
        }
        // clv / (cac.num / cac.den) = clv.num × cac.den / (clv.den × cac.num)
        return Figure.ratio(clv.numerator().multiply(cac.denominator()), clv.denominator().multiply(cac.numerator()))
                .orBecause("CAC is 0: " + NO_COSTS);
    }

    /**
     * Returns the CAC payback period in months, {@code cac / monthly gross margin per customer}: undefined, saying
     * why, when there are no new customers or the margin is zero (never paid back).
     *
     * @throws IllegalArgumentException if the margin is negative or in another currency
     */
    public Figure paybackMonths(Money monthlyGrossMarginPerCustomer) {
        Objects.requireNonNull(monthlyGrossMarginPerCustomer, "monthlyGrossMarginPerCustomer");
        Ledger.requireCurrency(currency, monthlyGrossMarginPerCustomer);
        Checks.argument(monthlyGrossMarginPerCustomer.signum() >= 0,
                "monthlyGrossMarginPerCustomer must be >= 0, was %s", monthlyGrossMarginPerCustomer);
        Figure cac = cac();
        if (!cac.isDefined()) {
            return Figure.undefined(Figure.Kind.MONTHS, "CAC is undefined: " + cac.undefinedReason().orElseThrow());
        }
        // (cac.num / cac.den) / margin
        return Figure.months(cac.numerator(), cac.denominator().multiply(monthlyGrossMarginPerCustomer.amount()))
                .orBecause("monthlyGrossMarginPerCustomer is 0: CAC is never paid back");
    }

    /**
     * Returns the sums as the catalog's base measures, so that any metric of
     * {@link org.kpisdk.core.metric.StandardMetrics} evaluates on this group with the formula this class uses:
     * {@code cost} = ad spend (absent, not 0, without ad spend), {@code total_costs} = {@code sales_marketing_costs} = total costs,
     * {@code conversion_value} = {@code revenue_attributed} = {@link #revenue()}, and the counts of
     * {@link ActionCount#CONVERSION}, {@link ActionCount#LEAD} and {@link ActionCount#NEW_CUSTOMER} as
     * {@code conversions}, {@code leads} and {@code new_customers}. Money is in currency units.
     *
     * <pre>{@code
     * StandardMetrics.CAC.evaluate(summary.inputValues());   // the same value as summary.cac()
     * }</pre>
     */
    public InputValues inputValues() {
        InputValuesBuilder b = InputValues.builder();
        if (!adSpend().isZero()) {
            // no ad spend is no observation of the media cost (costs may be uncategorised), not a cost of 0
            putMoney(b, StandardMeasures.COST, adSpend());
        }
        putMoney(b, StandardMeasures.TOTAL_COSTS, totalCosts());
        putMoney(b, StandardMeasures.SALES_MARKETING_COSTS, totalCosts());
        putMoney(b, StandardMeasures.CONVERSION_VALUE, revenue());
        putMoney(b, StandardMeasures.REVENUE_ATTRIBUTED, revenue());
        b.put(Input.of(StandardMeasures.CONVERSIONS), actionCount(ActionCount.CONVERSION));
        b.put(Input.of(StandardMeasures.LEADS), actionCount(ActionCount.LEAD));
        b.put(Input.of(StandardMeasures.NEW_CUSTOMERS), actionCount(ActionCount.NEW_CUSTOMER));
        return b.build();
    }

    private void putMoney(InputValuesBuilder b, BaseMeasure measure, Money amount) {
        b.put(Input.of(measure), amount.amount()).currency(measure, currency);
    }

    private Money adSpend() {
        return costs(CostCategory.AD_SPEND);
    }

    private static String noActions(String action) {
        return Checks.format("no %s (action '%s') counted", plural(action), action);
    }

    private static String plural(String action) {
        return action.endsWith("s") ? action : action.replace('_', ' ') + "s";
    }

    /** Returns the revenue at which ROI is 0: the total costs. */
    public Money breakEvenRevenue() {
        return totalCosts();
    }

    /**
     * Returns the revenue whose gross margin covers the costs, {@code total costs / grossMargin}.
     *
     * @param grossMargin the gross margin as a fraction in {@code (0, 1]}
     * @throws IllegalArgumentException if the margin is outside {@code (0, 1]}
     */
    public Figure breakEvenRevenue(BigDecimal grossMargin) {
        CustomerValue.checkMargin(grossMargin, false);
        return Figure.money(totalCosts().amount(), grossMargin, currency);
    }

    /** Equal when currency, costs per category, revenue, action value and counts are equal. */
    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof RoiSummary s)) {
            return false;
        }
        return currency.equals(s.currency) && costs.equals(s.costs) && attributedRevenue.equals(s.attributedRevenue)
                && actionValue.equals(s.actionValue) && actionCounts.equals(s.actionCounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, costs, attributedRevenue, actionValue, actionCounts);
    }

    /** Returns the sums and the ROI for display: {@code RoiSummary[costs=EUR 2000.00, roi=25.00%, …]}. */
    @Override
    public String toString() {
        return "RoiSummary[costs=" + totalCosts() + ", revenue=" + revenue() + ", roi=" + roiPercent()
                + ", byCategory=" + costs + ", actions=" + actionCounts + "]";
    }
}
