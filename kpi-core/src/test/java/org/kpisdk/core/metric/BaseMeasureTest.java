package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpisdk.core.value.Unit;

/** The factories and the id rule of {@link BaseMeasure}: lowercase snake case {@code [a-z][a-z0-9_]*}, 1 to 64. */
final class BaseMeasureTest {
    @Test
    void factoriesSetAdditivityAndReduction() {
        assertEquals(new BaseMeasure("reach", Unit.COUNT, Additivity.NON_ADDITIVE, GaugeReduction.LAST),
                BaseMeasure.of("reach", Unit.COUNT, Additivity.NON_ADDITIVE));
        assertEquals(new BaseMeasure("cost", Unit.MONEY, Additivity.ADDITIVE, GaugeReduction.LAST),
                BaseMeasure.additive("cost", Unit.MONEY));
        assertEquals(new BaseMeasure("followers", Unit.COUNT, Additivity.SEMI_ADDITIVE, GaugeReduction.AVERAGE),
                BaseMeasure.gauge("followers", Unit.COUNT, GaugeReduction.AVERAGE));
        assertEquals(new BaseMeasure("users", Unit.COUNT, Additivity.NON_ADDITIVE, GaugeReduction.LAST),
                BaseMeasure.distinct("users"));
        assertEquals("session_duration_s", BaseMeasure.additive("session_duration_s", Unit.DURATION).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"RATIO", "PERCENT", "SCORE"})
    void unitsOtherThanCountMoneyAndDurationAreRefused(String unit) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BaseMeasure.additive("x", Unit.valueOf(unit)));
        assertEquals("unit of measure 'x' must be COUNT, MONEY or DURATION, was " + unit, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "z", "a0", "a9", "a_", "az", "za", "x_1_y", "impressions"})
    void validIdsAreAccepted(String id) {
        assertEquals(id, BaseMeasure.additive(id, Unit.COUNT).id());
    }

    @Test
    void sixtyFourCharactersIsTheLongestId() {
        String id64 = "a".repeat(64);
        assertEquals(id64, BaseMeasure.additive(id64, Unit.COUNT).id());
        assertThrows(IllegalArgumentException.class, () -> BaseMeasure.additive(id64 + "a", Unit.COUNT));
    }

    // '`' and '{' sit just below 'a' and just above 'z', '/' and ':' just below '0' and just above '9' (ASCII)
    @ParameterizedTest
    @ValueSource(strings = {"", "`a", "{a", "_a", "0a", "9a", "Aa", "a`", "a{", "a/", "a:", "aB", "a-b", "a b", "é"})
    void invalidIdsAreRefusedNamingTheRule(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BaseMeasure.additive(id, Unit.COUNT));
        assertEquals("measure id must be lowercase snake case [a-z][a-z0-9_]* of at most 64 characters, was '" + id
                + "'", e.getMessage());
    }
}
