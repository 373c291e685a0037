package org.kpisdk.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Direction;

/** What a built status policy reports about itself, and the metric-id rule shared by the goal types. */
final class StatusPolicyAccessorsTest {
    private static final List<Band> BANDS = List.of(
            Band.atLeast(new BigDecimal("0.7"), Status.GREEN, "on track"),
            Band.atLeast(new BigDecimal("0.4"), Status.YELLOW, "at risk"),
            Band.otherwise(Status.RED, "off track"));

    @Test
    void everyBuilderSettingIsReadBack() {
        StatusPolicy policy = StatusPolicy.builder("house", StatusPolicy.Basis.ATTAINMENT).bands(BANDS)
                .direction(Direction.LOWER_IS_BETTER).tooEarlyBelow(new BigDecimal("0.25")).achievedIsGreen(true)
                .pastDueIsRed(true).build();
        assertEquals("house", policy.name());
        assertEquals(StatusPolicy.Basis.ATTAINMENT, policy.basis());
        assertEquals(BANDS, policy.bands());
        assertEquals(Optional.of(Direction.LOWER_IS_BETTER), policy.direction());
        assertEquals(Optional.of(new BigDecimal("0.25")), policy.tooEarlyBelow());
        assertTrue(policy.achievedIsGreen());
        assertTrue(policy.pastDueIsRed());
        assertEquals("StatusPolicy[house, ATTAINMENT, " + BANDS + "]", policy.toString());
    }

    @Test
    void unsetSettingsAreEmptyOrOff() {
        StatusPolicy policy = StatusPolicy.builder("plain", StatusPolicy.Basis.PROGRESS).bands(BANDS).build();
        assertEquals(StatusPolicy.Basis.PROGRESS, policy.basis());
        assertEquals(Optional.empty(), policy.direction());
        assertEquals(Optional.empty(), policy.tooEarlyBelow());
        assertFalse(policy.achievedIsGreen());
        assertFalse(policy.pastDueIsRed());
    }

    @Test
    void metricIdsAreLowercaseSnakeCaseOfAtMostSixtyFourCharacters() {
        for (String id : new String[] {"a", "z", "a0", "a9", "a_", "az", "leads_per_week_2", "a".repeat(64)}) {
            assertEquals(id, Checks.metricId(id, "metricId"));
        }
        // Each character just outside a range: '`' before 'a', '{' after 'z', '/' before '0', ':' after '9'.
        for (String id : new String[] {"", "`a", "{a", "0a", "_a", "A", "a`", "a{", "a/", "a:", "aB", "a-b", "a b",
            "a".repeat(65)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Checks.metricId(id, "metricId"));
            assertEquals("metricId must be lowercase snake case [a-z][a-z0-9_]* of at most 64 characters, was '" + id
                    + "'", e.getMessage());
        }
    }
}
