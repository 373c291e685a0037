package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Ratio;

final class FunnelCountsTest {
    private static final List<String> NAMES = List.of("visit", "cart", "checkout", "buy");

    @Test
    void handComputedFunnel() {
        // 1000 -> 200 -> 150 -> 30.
        // Step conversion: 200/1000 = 20%, 150/200 = 75%, 30/150 = 20% -> lowest at 1 (first on the tie with 3).
        // Drop-off: 800, 50, 120 -> largest at 1. Overall into buy: 30/1000 = 3%.
        FunnelCounts c = FunnelCounts.of(NAMES, 1000, 200, 150, 30);
        assertEquals(Ratio.of(200, 1000), c.stepConversion(1));
        assertEquals(Ratio.of(150, 200), c.stepConversion(2));
        assertEquals(Ratio.of(30, 150), c.stepConversion(3));
        assertEquals(Ratio.of(30, 1000), c.overallConversion(3));
        assertEquals(Ratio.of(1000, 1000), c.overallConversion(0));
        assertEquals(800, c.dropOff(1));
        assertEquals(120, c.dropOff(3));
        assertEquals(Ratio.of(50, 200), c.dropOffRate(2));
        assertEquals(OptionalInt.of(1), c.lowestStepConversion());
        assertEquals(OptionalInt.of(1), c.largestDropOff());
        assertTrue(c.isNonIncreasing());
        assertEquals(30, c.count("buy").value());
        assertEquals("{visit=1000, cart=200, checkout=150, buy=30}", c.toString());
    }

    @Test
    void theTwoBottlenecksCanDiffer() {
        // 10000 -> 5000 (50%, loses 5000) -> 100 (2%, loses 4900): lowest conversion at 2, largest loss at 1.
        FunnelCounts c = FunnelCounts.of(List.of("a", "b", "c"), 10_000, 5_000, 100);
        assertEquals(OptionalInt.of(2), c.lowestStepConversion());
        assertEquals(OptionalInt.of(1), c.largestDropOff());
    }

    @Test
    void zeroStagesGiveUndefinedRatiosNotNaN() {
        FunnelCounts c = FunnelCounts.of(List.of("a", "b", "c"), 0, 0, 0);
        assertFalse(c.stepConversion(1).isDefined());
        assertFalse(c.overallConversion(2).isDefined());
        assertFalse(c.dropOffRate(1).isDefined());
        assertEquals(OptionalInt.empty(), c.lowestStepConversion());
        assertEquals(OptionalInt.empty(), FunnelCounts.of(List.of("a"), 5).largestDropOff());
    }

    @Test
    void separatelyMeasuredStagesMayGrow() {
        // 100 -> 120: conversion 120/100, drop-off -20.
        FunnelCounts c = FunnelCounts.of(List.of("a", "b"), 100, 120);
        assertEquals(-20, c.dropOff(1));
        assertEquals(Ratio.of(-20, 100), c.dropOffRate(1));
        assertFalse(c.isNonIncreasing());
    }

    @Test
    void plusAddsStageByStage() {
        FunnelCounts a = FunnelCounts.of(List.of("a", "b"), 10, 4);
        FunnelCounts b = FunnelCounts.of(List.of("a", "b"), 30, 6);
        assertEquals(FunnelCounts.of(List.of("a", "b"), 40, 10), a.plus(b));
        assertEquals(a, a.plus(FunnelCounts.zero(List.of("a", "b"))));
        assertThrows(IllegalArgumentException.class, () -> a.plus(FunnelCounts.of(List.of("a", "c"), 1, 1)));
        assertThrows(ArithmeticException.class,
                () -> FunnelCounts.of(List.of("a"), Long.MAX_VALUE).plus(FunnelCounts.of(List.of("a"), 1)));
    }

    @Test
    void breakdownByDimension() {
        Dimensions emailUs = Dimensions.of("channel", "email", "region", "us");
        Dimensions emailEu = Dimensions.of("channel", "email", "region", "eu");
        Dimensions social = Dimensions.of("channel", "social", "region", "us");
        FunnelBreakdown b = FunnelBreakdown.builder(List.of("aware", "buy"))
                .add(emailUs, "aware", 100).add(emailUs, "buy", 10)
                .add(emailEu, "aware", 50).add(emailEu, "buy", 5).add(emailEu, "buy", 5)
                .add(social, "aware", 1000).add(social, "buy", 20)
                .build();
        // email: 150 aware, 20 buy; social: 1000, 20; total 1150, 40.
        FunnelBreakdown byChannel = b.by("channel");
        assertEquals(FunnelCounts.of(List.of("aware", "buy"), 150, 20),
                byChannel.get(Dimensions.of("channel", "email")));
        assertEquals(Ratio.of(20, 1000), byChannel.get(Dimensions.of("channel", "social")).stepConversion(1));
        assertEquals(FunnelCounts.of(List.of("aware", "buy"), 1150, 40), b.total());
        assertEquals(3, b.groups().size());
        assertEquals(FunnelCounts.zero(List.of("aware", "buy")), b.get(Dimensions.of("channel", "tv")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FunnelBreakdown.builder(StageModel.defaults()).add(social, "nope", 1));
        assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> FunnelBreakdown.builder(StageModel.defaults()).add(social, "awareness", -1));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of((Executable) () -> FunnelCounts.of(List.of()), "names must not be empty"),
                Arguments.of((Executable) () -> FunnelCounts.of(List.of("a", "b"), 1), "one value per stage (2), had 1"),
                Arguments.of((Executable) () -> FunnelCounts.of(List.of("a", "a"), 1, 1), "distinct, 'a'"),
                Arguments.of((Executable) () -> FunnelCounts.of(List.of("a", " "), 1, 1), "names[1] must not be blank"),
                Arguments.of((Executable) () -> FunnelCounts.of(List.of("a", "b"), 1, -2),
                        "counts[1] (b) must be >= 0, was -2"),
                Arguments.of((Executable) () -> FunnelCounts.of(List.of("a"), 1).count("z"), "was 'z'"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsRefused(Executable call, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aNullStageNameIsRefusedNamingItsIndex() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> FunnelCounts.of(Arrays.asList("a", null), 1, 1));
        assertEquals("names[1] must not be null", e.getMessage());
    }

    @Test
    void indexesOutOfRangeAreRefused() {
        FunnelCounts c = FunnelCounts.of(List.of("a", "b"), 2, 1);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> c.stepConversion(0));
        assertTrue(e.getMessage().contains("[1, 1], was 0"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> c.count(2));
    }
}
