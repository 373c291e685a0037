package org.kpisdk.funnel.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.roi.CostItem;
import org.kpisdk.core.roi.Costs;
import org.kpisdk.core.roi.DateRange;
import org.kpisdk.core.roi.RevenueItem;
import org.kpisdk.core.roi.RoiCalculation;
import org.kpisdk.core.roi.RoiSummary;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;

/**
 * Attribution results plug into ROI (issue 18): a result is {@link org.kpisdk.core.roi.AttributedRevenue} dated by
 * its conversions, so ROI per channel, campaign and month follows under any model, to the cent. Expected values are
 * recomputed here from the journeys: by hand for a small set, from the exact shares for generated sets.
 */
final class AttributionRoiTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Dimensions DISPLAY = Dimensions.of("channel", "display");
    private static final Dimensions SEARCH = Dimensions.of("channel", "search");
    private static final Dimensions SOCIAL = Dimensions.of("channel", "social");
    private static final Dimensions EMAIL = Dimensions.of("channel", "email");

    private static Instant at(String dayAndTime) {
        return Instant.parse(dayAndTime + "Z");
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /**
     * Four conversions in March and April 2026 and one journey that did not convert:
     * <pre>
     * j1  display (20 Feb) > search[brand] (1 Mar)                              converts 2 Mar  EUR 120
     * j2  social[spring] (10 Mar)                                               converts 10 Mar EUR  90
     * j3  search[generic] (25 Mar) > email (2 Apr) > search[brand] (3 Apr)      converts 3 Apr  EUR 300
     * j4  display (5 Apr) > social[spring] (6 Apr) > email (7 Apr)              converts 8 Apr  EUR  99
     * j5  social (1 Apr)                                                        no conversion
     * </pre>
     */
    static JourneySet handSet() {
        return JourneySet.of(EUR, List.of(
                Journey.converted("j1", List.of(Touchpoint.of("display", at("2026-02-20T10:00:00")),
                        Touchpoint.of("search", at("2026-03-01T10:00:00"), "brand")), at("2026-03-02T09:00:00"),
                        eur("120")),
                Journey.converted("j2", List.of(Touchpoint.of("social", at("2026-03-10T08:00:00"), "spring")),
                        at("2026-03-10T20:00:00"), eur("90")),
                Journey.converted("j3", List.of(Touchpoint.of("search", at("2026-03-25T10:00:00"), "generic"),
                        Touchpoint.of("email", at("2026-04-02T10:00:00")),
                        Touchpoint.of("search", at("2026-04-03T10:00:00"), "brand")), at("2026-04-03T11:00:00"),
                        eur("300")),
                Journey.converted("j4", List.of(Touchpoint.of("display", at("2026-04-05T10:00:00")),
                        Touchpoint.of("social", at("2026-04-06T10:00:00"), "spring"),
                        Touchpoint.of("email", at("2026-04-07T10:00:00"))), at("2026-04-08T10:00:00"), eur("99")),
                Journey.notConverted("j5", List.of(Touchpoint.of("social", at("2026-04-01T10:00:00"))))));
    }

    /** One hand-computed credit: a journey's conversion date, the scope credited and the amount. */
    record Credit(LocalDate date, Dimensions scope, BigDecimal amount) {
    }

    private static Credit credit(String date, Dimensions scope, String amount) {
        return new Credit(LocalDate.parse(date), scope, new BigDecimal(amount));
    }

    private static Dimensions campaign(Dimensions channel, String campaign) {
        return channel.and("campaign", campaign);
    }

    /** First touch: each conversion's value to its first touch (j3's first search touch is in campaign generic). */
    static List<Credit> firstTouchByHand() {
        return List.of(credit("2026-03-02", DISPLAY, "120"), credit("2026-03-10", campaign(SOCIAL, "spring"), "90"),
                // j3 touched search in two campaigns: the credit is the channel's, without a campaign
                credit("2026-04-03", SEARCH, "300"), credit("2026-04-08", DISPLAY, "99"));
    }

    /** Linear per touch: j1 120 / 2; j3 300 / 3 per touch (search twice); j4 99 / 3. */
    static List<Credit> linearByHand() {
        return List.of(credit("2026-03-02", DISPLAY, "60"), credit("2026-03-02", campaign(SEARCH, "brand"), "60"),
                credit("2026-03-10", campaign(SOCIAL, "spring"), "90"),
                credit("2026-04-03", SEARCH, "200"), credit("2026-04-03", EMAIL, "100"),
                credit("2026-04-08", DISPLAY, "33"), credit("2026-04-08", campaign(SOCIAL, "spring"), "33"),
                credit("2026-04-08", EMAIL, "33"));
    }

    /** Position based 40/20/40: two touches 50/50; j3 search 40 % + 40 %, email 20 %; j4 39.60 / 19.80 / 39.60. */
    static List<Credit> positionBasedByHand() {
        return List.of(credit("2026-03-02", DISPLAY, "60"), credit("2026-03-02", campaign(SEARCH, "brand"), "60"),
                credit("2026-03-10", campaign(SOCIAL, "spring"), "90"),
                credit("2026-04-03", SEARCH, "240"), credit("2026-04-03", EMAIL, "60"),
                credit("2026-04-08", DISPLAY, "39.60"), credit("2026-04-08", campaign(SOCIAL, "spring"), "19.80"),
                credit("2026-04-08", EMAIL, "39.60"));
    }

    static Stream<Arguments> handModels() {
        return Stream.of(Arguments.of(AttributionModel.firstTouch(), firstTouchByHand()),
                Arguments.of(AttributionModel.linear(), linearByHand()),
                Arguments.of(AttributionModel.positionBased(), positionBasedByHand()));
    }

    /** Costs of March and April: ad spend on display and search, staff time on social, a shared tool. */
    static Costs costs() {
        DateRange march = DateRange.parse("2026-03-01..2026-03-31");
        DateRange april = DateRange.parse("2026-04-01..2026-04-30");
        return Costs.in("EUR").plus(CostItem.adSpend(eur("40"), march, DISPLAY))
                .plus(CostItem.adSpend(eur("60"), april, DISPLAY))
                .plus(CostItem.adSpend(eur("150"), DateRange.parse("2026-03-01..2026-04-30"), SEARCH))
                .plus(CostItem.staffTime("community manager", new BigDecimal("2"), eur("25"), march, SOCIAL))
                .plus(CostItem.subscription("newsletter tool", eur("30"), april, Dimensions.empty()));
    }

    private static <K> Map<K, BigDecimal> sum(List<Credit> credits, Function<Credit, K> key) {
        Map<K, BigDecimal> map = new HashMap<>();
        for (Credit c : credits) {
            map.merge(key.apply(c), c.amount(), BigDecimal::add);
        }
        return map;
    }

    private static Dimensions channelOf(Dimensions scope) {
        return Dimensions.of("channel", scope.get("channel").orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("handModels")
    void roiByChannelCampaignAndMonthMatchesTheHandComputedCredits(AttributionModel model, List<Credit> byHand) {
        AttributionResult result = model.attribute(handSet());
        RoiCalculation roi = RoiCalculation.of(costs(), result);
        BigDecimal total = byHand.stream().map(Credit::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, total.compareTo(new BigDecimal("609")), "the four conversions are worth 609");
        assertEquals(eur("609"), result.total());
        assertEquals(eur("609"), roi.total().attributedRevenue());

        // per channel: the hand credits, the result's own channel revenue, and the ROI calculation agree
        Map<Dimensions, BigDecimal> channels = sum(byHand, c -> channelOf(c.scope()));
        Map<Dimensions, RoiSummary> byChannel = roi.by("channel");
        for (ChannelCredit c : result.channels()) {
            Dimensions d = Dimensions.of("channel", c.channel());
            BigDecimal expected = channels.getOrDefault(d, BigDecimal.ZERO);
            assertEquals(0, expected.compareTo(c.revenue().amount()), model.name() + " " + d);
            assertEquals(0, expected.compareTo(byChannel.getOrDefault(d, RoiSummary.empty(EUR)).attributedRevenue()
                    .amount()), model.name() + " ROI " + d);
        }
        // per campaign within a channel
        Map<Dimensions, BigDecimal> scopes = sum(byHand, Credit::scope);
        Map<Dimensions, RoiSummary> byCampaign = roi.by("channel", "campaign");
        scopes.forEach((scope, amount) -> assertEquals(0,
                amount.compareTo(byCampaign.get(scope).attributedRevenue().amount()), model.name() + " " + scope));
        // per month: March 120 + 90, April 300 + 99
        Map<PeriodKey, RoiSummary> months = roi.byPeriod(TimeGrain.MONTH);
        Map<PeriodKey, BigDecimal> expectedMonths = sum(byHand, c -> TimeGrain.MONTH.periodOf(c.date()));
        assertEquals(0, new BigDecimal("210").compareTo(expectedMonths.get(TimeGrain.MONTH.periodOf(
                LocalDate.of(2026, 3, 1)))));
        BigDecimal monthSum = BigDecimal.ZERO;
        for (Map.Entry<PeriodKey, RoiSummary> m : months.entrySet()) {
            BigDecimal expected = expectedMonths.getOrDefault(m.getKey(), BigDecimal.ZERO);
            assertEquals(0, expected.compareTo(m.getValue().attributedRevenue().amount()),
                    model.name() + " " + m.getKey());
            monthSum = monthSum.add(m.getValue().attributedRevenue().amount());
        }
        assertEquals(0, total.compareTo(monthSum), "months sum to the total");
        // channel × month, and ROI of a channel in a month from the raw numbers
        for (Map.Entry<Dimensions, BigDecimal> ch : channels.entrySet()) {
            Map<PeriodKey, RoiSummary> channelMonths = roi.restrictedTo(ch.getKey()).byPeriod(TimeGrain.MONTH);
            Map<PeriodKey, BigDecimal> expected = sum(
                    byHand.stream().filter(c -> channelOf(c.scope()).equals(ch.getKey())).toList(),
                    c -> TimeGrain.MONTH.periodOf(c.date()));
            channelMonths.forEach((month, s) -> assertEquals(0, expected.getOrDefault(month, BigDecimal.ZERO)
                    .compareTo(s.attributedRevenue().amount()), model.name() + " " + ch.getKey() + " " + month));
        }
        // ROI of display in April: revenue by hand over EUR 60 of April ad spend
        BigDecimal displayApril = byHand.stream().filter(c -> c.scope().equals(DISPLAY)
                && c.date().getMonthValue() == 4).map(Credit::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        RoiSummary april = roi.restrictedTo(DISPLAY).byPeriod(TimeGrain.MONTH)
                .get(TimeGrain.MONTH.periodOf(LocalDate.of(2026, 4, 1)));
        BigDecimal expectedRoi = displayApril.subtract(new BigDecimal("60")).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal("60"), MathContext.DECIMAL128);
        assertEquals(0, expectedRoi.compareTo(april.roiPercent().value(MathContext.DECIMAL128).orElseThrow()),
                model.name() + " display ROI in April");
    }

    @Test
    void datesFollowTheZoneAsked() {
        // j2 converts at 20:00 UTC on 10 March: 11 March in Tokyo
        AttributionResult result = AttributionModel.firstTouch().attribute(handSet());
        assertTrue(result.items().stream().anyMatch(i -> i.range().start().equals(LocalDate.of(2026, 3, 10))
                && i.scope().get("channel").orElseThrow().equals("social")));
        assertTrue(result.revenue(ZoneId.of("Asia/Tokyo")).items().stream()
                .anyMatch(i -> i.range().start().equals(LocalDate.of(2026, 3, 11))
                        && i.scope().get("channel").orElseThrow().equals("social")));
        assertEquals(result.items(), result.revenue(ZoneOffset.UTC).items());
    }

    @Test
    void aggregatedPathsHaveNoDatesAndSaySo() {
        JourneySet paths = JourneySet.ofPaths(EUR, List.of(AggregatedPath.parse("display > search", 2, 1,
                eur("100"))));
        AttributionResult result = AttributionModel.linear().attribute(paths);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RoiCalculation.of(costs(),
                result));
        assertTrue(e.getMessage().contains("row 0 is the aggregated path [display, search] without times"),
                e.getMessage());
        // the channel view still works without dates
        assertEquals(eur("50"), result.revenueByChannel().get("display"));
    }

    // ----- generated journey sets: every model, exact sums, each channel-month within rounding of the exact value

    private static final String[] CHANNELS = {"direct", "display", "email", "search", "social"};
    private static final String[] CAMPAIGNS = {"brand", "spring", "retarget"};
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    static final List<AttributionModel> MODELS = List.of(AttributionModel.firstTouch(), AttributionModel.lastTouch(),
            AttributionModel.linear(), AttributionModel.timeDecay(Duration.ofDays(7)), AttributionModel.positionBased(),
            AttributionModel.markov(), AttributionModel.shapley(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS),
            AttributionModel.orderedShapley());

    private static Journey journey(SplittableRandom r, Currency currency, int id) {
        int touches = r.nextInt(1, 6);
        long minutes = r.nextLong(0, 365L * 24 * 60);
        List<Touchpoint> list = new ArrayList<>();
        for (int t = 0; t < touches; t++) {
            minutes += r.nextInt(0, 9 * 24 * 60);
            String channel = CHANNELS[r.nextInt(CHANNELS.length)];
            Instant time = T0.plus(Duration.ofMinutes(minutes));
            list.add(r.nextBoolean() ? Touchpoint.of(channel, time)
                    : Touchpoint.of(channel, time, CAMPAIGNS[r.nextInt(CAMPAIGNS.length)]));
        }
        if (r.nextInt(4) == 0) {
            return Journey.notConverted("c" + id, list);
        }
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        Money value = Money.of(BigDecimal.valueOf(r.nextLong(0, 50_000), scale), currency);
        return Journey.converted("c" + id, list, T0.plus(Duration.ofMinutes(minutes + r.nextInt(0, 2 * 24 * 60))),
                value);
    }

    private static final Gen<List<Journey>> JOURNEYS = Gen.of(r -> {
        Currency currency = Currency.getInstance(r.nextInt(4) == 0 ? "JPY" : "EUR");
        int n = r.nextInt(0, 40);
        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            journeys.add(journey(r, currency, i));
        }
        return journeys;
    }, List.of(List.of()));

    static Stream<Arguments> journeySets() {
        return Cases.of(JOURNEYS);
    }

    @ParameterizedTest
    @MethodSource("journeySets")
    void everyModelGivesRevenuePerChannelAndMonthSummingToTheTotal(List<Journey> journeys) {
        Currency currency = journeys.isEmpty() ? EUR : journeys.get(0).value().map(Money::currency)
                .orElse(journeys.stream().flatMap(j -> j.value().stream()).map(Money::currency).findFirst()
                        .orElse(EUR));
        JourneySet set = JourneySet.of(currency, journeys);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, currency.getDefaultFractionDigits()));
        Money total = journeys.stream().flatMap(j -> j.value().stream()).reduce(Money.zero(currency), Money::plus);
        Costs costs = Costs.empty(currency);
        for (AttributionModel model : MODELS) {
            AttributionResult result = model.attribute(set);
            String m = model.name();
            RoiCalculation roi = RoiCalculation.of(costs, result);
            assertEquals(total, roi.total().attributedRevenue(), m);
            // exact: items, channels and months each sum to the total
            Money items = result.items().stream().map(RevenueItem::amount).reduce(Money.zero(currency), Money::plus);
            assertEquals(total, items, m + " items");
            assertEquals(total, roi.by("channel").values().stream().map(RoiSummary::attributedRevenue)
                    .reduce(Money.zero(currency), Money::plus), m + " channels");
            assertEquals(total, roi.byPeriod(TimeGrain.MONTH).values().stream().map(RoiSummary::attributedRevenue)
                    .reduce(Money.zero(currency), Money::plus), m + " months");
            Map<Dimensions, RoiSummary> byChannel = roi.by("channel");
            for (ChannelCredit c : result.channels()) {
                Dimensions d = Dimensions.of("channel", c.channel());
                RoiSummary s = byChannel.get(d);
                Money got = s == null ? Money.zero(currency) : s.attributedRevenue();
                assertEquals(c.revenue(), got, m + " " + d);
            }
            // each channel-month against the exact shares recomputed from the journeys
            Map<String, Map<PeriodKey, BigDecimal>> exact = new HashMap<>();
            for (int row = 0; row < set.size(); row++) {
                if (set.conversions(row) == 0) {
                    continue;
                }
                PeriodKey month = TimeGrain.MONTH.periodOf(LocalDate.ofInstant(
                        set.conversionTime(row).orElseThrow(), ZoneOffset.UTC));
                BigDecimal value = set.value(row).amount();
                for (Map.Entry<String, Fraction> share : result.conversionShares(row).entrySet()) {
                    BigDecimal part = value.multiply(new BigDecimal(share.getValue().numerator()))
                            .divide(new BigDecimal(share.getValue().denominator()), MathContext.DECIMAL128);
                    exact.computeIfAbsent(share.getKey(), k -> new HashMap<>()).merge(month, part, BigDecimal::add);
                }
            }
            BigDecimal bound = unit.multiply(new BigDecimal("1.5")).add(new BigDecimal("1e-20"));
            for (Map.Entry<String, Map<PeriodKey, BigDecimal>> ch : exact.entrySet()) {
                Map<PeriodKey, RoiSummary> months = roi.restrictedTo(Dimensions.of("channel", ch.getKey()))
                        .byPeriod(TimeGrain.MONTH);
                for (Map.Entry<PeriodKey, BigDecimal> e : ch.getValue().entrySet()) {
                    RoiSummary s = months.get(e.getKey());
                    BigDecimal got = s == null ? BigDecimal.ZERO : s.attributedRevenue().amount();
                    assertTrue(got.subtract(e.getValue()).abs().compareTo(bound) < 0,
                            () -> m + " " + ch.getKey() + " " + e.getKey() + ": " + got + " vs exact " + e.getValue());
                }
            }
        }
    }
}
