package org.kpisdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.StandardMeasures;

/**
 * The CSV readers' limits on field length, record length and field count, at the limit (read) and just past it
 * (refused as malformed CSV with a message naming the limit), so that one hostile line cannot exhaust memory.
 */
final class ResourceBoundsTest {
    private static final ObservationMapping MAPPING = ObservationMapping.builder()
            .date("date").measure("impressions", StandardMeasures.IMPRESSIONS)
            .ignoreUnmappedColumns()
            .build();

    private static ObservationTable read(String csv) throws IOException {
        return ObservationCsv.readStrict(new StringReader(csv), MAPPING);
    }

    @Test
    void aFieldAtTheLimitIsReadAndOneCharacterMoreIsRefused() throws IOException {
        int max = ObservationCsv.MAX_FIELD_LENGTH;
        ObservationTable t = read("date,impressions,notes\n2026-03-01,7," + "x".repeat(max) + "\n");
        assertEquals(OptionalLong.of(7), t.value(0, StandardMeasures.IMPRESSIONS));
        CsvImportException e = assertThrows(CsvImportException.class,
                () -> read("date,impressions,notes\n2026-03-01,7," + "x".repeat(max + 1) + "\n"));
        assertTrue(e.getMessage().contains("exceeds the max field size of 1048576 characters"), e.getMessage());
    }

    @Test
    void aRecordAtTheLimitIsReadAndOneCharacterMoreIsRefused() throws IOException {
        int max = ObservationCsv.MAX_RECORD_LENGTH;
        // FastCSV counts the characters of the fields, not the separators: 10 + 1 for date and impressions, the
        // rest in four notes fields of at most MAX_FIELD_LENGTH characters each.
        int rest = max - "2026-03-01".length() - "7".length();
        int quarter = rest / 4;
        String notes = "x".repeat(quarter) + "," + "x".repeat(quarter) + "," + "x".repeat(quarter) + ","
                + "x".repeat(rest - 3 * quarter);
        String header = "date,impressions,n1,n2,n3,n4\n";
        String atLimit = "2026-03-01,7," + notes;
        assertEquals(max + 5, atLimit.length(), "the fields add up to the limit, plus five separators");
        ObservationTable t = read(header + atLimit + "\n");
        assertEquals(1, t.size());
        CsvImportException e = assertThrows(CsvImportException.class, () -> read(header + atLimit + "x\n"));
        assertTrue(e.getMessage().contains("4194304"), e.getMessage());
    }

    @Test
    void recordsWithMoreFieldsThanTheLimitAreRefused() throws IOException {
        int max = ObservationCsv.MAX_FIELDS;
        StringBuilder names = new StringBuilder("date,impressions");
        for (int i = 2; i < max; i++) {
            names.append(",n").append(i);
        }
        String header = names + "\n";
        ObservationTable t = read(header + "2026-03-01,7" + ",".repeat(max - 2) + "\n");
        assertEquals(1, t.size());
        CsvImportException e = assertThrows(CsvImportException.class,
                () -> read(header + "2026-03-01,7" + ",".repeat(max - 1) + "\n"));
        assertTrue(e.getMessage().contains("maximum limit of 4096 fields"), e.getMessage());
    }
}
