package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;
import org.kpisdk.testkit.WideObservationSet;

/**
 * Issue 26: over generated tables of 1 to 12 dimensions with cardinalities up to 10^5 (products far past a
 * {@code long}, and small ones that take the packed-key path), every group of a random grouping and grain, for an
 * additive measure and a gauge reduced FIRST, LAST and SUM_OVER_TIME, equals the recomputation from raw rows;
 * partials of two halves merge to the whole.
 */
final class ManyDimensionsLawsTest {
    static Stream<Arguments> sets() {
        return Cases.stream(Cases.count(200), WideObservationSet.sets(100), Gen.longs(0, Long.MAX_VALUE));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyGroupEqualsRecomputationFromRawRows(WideObservationSet set, long seed) {
        ObservationTable table = set.table();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            Query q = set.query(random);
            assertEquals(set.reference(q), WideObservationSet.values(q, q.execute(table)), q.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void partialsOfTwoHalvesMergeToTheWhole(WideObservationSet set, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Query q = set.query(random);
        int cut = random.nextInt(set.rows().size() + 1);
        PartialAggregate a = q.partial(set.slice(0, cut).table());
        PartialAggregate b = q.partial(set.slice(cut, set.rows().size()).table());
        assertEquals(set.reference(q), WideObservationSet.values(q, a.plus(b).result()));
        assertEquals(set.reference(q), WideObservationSet.values(q, PartialAggregate.fromBytes(q, a.plus(b).toBytes())
                .result()));
    }
}
