package org.kpisdk.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Concurrency;

/**
 * Shared status policies, goals and a query result turned into assessments and scorecards from
 * {@value Concurrency#THREADS} threads released together: every result equals the single-threaded result.
 */
final class ConcurrencyTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEADLINE = START.plusDays(100);
    private static final Dimensions VIDEO = Dimensions.of("channel", "instagram", "content_type", "video");
    private static final List<StatusPolicy> POLICIES = List.of(StatusPolicy.googleOkr(), StatusPolicy.engagedly(),
            StatusPolicy.recruiterflow(), StatusPolicy.innovationMinds(), StatusPolicy.salesScreen(),
            StatusPolicy.dashboardSmashboard());

    private static ObservationTable table(SplittableRandom r) {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel", "content_type")
                .measure(StandardMeasures.IMPRESSIONS).measure(StandardMeasures.LIKES)
                .measure(StandardMeasures.COMMENTS).measure(StandardMeasures.SHARES);
        String[] types = {"video", "image", "carousel"};
        for (int i = 0; i < 600; i++) {
            b = b.row(START.plusDays(r.nextInt(120))).dimension("channel", r.nextBoolean() ? "instagram" : "facebook")
                    .dimension("content_type", types[r.nextInt(types.length)])
                    .value(StandardMeasures.IMPRESSIONS, 100 + r.nextInt(5_000))
                    .value(StandardMeasures.LIKES, r.nextInt(100)).value(StandardMeasures.COMMENTS, r.nextInt(20))
                    .value(StandardMeasures.SHARES, r.nextInt(20)).add();
        }
        return b.build();
    }

    private static List<Goal> goals() {
        return List.of(Goal.builder("Video engagement to 5%").metric("engagement_rate_by_impressions").scope(VIDEO)
                        .baseline(new BigDecimal("0.02"), START).target(new BigDecimal("0.05")).deadline(DEADLINE)
                        .goalType(GoalType.COMMUNITY_ENGAGEMENT).build(),
                Goal.builder("Video impressions to 50,000 a month").metric("impressions").scope(VIDEO)
                        .baseline(new BigDecimal("20000"), START).target(new BigDecimal("50000")).deadline(DEADLINE)
                        .build());
    }

    @Test
    void sharedPoliciesAssessTheSameFromEveryThread() {
        Goal goal = goals().get(0);
        SplittableRandom r = new SplittableRandom(Cases.seed());
        List<BigDecimal> values = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            values.add(BigDecimal.valueOf(r.nextInt(800), 4));
            dates.add(START.plusDays(r.nextInt(130)));
        }
        List<Assessment> single = Concurrency.sameFromThreads(Concurrency.THREADS, 8, () -> {
            List<Assessment> out = new ArrayList<>();
            for (StatusPolicy p : POLICIES) {
                for (int i = 0; i < values.size(); i++) {
                    out.add(p.assess(goal, Optional.of(values.get(i)), dates.get(i)));
                }
            }
            return out;
        });
        assertEquals(POLICIES.size() * values.size(), single.size());
    }

    @Test
    void sharedQueryResultGivesTheSameScorecardFromEveryThread() {
        ObservationTable table = table(new SplittableRandom(Cases.seed() + 7));
        Query query = Query.builder().metric(StandardMetrics.ENGAGEMENT_RATE_BY_IMPRESSIONS)
                .metric(StandardMetrics.IMPRESSIONS).where("channel", "instagram").groupBy("content_type")
                .grain(TimeGrain.MONTH).build();
        QueryResult result = query.execute(table);
        List<Goal> goals = goals();
        LocalDate asOf = START.plusDays(80);
        for (StatusPolicy policy : POLICIES) {
            Scorecard card = Concurrency.sameFromThreads(Concurrency.THREADS, 8,
                    () -> Scorecard.of(asOf, policy, result, goals, References.instagramCompetitor("Rival Co")),
                    c -> List.of(c.rows(), c.toString()));
            assertEquals(6, card.rows().size(), card::toString);
        }
        Concurrency.sameFromThreads(Concurrency.THREADS, 8, () -> query.execute(table));
    }
}
