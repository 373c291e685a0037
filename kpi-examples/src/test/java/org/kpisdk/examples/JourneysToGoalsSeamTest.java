package org.kpisdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.roi.CostItem;
import org.kpisdk.core.roi.Costs;
import org.kpisdk.core.roi.DateRange;
import org.kpisdk.core.roi.Figure;
import org.kpisdk.core.roi.RoiCalculation;
import org.kpisdk.core.roi.RoiSummary;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.funnel.attribution.AttributionModel;
import org.kpisdk.funnel.attribution.AttributionResult;
import org.kpisdk.funnel.attribution.Journey;
import org.kpisdk.funnel.attribution.JourneySet;
import org.kpisdk.funnel.attribution.Touchpoint;
import org.kpisdk.goals.Goal;
import org.kpisdk.goals.KeyResult;
import org.kpisdk.goals.Objective;
import org.kpisdk.goals.OkrType;

/**
 * The seam from journeys to verdicts (issue 18): journeys → attribution under three models → ROI by channel and by
 * month → a goal and an OKR key result on ROAS and ROI, scored. Every number is checked against a recomputation
 * from the raw journeys in this test: each model's rule applied to each journey's channel list by hand-written
 * code, then summed by channel and month, then divided by the raw costs.
 */
final class JourneysToGoalsSeamTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final DateRange MARCH = DateRange.parse("2026-03-01..2026-03-31");
    private static final DateRange APRIL = DateRange.parse("2026-04-01..2026-04-30");
    private static final String[] CHANNELS = {"search", "social", "email", "display"};

    /** Journeys with values that every rule below splits into whole cents (multiples of 60). */
    static List<Journey> journeys() {
        List<Journey> list = new ArrayList<>();
        String[][] paths = {
            {"social", "search"}, {"display", "social", "email", "search"}, {"search"}, {"email", "social", "search"},
            {"social", "email"}, {"display", "search", "search"}, {"social"}, {"search", "email", "display", "social"},
            {"email", "search"}, {"display", "email", "social"}};
        for (int j = 0; j < paths.length; j++) {
            Instant start = Instant.parse("2026-03-01T09:00:00Z").plusSeconds(j * 5L * 86_400);
            List<Touchpoint> touches = new ArrayList<>();
            for (int t = 0; t < paths[j].length; t++) {
                touches.add(Touchpoint.of(paths[j][t], start.plusSeconds(t * 86_400L)));
            }
            Instant conversion = start.plusSeconds(paths[j].length * 86_400L);
            Money value = Money.of(BigDecimal.valueOf(60L * (j + 2)), EUR);
            list.add(j == 6 ? Journey.notConverted("c" + j, touches)
                    : Journey.converted("c" + j, touches, conversion, value));
        }
        return list;
    }

    /** Ad spend per channel and month, and a shared tool; the raw inputs of ROAS and ROI. */
    static Map<String, BigDecimal[]> adSpend() {
        Map<String, BigDecimal[]> m = new HashMap<>();
        m.put("search", new BigDecimal[] {new BigDecimal("300"), new BigDecimal("400")});
        m.put("social", new BigDecimal[] {new BigDecimal("200"), new BigDecimal("150")});
        m.put("email", new BigDecimal[] {new BigDecimal("50"), new BigDecimal("50")});
        m.put("display", new BigDecimal[] {new BigDecimal("250"), new BigDecimal("100")});
        return m;
    }

    static Costs costs() {
        Costs costs = Costs.in("EUR");
        for (Map.Entry<String, BigDecimal[]> e : adSpend().entrySet()) {
            Dimensions channel = Dimensions.of("channel", e.getKey());
            costs = costs.plus(CostItem.adSpend(Money.of(e.getValue()[0], EUR), MARCH, channel))
                    .plus(CostItem.adSpend(Money.of(e.getValue()[1], EUR), APRIL, channel));
        }
        return costs;
    }

    /** First touch by hand. */
    static Map<String, BigDecimal> firstTouch(List<String> path) {
        return Map.of(path.get(0), BigDecimal.ONE);
    }

    /** Linear per touch by hand: 1/n per touch, repeats adding up. */
    static Map<String, BigDecimal> linear(List<String> path) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (String c : path) {
            m.merge(c, BigDecimal.ONE.divide(BigDecimal.valueOf(path.size()), MathContext.DECIMAL128),
                    BigDecimal::add);
        }
        return m;
    }

    /** Position based 40/20/40 by hand: one touch 100 %, two touches 50/50. */
    static Map<String, BigDecimal> positionBased(List<String> path) {
        Map<String, BigDecimal> m = new HashMap<>();
        int n = path.size();
        if (n == 1) {
            m.put(path.get(0), BigDecimal.ONE);
        } else if (n == 2) {
            m.merge(path.get(0), new BigDecimal("0.5"), BigDecimal::add);
            m.merge(path.get(1), new BigDecimal("0.5"), BigDecimal::add);
        } else {
            m.merge(path.get(0), new BigDecimal("0.4"), BigDecimal::add);
            m.merge(path.get(n - 1), new BigDecimal("0.4"), BigDecimal::add);
            BigDecimal middle = new BigDecimal("0.2").divide(BigDecimal.valueOf(n - 2), MathContext.DECIMAL128);
            for (int i = 1; i < n - 1; i++) {
                m.merge(path.get(i), middle, BigDecimal::add);
            }
        }
        return m;
    }

    static Stream<Arguments> models() {
        Function<List<String>, Map<String, BigDecimal>> first = JourneysToGoalsSeamTest::firstTouch;
        Function<List<String>, Map<String, BigDecimal>> linear = JourneysToGoalsSeamTest::linear;
        Function<List<String>, Map<String, BigDecimal>> position = JourneysToGoalsSeamTest::positionBased;
        return Stream.of(Arguments.of(AttributionModel.firstTouch(), first),
                Arguments.of(AttributionModel.linear(), linear),
                Arguments.of(AttributionModel.positionBased(), position));
    }

    /** Revenue per channel and month recomputed from the raw journeys under {@code rule}, rounded to the cent. */
    static Map<String, Map<PeriodKey, BigDecimal>> byHand(Function<List<String>, Map<String, BigDecimal>> rule) {
        Map<String, Map<PeriodKey, BigDecimal>> out = new HashMap<>();
        for (Journey j : journeys()) {
            if (!j.isConverted()) {
                continue;
            }
            PeriodKey month = TimeGrain.MONTH.periodOf(LocalDate.ofInstant(j.conversionTime().orElseThrow(),
                    ZoneOffset.UTC));
            BigDecimal value = j.value().orElseThrow().amount();
            rule.apply(j.channels()).forEach((channel, share) -> out.computeIfAbsent(channel, k -> new HashMap<>())
                    .merge(month, value.multiply(share), BigDecimal::add));
        }
        out.values().forEach(m -> m.replaceAll((k, v) -> v.setScale(2, RoundingMode.HALF_EVEN)));
        return out;
    }

    private static BigDecimal month(Map<PeriodKey, BigDecimal> m, int monthOfYear) {
        return m.getOrDefault(TimeGrain.MONTH.periodOf(LocalDate.of(2026, monthOfYear, 1)), BigDecimal.ZERO);
    }

    @ParameterizedTest
    @MethodSource("models")
    void journeysToAttributionToRoiToGoals(AttributionModel model,
            Function<List<String>, Map<String, BigDecimal>> rule) {
        AttributionResult attribution = model.attribute(JourneySet.of(EUR, journeys()));
        RoiCalculation roi = RoiCalculation.of(costs(), attribution);
        Map<String, Map<PeriodKey, BigDecimal>> expected = byHand(rule);
        BigDecimal total = BigDecimal.ZERO;
        for (Journey j : journeys()) {
            total = total.add(j.value().map(Money::amount).orElse(BigDecimal.ZERO));
        }
        assertEquals(0, total.compareTo(roi.total().attributedRevenue().amount()), "total revenue");

        // ROI per channel and per channel-month, each against the raw recomputation
        Map<Dimensions, RoiSummary> byChannel = roi.by("channel");
        BigDecimal channelSum = BigDecimal.ZERO;
        for (String channel : CHANNELS) {
            Dimensions d = Dimensions.of("channel", channel);
            Map<PeriodKey, BigDecimal> months = expected.getOrDefault(channel, Map.of());
            BigDecimal revenue = month(months, 3).add(month(months, 4));
            RoiSummary s = byChannel.get(d);
            assertEquals(0, revenue.compareTo(s.attributedRevenue().amount()), model.name() + " " + channel);
            channelSum = channelSum.add(s.attributedRevenue().amount());
            BigDecimal cost = adSpend().get(channel)[0].add(adSpend().get(channel)[1]);
            assertRoi(revenue, cost, s, model.name() + " " + channel);
            Map<PeriodKey, RoiSummary> perMonth = roi.restrictedTo(d).byPeriod(TimeGrain.MONTH);
            for (int m = 3; m <= 4; m++) {
                RoiSummary ms = perMonth.get(TimeGrain.MONTH.periodOf(LocalDate.of(2026, m, 1)));
                assertEquals(0, month(months, m).compareTo(ms.attributedRevenue().amount()),
                        model.name() + " " + channel + " month " + m);
                assertRoi(month(months, m), adSpend().get(channel)[m - 3], ms, model.name() + " " + channel + " " + m);
            }
        }
        assertEquals(0, total.compareTo(channelSum), "channels sum to the total");
        BigDecimal monthSum = roi.byPeriod(TimeGrain.MONTH).values().stream()
                .map(s -> s.attributedRevenue().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, total.compareTo(monthSum), "months sum to the total");

        // a goal and an OKR on search's April ROAS and the whole effort's ROI
        BigDecimal searchApril = month(expected.getOrDefault("search", Map.of()), 4);
        BigDecimal expectedRoas = searchApril.divide(new BigDecimal("400"), MathContext.DECIMAL128);
        Figure roas = roi.restrictedTo(Dimensions.of("channel", "search")).byPeriod(TimeGrain.MONTH)
                .get(TimeGrain.MONTH.periodOf(LocalDate.of(2026, 4, 1))).roas();
        BigDecimal currentRoas = roas.value(MathContext.DECIMAL128).orElseThrow();
        assertEquals(0, expectedRoas.compareTo(currentRoas), model.name() + " search ROAS in April");
        Goal goal = Goal.builder("Search ROAS to 3x by June").metric("roas").scope(Dimensions.of("channel", "search"))
                .baseline(new BigDecimal("1.5"), LocalDate.of(2026, 3, 1)).target(new BigDecimal("3"))
                .deadline(LocalDate.of(2026, 6, 30)).build();
        BigDecimal expectedProgress = expectedRoas.subtract(new BigDecimal("1.5"))
                .divide(new BigDecimal("1.5"), MathContext.DECIMAL128);
        assertClose(expectedProgress, goal.progress(currentRoas).orElseThrow(), model.name() + " goal progress");

        BigDecimal totalCost = BigDecimal.ZERO;
        for (BigDecimal[] c : adSpend().values()) {
            totalCost = totalCost.add(c[0]).add(c[1]);
        }
        BigDecimal expectedRoi = total.subtract(totalCost).multiply(BigDecimal.valueOf(100))
                .divide(totalCost, MathContext.DECIMAL128);
        BigDecimal currentRoi = roi.total().roiPercent().value(MathContext.DECIMAL128).orElseThrow();
        assertEquals(0, expectedRoi.compareTo(currentRoi), "ROI of the effort");
        KeyResult roasKr = KeyResult.metric("search ROAS from 1.5 to 3", new BigDecimal("1.5"), new BigDecimal("3"),
                currentRoas);
        KeyResult roiKr = KeyResult.metric("ROI from 0 % to 200 %", BigDecimal.ZERO, new BigDecimal("200"),
                currentRoi);
        Objective okr = Objective.builder("Make paid social and search pay", OkrType.ASPIRATIONAL)
                .keyResult(roasKr).keyResult(roiKr).build();
        BigDecimal expectedScore = clamp(expectedProgress).add(clamp(expectedRoi.divide(new BigDecimal("200"),
                MathContext.DECIMAL128))).divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
        assertClose(expectedScore, okr.score(), model.name() + " OKR score");
        assertTrue(okr.score().signum() > 0, model.name() + " the effort made some progress");
    }

    private static BigDecimal clamp(BigDecimal v) {
        return v.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    private static void assertRoi(BigDecimal revenue, BigDecimal cost, RoiSummary s, String what) {
        BigDecimal expected = revenue.subtract(cost).multiply(BigDecimal.valueOf(100))
                .divide(cost, MathContext.DECIMAL128);
        assertEquals(0, expected.compareTo(s.roiPercent().value(MathContext.DECIMAL128).orElseThrow()), what);
        assertEquals(0, revenue.divide(cost, MathContext.DECIMAL128)
                .compareTo(s.roas().value(MathContext.DECIMAL128).orElseThrow()), what + " ROAS");
    }

    private static void assertClose(BigDecimal expected, BigDecimal actual, String what) {
        assertTrue(expected.subtract(actual).abs().compareTo(new BigDecimal("1e-15")) < 0,
                () -> what + ": expected " + expected + ", was " + actual);
    }
}
