package org.kpisdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;
import org.kpisdk.testkit.WideObservationSet;

/**
 * Issue 26 through CSV: generated files of 1 to 12 dimension columns with cardinalities up to 10^5 read by both
 * readers keep every row, and every group of a random grouping and grain, additive and gauge, equals the
 * recomputation from the raw rows.
 */
final class ManyDimensionsCsvLawsTest {
    static Stream<Arguments> sets() {
        return Cases.stream(Cases.count(120), WideObservationSet.sets(80), Gen.longs(0, Long.MAX_VALUE));
    }

    private static ObservationMapping mapping(WideObservationSet set) {
        ObservationMapping.Builder b = ObservationMapping.builder().date("date");
        for (String d : set.dimensions()) {
            b = b.dimension(d);
        }
        return b.measure("impressions", StandardMeasures.IMPRESSIONS).measure("followers", StandardMeasures.FOLLOWERS)
                .build();
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyGroupOfTheImportedTableEqualsRecomputationFromRawRows(WideObservationSet set, long seed)
            throws IOException {
        ObservationMapping mapping = mapping(set);
        ImportResult<ObservationTable> lenient = ObservationCsv.readLenient(new StringReader(set.csv()), mapping);
        assertEquals(List.of(), lenient.rejected());
        ObservationTable strict = ObservationCsv.readStrict(new StringReader(set.csv()), mapping);
        assertEquals(set.rows().size(), strict.size());
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            Query q = set.query(random);
            assertEquals(set.reference(q), WideObservationSet.values(q, q.execute(strict)), q.toString());
            assertEquals(set.reference(q), WideObservationSet.values(q, q.execute(lenient.value())), q.toString());
        }
    }
}
