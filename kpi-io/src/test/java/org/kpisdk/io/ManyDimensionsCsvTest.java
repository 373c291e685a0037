package org.kpisdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.StandardMeasures;

/**
 * Issue 26 through CSV: five dimensions whose old packed series key wrapped, so that two different series on one
 * day were refused by {@code build()} as a duplicate with a raw {@code IllegalArgumentException}.
 */
final class ManyDimensionsCsvTest {
    private static final ObservationMapping MAPPING = ObservationMapping.builder()
            .date("date")
            .dimension("d0").dimension("d1").dimension("d2").dimension("d3").dimension("d4")
            .measure("followers", StandardMeasures.FOLLOWERS)
            .build();

    /** Rows 0..15: d0 = a and v{i} in d1..d4; then the given extra lines. */
    private static String csv(String... extra) {
        StringBuilder b = new StringBuilder("date,d0,d1,d2,d3,d4,followers\n");
        for (int i = 0; i < 16; i++) {
            b.append("2026-03-01,a,v").append(i).append(",v").append(i).append(",v").append(i).append(",v")
                    .append(i).append(",100\n");
        }
        for (String line : extra) {
            b.append(line).append('\n');
        }
        return b.toString();
    }

    @Test
    void seriesThatDifferOnlyInTheFirstOfFiveDimensionsAreKeptByTheLenientReader() throws IOException {
        ImportResult<ObservationTable> r = ObservationCsv.readLenient(new StringReader(
                csv("2026-03-01,b,v0,v0,v0,v0,50")), MAPPING);
        assertEquals(List.of(), r.rejected());
        assertEquals(17, r.value().size());
        assertEquals(OptionalLong.of(50), r.value().value(16, StandardMeasures.FOLLOWERS));
    }

    @Test
    void aRealDuplicateOverFiveDimensionsIsARejectedRow() throws IOException {
        ImportResult<ObservationTable> r = ObservationCsv.readLenient(new StringReader(
                csv("2026-03-01,b,v0,v0,v0,v0,50", "2026-03-01,b,v0,v0,v0,v0,60")), MAPPING);
        assertEquals(List.of(new RejectedRow(19, "followers", "60", "gauge 'followers' allows one value per "
                + "dimensions and date; line 18 has the same date 2026-03-01 and dimensions")), r.rejected());
        assertEquals(17, r.value().size());
    }
}
