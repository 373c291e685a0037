package org.kpisdk.io;

import java.io.Serializable;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * One row refused by a CSV import: where it is, which cell, what it held and which rule it broke.
 *
 * <pre>{@code
 * ImportResult<ObservationTable> result = ObservationCsv.readLenient(path, mapping);
 * for (RejectedRow r : result.rejected()) {
 *     System.out.println(r);   // line 7, column 'impressions', value '-3': must be >= 0
 * }
 * }</pre>
 *
 * <p>A problem with the row as a whole (a wrong number of fields, a malformed record) has an empty
 * {@code column}. Immutable, thread-safe, value-based and serializable (it travels in
 * {@link CsvImportException}).
 *
 * @param line   the line number (from 1) where the record starts in the file, counting physical lines, so a
 *               quoted field spanning lines moves the next records' numbers as an editor shows them
 * @param column the header name of the offending column, or {@code ""} for a problem with the whole row
 * @param value  the offending text as read (for a wrong field count: the number of fields)
 * @param rule   the rule the value broke, such as {@code must be >= 0}
 */
public record RejectedRow(long line, String column, String value, String rule) implements Serializable {
    /** Validates the fields. */
    public RejectedRow {
        Checks.argument(line >= 1, "line must be >= 1, was %d", line);
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }

    /** Returns {@code line N, column 'c', value 'v': rule} (the column part omitted for a whole-row problem). */
    @Override
    public String toString() {
        return column.isEmpty() ? Checks.format("line %d: %s", line, rule)
                : Checks.format("line %d, column '%s', value '%s': %s", line, column, value, rule);
    }
}
