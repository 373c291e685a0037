package org.kpisdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpisdk.core.analysis.RateComparison;
import org.kpisdk.core.analysis.Rates;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.funnel.EventLog;
import org.kpisdk.funnel.attribution.AttributionModel;
import org.kpisdk.funnel.attribution.JourneySet;
import org.kpisdk.goals.ScorecardRow;
import org.kpisdk.goals.SmartCriterion;
import org.kpisdk.goals.SmartReport;
import org.kpisdk.goals.Status;

/** The demo's main path end to end: what it prints agrees with raw-row recomputation and the library API. */
final class DemoTest {
    private static final List<SampleData.Row> ROWS = SampleData.generate(SampleData.SEED);
    private static final LocalDate Q3_START = LocalDate.of(2026, 7, 1);
    private static final LocalDate Q3_END = LocalDate.of(2026, 9, 30);
    private static final Demo.Result RESULT = Demo.compute(ROWS, Progress.silent());
    private static final String OUT = printed();

    private static String printed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextReport.print(RESULT, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Sums {@code measure} over the raw rows of {@code channel} from {@code first} to {@code last}. */
    private static long sum(String channel, BaseMeasure measure, LocalDate first, LocalDate last) {
        long total = 0;
        for (SampleData.Row row : ROWS) {
            if (row.channel().equals(channel) && !row.date().isBefore(first) && !row.date().isAfter(last)) {
                total += row.values().getOrDefault(measure, 0L);
            }
        }
        return total;
    }

    private static long engagements(String channel, LocalDate first, LocalDate last) {
        return sum(channel, StandardMeasures.LIKES, first, last) + sum(channel, StandardMeasures.COMMENTS, first, last)
                + sum(channel, StandardMeasures.SHARES, first, last);
    }

    private static String line(String startsWith) {
        return OUT.lines().filter(l -> l.startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + startsWith + "' in\n" + OUT));
    }

    @Test
    void sampleIsTwelveMonthsOfSixChannelsInThreeRegions() {
        assertEquals(365 * 6 * 3, ROWS.size());
        assertEquals(ROWS, SampleData.generate(SampleData.SEED), "same seed, same data");
        assertEquals(ROWS.size(), RESULT.table().size());
    }

    @Test
    void scorecardValuesAgreeWithRawRows() {
        for (String channel : List.of("instagram", "facebook", "x", "linkedin")) {
            ScorecardRow row = RESULT.scorecard().row("engagement_rate", Dimensions.of("channel", channel))
                    .orElseThrow();
            double expected = (double) engagements(channel, Q3_START, Q3_END)
                    / sum(channel, StandardMeasures.IMPRESSIONS, Q3_START, Q3_END);
            assertEquals(expected, row.value().orElseThrow().doubleValue(), expected * 1e-5, channel); // 6 digits
            String printed = String.format(Locale.ROOT, "%.2f%%", expected * 100);
            assertTrue(line(String.format("%-10s %-20s", channel, "engagement_rate")).contains(printed), channel);
        }
        for (String channel : SampleData.CHANNELS) {
            BigDecimal cost = BigDecimal.valueOf(sum(channel, StandardMeasures.COST, Q3_START, Q3_END), 6);
            long conversions = sum(channel, StandardMeasures.CONVERSIONS, Q3_START, Q3_END);
            BigDecimal cpa = cost.divide(BigDecimal.valueOf(conversions), 2, RoundingMode.HALF_EVEN);
            assertTrue(line(String.format("%-10s %-20s", channel, "cpa")).contains("EUR " + cpa.toPlainString()),
                    channel + " cpa " + cpa);
        }
    }

    @Test
    void everyScorecardStatusComesWithItsReason() {
        assertFalse(RESULT.scorecard().rows().isEmpty());
        for (ScorecardRow row : RESULT.scorecard().rows()) {
            String l = line(String.format("%-10s %-20s", row.scope().get("channel").orElseThrow(), row.metricId()));
            assertTrue(l.contains(row.status().status() + " ") && l.endsWith(row.status().explanation()), l);
        }
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        RESULT.scorecard().rows().forEach(row -> statuses.add(row.status().status()));
        assertTrue(statuses.containsAll(EnumSet.of(Status.GREEN, Status.YELLOW, Status.RED)), statuses::toString);
    }

