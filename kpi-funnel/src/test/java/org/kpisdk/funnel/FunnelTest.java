package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.TimeGrain;

final class FunnelTest {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;

    private static Funnel viewCartBuy() {
        return Funnel.builder().step("view").step("cart").step("buy").window(Duration.ofDays(7)).build();
    }

    /** Five users over two days (epoch day 0 = 1970-01-01). */
    private static EventLog shop() {
        return EventLog.builder()
                // user 1: view, cart after 1 h, buy after 3 h -> level 3, times 1 h and 2 h.
                .add(1, 0, "view").add(1, HOUR, "cart").add(1, 3 * HOUR, "buy")
                // user 2: view, cart after 2 h -> level 2.
                .add(2, 10 * HOUR, "view").add(2, 12 * HOUR, "cart")
                // user 3: view on day 1, cart after 4 h, buy after 10 h -> level 3, times 4 h and 6 h.
                .add(3, DAY, "view").add(3, DAY + 4 * HOUR, "cart").add(3, DAY + 10 * HOUR, "buy")
                // user 4: buy only -> level 0.
                .add(4, DAY, "buy")
                // user 5: view, buy 8 days later -> cart never, level 1.
                .add(5, DAY + HOUR, "view").add(5, 9 * DAY, "cart")
                .build();
    }

    @Test
    void countsPerLevelAndConversions() {
        FunnelResult r = viewCartBuy().count(shop());
        // Levels: user 4 -> 0, user 5 -> 1, user 2 -> 2, users 1 and 3 -> 3.
        assertEquals(FunnelResult.of(List.of("view", "cart", "buy"), 1, 1, 1, 2), r);
        assertEquals(5, r.entities().value());
        assertEquals(4, r.reachedStep(0).value());
        assertEquals(3, r.reachedStep(1).value());
        assertEquals(Ratio.of(2, 3), r.counts().stepConversion(2));
        assertEquals(Ratio.of(2, 4), r.counts().overallConversion(2));
        assertEquals("FunnelResult[view, cart, buy; levels 1, 1, 1, 2]", r.toString());
    }

    @Test
    void perEntityLevelsAndWinningChains() {
        FunnelRun run = viewCartBuy().evaluate(shop());
        assertEquals(5, run.size());
        assertEquals(OptionalInt.of(3), run.levelOf(3));
        assertEquals(OptionalInt.empty(), run.levelOf(99));
        assertArrayEquals(new long[] {DAY, DAY + 4 * HOUR, DAY + 10 * HOUR}, run.chain(run.indexOf(3).getAsInt()));
        assertArrayEquals(new long[0], run.chain(run.indexOf(4).getAsInt()));
        assertEquals(1, run.entity(0));
        assertEquals(run.result(), viewCartBuy().count(shop()));
    }

    @Test
    void timeToConvert() {
        FunnelRun run = viewCartBuy().evaluate(shop());
        // view -> cart: user 1 1 h, user 2 2 h, user 3 4 h. Mean 7/3 h, median (nearest rank) 2 h, p100 4 h.
        ConversionTimes t = run.timeToConvert(0, 1);
        assertEquals(3, t.count());
        assertEquals(7.0 * HOUR / 3, t.mean().getAsDouble(), 1e-6);
        assertEquals(OptionalLong.of(2 * HOUR), t.median());
        assertEquals(OptionalLong.of(4 * HOUR), t.quantile(1));
        assertEquals(OptionalLong.of(HOUR), t.quantile(0));
        // Histogram in 2-hour buckets: 1 h -> [0, 2h), 2 h -> [2h, 4h), 4 h -> [4h, 6h).
        assertEquals(Map.of(0L, 1L, 2 * HOUR, 1L, 4 * HOUR, 1L), t.histogram(2 * HOUR));
        // view -> buy: user 1 3 h, user 3 10 h.
        assertArrayEquals(new long[] {3 * HOUR, 10 * HOUR}, run.timeToConvert(0, 2).toArray());
        assertThrows(IllegalArgumentException.class, () -> run.timeToConvert(1, 1));
        assertThrows(IllegalArgumentException.class, () -> t.quantile(1.01));
        assertThrows(IllegalArgumentException.class, () -> t.histogram(0));
    }

