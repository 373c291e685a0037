package org.kpisdk.funnel.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

final class LargestRemainderTest {
    private static BigDecimal[] decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }

    private static void assertRounds(String[] expected, String[] raw, String target, int scale) {
        BigDecimal[] out = LargestRemainder.round(decimals(raw), new BigDecimal(target), scale);
        assertArrayEquals(decimals(expected), out, () -> Arrays.toString(raw) + " -> " + target);
        for (BigDecimal part : out) {
            assertEquals(scale, part.scale());
        }
    }

    @Test
    void missingUnitsGoToTheLargestRemaindersTiesToTheLowerIndex() {
        assertRounds(new String[] {"0.33", "0.33", "0.34"},
                new String[] {"0.333333", "0.333333", "0.333334"}, "1", 2);
        assertRounds(new String[] {"0.34", "0.33", "0.33"}, new String[] {"0.335", "0.335", "0.33"}, "1", 2);
        assertRounds(new String[] {"1", "2", "2"}, new String[] {"1.2", "1.5", "1.5"}, "5", 0);
        assertRounds(new String[] {"2", "1"}, new String[] {"1.5", "1.5"}, "3", 0);
    }

    @Test
    void aTargetAboveTheRawSumIsReachedByGoingRoundTheParts() {
        // Floors 0 + 0, five units missing: they go round the parts, larger remainder first.
        assertRounds(new String[] {"2", "3"}, new String[] {"0.1", "0.2"}, "5", 0);
        assertRounds(new String[] {"3", "2"}, new String[] {"0.3", "0.2"}, "5", 0);
    }

    @Test
    void partsThatAlreadySumToTheTargetOnlyLoseTheirDigits() {
        assertRounds(new String[] {"1", "1"}, new String[] {"1.5", "1.5"}, "2", 0);
        assertRounds(new String[] {"0.10", "0.90"}, new String[] {"0.1", "0.9"}, "1", 2);
    }

    @Test
    void floorsAboveTheTargetGiveUnitsBackFromTheSmallestRemaindersNeverBelowZero() {
        // Floors 1 + 1 exceed a target of 1: the smaller remainder gives back first, ties from the higher index.
        assertRounds(new String[] {"1", "0"}, new String[] {"1.9", "1.9"}, "1", 0);
        assertRounds(new String[] {"0", "1"}, new String[] {"1.2", "1.9"}, "1", 0);
        // The zero part cannot give; the other gives twice.
        assertRounds(new String[] {"0", "1"}, new String[] {"0.2", "3.1"}, "1", 0);
    }

    @Test
    void noPartsGiveNoParts() {
        assertArrayEquals(new BigDecimal[0], LargestRemainder.round(new BigDecimal[0], BigDecimal.ZERO, 2));
    }
}
