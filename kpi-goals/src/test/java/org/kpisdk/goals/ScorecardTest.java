package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kpisdk.core.metric.FunnelStage;
import org.junit.jupiter.api.Test;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Dimensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A scorecard from raw rows: the rows go into an observation table, a query computes the engagement rate per scope
 * (ratio of sums), and the scorecard scores its result next to values set by hand. {@link ScorecardFromQueryTest}
 * checks the query path against raw-row recomputation over generated tables and monthly periods.
 */
final class ScorecardTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate AS_OF = START.plusDays(50); // 50 % of a 100-day period
    private static final Dimensions VIDEO = Dimensions.of("channel", "instagram", "content_type", "video");
    private static final Dimensions IMAGE = Dimensions.of("channel", "instagram", "content_type", "image");
    private static final Dimensions INSTAGRAM = Dimensions.of("channel", "instagram");
    private static final String ER = "engagement_rate_by_impressions";

    /** One raw observation: a scope, impressions and the three counted actions. */
    private record Row(Dimensions scope, long impressions, long likes, long comments, long shares) {
    }

    private static final List<Row> ROWS = List.of(
            new Row(VIDEO, 1_000, 30, 5, 5),      // 40 engagements
            new Row(VIDEO, 3_000, 60, 10, 10),    // 80 engagements → video 120 / 4,000 = 0.03
            new Row(IMAGE, 2_000, 60, 10, 10),    // 80 engagements
            new Row(IMAGE, 500, 15, 3, 2));       // 20 engagements → image 100 / 2,500 = 0.04

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /** The rows as an observation table, all on the first day. */
    private static ObservationTable table(List<Row> rows) {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel", "content_type")
                .measure(StandardMeasures.IMPRESSIONS).measure(StandardMeasures.LIKES)
                .measure(StandardMeasures.COMMENTS).measure(StandardMeasures.SHARES);
        for (Row r : rows) {
            b = b.row(START).dimension("channel", r.scope().get("channel").orElseThrow())
                    .dimension("content_type", r.scope().get("content_type").orElseThrow())
                    .value(StandardMeasures.IMPRESSIONS, r.impressions()).value(StandardMeasures.LIKES, r.likes())
                    .value(StandardMeasures.COMMENTS, r.comments()).value(StandardMeasures.SHARES, r.shares())
                    .add();
        }
        return b.build();
    }

    /** Engagement rate by impressions per content type on Instagram: the scopes {@link #VIDEO} and {@link #IMAGE}. */
    private static QueryResult aggregate(List<Row> rows) {
        return Query.builder().metric(StandardMetrics.ENGAGEMENT_RATE_BY_IMPRESSIONS).where("channel", "instagram")
                .groupBy("content_type").build().execute(table(rows));
    }

    private static Scorecard card() {
        Goal videoGoal = Goal.builder("Video engagement to 5%").metric(ER).scope(VIDEO)
                .baseline(bd("0.02"), START).target(bd("0.05")).deadline(START.plusDays(100))
                .goalType(GoalType.COMMUNITY_ENGAGEMENT).build();
        Goal reachGoal = Goal.builder("Reach 150k").metric("reach").scope(INSTAGRAM)
                .baseline(bd("100000"), START).target(bd("150000")).deadline(START.plusDays(100)).build();
        Goal cpaGoal = Goal.builder("CPA to 20").metric("cpa").scope(INSTAGRAM)
                .baseline(bd("30"), START).target(bd("20")).deadline(START.plusDays(100)).build();
        // Reach is a distinct count the query cannot re-aggregate from rows: it comes from the platform, by hand.
        return Scorecard.builder(AS_OF, StatusPolicy.recruiterflow()).values(aggregate(ROWS))
                .values(INSTAGRAM, Map.of("reach", Optional.of(bd("120000")), "shoe_size", Optional.of(bd("42"))))
                .goals(List.of(videoGoal, reachGoal, cpaGoal))
                .references(References.instagramCompetitor("Rival Co"))
                .trend("reach", INSTAGRAM, bd("0.08"))
                .build();
    }

    @Test
    void rowsGroupedByFunnelStage() {
        Scorecard card = card();
        Map<FunnelStage, List<ScorecardRow>> byStage = card.byStage();
        assertEquals(List.of(FunnelStage.AWARENESS, FunnelStage.ENGAGEMENT, FunnelStage.CONVERSION,
                FunnelStage.UNASSIGNED), List.copyOf(byStage.keySet()));
        assertEquals(2, byStage.get(FunnelStage.ENGAGEMENT).size());
        assertEquals(5, card.rows().size());
    }

    @Test
    void videoRowComparesWithGoalPaceAndCompetitor() {
        ScorecardRow video = card().row(ER, VIDEO).orElseThrow();
        // Value 120 / 4,000 = 0.03. Pace on day 50 of 100 from 0.02 to 0.05: 0.035. Ratio 0.03 / 0.035 = 0.857
        // (6/7), in [0.81, 0.99): yellow. Competitor at 0.05: gap −0.02, index 100 × 0.03 / 0.05 = 60.
        assertEquals(0, bd("0.03").compareTo(video.value().orElseThrow()));
        assertEquals(0, bd("0.05").compareTo(video.target().orElseThrow()));
        assertEquals(Status.YELLOW, video.status().status());
        assertEquals("Rival Co", video.reference().orElseThrow().source());
        assertEquals("[Recruiterflow] pace ratio 0.8571 = current 0.03 / expected 0.035 on 2026-02-20 (50% of the "
                + "period elapsed); 0.8571 >= 0.81 and < 0.99, so YELLOW (behind); competitor Rival Co: 0.05, gap "
                + "-0.02, index 60", video.explanation());
    }

    @Test
    void rowsWithoutGoalOrWithoutValue() {
        Scorecard card = card();
        ScorecardRow image = card.row(ER, IMAGE).orElseThrow();
        // 100 / 2,500 = 0.04 against the competitor's 0.03: index 133.3.
        assertEquals(Status.NONE, image.status().status());
        assertEquals("no goal for engagement_rate_by_impressions {channel=instagram, content_type=image}, so no "
                + "status; competitor Rival Co: 0.03, gap 0.01, index 133.3", image.explanation());
        ScorecardRow cpa = card.row("cpa", INSTAGRAM).orElseThrow();
        assertEquals(FunnelStage.CONVERSION, cpa.stage());
        assertEquals(Optional.empty(), cpa.value());
        assertEquals("no_data", cpa.status().rule());
        ScorecardRow reach = card.row("reach", INSTAGRAM).orElseThrow();
        // 120,000 against a pace of 125,000: 0.96 → yellow; trend as supplied.
        assertEquals("[Recruiterflow] pace ratio 0.96 = current 120000 / expected 125000 on 2026-02-20 (50% of the "
                + "period elapsed); 0.96 >= 0.81 and < 0.99, so YELLOW (behind); trend +0.08", reach.explanation());
    }

    @Test
    void stageOverrideAndValidation() {
        Scorecard card = Scorecard.builder(AS_OF, StatusPolicy.googleOkr())
                .value("shoe_size", INSTAGRAM, bd("42")).stage("shoe_size", FunnelStage.LOYALTY).build();
        assertEquals(FunnelStage.LOYALTY, card.rows().get(0).stage());
        Goal unnamed = Goal.builder("No metric").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scorecard.builder(AS_OF, StatusPolicy.googleOkr()).goal(unnamed));
        assertEquals("goal 'No metric' must name a metric to appear on a scorecard", e.getMessage());
        Goal g = Goal.builder("A").metric("reach").build();
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> Scorecard.builder(AS_OF, StatusPolicy.googleOkr()).goal(g).goal(g.toBuilder().build()));
        assertEquals("goals 'A' and 'A' both target reach {}; keep one per metric and scope", twice.getMessage());
    }
}
