package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Direction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class GoalTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    /** 100 days: elapsed share on day k is k / 100. */
    private static final Goal GOAL = Goal.builder("Followers 10k to 20k").metric("follower_count")
            .scope(Dimensions.of("channel", "instagram", "region", "UK"))
            .baseline(bd("10000"), START).target(bd("20000")).deadline(START.plusDays(100))
            .milestone(START.plusDays(50), bd("15000")).goalType(GoalType.RECRUITING).owner("HR").build();

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static void assertNumber(String expected, Optional<BigDecimal> actual) {
        assertTrue(actual.isPresent(), "expected " + expected + " but was empty");
        assertEquals(0, bd(expected).compareTo(actual.get()), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void paceIsAStraightLineFromBaselineToTarget() {
        // 10,000 + 10,000 × k / 100.
        assertNumber("10000", GOAL.expectedAt(START));
        assertNumber("12500", GOAL.expectedAt(START.plusDays(25)));
        assertNumber("17300", GOAL.expectedAt(START.plusDays(73)));
        assertNumber("20000", GOAL.expectedAt(START.plusDays(100)));
        // Clamped outside the period.
        assertNumber("10000", GOAL.expectedAt(START.minusDays(5)));
        assertNumber("20000", GOAL.expectedAt(START.plusDays(400)));
        assertNumber("0.25", GOAL.elapsedFraction(START.plusDays(25)));
    }

    @Test
    void progressAgainstBaselineAndTarget() {
        assertNumber("0.5", GOAL.progress(bd("15000")));
        assertNumber("1.2", GOAL.progress(bd("22000")));
        assertNumber("-0.1", GOAL.progress(bd("9000")));
        assertTrue(GOAL.isAchievedBy(bd("20000")));
        assertFalse(GOAL.isAchievedBy(bd("19999")));
    }

    @Test
    void directionComesFromTheMetricNotFromTheTarget() {
        assertEquals(Optional.of(Direction.HIGHER_IS_BETTER), GOAL.direction());
        // A baseline above the target no longer flips the direction: follower count is higher-is-better.
        Goal down = GOAL.toBuilder().baseline(bd("30000"), START).build();
        assertEquals(Optional.of(Direction.HIGHER_IS_BETTER), down.direction());
        assertFalse(down.isAchievedBy(bd("19000")));
        assertEquals(Optional.of(Direction.HIGHER_IS_BETTER), GOAL.toBuilder()
                .direction(Direction.HIGHER_IS_BETTER).build().direction());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Goal.builder("x").direction(Direction.NEUTRAL));
        assertEquals("direction of a goal must be HIGHER_IS_BETTER or LOWER_IS_BETTER, was NEUTRAL", e.getMessage());
    }

    @Test
    void aMetricOutsideTheCatalogHasNoDirectionUntilOneIsSet() {
        Goal custom = Goal.builder("Leads to 200").metric("leads_per_week").baseline(bd("300"), START)
                .target(bd("200")).build();
        assertEquals(Optional.empty(), custom.metric());
        assertEquals(Optional.empty(), custom.direction());
        assertFalse(custom.isAchievedBy(bd("100")));
        Goal set = custom.toBuilder().direction(Direction.LOWER_IS_BETTER).build();
        assertEquals(Optional.of(Direction.LOWER_IS_BETTER), set.direction());
        assertTrue(set.isAchievedBy(bd("200")));
    }

    @Test
    void incompleteGoalsGiveEmptyResultsNotExceptions() {
        Goal bare = Goal.builder("Bare").build();
        assertEquals(Optional.empty(), bare.metricId());
        assertEquals(Optional.empty(), bare.progress(bd("1")));
        assertEquals(Optional.empty(), bare.expectedAt(START));
        assertEquals(Optional.empty(), bare.elapsedFraction(START));
        assertFalse(bare.isAchievedBy(bd("1")));
        Goal flat = GOAL.toBuilder().target(bd("10000")).build();
        assertEquals(Optional.empty(), flat.progress(bd("12000")));
        Goal backwards = GOAL.toBuilder().deadline(START.minusDays(1)).build();
        assertEquals(Optional.empty(), backwards.expectedAt(START));
    }

    @Test
    void accessorsEqualityAndToString() {
        assertEquals(Optional.of("follower_count"), GOAL.metricId());
        assertEquals(Optional.of(GoalType.RECRUITING), GOAL.goalType());
        assertEquals(Optional.of("HR"), GOAL.owner());
        assertEquals(List.of(new Milestone(START.plusDays(50), bd("15000"))), GOAL.milestones());
        assertEquals(GOAL, GOAL.toBuilder().build());
        assertEquals(GOAL.hashCode(), GOAL.toBuilder().build().hashCode());
        assertNotEquals(GOAL, GOAL.toBuilder().owner("Marketing").build());
        // Numbers compare by value: 20000 and 20000.00 are the same target.
        Goal rescaled = GOAL.toBuilder().target(new BigDecimal("20000.00")).build();
        assertEquals(GOAL, rescaled);
        assertEquals(GOAL.hashCode(), rescaled.hashCode());
        assertNotEquals(GOAL, GOAL.toBuilder().target(new BigDecimal("20000.01")).build());
        assertEquals("Goal[Followers 10k to 20k, follower_count {channel=instagram, region=UK}: 10000 (2026-01-01) "
                + "-> 20000 by 2026-04-11]", GOAL.toString());
        // Milestones are kept in date order whatever the order added.
        Goal shuffled = GOAL.toBuilder().milestone(START.plusDays(10), bd("11000")).build();
        assertEquals(START.plusDays(10), shuffled.milestones().get(0).date());
    }

    @Test
    void nullsAreRefusedNamingTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Goal.builder("x").target(null));
        assertEquals("target", e.getMessage());
        assertThrows(NullPointerException.class, () -> Goal.builder("x").scope(null));
        assertThrows(NullPointerException.class, () -> GOAL.progress(null));
        assertThrows(NullPointerException.class, () -> new Milestone(null, BigDecimal.ONE));
    }
}