    @Test
    void lastTouchRoiAgreesWithRawJourneysAndRawCosts() {
        JourneySet journeys = SampleJourneys.journeys(Demo.JOURNEY_SEED, Demo.JOURNEYS, Q3_START, Q3_END);
        Map<String, BigDecimal> revenue = new HashMap<>();
        for (int row = 0; row < journeys.size(); row++) {
            if (journeys.conversions(row) > 0) {
                List<String> path = journeys.path(row);
                revenue.merge(path.get(path.size() - 1), journeys.value(row).amount(), BigDecimal::add);
            }
        }
        Map<String, Money> markov = AttributionModel.markov().attribute(journeys).revenueByChannel();
        for (String channel : SampleData.CHANNELS) {
            BigDecimal cost = BigDecimal.valueOf(sum(channel, StandardMeasures.COST, Q3_START, Q3_END), 6);
            String lastTouch = roi(revenue.getOrDefault(channel, BigDecimal.ZERO), cost);
            String markovRoi = roi(markov.get(channel).amount(), cost);
            String l = OUT.lines().filter(x -> x.matches(channel + " +EUR [0-9.]+ .*")).findFirst().orElseThrow();
            List<String> cells = List.of(l.trim().split("\\s+"));
            // channel, "EUR", cost, then revenue and ROI per model: last touch, linear, Markov
            assertEquals(cost.stripTrailingZeros(), new BigDecimal(cells.get(2)).stripTrailingZeros(), channel);
            assertEquals(lastTouch, cells.get(4), channel + " last touch in " + l);
            assertEquals(markovRoi, cells.get(8), channel + " Markov in " + l);
        }
    }

    private static String roi(BigDecimal revenue, BigDecimal cost) {
        return revenue.subtract(cost).multiply(BigDecimal.valueOf(100)).divide(cost, 1, RoundingMode.HALF_EVEN)
                .toPlainString() + "%";
    }

    @Test
    void funnelCountsAgreeWithAScanOfTheRawEvents() {
        EventLog log = SampleJourneys.funnelEvents(Demo.FUNNEL_SEED, Demo.FUNNEL_USERS, Q3_START, Q3_END);
        // the generator writes each user's events in step order and time order, so the level is the number of
        // events within the window of the user's visit
        long window = SampleJourneys.FUNNEL_WINDOW.toMillis();
        Map<Long, Long> visit = new HashMap<>();
        Map<Long, Integer> level = new LinkedHashMap<>();
        for (int i = 0; i < log.size(); i++) {
            long user = log.entity(i);
            if (log.type(i).equals("visit")) {
                visit.put(user, log.timestamp(i));
                level.put(user, 1);
            } else if (log.timestamp(i) - visit.get(user) <= window && level.get(user) == stepIndex(log.type(i))) {
                level.merge(user, 1, Integer::sum);
            }
        }
        long[] reached = new long[SampleJourneys.FUNNEL_STEPS.size()];
        level.values().forEach(l -> {
            for (int k = 0; k < l; k++) {
                reached[k]++;
            }
        });
        for (int k = 0; k < reached.length; k++) {
            assertEquals(reached[k], RESULT.funnelResult().counts().count(k).value(), "step " + k);
            assertTrue(line(String.format("%-14s", SampleJourneys.FUNNEL_STEPS.get(k)))
                    .contains(String.format("%,d", reached[k])), "step " + k);
        }
        int bottleneck = 1;
        for (int k = 2; k < reached.length; k++) {
            if ((double) reached[k] / reached[k - 1] < (double) reached[bottleneck] / reached[bottleneck - 1]) {
                bottleneck = k;
            }
        }
        assertTrue(line("Bottleneck: ").startsWith("Bottleneck: " + SampleJourneys.FUNNEL_STEPS.get(bottleneck - 1)
                + " -> " + SampleJourneys.FUNNEL_STEPS.get(bottleneck)), line("Bottleneck: "));
    }

    private static int stepIndex(String type) {
        return SampleJourneys.FUNNEL_STEPS.indexOf(type);
    }

