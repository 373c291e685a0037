package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Count;
import org.kpisdk.core.value.TimeWindow;

/**
 * Issue 18: one window rule ({@link TimeWindow}: {@code anchor <= t <= anchor + window}) for every window of the
 * module, each checked exactly at the bound and one millisecond past it; windows that cannot be represented exactly
 * are refused naming the argument and the value.
 */
final class WindowBoundTest {
    private static final long W = 10;
    private static final long NINETY_DAYS = Duration.ofDays(90).toMillis();

    /** Every option combination whose levels are defined by chains, plus every ClickHouse mode. */
    static Stream<FunnelOptions> options() {
        List<FunnelOptions> all = new ArrayList<>(FunnelLawsTest.chainDefinedOptions());
        for (String mode : List.of("strict_deduplication", "strict_order", "strict_increase", "strict_once")) {
            all.add(ClickHouse.windowFunnel(mode));
        }
        all.add(ClickHouse.windowFunnel("strict_order", "allow_reentry"));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("options")
    void theFunnelWindowIncludesItsBoundUnderEveryOption(FunnelOptions o) {
        Funnel f = Logs.funnel(W, o, "a", "b");
        assertEquals(2, Logs.level(f, "a@0 b@" + W), o::toString);
        assertEquals(1, Logs.level(f, "a@0 b@" + (W + 1)), o::toString);
        assertEquals(2, Logs.level(f, "a@5 b@" + (5 + W)), o::toString);
    }

    @Test
    void aPurchaseExactly90DaysAfterAFreebieCountsInTheFunnelAndInTheConversionMetric() {
        // The case of issue 18: the two used to disagree at exactly 90 days.
        Funnel funnel = Funnel.builder().step("freebie").step("purchase").window(Duration.ofDays(90)).build();
        ConversionMetric metric = ConversionMetric.of("freebie", "purchase", Duration.ofDays(90));
        EventLog atBound = Logs.parse("freebie@0 purchase@" + NINETY_DAYS);
        EventLog past = Logs.parse("freebie@0 purchase@" + (NINETY_DAYS + 1));
        assertEquals(1, funnel.count(atBound).reachedStep(1).value());
        assertEquals(Count.of(1), metric.compute(atBound).conversions());
        assertEquals(0, funnel.count(past).reachedStep(1).value());
        assertEquals(Count.of(0), metric.compute(past).conversions());
    }

    @Test
    void aPerStepWindowIncludesItsBound() {
        Funnel f = Funnel.builder().step("a").step("b").within(Duration.ofMillis(2)).window(Duration.ofMillis(100))
                .build();
        assertEquals(2, Logs.level(f, "a@0 b@2"));
        assertEquals(1, Logs.level(f, "a@0 b@3"));
        // A zero per-step window: only an event at the same time.
        Funnel zero = Funnel.builder().step("a").step("b").within(Duration.ZERO).window(Duration.ofMillis(100))
                .build();
        assertEquals(2, Logs.level(zero, "a@7 b@7"));
        assertEquals(1, Logs.level(zero, "a@7 b@8"));
    }

    @Test
    void theConstrainedScanIncludesTheBound() {
        // Optional steps, held properties and breakdowns run another scan; its window follows the same rule.
        Funnel optional = Funnel.builder().step("a").step("c").optional().step("b").window(Duration.ofMillis(W))
                .build();
        assertEquals(3, Logs.level(optional, "a@0 b@" + W));
        assertEquals(1, Logs.level(optional, "a@0 b@" + (W + 1)));
        Funnel held = Funnel.builder().step("a").step("b").holdConstant("p").window(Duration.ofMillis(W)).build();
        assertEquals(2, Logs.level(held, "a{p=1}@0 b{p=1}@" + W));
        assertEquals(1, Logs.level(held, "a{p=1}@0 b{p=1}@" + (W + 1)));
        Funnel plain = Logs.funnel(W, FunnelOptions.defaults(), "a", "b");
        SortedMap<String, FunnelResult> at = plain.breakdown(Logs.parse("1:a{ch=x}@0 1:b@" + W + " 2:a{ch=x}@0 2:b@"
                + (W + 1)), "ch", BreakdownTouch.firstTouch());
        assertEquals(Map.of("x", FunnelResult.of(List.of("a", "b"), 0, 1, 1)), at);
    }

    @Test
    void anExclusionEventAtTheEndOfTheWindowIsInsideIt() {
        // A chain that reached step 0 only is cut by an exclusion event up to the end of its window, inclusive.
        Funnel f = Funnel.builder().step("a").step("b").exclude(Step.of("x"), 0, 1).window(Duration.ofMillis(W))
                .build();
        assertEquals(-1, Logs.level(f, "a@0 x@" + W), "removed: x at the bound is inside the window");
        assertEquals(1, Logs.level(f, "a@0 x@" + (W + 1)));
    }

    @Test
    void aZeroWindowKeepsOnlyEventsAtTheAnchorTime() {
        Funnel f = Logs.funnel(0, FunnelOptions.defaults(), "a", "b");
        assertEquals(2, Logs.level(f, "a@3 b@3"));
        assertEquals(1, Logs.level(f, "a@3 b@4"));
        ConversionMetric m = ConversionMetric.of("a", "b", Duration.ZERO);
        assertEquals(Count.of(1), m.compute(Logs.parse("a@3 b@3")).conversions());
        assertEquals(Count.of(0), m.compute(Logs.parse("a@3 b@4")).conversions());
    }

    @Test
    void theLongestWindowIsAcceptedAndWorksAtItsBound() {
        Funnel f = Funnel.builder().step("a").step("b").window(TimeWindow.MAX_LENGTH).build();
        assertEquals(Long.MAX_VALUE, f.windowMillis());
        assertEquals(2, Logs.level(f, "a@0 b@" + Long.MAX_VALUE));
        ConversionMetric m = ConversionMetric.of("a", "b", TimeWindow.MAX_LENGTH);
        assertEquals(Count.of(1), m.compute(Logs.parse("a@0 b@" + Long.MAX_VALUE)).conversions());
        Funnel step = Funnel.builder().step("a").step("b").within(TimeWindow.MAX_LENGTH)
                .window(TimeWindow.MAX_LENGTH).build();
        assertEquals(2, Logs.level(step, "a@0 b@" + Long.MAX_VALUE));
    }

    static Stream<Arguments> unrepresentableWindows() {
        Duration huge = Duration.ofSeconds(Long.MAX_VALUE);
        Duration sub = Duration.ofNanos(500);
        Duration fraction = Duration.ofMillis(90).plusNanos(1);
        Duration past = TimeWindow.MAX_LENGTH.plusMillis(1);
        return Stream.of(
                Arguments.of((Executable) () -> Funnel.builder().window(huge),
                        "window must be <= PT2562047788015H12M55.807S (Long.MAX_VALUE = 9223372036854775807 ms), "
                                + "was " + huge),
                Arguments.of((Executable) () -> Funnel.builder().window(past),
                        "window must be <= PT2562047788015H12M55.807S (Long.MAX_VALUE = 9223372036854775807 ms), "
                                + "was " + past),
                Arguments.of((Executable) () -> Funnel.builder().window(sub),
                        "window must be whole milliseconds, was PT0.0000005S"),
                Arguments.of((Executable) () -> Funnel.builder().window(fraction),
                        "window must be whole milliseconds, was PT0.090000001S"),
                Arguments.of((Executable) () -> Funnel.builder().step("a").step("b").within(huge),
                        "step window of 'b' must be <= PT2562047788015H12M55.807S (Long.MAX_VALUE = "
                                + "9223372036854775807 ms), was " + huge),
                Arguments.of((Executable) () -> Funnel.builder().step("a").step("b").within(sub),
                        "step window of 'b' must be whole milliseconds, was PT0.0000005S"),
                Arguments.of((Executable) () -> Funnel.builder().step("a").step("b").within(Duration.ofMillis(-1)),
                        "step window of 'b' must be >= 0, was PT-0.001S"),
                Arguments.of((Executable) () -> ConversionMetric.of("a", "b", huge),
                        "window must be <= PT2562047788015H12M55.807S (Long.MAX_VALUE = 9223372036854775807 ms), "
                                + "was " + huge),
                Arguments.of((Executable) () -> ConversionMetric.of("a", "b", sub),
                        "window must be whole milliseconds, was PT0.0000005S"),
                Arguments.of((Executable) () -> ConversionMetric.of("a", "b", Duration.ofMillis(-1)),
                        "window must be >= 0, was PT-0.001S"));
    }

    @ParameterizedTest
    @MethodSource("unrepresentableWindows")
    void aWindowThatCannotBeRepresentedExactlyIsRefusedNamingTheArgumentAndTheValue(Executable call,
            String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }
}