    @Test
    void stepsAreZeroBasedIndexesAndLevelsAreNumbersOfStepsDone() {
        // Issue 18: one indexing rule. Levels 0..3 hold 5, 4, 3, 2 entities: 4 + 3 + 2 = 9 did step 0 (view),
        // 3 + 2 = 5 did step 1 (cart), 2 did step 2 (buy), the same entities as level 3.
        FunnelResult r = FunnelResult.of(List.of("view", "cart", "buy"), 5, 4, 3, 2);
        assertEquals(9, r.reachedStep(0).value());
        assertEquals(5, r.reachedStep(1).value());
        assertEquals(2, r.reachedStep(2).value());
        assertEquals(r.atLevel(3), r.reachedStep(2));
        for (int k = 0; k < 3; k++) {
            assertEquals(r.reachedStep(k), r.counts().count(k), "counts() is indexed by step like reachedStep");
        }
        assertEquals(14, r.entities().value());
    }

    @Test
    void quantilesAreFractionsInZeroToOneByNearestRank() {
        // Nearest rank (rank = ceil(q * n), at least 1) on 1..10: q = 0.9 -> rank 9; q = 0.7 -> rank 7, although
        // 0.7 * 10 is 7.000000000000001 in binary floating point; q = 0.05 -> rank 1; q = 0.91 -> rank 10.
        ConversionTimes t = new ConversionTimes(new long[] {10, 3, 5, 1, 2, 4, 6, 7, 8, 9});
        assertEquals(OptionalLong.of(9), t.quantile(0.9));
        assertEquals(OptionalLong.of(7), t.quantile(0.7));
        assertEquals(OptionalLong.of(1), t.quantile(0.05));
        assertEquals(OptionalLong.of(10), t.quantile(0.91));
        assertEquals(OptionalLong.of(5), t.median());
        assertTrue(new ConversionTimes(new long[0]).quantile(0.5).isEmpty());
        // Issue 18: quantile(90) is a percentile passed where a fraction is meant; it is refused, not read as 9000 %.
        for (double bad : new double[] {90, 1.000001, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.quantile(bad));
            assertEquals("q must be a quantile in [0, 1] (0.9 for the 90th percentile), was " + bad, e.getMessage());
        }
    }

    @Test
    void nobodyConvertedGivesEmptyStatisticsNotNaN() {
        ConversionTimes t = viewCartBuy().evaluate(Logs.parse("view@0")).timeToConvert(0, 1);
        assertEquals(0, t.count());
        assertEquals(OptionalDouble.empty(), t.mean());
        assertEquals(OptionalLong.empty(), t.median());
        assertTrue(t.histogram(1).isEmpty());
    }

    @Test
    void conversionByEntryCohort() {
        SortedMap<PeriodKey, FunnelResult> cohorts = viewCartBuy().evaluate(shop())
                .byEntryCohort(TimeGrain.DAY, ZoneOffset.UTC);
        // Day 1970-01-01: users 1 (3), 2 (2). Day 1970-01-02: users 3 (3), 5 (1). User 4 never entered.
        PeriodKey day0 = PeriodKey.of(LocalDate.of(1970, 1, 1), TimeGrain.DAY);
        PeriodKey day1 = PeriodKey.of(LocalDate.of(1970, 1, 2), TimeGrain.DAY);
        assertEquals(List.of(day0, day1), List.copyOf(cohorts.keySet()));
        assertEquals(FunnelResult.of(List.of("view", "cart", "buy"), 0, 0, 1, 1), cohorts.get(day0));
        assertEquals(FunnelResult.of(List.of("view", "cart", "buy"), 0, 1, 0, 1), cohorts.get(day1));
        assertEquals(Ratio.of(1, 2), cohorts.get(day1).counts().overallConversion(2));
    }

