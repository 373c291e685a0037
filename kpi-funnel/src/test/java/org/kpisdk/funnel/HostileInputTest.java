package org.kpisdk.funnel;

import static org.kpisdk.testkit.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Money;
import org.kpisdk.funnel.attribution.AggregatedPath;
import org.kpisdk.funnel.attribution.AttributionModel;
import org.kpisdk.funnel.attribution.Journey;
import org.kpisdk.funnel.attribution.JourneySet;
import org.kpisdk.funnel.attribution.MarkovModel;
import org.kpisdk.funnel.attribution.ShapleyModel;
import org.kpisdk.funnel.attribution.Touchpoint;
import org.kpisdk.testkit.Refusals;

/**
 * Hostile input to kpi-funnel's public entry points, kept from the adversarial pass of issue 26: negative and
 * extreme sizes, NUL in names, nulls inside collections, mixed currencies, overflowing counts, empty input. Each
 * must be refused with the documented exception and a message naming the field (or, for overflow, saying so).
 */
final class HostileInputTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Money ONE = Money.of("1", "EUR");

    private static EventLog oneEvent() {
        return EventLog.of(new long[] {1}, new long[] {0}, new String[] {"a"});
    }

    static Stream<Arguments> hostile() {
        Class<IllegalArgumentException> iae = IllegalArgumentException.class;
        Class<NullPointerException> npe = NullPointerException.class;
        ShapleyModel shapley = ShapleyModel.of(ShapleyModel.ValueFunction.CONVERSION_RATE);
        return Stream.of(
                refused("negative timestamp", () -> EventLog.of(new long[] {1}, new long[] {Long.MIN_VALUE},
                        new String[] {"a"}), iae, "timestamps[0] must be >= 0, was -9223372036854775808"),
                refused("columns of different lengths", () -> EventLog.of(new long[] {1, 2}, new long[] {0},
                        new String[] {"a"}), iae, "equal lengths"),
                refused("null event type", () -> EventLog.of(new long[] {1}, new long[] {0}, new String[] {null}),
                        npe, "types[0] must not be null"),
                refused("blank event type", () -> EventLog.of(new long[] {1}, new long[] {0}, new String[] {" "}),
                        iae, "types[0] must not be blank"),
                refused("funnel window -1 ns", () -> Funnel.builder().step("a").window(Duration.ofNanos(-1)), iae,
                        "window"),
                refused("funnel without steps", () -> Funnel.builder().window(Duration.ofHours(1)).build(), iae,
                        "steps"),
                refused("funnel parallelism Integer.MIN_VALUE",
                        () -> Funnel.builder().step("a").window(Duration.ofHours(1)).build().count(oneEvent(),
                                Integer.MIN_VALUE), iae, "parallelism"),
                refused("FunnelCounts null name", () -> FunnelCounts.of(Arrays.asList("a", null), 1, 1), npe,
                        "names[1] must not be null"),
                refused("FunnelCounts Long.MIN_VALUE", () -> FunnelCounts.of(List.of("a", "b"), 1, Long.MIN_VALUE),
                        iae, "counts[1] (b) must be >= 0, was -9223372036854775808"),
                refused("FunnelCounts empty", () -> FunnelCounts.of(List.of()), iae, "names must not be empty"),
                refused("FunnelCounts overflow", () -> FunnelCounts.of(List.of("a"), Long.MAX_VALUE)
                        .plus(FunnelCounts.of(List.of("a"), 1)), ArithmeticException.class, "overflow"),
                refused("channel with NUL", () -> Touchpoint.of("e\u0000mail", T0), iae,
                        "channel must not contain control characters, found U+0000 at 1"),
                refused("campaign with a lone surrogate", () -> Touchpoint.of("email", T0, "sale\uDC00"), iae,
                        "campaign must not contain unpaired surrogates, found U+DC00 at 4"),
                refused("null channel", () -> Touchpoint.of(null, T0), npe, "channel"),
                refused("path channel with '>'", () -> new AggregatedPath(List.of("a>b"), 1, 0, ONE), iae,
                        "channels[0] must not contain '>'"),
                refused("path with a null channel", () -> new AggregatedPath(Arrays.asList("a", null), 1, 0, ONE), npe,
                        "channels[1]"),
                refused("path conversions Long.MIN_VALUE",
                        () -> new AggregatedPath(List.of("a"), Long.MIN_VALUE, 0, ONE), iae,
                        "conversions must be >= 0"),
                refused("empty path text", () -> AggregatedPath.parse("", 1, 0, ONE), iae,
                        "path must be channels separated by '>'"),
                refused("paths whose conversions overflow", () -> JourneySet.ofPaths(EUR, List.of(
                        new AggregatedPath(List.of("a"), Long.MAX_VALUE, 0, ONE),
                        new AggregatedPath(List.of("b"), 1, 0, ONE))), ArithmeticException.class, "overflow"),
                refused("a USD journey in an EUR set", () -> JourneySet.of(EUR, List.of(Journey.converted("c",
                        List.of(Touchpoint.of("a", T0)), T0.plusSeconds(1), Money.of("1", "USD")))), iae,
                        "Currency mismatch"),
                refused("a journey with a null touch", () -> Journey.notConverted("c",
                        Arrays.asList(Touchpoint.of("a", T0), null)), npe, "touchpoint"),
                refused("journey without touches", () -> Journey.notConverted("c", List.of()), iae,
                        "must not be empty"),
                refused("Shapley samples Integer.MAX_VALUE", () -> shapley.withSamples(Integer.MAX_VALUE), iae,
                        "samples must be in [1, 10000000], was 2147483647"),
                refused("Shapley samples 0", () -> shapley.withSamples(0), iae, "samples must be in [1, 10000000]"),
                refused("Shapley exact limit -1", () -> shapley.withExactLimit(-1), iae,
                        "exactLimit must be in [0, 24], was -1"),
                refused("Markov order Integer.MAX_VALUE", () -> MarkovModel.ofOrder(Integer.MAX_VALUE), iae,
                        "order must be in [1, 16], was 2147483647"),
                refused("time decay half-life 0", () -> AttributionModel.timeDecay(Duration.ZERO), iae, "halfLife"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputIsRefusedWithTheDocumentedExceptionNamingTheField(Executable call,
            Class<? extends Throwable> type, String fragment) {
        Refusals.assertRefused(call, type, fragment);
    }
}
