package org.kpisdk.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.FunnelStage;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Direction;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Targets across scopes: a default for every channel, overrides that win where they apply, and a scorecard over a
 * query grouped by channel whose every row is checked against CPA, target and status recomputed from the raw rows.
 */
final class TargetsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<String> CHANNELS = List.of("instagram", "facebook", "email", "search", "tiktok");
    private static final Dimensions INSTAGRAM = Dimensions.of("channel", "instagram");

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /** One raw row: a channel's cost in cents and its conversions. */
    private record Raw(String channel, long costCents, long conversions) {
    }

    private static ObservationTable table(List<Raw> rows) {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel")
                .measure(StandardMeasures.COST, EUR).measure(StandardMeasures.CONVERSIONS);
        for (Raw r : rows) {
            b = b.row(LocalDate.of(2026, 3, 1)).dimension("channel", r.channel())
                    .micros(StandardMeasures.COST, Math.multiplyExact(r.costCents(), 10_000L))
                    .value(StandardMeasures.CONVERSIONS, r.conversions()).add();
        }
        return b.build();
    }

    private static QueryResult cpaByChannel(List<Raw> rows) {
        return Query.builder().metric(StandardMetrics.CPA).groupBy("channel").build().execute(table(rows));
    }

    // --- The hand-worked scorecard ---

    @Test
    void theDefaultAppliesToMostChannelsAndTheInstagramOverrideWins() {
        List<Raw> rows = List.of(
                new Raw("instagram", 30_000, 10), new Raw("instagram", 50_000, 10),  // 800 / 20 = 40
                new Raw("facebook", 54_000, 20),                                     // 540 / 20 = 27
                new Raw("email", 10_000, 10),                                        // 100 / 10 = 10
                new Raw("search", 90_000, 30));                                      // 900 / 30 = 30
        Targets cpa = Targets.of(StandardMetrics.CPA, bd("25")).with(INSTAGRAM, bd("40"))
                .with(Dimensions.of("channel", "tiktok"), bd("15"));
        Scorecard card = Scorecard.builder(AS_OF, StatusPolicy.attainment()).values(cpaByChannel(rows)).targets(cpa)
                .build();

        ScorecardRow instagram = card.row("cpa", INSTAGRAM).orElseThrow();
        assertEquals(0, bd("40").compareTo(instagram.value().orElseThrow()));
        assertEquals(Optional.of(bd("40")), instagram.target());
        assertEquals(Status.GREEN, instagram.status().status());   // 40 <= 40; the default 25 would give 0.625, red
        assertEquals("[Attainment] target achieved: current 40 <= target 40 (lower is better), so GREEN (achieved); "
                + "target 40 from the override for {channel=instagram}", instagram.explanation());

        ScorecardRow facebook = card.row("cpa", Dimensions.of("channel", "facebook")).orElseThrow();
        assertEquals(Optional.of(bd("25")), facebook.target());
        assertEquals(Status.YELLOW, facebook.status().status());   // 25 / 27 = 0.9259
        assertEquals("[Attainment] attainment 0.9259 = target 25 / current 27 (lower is better); 0.9259 >= 0.9, so "
                + "YELLOW (within 10% of target); target 25 from the default for every scope",
                facebook.explanation());
        assertEquals(Status.GREEN, card.row("cpa", Dimensions.of("channel", "email")).orElseThrow().status()
                .status());                                        // 10 <= 25
        assertEquals(Status.RED, card.row("cpa", Dimensions.of("channel", "search")).orElseThrow().status()
                .status());                                        // 25 / 30 = 0.8333

        // The TikTok override has no data, but keeps a row so that its target is not silently dropped.
        ScorecardRow tiktok = card.row("cpa", Dimensions.of("channel", "tiktok")).orElseThrow();
        assertEquals(Optional.empty(), tiktok.value());
        assertEquals(Optional.of(bd("15")), tiktok.target());
        assertEquals(Status.NONE, tiktok.status().status());
        assertEquals("no_data", tiktok.status().rule());
        assertEquals(5, card.rows().size());
        assertEquals(Optional.of(Direction.LOWER_IS_BETTER), instagram.goal().orElseThrow().direction());
    }

    @Test
    void targetsOfACustomMetricKeepItsIdentityOnTheScorecard() {
        // A team's metric, unknown to the standard catalog: its direction and stage come from its definition.
        MetricDefinition perSignup = MetricDefinition.builder("cost_per_signup").direction(Direction.LOWER_IS_BETTER)
                .stage(FunnelStage.CONVERSION).expression("cost / conversions", StandardMetrics.catalog());
        Scorecard card = Scorecard.builder(AS_OF, StatusPolicy.attainment())
                .value("cost_per_signup", INSTAGRAM, bd("30"))
                .targets(Targets.of(perSignup, bd("25"))).build();
        ScorecardRow row = card.row("cost_per_signup", INSTAGRAM).orElseThrow();
        assertEquals(FunnelStage.CONVERSION, row.stage());
        assertEquals(Optional.of(perSignup), row.goal().orElseThrow().metric());
        assertEquals(Optional.of(Direction.LOWER_IS_BETTER), row.goal().orElseThrow().direction());
        assertEquals(Status.RED, row.status().status());            // 25 / 30 = 0.8333 < 0.9
    }

    @Test
    void aGoalOfItsOwnBeatsTheTargets() {
        List<Raw> rows = List.of(new Raw("instagram", 80_000, 20), new Raw("email", 10_000, 10));
        Goal own = Goal.builder("Instagram CPA to 35").metric("cpa").scope(INSTAGRAM).target(bd("35"))
                .direction(Direction.LOWER_IS_BETTER).build();
        Scorecard card = Scorecard.builder(AS_OF, StatusPolicy.attainment()).values(cpaByChannel(rows))
                .targets(Targets.of(StandardMetrics.CPA, bd("25")).with(INSTAGRAM, bd("50"))).goal(own).build();
        ScorecardRow instagram = card.row("cpa", INSTAGRAM).orElseThrow();
        assertEquals(Optional.of(own), instagram.goal());
        assertEquals(Status.RED, instagram.status().status());      // 800 / 20 = 40; 35 / 40 = 0.875 < 0.9
        assertEquals(0, bd("0.875").compareTo(instagram.status().score().orElseThrow()));
        assertTrue(!instagram.explanation().contains("target 50"), instagram::explanation);
    }

    @Test
    void aScorecardTakesOneTargetsPerMetric() {
        Scorecard.Builder b = Scorecard.builder(AS_OF, StatusPolicy.attainment())
                .targets(Targets.of(StandardMetrics.CPA, bd("25")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.targets(Targets.of(StandardMetrics.CPA, bd("30"))));
        assertEquals("targets of cpa were already added (Targets[cpa, LOWER_IS_BETTER, default 25]); add overrides "
                + "with Targets.with instead, was Targets[cpa, LOWER_IS_BETTER, default 30]", e.getMessage());
        assertThrows(NullPointerException.class, () -> b.targets(null));
    }

    // --- Property: every row equals the raw-row recomputation ---

    private static final Gen<List<Raw>> TABLES = Gen.of(TargetsTest::rows, List.of(List.of()));
    private static final Gen<long[]> TARGETS = Gen.of(
            r -> new long[] {r.nextLong(1, 60), r.nextLong(1, 60), r.nextInt(CHANNELS.size())},
            List.of(new long[] {25, 40, 0}));

    private static List<Raw> rows(SplittableRandom random) {
        int n = random.nextInt(0, 25);
        List<Raw> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Raw(CHANNELS.get(random.nextInt(CHANNELS.size())), random.nextLong(0, 200_000),
                    random.nextInt(5) == 0 ? 0 : random.nextLong(0, 40)));
        }
        return rows;
    }

    static Stream<Arguments> tables() {
        return Cases.of(TABLES, TARGETS);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyChannelsTargetAndStatusEqualTheRecomputation(List<Raw> rows, long[] t) {
        BigDecimal defaultTarget = BigDecimal.valueOf(t[0]);
        BigDecimal override = BigDecimal.valueOf(t[1]);
        String overridden = CHANNELS.get((int) t[2]);
        Targets targets = Targets.of(StandardMetrics.CPA, defaultTarget)
                .with(Dimensions.of("channel", overridden), override);
        Scorecard card = Scorecard.builder(AS_OF, StatusPolicy.attainment()).values(cpaByChannel(rows))
                .targets(targets).build();

        Map<String, long[]> sums = new TreeMap<>();
        for (Raw r : rows) {
            long[] s = sums.computeIfAbsent(r.channel(), k -> new long[2]);
            s[0] += r.costCents();
            s[1] += r.conversions();
        }
        int expectedRows = sums.size() + (sums.containsKey(overridden) ? 0 : 1);
        assertEquals(expectedRows, card.rows().size());
        for (String channel : CHANNELS) {
            Optional<ScorecardRow> maybe = card.row("cpa", Dimensions.of("channel", channel));
            if (!sums.containsKey(channel) && !channel.equals(overridden)) {
                assertEquals(Optional.empty(), maybe);
                continue;
            }
            ScorecardRow row = maybe.orElseThrow();
            BigDecimal target = channel.equals(overridden) ? override : defaultTarget;
            assertEquals(0, target.compareTo(row.target().orElseThrow()), channel);
            long[] s = sums.getOrDefault(channel, new long[2]);
            if (s[1] == 0) {
                assertEquals(Optional.empty(), row.value(), channel);
                assertEquals(Status.NONE, row.status().status());
                continue;
            }
            // A money quotient keeps 12 fractional digits, HALF_EVEN (kpi-core's rule for cost per conversion).
            BigDecimal cpa = BigDecimal.valueOf(s[0]).movePointLeft(2)
                    .divide(BigDecimal.valueOf(s[1]), 12, RoundingMode.HALF_EVEN);
            BigDecimal value = row.value().orElseThrow();
            assertEquals(0, value.compareTo(cpa), () -> value + " vs " + cpa);
            Status expected;
            if (cpa.compareTo(target) <= 0) {
                expected = Status.GREEN;
            } else {
                expected = target.divide(cpa, MathContext.DECIMAL128).compareTo(bd("0.9")) >= 0 ? Status.YELLOW
                        : Status.RED;
            }
            assertEquals(expected, row.status().status(), row::explanation);
        }
    }

    // --- The Targets value ---

    @Test
    void theMostSpecificOverrideWins() {
        Dimensions instagramUk = Dimensions.of("channel", "instagram", "region", "UK");
        Targets t = Targets.of(StandardMetrics.CPA, bd("25")).with(INSTAGRAM, bd("40"))
                .with(instagramUk, bd("45"));
        assertEquals(bd("25"), t.targetFor(Dimensions.of("channel", "email")));
        assertEquals(bd("25"), t.targetFor(Dimensions.empty()));
        assertEquals(bd("40"), t.targetFor(INSTAGRAM));
        assertEquals(bd("40"), t.targetFor(Dimensions.of("channel", "instagram", "region", "FR")));
        assertEquals(bd("45"), t.targetFor(instagramUk));
        assertEquals(bd("45"), t.targetFor(instagramUk.and("content_type", "video")));
        assertEquals(Optional.of(instagramUk), t.overrideFor(instagramUk.and("content_type", "video")));
        assertEquals(Optional.empty(), t.overrideFor(Dimensions.of("region", "UK")));
        Goal g = t.goalFor(instagramUk);
        assertEquals(Optional.of("cpa"), g.metricId());
        assertEquals(instagramUk, g.scope());
        assertEquals(Optional.of(bd("45")), g.target());
        assertEquals(Optional.of(Direction.LOWER_IS_BETTER), g.direction());
        assertEquals(Optional.empty(), g.baseline());
        assertEquals("cpa target {channel=instagram, region=UK}", g.name());
    }

    @Test
    void equallySpecificOverridesThatDisagreeAreRefusedNamingBoth() {
        Targets t = Targets.of(StandardMetrics.CPA, bd("25")).with(INSTAGRAM, bd("40"))
                .with(Dimensions.of("region", "UK"), bd("30"));
        Dimensions both = Dimensions.of("channel", "instagram", "region", "UK");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.targetFor(both));
        assertEquals("targets of cpa for {channel=instagram, region=UK} are ambiguous: overrides {channel=instagram} "
                + "(40) and {region=UK} (30) both apply and neither is more specific; add an override for "
                + "{channel=instagram, region=UK}", e.getMessage());
        assertEquals(bd("35"), t.with(both, bd("35")).targetFor(both));
        // Equal targets are not ambiguous.
        assertEquals(0, bd("40").compareTo(t.with(Dimensions.of("region", "UK"), bd("40.0")).targetFor(both)));
        // A scorecard with such a row refuses to build.
        Scorecard.Builder card = Scorecard.builder(AS_OF, StatusPolicy.attainment()).targets(t)
                .value("cpa", both, bd("20"));
        assertThrows(IllegalArgumentException.class, card::build);
    }

    @Test
    void badArgumentsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Targets.of(StandardMetrics.BRAND_MENTIONS, bd("100")));
        assertEquals("metric 'brand_mentions' must be HIGHER_IS_BETTER or LOWER_IS_BETTER to have targets, was "
                + "NEUTRAL", e.getMessage());
        Targets t = Targets.of(StandardMetrics.CPA, bd("25"));
        e = assertThrows(IllegalArgumentException.class, () -> t.with(Dimensions.empty(), bd("30")));
        assertEquals("scope of an override of cpa must not be empty, was {}; the default target covers every scope",
                e.getMessage());
        assertThrows(NullPointerException.class, () -> Targets.of(null, bd("1")));
        assertThrows(NullPointerException.class, () -> Targets.of(StandardMetrics.CPA, null));
        assertThrows(NullPointerException.class, () -> t.with(null, bd("1")));
        assertThrows(NullPointerException.class, () -> t.with(INSTAGRAM, null));
        assertThrows(NullPointerException.class, () -> t.withDefault(null));
        assertThrows(NullPointerException.class, () -> t.targetFor(null));
        assertThrows(NullPointerException.class, () -> t.goalFor(null));
    }

    @Test
    void valueSemantics() {
        Targets a = Targets.of(StandardMetrics.CPA, bd("25")).with(INSTAGRAM, bd("40"));
        Targets b = Targets.of(StandardMetrics.CPA, bd("25.0")).with(INSTAGRAM, bd("40.00"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, a.with(INSTAGRAM, bd("41")));
        assertNotEquals(a, a.withDefault(bd("26")));
        assertNotEquals(a, Targets.of(StandardMetrics.CPL, bd("25")).with(INSTAGRAM, bd("40")));
        assertNotEquals(a, Targets.of(StandardMetrics.CPA, bd("25")));
        assertNotEquals(a, Targets.of(StandardMetrics.CPA, bd("25")).with(Dimensions.of("channel", "email"),
                bd("40")));
        assertNotEquals(a, "cpa");
        // with replaces the override of the same scope; the original is unchanged.
        assertEquals(bd("41"), a.with(INSTAGRAM, bd("41")).targetFor(INSTAGRAM));
        assertEquals(bd("40"), a.targetFor(INSTAGRAM));
        assertEquals(bd("30"), a.withDefault(bd("30")).defaultTarget());
        assertEquals("Targets[cpa, LOWER_IS_BETTER, default 25, {channel=instagram}=40, {channel=instagram, "
                + "region=UK}=45]", a.with(Dimensions.of("channel", "instagram", "region", "UK"), bd("45"))
                .toString());
        assertEquals("cpa", a.metricId());
        assertEquals(Direction.LOWER_IS_BETTER, a.direction());
        assertEquals(Map.of(INSTAGRAM, bd("40")), a.overrides());
        assertThrows(UnsupportedOperationException.class, () -> a.overrides().put(INSTAGRAM, bd("1")));
        assertEquals(Direction.HIGHER_IS_BETTER, Targets.of(StandardMetrics.CTR, bd("0.02")).direction());
    }
}