    @Test
    void anyOrderKeepsNoChain() {
        Funnel any = Funnel.builder().step("a").step("b").window(Duration.ofMillis(5))
                .options(FunnelOptions.defaults().with(FunnelOptions.StepOrder.ANY)).build();
        FunnelRun run = any.evaluate(Logs.parse("b@0 a@1"));
        assertEquals(2, run.level(0));
        assertArrayEquals(new long[0], run.chain(0));
        assertEquals(0, run.timeToConvert(0, 1).count());
        assertTrue(run.byEntryCohort(TimeGrain.DAY, ZoneOffset.UTC).isEmpty());
    }

    @Test
    void anEmptyLogHasNoEntity() {
        EventLog empty = EventLog.builder().build();
        assertEquals(FunnelResult.empty(List.of("view", "cart", "buy")), viewCartBuy().count(empty));
        assertEquals(FunnelResult.empty(List.of("view", "cart", "buy")), viewCartBuy().count(empty, 2));
        assertEquals(0, viewCartBuy().evaluate(empty).size());
    }

    @Test
    void parallelCountingEqualsSequentialOnALargerLog() {
        EventLog.Builder b = EventLog.builder();
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        String[] types = {"view", "cart", "buy", "other"};
        for (int i = 0; i < 20_000; i++) {
            b.add(r.nextInt(2_000), r.nextLong(30 * DAY), types[r.nextInt(4)]);
        }
        EventLog log = b.build();
        FunnelResult one = viewCartBuy().count(log);
        assertEquals(2_000, one.entities().value());
        assertEquals(one, viewCartBuy().count(log, 2));
        assertEquals(one, viewCartBuy().count(log, 4));
        assertEquals(one, viewCartBuy().evaluate(log).result());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of((Executable) () -> Funnel.builder().window(Duration.ZERO).build(),
                        "steps must number 1 to 64, were 0"),
                Arguments.of((Executable) () -> {
                    Funnel.Builder b = Funnel.builder().window(Duration.ZERO);
                    for (int i = 0; i < 65; i++) {
                        b.step("e" + i);
                    }
                    b.build();
                }, "steps must number 1 to 64, were 65"),
                Arguments.of((Executable) () -> Funnel.builder().step("a").step("a").window(Duration.ZERO).build(),
                        "step names must be distinct, 'a' appears twice"),
                Arguments.of((Executable) () -> Funnel.builder().window(Duration.ofMillis(-1)),
                        "window must be >= 0, was PT-0.001S"),
                Arguments.of((Executable) () -> viewCartBuy().count(Logs.parse("a@1"), 0),
                        "parallelism must be > 0, was 0"),
                Arguments.of((Executable) () -> Step.anyOf("s"), "eventTypes of step 's' must not be empty"),
                Arguments.of((Executable) () -> Step.of(" "), "step name must not be blank"),
                Arguments.of((Executable) () -> FunnelResult.of(List.of("a"), 1), "one count per level 0..1"),
                Arguments.of((Executable) () -> FunnelResult.of(List.of("a"), 1, -1),
                        "entitiesAtLevel[1] must be >= 0, was -1"),
                Arguments.of((Executable) () -> FunnelResult.empty(List.of("a")).reachedStep(1),
                        "step must be in [0, 0], was 1"),
                Arguments.of((Executable) () -> FunnelResult.empty(List.of("a")).atLevel(2),
                        "level must be in [0, 1], was 2"),
                Arguments.of((Executable) () -> FunnelResult.empty(List.of("a")).plus(FunnelResult.empty(
                        List.of("b"))), "steps must agree: [a] vs [b]"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsRefused(Executable call, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aFunnelWithoutWindowIsABuilderMisuse() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Funnel.builder().step("a").build());
        assertTrue(e.getMessage().contains("window"), e.getMessage());
        assertThrows(NullPointerException.class, () -> viewCartBuy().count(null));
        assertThrows(ArithmeticException.class, () -> FunnelResult.of(List.of("a"), Long.MAX_VALUE, 0)
                .plus(FunnelResult.of(List.of("a"), 1, 0)));
    }
}
