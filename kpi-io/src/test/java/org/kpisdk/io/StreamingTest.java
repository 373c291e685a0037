package org.kpisdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.StandardMeasures;

/** The readers consume a {@link Reader} chunk by chunk: here one that generates its rows on demand. */
final class StreamingTest {
    private static final int ROWS = 100_000;

    /** Generates {@code date,channel,impressions} rows on demand; row i has impressions i % 1000. */
    private static final class GeneratedRows extends Reader {
        private int row = -1;
        private String pending = "date,channel,impressions\n";
        private int pos;
        private long charsServed;
        private int largestRead;

        @Override
        public int read(char[] buf, int off, int len) {
            largestRead = Math.max(largestRead, len);
            int n = 0;
            while (n < len) {
                if (pos == pending.length()) {
                    if (row + 1 >= ROWS) {
                        break;
                    }
                    row++;
                    pending = LocalDate.of(2026, 1, 1).plusDays(row % 365) + ",c" + (row % 7) + "," + (row % 1000)
                            + "\n";
                    pos = 0;
                }
                buf[off + n++] = pending.charAt(pos++);
            }
            charsServed += n;
            return n == 0 ? -1 : n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void readsAGeneratedStreamInChunks() throws IOException {
        GeneratedRows in = new GeneratedRows();
        ObservationMapping m = ObservationMapping.builder().date("date").dimension("channel")
                .measure("impressions", StandardMeasures.IMPRESSIONS).build();
        ObservationTable t = ObservationCsv.readStrict(in, m);
        assertEquals(ROWS, t.size());
        long sum = 0;
        for (int i = 0; i < ROWS; i++) {
            sum += t.value(i, StandardMeasures.IMPRESSIONS).getAsLong();
        }
        // 100,000 rows = 100 full cycles of 0..999, each summing to 999 × 1000 / 2 = 499,500.
        assertEquals(100L * 499_500, sum);
        assertEquals(LocalDate.of(2026, 1, 1), t.firstDate().orElseThrow());
        // The whole input was served (well over a megabyte), in reads far smaller than the input.
        assertEquals(true, in.charsServed > 1_500_000, "chars served: " + in.charsServed);
        assertEquals(true, in.largestRead < in.charsServed / 10, "largest read: " + in.largestRead);
    }
}
