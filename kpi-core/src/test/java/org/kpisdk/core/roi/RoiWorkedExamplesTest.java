package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.TimeGrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seed 004's formula and the unit-economics outputs on examples computed by hand (the arithmetic is in comments). */
final class RoiWorkedExamplesTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final DateRange MARCH = DateRange.parse("2026-03-01..2026-03-31");
    private static final Dimensions INSTA = Dimensions.of("channel", "instagram");
    private static final Dimensions FACEBOOK = Dimensions.of("channel", "facebook");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    private static BigDecimal r2(Figure f) {
        return f.rounded(2, RoundingMode.HALF_EVEN).orElseThrow();
    }

    @Test
    void seedFormulaOnAProfit() {
        // ((2500 − 2000) × 100) / 2000 = 25
        RoiSummary s = RoiSummary.of(eur("2000"), eur("2500"));
        assertEquals(new BigDecimal("25.00"), r2(s.roiPercent()));
        assertEquals(eur("500"), s.netReturn());
        assertEquals("25.00%", s.roiPercent().toString());
    }

    @Test
    void seedFormulaOnALoss() {
        // ((1500 − 2000) × 100) / 2000 = −25
        RoiSummary s = RoiSummary.of(eur("2000"), eur("1500"));
        assertEquals(new BigDecimal("-25.00"), r2(s.roiPercent()));
        assertEquals(eur("-500"), s.netReturn());
        // ((1000 − 3000) × 100) / 3000 = −66.666… → −66.67 half-even, −66.66 down
        RoiSummary t = RoiSummary.of(eur("3000"), eur("1000"));
        assertEquals(new BigDecimal("-66.67"), r2(t.roiPercent()));
        assertEquals(new BigDecimal("-66.66"), t.roiPercent().rounded(2, RoundingMode.DOWN).orElseThrow());
    }

    @Test
    void zeroRevenueIsMinusOneHundredPercent() {
        // ((0 − 2249.99) × 100) / 2249.99 = −100 exactly
        RoiSummary s = RoiSummary.of(eur("2249.99"), eur("0"));
        assertTrue(s.roiPercent().hasSameValueAs(Figure.percent(dec("-100"), BigDecimal.ONE)));
        assertEquals(new BigDecimal("-100.0000"), s.roiPercent().rounded(4, RoundingMode.UNNECESSARY).orElseThrow());
    }

    @Test
    void zeroCostsLeaveRoiUndefinedNotInfinite() {
        RoiSummary s = RoiSummary.of(eur("0"), eur("10"));
        assertFalse(s.roiPercent().isDefined());
        assertTrue(s.roiPercent().rounded(2, RoundingMode.HALF_EVEN).isEmpty());
        assertFalse(s.roas().isDefined());
        assertFalse(s.cpa().isDefined());
        assertEquals("undefined: total costs are 0 (no cost in this group)", s.roiPercent().toString());
        assertEquals(eur("10"), s.netReturn());
    }

    @Test
    void seedFourStepsWithEveryCostCategory() {
        // step 3: 30 h × 42.50 = 1275.00; 10 h × 80 = 800.00; tool 120/month; ads 900; refunds 45.50; research 200;
        // training 150; conference 600; agency 1000; custom "influencer_fees" 400 → 5490.50
        Costs costs = Costs.in("EUR")
                .plus(CostItem.staffTime("community manager", dec("30"), eur("42.50"), MARCH, INSTA))
                .plus(CostItem.staffTime("head of marketing", dec("10"), eur("80"), MARCH, Dimensions.empty()))
                .plus(CostItem.subscription("scheduler", eur("120"), MARCH, Dimensions.empty()))
                .plus(CostItem.adSpend(eur("900"), MARCH, INSTA))
                .plus(CostItem.of(CostCategory.REFUNDS_AND_DISCOUNTS, "service credits", eur("45.50"), MARCH, INSTA))
                .plus(CostItem.of(CostCategory.RESEARCH, "survey", eur("200"), MARCH, Dimensions.empty()))
                .plus(CostItem.of(CostCategory.TRAINING, "course", eur("150"), MARCH, Dimensions.empty()))
                .plus(CostItem.of(CostCategory.EVENTS, "conference", eur("600"), MARCH, FACEBOOK))
                .plus(CostItem.of(CostCategory.AGENCY_FEES, "agency", eur("1000"), MARCH, FACEBOOK))
                .plus(CostItem.of(CostCategory.of("influencer_fees"), "creator", eur("400"), MARCH, INSTA));
        assertEquals(eur("5490.50"), costs.total());
        assertEquals(eur("2075.00"), costs.totalsByCategory().get(CostCategory.STAFF_TIME));
        assertEquals(10, costs.items().size());
        // per channel: instagram 1275 + 900 + 45.50 + 400 = 2620.50; facebook 1600; shared 800+120+200+150 = 1270
        Map<Dimensions, Money> byChannel = costs.totalsBy("channel");
        assertEquals(eur("2620.50"), byChannel.get(INSTA));
        assertEquals(eur("1600"), byChannel.get(FACEBOOK));
        assertEquals(eur("1270"), byChannel.get(Dimensions.empty()));
        // step 2: 40 leads × 25 + 5 demos × 150 = 1750 of action value; attributed sales 4000
        LocalDate d = LocalDate.of(2026, 3, 18);
        ActionValues values = ActionValues.in("EUR").with("lead", eur("25")).with("demo", eur("150"));
        List<ActionCount> counts = List.of(ActionCount.of("lead", 40, d, INSTA), ActionCount.of("demo", 5, d, INSTA),
                ActionCount.of("download", 300, d, INSTA));
        Revenue revenue = Revenue.in("EUR").plus(eur("4000"), d, INSTA);
        RoiSummary total = RoiCalculation.of(costs, revenue).withActions(counts).withActionValues(values).total();
        assertEquals(eur("1750"), total.actionValue());
        assertEquals(eur("5750"), total.revenue());
        // step 4: ((5750 − 5490.50) × 100) / 5490.50 = 25950 / 5490.50 = 4.72634550587378… → 4.73
        assertEquals(new BigDecimal("4.73"), r2(total.roiPercent()));
        assertEquals(new BigDecimal("4.7263"), total.roiPercent().rounded(4, RoundingMode.HALF_EVEN).orElseThrow());
        assertEquals(eur("259.50"), total.netReturn());
        // ROAS = 5750 / 900 = 6.3888… → 6.39
        assertEquals(new BigDecimal("6.39"), r2(total.roas()));
        // CPL (media cost per lead, catalog cost / leads) = 900 ad spend / 40 = 22.50
        assertEquals(eur("22.50"), total.cpl().toMoney(RoundingMode.UNNECESSARY).orElseThrow());
        // fully loaded cost per lead = 5490.50 / 40 = 137.2625 → 137.26 half-even
        assertEquals(eur("137.26"), total.costPer("lead").toMoney(RoundingMode.HALF_EVEN).orElseThrow());
        // the stated mode matters at a tie: 137.2625 to 3 digits is 137.262 half-even, 137.263 half-up
        Figure loaded = total.costPer("lead");
        assertEquals(new BigDecimal("137.262"), loaded.rounded(3, RoundingMode.HALF_EVEN).orElseThrow());
        assertEquals(new BigDecimal("137.263"), loaded.rounded(3, RoundingMode.HALF_UP).orElseThrow());
        assertEquals(300, total.actionCount("download"));
    }

    @Test
    void unitEconomics() {
        // costs 2000 (of which 700 ad spend); 7 conversions, 80 leads, 8 new customers
        RoiSummary s = RoiSummary.of(eur("1300"), eur("2500")).plus(adSpend("700"))
                .plusActions(ActionCount.CONVERSION, 7).plusActions(ActionCount.LEAD, 80)
                .plusActions(ActionCount.NEW_CUSTOMER, 8);
        assertEquals(eur("2000"), s.totalCosts());
        // CPA (media cost per conversion, catalog cost / conversions) 700 / 7 = 100
        assertEquals(eur("100"), s.cpa().toMoney(RoundingMode.UNNECESSARY).orElseThrow());
        // CPL 700 / 80 = 8.75
        assertEquals(eur("8.75"), s.cpl().toMoney(RoundingMode.UNNECESSARY).orElseThrow());
        // fully loaded cost per conversion 2000 / 7 = 285.714285… → 285.71
        assertEquals(eur("285.71"), s.costPer(ActionCount.CONVERSION).toMoney(RoundingMode.HALF_EVEN).orElseThrow());
        // CAC 2000 / 8 = 250
        assertEquals(eur("250"), s.cac().toMoney(RoundingMode.UNNECESSARY).orElseThrow());
        // CLV 80 × 3 × 2.5 = 600; margin 40 % → 240
        CustomerValue cv = CustomerValue.of(eur("80"), dec("3"), dec("2.5"));
        assertEquals(eur("600"), cv.clv().toMoney(RoundingMode.UNNECESSARY).orElseThrow());
        assertEquals(eur("240"), cv.clvMargin(dec("0.40")).toMoney(RoundingMode.UNNECESSARY).orElseThrow());
        // from history: 48000 / 600 orders = 80 per order; 600 / 200 customers / 1 year = 3 per year; × 2.5 = 600
        CustomerValue history = CustomerValue.fromHistory(eur("48000"), 600, 200, BigDecimal.ONE, dec("2.5"));
        assertTrue(history.clv().hasSameValueAs(cv.clv()));
        // LTV:CAC 600 / 250 = 2.4
        assertEquals(new BigDecimal("2.40"), r2(s.ltvToCac(cv.clv())));
        // payback: CAC 250 / 20 a month = 12.5 months
        assertEquals(new BigDecimal("12.50"), r2(s.paybackMonths(eur("20"))));
        assertEquals("12.50 months", s.paybackMonths(eur("20")).toString());
        assertFalse(s.paybackMonths(eur("0")).isDefined());
        // break-even: 2000; at 40 % gross margin 2000 / 0.4 = 5000
        assertEquals(eur("2000"), s.breakEvenRevenue());
        assertEquals(eur("5000"), s.breakEvenRevenue(dec("0.4")).toMoney(RoundingMode.UNNECESSARY).orElseThrow());
        // no customers: CAC, LTV:CAC undefined
        RoiSummary none = RoiSummary.of(eur("2000"), eur("0"));
        assertFalse(none.cac().isDefined());
        assertFalse(none.ltvToCac(cv.clv()).isDefined());
        assertFalse(CustomerValue.fromHistory(eur("0"), 0, 0, BigDecimal.ONE, dec("2")).clv().isDefined());
    }

    @Test
    void followerUplift() {
        // retention: 900/1000 followers vs 1600/2000 others: +0.10 × 1000 × 500 = 50000
        SegmentUplift retention = SegmentUplift.rate("retention", Ratio.of(900, 1000), Ratio.of(1600, 2000), 1000,
                eur("500"));
        assertEquals(eur("50000"), retention.value().toMoney(RoundingMode.UNNECESSARY).orElseThrow());
        assertEquals(new BigDecimal("0.10"), r2(retention.difference()));
        // upsell 30/200 vs 50/500: (0.15 − 0.10) × 200 × 120 = 1200
        assertEquals(eur("1200"), SegmentUplift.rate("upsell_rate", Ratio.of(30, 200), Ratio.of(50, 500), 200,
                eur("120")).value().toMoney(RoundingMode.UNNECESSARY).orElseThrow());
        // deal size: 40 deals for 60000 (1500 each) vs 60 deals for 72000 (1200 each): 300 × 40 = 12000
        assertEquals(eur("12000"), SegmentUplift.dealSize(eur("60000"), 40, eur("72000"), 60).value()
                .toMoney(RoundingMode.UNNECESSARY).orElseThrow());
        // time to close: 1200 days / 40 = 30 vs 2700 / 60 = 45 → 15 days sooner × 40 × 20 = 12000
        SegmentUplift close = SegmentUplift.mean("time_to_close_days", Direction.LOWER_IS_BETTER, dec("1200"), 40,
                dec("2700"), 60, 40, eur("20"));
        assertEquals(eur("12000"), close.value().toMoney(RoundingMode.UNNECESSARY).orElseThrow());
        // engaged segment doing worse: 1/3 vs 1/2 → −1/6 × 6 × 10 = −10
        assertEquals(eur("-10"), SegmentUplift.rate("retention", Ratio.of(1, 3), Ratio.of(1, 2), 6, eur("10"))
                .value().toMoney(RoundingMode.UNNECESSARY).orElseThrow());
        // an empty segment: undefined
        assertFalse(SegmentUplift.rate("retention", Ratio.empty(), Ratio.of(1, 2), 6, eur("10")).value().isDefined());
    }

    @Test
    void valuedActionsPerPeriodAndChannel() {
        ActionValues values = ActionValues.in("EUR").with("lead", eur("25")).with("demo", eur("150"));
        List<ActionCount> counts = List.of(ActionCount.of("lead", 10, LocalDate.of(2026, 3, 30), INSTA),
                ActionCount.of("lead", 4, LocalDate.of(2026, 4, 2), FACEBOOK),
                ActionCount.of("demo", 2, LocalDate.of(2026, 4, 3), INSTA),
                ActionCount.of("download", 99, LocalDate.of(2026, 4, 3), INSTA));
        // 10 × 25 = 250; 4 × 25 = 100; 2 × 150 = 300; downloads have no value
        assertEquals(eur("250"), values.valueOf(counts.get(0)));
        Revenue valued = values.revenueOf(counts);
        assertEquals(eur("650"), valued.total());
        Map<PeriodKey, Money> monthly = valued.totalsByPeriod(TimeGrain.MONTH);
        assertEquals(eur("250"), monthly.get(PeriodKey.parse("2026-03")));
        assertEquals(eur("400"), monthly.get(PeriodKey.parse("2026-04")));
        Map<Dimensions, Money> byChannel = valued.totalsBy("channel");
        assertEquals(eur("550"), byChannel.get(INSTA));
        assertEquals(eur("100"), byChannel.get(FACEBOOK));
        // the same through a calculation: ISO week 2026-W14 (30 March – 5 April) holds all of it
        RoiSummary week = RoiCalculation.of(Costs.in("EUR"), Revenue.in("EUR")).withActions(counts)
                .withActionValues(values).byPeriod(TimeGrain.WEEK).get(PeriodKey.parse("2026-W14"));
        assertEquals(eur("650"), week.actionValue());
        assertEquals(14, week.actionCount("lead"));
    }

    @Test
    void subscriptionProratedByDays() {
        CostItem tool = CostItem.subscription("scheduler", eur("99"), MARCH, Dimensions.empty());
        // floor(9900 × 10 / 31) = floor(3193.55) = 3193 cents; the other 21 days 9900 − 3193 = 6707
        assertEquals(eur("31.93"), tool.amountWithin(DateRange.parse("2026-03-01..2026-03-10")));
        assertEquals(eur("67.07"), tool.amountWithin(DateRange.parse("2026-03-11..2026-03-31")));
        assertEquals(eur("99"), tool.amountWithin(DateRange.parse("2026-02-01..2026-04-30")));
        assertEquals(eur("0"), tool.amountWithin(DateRange.parse("2026-04-01..2026-04-30")));
        // 31.00 over 2026-03-15..2026-04-14 (31 days) is 1.00 a day: March 17 days, April 14
        Costs costs = Costs.in("EUR").plus(CostItem.subscription("crm", eur("31"),
                DateRange.parse("2026-03-15..2026-04-14"), Dimensions.empty()));
        Map<PeriodKey, Money> monthly = costs.totalsByPeriod(TimeGrain.MONTH);
        assertEquals(eur("17"), monthly.get(PeriodKey.parse("2026-03")));
        assertEquals(eur("14"), monthly.get(PeriodKey.parse("2026-04")));
        assertEquals(2, monthly.size());
        // 0.10 over 3 days: cumulative floors 3.33→3, 6.67→6, 10 → days carry 3, 3, 4 cents
        CostItem dime = CostItem.adSpend(eur("0.10"), DateRange.parse("2026-01-01..2026-01-03"), Dimensions.empty());
        assertEquals(eur("0.03"), dime.amountWithin(DateRange.day(LocalDate.of(2026, 1, 1))));
        assertEquals(eur("0.03"), dime.amountWithin(DateRange.day(LocalDate.of(2026, 1, 2))));
        assertEquals(eur("0.04"), dime.amountWithin(DateRange.day(LocalDate.of(2026, 1, 3))));
    }

    @Test
    void perPeriodAndPerScopeRoi() {
        Costs costs = Costs.in("EUR")
                .plus(CostItem.adSpend(eur("300"), DateRange.parse("2026-03-01..2026-03-31"), INSTA))
                .plus(CostItem.adSpend(eur("200"), DateRange.parse("2026-04-01..2026-04-30"), FACEBOOK));
        Revenue revenue = Revenue.in("EUR").plus(eur("600"), LocalDate.of(2026, 3, 5), INSTA)
                .plus(eur("100"), LocalDate.of(2026, 4, 5), FACEBOOK);
        RoiCalculation roi = RoiCalculation.of(costs, revenue);
        Map<PeriodKey, RoiSummary> monthly = roi.byPeriod(TimeGrain.MONTH);
        // March (600 − 300) × 100 / 300 = 100; April (100 − 200) × 100 / 200 = −50
        assertEquals(new BigDecimal("100.00"), r2(monthly.get(PeriodKey.parse("2026-03")).roiPercent()));
        assertEquals(new BigDecimal("-50.00"), r2(monthly.get(PeriodKey.parse("2026-04")).roiPercent()));
        // total (700 − 500) × 100 / 500 = 40
        assertEquals(new BigDecimal("40.00"), r2(roi.total().roiPercent()));
        assertEquals(roi.total(), roi.by("channel").get(INSTA).plus(roi.by("channel").get(FACEBOOK)));
        assertEquals(roi.by("channel").get(INSTA), roi.restrictedTo(INSTA).total());
        // within the first half of March: 300 × 15/31 → floor(30000 × 15 / 31) = 14516 cents
        assertEquals(eur("145.16"), roi.within(DateRange.parse("2026-03-01..2026-03-15")).totalCosts());
    }

    @Test
    void whatIfScalesOneCategoryOrTheValue() {
        Costs costs = Costs.in("EUR").plus(CostItem.adSpend(eur("500"), MARCH, INSTA))
                .plus(CostItem.staffTime("manager", dec("40"), eur("37.50"), MARCH, INSTA));
        LocalDate d = LocalDate.of(2026, 3, 9);
        RoiCalculation roi = RoiCalculation.of(costs, Revenue.in("EUR").plus(eur("2000"), d, INSTA))
                .withActions(List.of(ActionCount.of("lead", 40, d, INSTA)))
                .withActionValues(ActionValues.in("EUR").with("lead", eur("10")));
        // base: costs 500 + 1500 = 2000; revenue 2000 + 400 = 2400; ROI 20
        assertEquals(new BigDecimal("20.00"), r2(roi.total().roiPercent()));
        // ads × 2: costs 2500; ROI (2400 − 2500) × 100 / 2500 = −4
        assertEquals(new BigDecimal("-4.00"),
                r2(roi.withCostsScaled(CostCategory.AD_SPEND, dec("2")).total().roiPercent()));
        // revenue × 0.5: 1000 + 400 = 1400; ROI −30
        assertEquals(new BigDecimal("-30.00"), r2(roi.withRevenueScaled(dec("0.5")).total().roiPercent()));
        // lead value × 3: 2000 + 1200 = 3200; ROI 60
        assertEquals(new BigDecimal("60.00"),
                r2(roi.withActionValueScaled("lead", dec("3")).total().roiPercent()));
        // sensitivity to staff time: × 0 → (2400 − 500) × 100 / 500 = 380; × 1 → 20
        Map<BigDecimal, Figure> sens = roi.roiSensitivity(CostCategory.STAFF_TIME, List.of(dec("0"), dec("1")));
        assertEquals(new BigDecimal("380.00"), r2(sens.get(dec("0"))));
        assertEquals(new BigDecimal("20.00"), r2(sens.get(dec("1"))));
    }

    @Test
    void currencyMixesAreRefusedNamingBoth() {
        Costs costs = Costs.in("EUR");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> costs.plus(CostItem.adSpend(Money.of("1", "USD"), MARCH, INSTA)));
        assertEquals("Currency mismatch: EUR vs USD", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RoiCalculation.of(costs, Revenue.in("GBP")));
        assertEquals("Currency mismatch: EUR vs GBP", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RoiCalculation.of(costs, Revenue.in("EUR")).withActionValues(ActionValues.in("JPY")));
        assertEquals("Currency mismatch: EUR vs JPY", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RoiSummary.empty(EUR).plus(RoiSummary.empty(Currency.getInstance("CHF"))));
        assertEquals("Currency mismatch: EUR vs CHF", e.getMessage());
        // an attribution model whose items disagree with its own currency
        AttributedRevenue lying = new AttributedRevenue() {
            @Override
            public Currency currency() {
                return EUR;
            }

            @Override
            public List<RevenueItem> items() {
                return List.of(RevenueItem.of(Money.of("5", "USD"), LocalDate.of(2026, 3, 1), INSTA));
            }
        };
        e = assertThrows(IllegalArgumentException.class, () -> RoiCalculation.of(costs, lying));
        assertEquals("Currency mismatch: EUR vs USD", e.getMessage());
    }

    @Test
    void anAttributionModelPlugsInThroughTheInterface() {
        AttributedRevenue model = new AttributedRevenue() {
            @Override
            public Currency currency() {
                return EUR;
            }

            @Override
            public List<RevenueItem> items() {
                return List.of(RevenueItem.of(eur("300"), LocalDate.of(2026, 3, 1), INSTA),
                        RevenueItem.of(eur("150"), LocalDate.of(2026, 3, 2), FACEBOOK));
            }
        };
        assertEquals(eur("450"), model.total());
        RoiCalculation roi = RoiCalculation.of(Costs.in("EUR").plus(CostItem.adSpend(eur("300"), MARCH, INSTA)),
                model);
        // (450 − 300) × 100 / 300 = 50
        assertEquals(new BigDecimal("50.00"), r2(roi.total().roiPercent()));
    }

    /** Returns a summary of {@code amount} of ad spend alone. */
    private static RoiSummary adSpend(String amount) {
        return RoiCalculation.of(Costs.in("EUR").plus(CostItem.adSpend(eur(amount), MARCH, INSTA)), Revenue.in("EUR"))
                .total();
    }
}
