package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.kpisdk.core.metric.FunnelStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.aggregate.Comparison;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scorecard built end to end: raw rows into an {@link ObservationTable}, through a monthly {@link Query}, into
 * {@link Scorecard#of}; every value and trend is checked against a recomputation from the raw rows.
 */
final class ScorecardFromQueryTest {
    private static final String ER = "engagement_rate_by_impressions";
    private static final String IMPRESSIONS = "impressions";
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEADLINE = START.plusDays(100);   // 2026-04-11
    private static final LocalDate AS_OF = START.plusDays(80);       // 2026-03-22: 80 % of the period
    private static final Dimensions VIDEO = Dimensions.of("channel", "instagram", "content_type", "video");
    private static final Dimensions IMAGE = Dimensions.of("channel", "instagram", "content_type", "image");
    private static final List<String> TYPES = List.of("video", "image", "carousel");

    /** One raw observation. */
    private record Raw(LocalDate date, String channel, String type, long impressions, long likes, long comments,
            long shares) {
        long engagements() {
            return likes + comments + shares;
        }
    }

    private static final List<Raw> ROWS = List.of(
            new Raw(LocalDate.of(2026, 1, 5), "instagram", "video", 1_000, 15, 3, 2),    // 20
            new Raw(LocalDate.of(2026, 1, 20), "instagram", "video", 1_000, 14, 4, 2),   // 20 → Jan 40 / 2,000
            new Raw(LocalDate.of(2026, 2, 10), "instagram", "video", 2_000, 40, 5, 5),   // Feb 50 / 2,000
            new Raw(LocalDate.of(2026, 3, 3), "instagram", "video", 1_500, 30, 5, 5),    // 40
            new Raw(LocalDate.of(2026, 3, 17), "instagram", "video", 2_500, 60, 10, 10), // 80 → Mar 120 / 4,000
            new Raw(LocalDate.of(2026, 1, 8), "instagram", "image", 1_000, 30, 5, 5),    // Jan 40 / 1,000
            new Raw(LocalDate.of(2026, 2, 8), "instagram", "image", 2_000, 50, 10, 10),  // Feb 70 / 2,000
            new Raw(LocalDate.of(2026, 3, 8), "instagram", "image", 2_500, 80, 10, 10),  // Mar 100 / 2,500
            new Raw(LocalDate.of(2026, 4, 2), "instagram", "image", 1_000, 0, 0, 0),     // after AS_OF's month
            new Raw(LocalDate.of(2026, 3, 9), "facebook", "video", 1_000, 400, 50, 50)); // filtered out

    private static ObservationTable table(List<Raw> rows) {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel", "content_type")
                .measure(StandardMeasures.IMPRESSIONS).measure(StandardMeasures.LIKES)
                .measure(StandardMeasures.COMMENTS).measure(StandardMeasures.SHARES);
        for (Raw r : rows) {
            b = b.row(r.date()).dimension("channel", r.channel()).dimension("content_type", r.type())
                    .value(StandardMeasures.IMPRESSIONS, r.impressions()).value(StandardMeasures.LIKES, r.likes())
                    .value(StandardMeasures.COMMENTS, r.comments()).value(StandardMeasures.SHARES, r.shares())
                    .add();
        }
        return b.build();
    }

    private static Query monthlyInstagram() {
        return Query.builder().metric(StandardMetrics.ENGAGEMENT_RATE_BY_IMPRESSIONS)
                .metric(StandardMetrics.IMPRESSIONS).where("channel", "instagram").groupBy("content_type").grain(TimeGrain.MONTH).build();
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static List<Goal> goals() {
        Goal er = Goal.builder("Video engagement to 5%").metric(ER).scope(VIDEO).baseline(bd("0.02"), START)
                .target(bd("0.05")).deadline(DEADLINE).goalType(GoalType.COMMUNITY_ENGAGEMENT).build();
        Goal impressions = Goal.builder("Video impressions to 5,000 a month").metric(IMPRESSIONS).scope(VIDEO)
                .baseline(bd("2000"), START).target(bd("5000")).deadline(DEADLINE).build();
        return List.of(er, impressions);
    }

    @Test
    void scorecardFromAMonthlyQueryOfAnObservationTable() {
        QueryResult result = monthlyInstagram().execute(table(ROWS));
        Scorecard card = Scorecard.of(AS_OF, StatusPolicy.recruiterflow(), result, goals(),
                References.instagramCompetitor("Rival Co"));
        // Scopes: the grouped content type plus the single-valued channel filter. March is AS_OF's month; the
        // April image row is later and ignored; the Facebook row is filtered out.
        assertEquals(4, card.rows().size());
        ScorecardRow video = card.row(ER, VIDEO).orElseThrow();
        // March video: 120 / 4,000 = 0.03. Pace on day 80 of 100 from 0.02 to 0.05: 0.02 + 0.03 × 0.8 = 0.044;
        // 0.03 / 0.044 = 0.6818 < 0.81: red. Trend: February 50 / 2,000 = 0.025, (0.03 − 0.025) / 0.025 = +0.2.
        assertEquals(0, bd("0.03").compareTo(video.value().orElseThrow()));
        assertEquals(Status.RED, video.status().status());
        assertTrue(video.explanation().startsWith("[Recruiterflow] pace ratio 0.6818 = current 0.03 / expected "
                + "0.044 on 2026-03-22 (80% of the period elapsed)"), video.explanation());
        assertTrue(video.explanation().endsWith("competitor Rival Co: 0.05, gap -0.02, index 60; trend +0.2"),
                video.explanation());
        assertEquals(0.2, video.trend().orElseThrow().doubleValue(), 1e-12);
        assertEquals(FunnelStage.ENGAGEMENT, video.stage());

        ScorecardRow reach = card.row(IMPRESSIONS, VIDEO).orElseThrow();
        // 4,000 impressions against a pace of 2,000 + 3,000 × 0.8 = 4,400: 0.9091, in [0.81, 0.99): yellow.
        // Trend (4,000 − 2,000) / 2,000 = +1.
        assertEquals(0, bd("4000").compareTo(reach.value().orElseThrow()));
        assertEquals(Status.YELLOW, reach.status().status());
        assertEquals(1.0, reach.trend().orElseThrow().doubleValue(), 1e-12);

        ScorecardRow image = card.row(ER, IMAGE).orElseThrow();
        // March image: 100 / 2,500 = 0.04, no goal; competitor's images at 0.03: index 133.3.
        // Trend: February 70 / 2,000 = 0.035, (0.04 − 0.035) / 0.035 = 1/7.
        assertEquals(0, bd("0.04").compareTo(image.value().orElseThrow()));
        assertEquals(Status.NONE, image.status().status());
        assertEquals(1.0 / 7, image.trend().orElseThrow().doubleValue(), 1e-12);
        assertTrue(image.explanation().contains("competitor Rival Co: 0.03, gap 0.01, index 133.3"),
                image.explanation());
    }

    @Test
    void comparisonQueryGivesTheTrendAndAnUngroupedQueryItsTotals() {
        ObservationTable table = table(ROWS);
        Query yearOnYear = Query.builder().metric(StandardMetrics.ENGAGEMENT_RATE_BY_IMPRESSIONS)
                .where("channel", "instagram").groupBy("content_type").grain(TimeGrain.MONTH)
                .compareWith(Comparison.PREVIOUS_PERIOD).build();
        Scorecard compared = Scorecard.builder(AS_OF, StatusPolicy.googleOkr()).values(yearOnYear.execute(table))
                .build();
        // The query's own Change: exactly (0.03 − 0.025) / 0.025 = 0.2.
        assertEquals(0, bd("0.2").compareTo(compared.row(ER, VIDEO).orElseThrow().trend().orElseThrow()));

        Query total = Query.builder().metric(StandardMetrics.ENGAGEMENT_RATE_BY_IMPRESSIONS)
                .where("channel", "instagram").where("content_type", "video").build();
        Scorecard totals = Scorecard.builder(AS_OF, StatusPolicy.googleOkr()).values(total.execute(table)).build();
        // No grain: every video row of Instagram, (40 + 50 + 120) / (2,000 + 2,000 + 4,000) = 210 / 8,000.
        ScorecardRow row = totals.row(ER, VIDEO).orElseThrow();
        assertEquals(0, bd("0.02625").compareTo(row.value().orElseThrow()));
        assertEquals(Optional.empty(), row.trend());
    }

    // --- Property: every value and trend equals the raw-row recomputation ---

    private static final Gen<List<Raw>> TABLES = Gen.of(ScorecardFromQueryTest::rows, List.of(List.of()));

    private static List<Raw> rows(SplittableRandom random) {
        int n = random.nextInt(0, 30);
        List<Raw> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate date = START.plusDays(random.nextInt(0, 120));      // January to April
            String channel = random.nextInt(4) == 0 ? "facebook" : "instagram";
            String type = TYPES.get(random.nextInt(TYPES.size()));
            long impressions = random.nextInt(4) == 0 ? 0 : random.nextLong(1, 5_000);
            rows.add(new Raw(date, channel, type, impressions, random.nextLong(0, 100), random.nextLong(0, 20),
                    random.nextLong(0, 20)));
        }
        return rows;
    }

    static Stream<Arguments> tables() {
        return Cases.of(TABLES);
    }

    /** Engagements and impressions of the Instagram rows of one content type in one month. */
    private static long[] sums(List<Raw> rows, String type, LocalDate monthStart) {
        long[] s = new long[3];
        for (Raw r : rows) {
            if (r.channel().equals("instagram") && r.type().equals(type)
                    && TimeGrain.MONTH.startOf(r.date()).equals(monthStart)) {
                s[0] += r.engagements();
                s[1] += r.impressions();
                s[2]++;
            }
        }
        return s;
    }

    @ParameterizedTest
    @MethodSource("tables")
    void valuesAndTrendsEqualTheRawRowRecomputation(List<Raw> rows) {
        Scorecard card = Scorecard.of(AS_OF, StatusPolicy.recruiterflow(), monthlyInstagram().execute(table(rows)),
                goals(), List.of());
        Map<String, Boolean> expectedScopes = new TreeMap<>();
        for (String type : TYPES) {
            Dimensions scope = Dimensions.of("channel", "instagram", "content_type", type);
            // The latest month up to AS_OF (March) in which this scope has rows.
            LocalDate month = null;
            for (LocalDate m = TimeGrain.MONTH.startOf(AS_OF); !m.isBefore(START); m = m.minusMonths(1)) {
                if (sums(rows, type, m)[2] > 0) {
                    month = m;
                    break;
                }
            }
            Optional<ScorecardRow> er = card.row(ER, scope);
            Optional<ScorecardRow> imp = card.row(IMPRESSIONS, scope);
            if (month == null) {
                // No data at all: only a goal's scope has a row, and it has no value.
                er.ifPresent(r -> assertEquals(Optional.empty(), r.value()));
                imp.ifPresent(r -> assertEquals(Optional.empty(), r.value()));
                continue;
            }
            expectedScopes.put(type, Boolean.TRUE);
            long[] now = sums(rows, type, month);
            Optional<BigDecimal> expectedEr = Ratio.of(now[0], now[1]).toBigDecimal(MetricValue.CONTEXT);
            assertEquals(expectedEr.isPresent(), er.orElseThrow().value().isPresent(), type + " " + month);
            expectedEr.ifPresent(v -> assertEquals(0, v.compareTo(er.orElseThrow().value().orElseThrow())));
            assertEquals(0, BigDecimal.valueOf(now[1]).compareTo(imp.orElseThrow().value().orElseThrow()));
            // Trend: relative change from the previous month, when that month has rows and a non-zero value.
            long[] before = sums(rows, type, month.minusMonths(1));
            if (before[2] > 0 && before[1] > 0 && before[0] > 0 && now[1] > 0) {
                double previous = (double) before[0] / before[1];
                double current = (double) now[0] / now[1];
                double expected = (current - previous) / previous;
                double actual = er.orElseThrow().trend().orElseThrow().doubleValue();
                assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)));
            } else {
                assertEquals(Optional.empty(), er.orElseThrow().trend());
            }
            if (before[2] > 0 && before[1] > 0) {
                double expected = (double) (now[1] - before[1]) / before[1];
                assertEquals(expected, imp.orElseThrow().trend().orElseThrow().doubleValue(),
                        1e-12 * Math.max(1, Math.abs(expected)));
            } else {
                assertEquals(Optional.empty(), imp.orElseThrow().trend());
            }
        }
        // Rows: two metrics for every scope with data, plus the goals' rows (video) when video has none.
        int expectedRows = 2 * expectedScopes.size() + (expectedScopes.containsKey("video") ? 0 : 2);
        assertEquals(expectedRows, card.rows().size(), card::toString);
    }
}
