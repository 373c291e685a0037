package org.kpisdk.io;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a lenient CSV import: the table of the good rows and every rejected row, in file order.
 *
 * <pre>{@code
 * ImportResult<ObservationTable> result = ObservationCsv.readLenient(path, mapping);
 * ObservationTable table = result.value();       // the rows that passed every rule
 * List<RejectedRow> bad = result.rejected();     // the rest, each with line, column, value and rule
 * }</pre>
 *
 * <p>Every data record of the file is either a row of {@code value} or an element of {@code rejected}; blank lines
 * hold no data and are skipped. Immutable and thread-safe.
 *
 * @param <T>      the table type
 * @param value    the table of the accepted rows
 * @param rejected the rejected rows, one per refused record, in file order
 */
public record ImportResult<T>(T value, List<RejectedRow> rejected) {
    /** Copies the list. */
    public ImportResult {
        Objects.requireNonNull(value, "value");
        rejected = List.copyOf(rejected);
    }

    /** Returns whether no row was rejected. */
    public boolean isClean() {
        return rejected.isEmpty();
    }
}