    @Test
    void instagramsOctoberEngagementJumpIsSignificantOnRawCounts() {
        LocalDate sep = LocalDate.of(2026, 9, 1);
        LocalDate oct = LocalDate.of(2026, 10, 1);
        RateComparison test = Rates.compare(engagements("instagram", sep, oct.minusDays(1)),
                sum("instagram", StandardMeasures.IMPRESSIONS, sep, oct.minusDays(1)),
                engagements("instagram", oct, SampleData.LAST_DAY),
                sum("instagram", StandardMeasures.IMPRESSIONS, oct, SampleData.LAST_DAY), 0.95);
        assertTrue(test.isSignificant());
        String l = OUT.lines().filter(x -> x.startsWith("instagram  engagement_rate") && x.contains(" p = "))
                .findFirst().orElseThrow();
        assertTrue(l.contains(String.format(Locale.ROOT, "%.2f%%", test.before() * 100) + " -> "), l);
        assertTrue(l.contains(String.format(Locale.ROOT, "%.2f%%", test.after() * 100)), l);
        long significant = RESULT.changes().stream().filter(c -> c.test().isSignificant()).count();
        assertTrue(OUT.contains("(" + significant + " of " + RESULT.changes().size() + " rates"), OUT);
    }

    @Test
    void theViralFacebookDayIsAnAnomaly() {
        long viral = sum("facebook", StandardMeasures.IMPRESSIONS, LocalDate.of(2026, 10, 17),
                LocalDate.of(2026, 10, 17));
        String l = line("2026-10-17 facebook   impressions");
        assertTrue(l.contains(String.format("%,d", viral)) && l.contains("HIGH"), l);
    }

    @Test
    void okrScoresAreTheMeanOfKeyResultProgressFromRawRows() {
        LocalDate oct = LocalDate.of(2026, 10, 1);
        double q3 = (double) engagements("instagram", Q3_START, Q3_END)
                / sum("instagram", StandardMeasures.IMPRESSIONS, Q3_START, Q3_END);
        double october = (double) engagements("instagram", oct, SampleData.LAST_DAY)
                / sum("instagram", StandardMeasures.IMPRESSIONS, oct, SampleData.LAST_DAY);
        double engagementProgress = Math.min(1, Math.max(0, (october - q3) / (0.045 - q3)));
        assertEquals(engagementProgress, RESULT.okrs().get(0).keyResults().get(0).progress().doubleValue(), 1e-9);
        // the followers key result is reached or not; the milestones are 3 of 4
        double followers = RESULT.okrs().get(0).keyResults().get(1).progress().doubleValue();
        double score = (engagementProgress + followers + 0.75) / 3;
        String printed = new BigDecimal(score).round(new MathContext(10)).setScale(2, RoundingMode.HALF_EVEN)
                .toPlainString();
        assertTrue(line("Make Aurora").contains("score " + printed), line("Make Aurora"));
    }

    @Test
    void smartFindingsSeparateWeakGoalsFromSmartOnes() {
        assertTrue(line("Be famous on X").endsWith("not SMART"));
        assertTrue(line("Grow LinkedIn followers").endsWith("not SMART"));
        assertTrue(line("Double Instagram engagement").endsWith("not SMART"));
        assertTrue(OUT.lines().anyMatch(l -> l.endsWith(": SMART")), OUT);
    }

    @Test
    void theDoubleInstagramEngagementGoalIsRelevantToCommunityEngagement() {
        // Issue 18: engagement_rate (the catalog default) is in the family COMMUNITY_ENGAGEMENT recommends.
        SmartReport doubling = RESULT.smart().stream()
                .filter(r -> r.goal().name().startsWith("Double Instagram engagement")).findFirst().orElseThrow();
        assertEquals(Optional.of("engagement_rate"), doubling.goal().metricId());
        assertTrue(doubling.findings().stream().noneMatch(f -> f.criterion() == SmartCriterion.RELEVANT),
                doubling::toString);
        assertFalse(OUT.contains("'engagement_rate' is not among the key metrics"), OUT);
    }

    @Test
    void mainWritesTheReportWhereTheArgumentSays(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("sub").resolve("report.html");
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Demo.main(new String[] {report.toString()});
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertEquals(HtmlReport.render(RESULT), Files.readString(report, StandardCharsets.UTF_8),
                "same data, same report");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("HTML report: " + report.toAbsolutePath()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("] done"), "progress on standard error");
        assertEquals(OUT, out.toString(StandardCharsets.UTF_8).substring(0, OUT.length()));
    }
}
