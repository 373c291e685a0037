package org.kpisdk.core.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

final class DirectionTest {
    @ParameterizedTest
    @CsvSource({
            "HIGHER_IS_BETTER, 2, 1, true", "HIGHER_IS_BETTER, 1, 2, false", "HIGHER_IS_BETTER, 1, 1, false",
            "LOWER_IS_BETTER, 0.8, 1.2, true", "LOWER_IS_BETTER, 1.2, 0.8, false", "LOWER_IS_BETTER, 1, 1, false",
            "NEUTRAL, 2, 1, false", "NEUTRAL, 1, 2, false"})
    void isBetterIsStrict(Direction direction, double candidate, double reference, boolean better) {
        assertEquals(better, direction.isBetter(candidate, reference));
    }
}
