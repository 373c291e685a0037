package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.testkit.Gen;

/** Seeded generators of ROI inputs: dated, scoped costs, revenue and actions in one currency per case. */
final class RoiGen {
    static final List<Currency> CURRENCIES = List.of(Currency.getInstance("EUR"), Currency.getInstance("JPY"),
            Currency.getInstance("BHD"));
    static final List<CostCategory> CATEGORIES = List.of(CostCategory.STAFF_TIME, CostCategory.PLATFORMS_AND_TOOLS,
            CostCategory.AD_SPEND, CostCategory.REFUNDS_AND_DISCOUNTS, CostCategory.RESEARCH, CostCategory.TRAINING,
            CostCategory.EVENTS, CostCategory.AGENCY_FEES, CostCategory.of("influencer_fees"));
    static final List<String> ACTIONS = List.of(ActionCount.LEAD, ActionCount.CONVERSION, ActionCount.NEW_CUSTOMER,
            ActionCount.DEMO, ActionCount.DOWNLOAD);
    /** 2027-12-01: ranges cross a year end, quarters, ISO weeks spanning years and the leap day 2028-02-29. */
    private static final LocalDate BASE = LocalDate.of(2027, 12, 1);

    private RoiGen() {
    }

    static LocalDate day(SplittableRandom r) {
        return BASE.plusDays(r.nextInt(150));
    }

    static DateRange range(SplittableRandom r) {
        LocalDate start = day(r);
        int kind = r.nextInt(4);
        int length = kind == 0 ? 1 : kind == 1 ? 1 + r.nextInt(7) : kind == 2 ? 28 + r.nextInt(4) : 1 + r.nextInt(120);
        return DateRange.of(start, start.plusDays(length - 1));
    }

    /** An amount in the currency's minor units, sometimes finer (an hours × rate product). */
    static Money amount(SplittableRandom r, Currency currency) {
        int minor = Math.max(0, currency.getDefaultFractionDigits());
        int pick = r.nextInt(8);
        long units = pick == 0 ? 0 : pick == 1 ? 1 + r.nextInt(99) : pick < 6 ? r.nextLong(0, 10_000_000)
                : r.nextLong(0, 1_000_000_000_000L);
        int scale = r.nextInt(5) == 0 ? minor + 1 + r.nextInt(3) : minor;
        return Money.of(BigDecimal.valueOf(units, scale), currency);
    }

    static Dimensions scope(SplittableRandom r) {
        Dimensions d = Dimensions.empty();
        if (r.nextInt(4) != 0) {
            d = d.and("channel", List.of("instagram", "facebook", "linkedin").get(r.nextInt(3)));
        }
        if (r.nextBoolean()) {
            d = d.and("campaign", List.of("spring", "summer").get(r.nextInt(2)));
        }
        if (r.nextInt(5) == 0) {
            d = d.and("region", List.of("uk", "it").get(r.nextInt(2)));
        }
        return d;
    }

    static CostItem costItem(SplittableRandom r, Currency currency) {
        if (r.nextInt(4) == 0) {
            BigDecimal hours = BigDecimal.valueOf(r.nextLong(0, 20_000), 2);
            return CostItem.staffTime("role_" + r.nextInt(3), hours, amount(r, currency), range(r), scope(r));
        }
        return CostItem.of(CATEGORIES.get(r.nextInt(CATEGORIES.size())), "item", amount(r, currency), range(r),
                scope(r));
    }

    static RevenueItem revenueItem(SplittableRandom r, Currency currency) {
        return r.nextInt(4) == 0 ? RevenueItem.of(amount(r, currency), range(r), scope(r))
                : RevenueItem.of(amount(r, currency), day(r), scope(r));
    }

    static ActionCount action(SplittableRandom r) {
        return ActionCount.of(ACTIONS.get(r.nextInt(ACTIONS.size())), r.nextInt(10) == 0 ? 0 : r.nextLong(0, 5_000),
                day(r), scope(r));
    }

    static Currency currency(SplittableRandom r) {
        return CURRENCIES.get(r.nextInt(CURRENCIES.size()));
    }

    /** Inputs of one calculation, kept as raw lists so that tests can recompute from them. */
    record Inputs(Currency currency, List<CostItem> costs, List<RevenueItem> revenue, List<ActionCount> actions,
            ActionValues values) {
        RoiCalculation calculation() {
            return RoiCalculation.of(Costs.of(currency, costs), Revenue.empty(currency).plusAll(revenue))
                    .withActions(actions).withActionValues(values);
        }

        @Override
        public String toString() {
            return currency + ": " + costs.size() + " costs, " + revenue.size() + " revenue items, " + actions.size()
                    + " action counts";
        }
    }

    static Inputs inputs(SplittableRandom r, int maxItems) {
        Currency c = currency(r);
        List<CostItem> costs = new ArrayList<>();
        for (int i = r.nextInt(maxItems + 1); i > 0; i--) {
            costs.add(costItem(r, c));
        }
        List<RevenueItem> revenue = new ArrayList<>();
        for (int i = r.nextInt(maxItems + 1); i > 0; i--) {
            revenue.add(revenueItem(r, c));
        }
        List<ActionCount> actions = new ArrayList<>();
        for (int i = r.nextInt(maxItems + 1); i > 0; i--) {
            actions.add(action(r));
        }
        ActionValues values = ActionValues.empty(c);
        for (String a : ACTIONS) {
            if (r.nextInt(3) == 0) {
                values = values.with(a, amount(r, c));
            }
        }
        return new Inputs(c, Collections.unmodifiableList(costs), Collections.unmodifiableList(revenue),
                Collections.unmodifiableList(actions), values);
    }

    static Gen<Inputs> inputs(int maxItems) {
        Currency eur = CURRENCIES.get(0);
        Inputs empty = new Inputs(eur, List.of(), List.of(), List.of(), ActionValues.empty(eur));
        // costs of zero with revenue: ROI undefined, never infinite
        Inputs zeroCosts = new Inputs(eur,
                List.of(CostItem.adSpend(Money.zero(eur), DateRange.day(BASE), Dimensions.empty())),
                List.of(RevenueItem.of(Money.of("10", "EUR"), BASE, Dimensions.empty())), List.of(), empty.values());
        return Gen.of(r -> inputs(r, maxItems), List.of(empty, zeroCosts));
    }

    /** Grouping keys: one, two or three of the generated dimensions. */
    static Gen<List<String>> keys() {
        return Gen.oneOf(List.of("channel"), List.of("campaign"), List.of("channel", "campaign"),
                List.of("region", "channel", "campaign"), List.of("product"));
    }

    static Gen<Long> seeds() {
        return Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }
}
