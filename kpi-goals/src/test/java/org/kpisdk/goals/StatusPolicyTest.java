package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Direction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every preset at and around each band edge, and every guard. The goal runs 100 days from 2026-01-01 (deadline
 * 2026-04-11) from 0 to 200, so on day {@code k} the elapsed share is {@code k / 100} and the pace value is
 * {@code 2k}; each expected status below follows from those two facts by hand.
 */
final class StatusPolicyTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEADLINE = START.plusDays(100);
    private static final Goal UP = Goal.builder("Leads to 200").metric("leads_per_week")
            .direction(Direction.HIGHER_IS_BETTER).scope(Dimensions.of("channel", "linkedin")).baseline(bd("0"), START).target(bd("200"))
            .deadline(DEADLINE).build();

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static Assessment assess(StatusPolicy policy, Goal goal, String current, int day) {
        return policy.assess(goal, Optional.of(bd(current)), START.plusDays(day));
    }

    static Stream<Arguments> edges() {
        Supplier<StatusPolicy> google = StatusPolicy::googleOkr;
        Supplier<StatusPolicy> engagedly = StatusPolicy::engagedly;
        Supplier<StatusPolicy> recruiterflow = StatusPolicy::recruiterflow;
        Supplier<StatusPolicy> innovation = StatusPolicy::innovationMinds;
        Supplier<StatusPolicy> sales = StatusPolicy::salesScreen;
        Supplier<StatusPolicy> smash = StatusPolicy::dashboardSmashboard;
        return Stream.of(
                // Google OKR, progress = current / 200: 140 → 0.7, 80 → 0.4.
                Arguments.of("google", google, "140", 50, Status.GREEN, "delivered"),
                Arguments.of("google", google, "139.98", 50, Status.YELLOW, "made progress, fell short"),
                Arguments.of("google", google, "80", 50, Status.YELLOW, "made progress, fell short"),
                Arguments.of("google", google, "79.98", 50, Status.RED, "failed to make real progress"),
                // Engagedly, day 50: gap = 50 − current / 2.
                // 67.02 → 16.49, 67 → 16.5, 34 → 33, 33.98 → 33.01.
                Arguments.of("engagedly", engagedly, "67.02", 50, Status.GREEN, "on track"),
                Arguments.of("engagedly", engagedly, "67", 50, Status.YELLOW, "behind"),
                Arguments.of("engagedly", engagedly, "34", 50, Status.YELLOW, "behind"),
                Arguments.of("engagedly", engagedly, "33.98", 50, Status.RED, "at risk"),
                // Recruiterflow, day 50: pace value 100, ratio = current / 100.
                Arguments.of("recruiterflow", recruiterflow, "99", 50, Status.GREEN, "on track"),
                Arguments.of("recruiterflow", recruiterflow, "98.99", 50, Status.YELLOW, "behind"),
                Arguments.of("recruiterflow", recruiterflow, "81", 50, Status.YELLOW, "behind"),
                Arguments.of("recruiterflow", recruiterflow, "80.99", 50, Status.RED, "at risk"),
                // innovationminds, day 50: ratio = current / 100, 10 % buffer.
                Arguments.of("innovationminds", innovation, "100", 50, Status.GREEN, "on track"),
                Arguments.of("innovationminds", innovation, "99.99", 50, Status.YELLOW, "progressing"),
                Arguments.of("innovationminds", innovation, "90", 50, Status.YELLOW, "progressing"),
                Arguments.of("innovationminds", innovation, "89.99", 50, Status.RED, "off track"),
                // SalesScreen, day 50: run rate forecast = current / 0.5; ratio = 2 × current / 200 = current / 100.
                Arguments.of("salesscreen", sales, "100", 50, Status.GREEN, "forecast meets target"),
                Arguments.of("salesscreen", sales, "99.99", 50, Status.YELLOW, "forecast short of target"),
                Arguments.of("salesscreen", sales, "50", 50, Status.YELLOW, "forecast short of target"),
                Arguments.of("salesscreen", sales, "49.99", 50, Status.RED, "forecast far short of target"),
                // DashboardSmashboard, attainment = current / 200 (day 50, past the 20 % early window).
                Arguments.of("smashboard", smash, "210", 50, Status.GREEN, "exceeding"),
                Arguments.of("smashboard", smash, "209.98", 50, Status.GREEN, "reached"),
                Arguments.of("smashboard", smash, "200", 50, Status.GREEN, "reached"),
                Arguments.of("smashboard", smash, "199.98", 50, Status.YELLOW, "needs attention"),
                Arguments.of("smashboard", smash, "170", 50, Status.YELLOW, "needs attention"),
                Arguments.of("smashboard", smash, "169.98", 50, Status.YELLOW, "at risk"),
                Arguments.of("smashboard", smash, "150", 50, Status.YELLOW, "at risk"),
                Arguments.of("smashboard", smash, "149.98", 50, Status.RED, "critical"));
    }

    @ParameterizedTest(name = "{0}: current {2} on day {3} -> {4} ({5})")
    @MethodSource("edges")
    void presetBandEdges(String preset, Supplier<StatusPolicy> policy, String current, int day, Status status,
            String label) {
        Assessment a = assess(policy.get(), UP, current, day);
        assertEquals(status, a.status(), a::explanation);
        assertEquals(label, a.label(), a::explanation);
        assertEquals("band", a.rule());
        assertTrue(a.score().isPresent());
    }

    @Test
    void explanationsNameTheRuleAndTheNumbers() {
        assertEquals("[Recruiterflow] pace ratio 0.9 = current 90 / expected 100 on 2026-02-20 (50% of the period "
                + "elapsed); 0.9 >= 0.81 and < 0.99, so YELLOW (behind)",
                assess(StatusPolicy.recruiterflow(), UP, "90", 50).explanation());
        assertEquals("[Engagedly] pace gap 16.5 points = expected 50% - actual 33.5% of the way on 2026-02-20; "
                + "16.5 <= 33 and >= 16.5, so YELLOW (behind)",
                assess(StatusPolicy.engagedly(), UP, "67", 50).explanation());
        assertEquals("[DashboardSmashboard] attainment 0.7499 = current 149.98 / target 200; 0.7499 < 0.75, so "
                + "RED (critical)", assess(StatusPolicy.dashboardSmashboard(), UP, "149.98", 50).explanation());
        assertEquals("[SalesScreen] forecast ratio 1 = forecast 200 at 2026-04-11 / target 200; 1 >= 1, so GREEN "
                + "(forecast meets target)", assess(StatusPolicy.salesScreen(), UP, "100", 50).explanation());
        assertEquals("[Google OKR] progress 0.7 = (current 140 - baseline 0) / (target 200 - baseline 0); "
                + "0.7 >= 0.7, so GREEN (delivered)", assess(StatusPolicy.googleOkr(), UP, "140", 50).explanation());
    }

    @Test
    void roundingNeverMakesAScoreLookEqualToTheEdgeItMissed() {
        // 98.999 / 100 = 0.98999, which rounds to 0.99 at four digits; the sentence shows the exact value.
        assertEquals("[Recruiterflow] pace ratio 0.98999 = current 98.999 / expected 100 on 2026-02-20 (50% of the "
                + "period elapsed); 0.98999 >= 0.81 and < 0.99, so YELLOW (behind)",
                assess(StatusPolicy.recruiterflow(), UP, "98.999", 50).explanation());
    }

    @Test
    void lowerIsBetterGoalsInvertTheRatios() {
        // Cost per lead 50 → 40 over 100 days; day 50 pace value 45; pace ratio = 45 / current.
        Goal down = Goal.builder("Cost per lead to 40").metric("cpl").scope(UP.scope()).baseline(bd("50"), START)
                .target(bd("40")).deadline(DEADLINE).build();
        assertEquals(Optional.of(Direction.LOWER_IS_BETTER), down.direction());
        assertEquals(Status.GREEN, assess(StatusPolicy.recruiterflow(), down, "45", 50).status());
        assertEquals(Status.YELLOW, assess(StatusPolicy.recruiterflow(), down, "50", 50).status()); // 0.9
        assertEquals(Status.RED, assess(StatusPolicy.recruiterflow(), down, "60", 50).status()); // 0.75
        // Attainment = target / current: 40 / 38 = 1.0526 → exceeding; 40 / 50 = 0.8 → at risk (orange).
        assertEquals("exceeding", assess(StatusPolicy.dashboardSmashboard(), down, "38", 50).label());
        assertEquals("at risk", assess(StatusPolicy.dashboardSmashboard(), down, "50", 50).label());
        assertEquals(Colour.ORANGE, assess(StatusPolicy.dashboardSmashboard(), down, "50", 50).colour());
        // Progress (50 − 44) / (50 − 40) = 0.6 → yellow.
        assertEquals(Status.YELLOW, assess(StatusPolicy.googleOkr(), down, "44", 50).status());
        // A policy may force the direction.
        StatusPolicy forcedUp = StatusPolicy.builder("up", StatusPolicy.Basis.ATTAINMENT)
                .direction(Direction.HIGHER_IS_BETTER)
                .bands(List.of(Band.atLeast(bd("1"), Status.GREEN, "ok"), Band.otherwise(Status.RED, "low"))).build();
        assertEquals(Status.RED, assess(forcedUp, down, "38", 50).status()); // 38 / 40 < 1
    }

    // --- Guards ---

    @Test
    void noDataGuard() {
        for (StatusPolicy p : List.of(StatusPolicy.googleOkr(), StatusPolicy.engagedly(),
                StatusPolicy.recruiterflow(), StatusPolicy.innovationMinds(), StatusPolicy.salesScreen(),
                StatusPolicy.dashboardSmashboard())) {
            Assessment a = p.assess(UP, Optional.empty(), START.plusDays(50));
            assertEquals(Status.NONE, a.status());
            assertEquals("no_data", a.rule());
            assertEquals("[" + p.name() + "] no data: no current value of leads_per_week {channel=linkedin}, so no "
                    + "status", a.explanation());
        }
        Goal noTarget = Goal.builder("No target").metric("reach").build();
        assertEquals("[Recruiterflow] no data: the goal has no target, so no status", StatusPolicy.recruiterflow()
                .assess(noTarget, Optional.of(bd("5")), START).explanation());
        Goal noBaseline = Goal.builder("No baseline").metric("reach").target(bd("10")).deadline(DEADLINE).build();
        assertEquals("[Engagedly] no data: the goal lacks a baseline and a baseline date and a later deadline for the "
                + "pace gap basis, so no status", StatusPolicy.engagedly().assess(noBaseline, Optional.of(bd("5")),
                START).explanation());
        // Attainment needs neither baseline nor dates.
        assertEquals(Status.YELLOW, StatusPolicy.builder("plain", StatusPolicy.Basis.ATTAINMENT)
                .bands(List.of(Band.atLeast(bd("1"), Status.GREEN, "met"), Band.otherwise(Status.YELLOW, "not yet")))
                .build().assess(noBaseline, Optional.of(bd("5")), START).status());
    }

    @Test
    void achievedGuard() {
        // Day 10: Engagedly's gap would be 10 − 100 = −90 (green anyway); the guard fires first and says so.
        Assessment e = assess(StatusPolicy.engagedly(), UP, "200", 10);
        assertEquals(Status.GREEN, e.status());
        assertEquals("achieved", e.rule());
        assertEquals("[Engagedly] target achieved: current 200 >= target 200, so GREEN (achieved)", e.explanation());
        // Past the deadline Recruiterflow stays green once reached.
        assertEquals("achieved", assess(StatusPolicy.recruiterflow(), UP, "201", 120).rule());
        // Without the guard (Google OKR) the band decides: progress 1.005 ≥ 0.7.
        assertEquals("band", assess(StatusPolicy.googleOkr(), UP, "201", 50).rule());
    }

    @Test
    void pastDueGuard() {
        Assessment late = assess(StatusPolicy.innovationMinds(), UP, "150", 101);
        assertEquals(Status.RED, late.status());
        assertEquals("past_due", late.rule());
        assertEquals("[innovationminds] past due: the deadline 2026-04-11 passed before 2026-04-12 and current 150 "
                + "has not reached target 200, so RED (past due)", late.explanation());
        // On the deadline itself it is not yet past due: pace value 200, ratio 0.75 → off track.
        Assessment onTheDay = assess(StatusPolicy.innovationMinds(), UP, "150", 100);
        assertEquals("band", onTheDay.rule());
        assertEquals("off track", onTheDay.label());
        // Reached before the deadline: never past due.
        assertEquals(Status.GREEN, assess(StatusPolicy.innovationMinds(), UP, "200", 101).status());
    }

    @Test
    void tooEarlyGuard() {
        // DashboardSmashboard gives no status in the first 20 %: day 19 is 19 %, day 20 is 20 %.
        Assessment early = assess(StatusPolicy.dashboardSmashboard(), UP, "10", 19);
        assertEquals(Status.NONE, early.status());
        assertEquals("too_early", early.rule());
        assertEquals("[DashboardSmashboard] too early: 19% of the period elapsed (19 of 100 days), status starts at "
                + "20%, so no status", early.explanation());
        Assessment started = assess(StatusPolicy.dashboardSmashboard(), UP, "10", 20);
        assertEquals(Status.RED, started.status()); // 10 / 200 = 0.05
    }

    @Test
    void undefinedScoresGiveNoStatus() {
        Goal zeroTarget = UP.toBuilder().baseline(bd("5"), START).target(bd("0")).build();
        Assessment a = StatusPolicy.builder("attain", StatusPolicy.Basis.ATTAINMENT)
                .direction(Direction.HIGHER_IS_BETTER)
                .bands(List.of(Band.atLeast(bd("1"), Status.GREEN, "ok"), Band.otherwise(Status.RED, "low"))).build()
                .assess(zeroTarget, Optional.of(bd("3")), START.plusDays(50));
        assertEquals(Status.NONE, a.status());
        assertEquals("[attain] attainment is undefined: target is 0, not positive, so no status", a.explanation());
        // Day 0: no run-rate forecast yet.
        Assessment noForecast = assess(StatusPolicy.salesScreen(), UP, "0", 0);
        assertEquals("undefined", noForecast.rule());
        assertEquals("[SalesScreen] no forecast is available on 2026-01-01, so no status", noForecast.explanation());
        // An explicit forecast replaces the run rate: 150 / 200 = 0.75 → yellow.
        assertEquals(Status.YELLOW, StatusPolicy.salesScreen().assess(UP, Optional.of(bd("0")), START,
                ValueForecast.of(bd("150"))).status());
    }

    @Test
    void bandsAreValidated() {
        StatusPolicy.Builder b = StatusPolicy.builder("bad", StatusPolicy.Basis.ATTAINMENT);
        IllegalArgumentException unordered = assertThrows(IllegalArgumentException.class, () -> b.bands(List.of(
                Band.atLeast(bd("0.5"), Status.YELLOW, "a"), Band.atLeast(bd("0.9"), Status.GREEN, "b"),
                Band.otherwise(Status.RED, "c"))).build());
        assertEquals("band thresholds must be strictly decreasing, band 1 has 0.9 after 0.5", unordered.getMessage());
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class, () -> b.bands(List.of(
                Band.atLeast(bd("0.5"), Status.GREEN, "a"), Band.below(bd("0.9"), Status.YELLOW, "b"),
                Band.otherwise(Status.RED, "c"))).build());
        assertEquals("bands must all compare the same way (all >=/> or all </<=), band 1 is < after >=",
                mixed.getMessage());
        IllegalArgumentException noOtherwise = assertThrows(IllegalArgumentException.class, () -> b.bands(List.of(
                Band.atLeast(bd("0.5"), Status.GREEN, "a"))).build());
        assertTrue(noOtherwise.getMessage().startsWith("the last band must be Band.otherwise(...)"));
        assertThrows(IllegalArgumentException.class, () -> b.bands(List.of()).build());
        assertThrows(IllegalArgumentException.class, () -> b.tooEarlyBelow(bd("1.5")));
        assertThrows(IllegalArgumentException.class, () -> b.direction(Direction.NEUTRAL));
    }
}
