package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.TimeGrain;

/**
 * Jazzer fuzz target for {@link PartialAggregate#fromBytes}, which reads bytes from another machine (see
 * {@code docs/fuzzing.md}). The seeds under
 * {@code src/test/resources/org/kpisdk/core/aggregate/PartialBytesFuzzTestInputs/fromBytes/} are raw encodings of
 * partials of {@link #QUERY} (from {@link PartialBytesTest}'s table) and corruptions of them.
 */
final class PartialBytesFuzzTest {
    /** A query with a grain, a ratio, a money sum and a gauge: every part of the encoding is used. */
    static final Query QUERY = Query.builder()
            .metric(MetricDefinition.builder("ctr")
                    .ratio(Input.of(StandardMeasures.AD_CLICKS), Input.of(StandardMeasures.IMPRESSIONS)))
            .metric(MetricDefinition.builder("spend").simple(Input.of(StandardMeasures.COST)))
            .metric(MetricDefinition.builder("followers").simple(Input.of(StandardMeasures.FOLLOWERS)))
            .groupBy("channel").grain(TimeGrain.MONTH).build();

    /**
     * Contract: hostile bytes give {@link IllegalArgumentException} with a message, never another exception, an
     * out-of-memory error or a hang (counts are checked against the bytes left before anything is allocated). Bytes
     * that are accepted decode to a partial a scan of the query could have made: it encodes back to bytes that decode
     * to an equal partial, it is unchanged by merging {@link PartialAggregate#empty()}, and its result evaluates
     * (only an {@link ArithmeticException} for a sum past {@code long} may escape, as {@link PartialAggregate#plus}
     * documents).
     */
    @FuzzTest(maxDuration = "10m", maxExecutions = 10_000_000L)
    void fromBytes(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        PartialAggregate p;
        try {
            p = PartialAggregate.fromBytes(QUERY, bytes);
        } catch (IllegalArgumentException e) {
            assertMessage(e);
            return;
        }
        assertEquals(p, PartialAggregate.fromBytes(QUERY, p.toBytes()));
        assertEquals(p, p.plus(PartialAggregate.empty()));
        if (p.isEmpty()) {
            return;
        }
        try {
            QueryResult r = p.result();
            assertEquals(p.groupCount(), r.rows().size());
        } catch (ArithmeticException e) {
            assertMessage(e);
        }
    }

    private static void assertMessage(Throwable e) {
        assertNotNull(e.getMessage(), () -> "no message: " + e);
        assertFalse(e.getMessage().isBlank(), () -> "blank message: " + e);
    }
}
