package org.kpisdk.io;

import java.util.Objects;

import javax.annotation.Nullable;

/**
 * Thrown when a CSV file cannot be imported: by a strict read at the first bad row, and by every read when the
 * header does not fit the mapping (a missing mapped column, a duplicate name, an unmapped column) or the file is
 * empty or malformed. {@link #problem()} gives the line, column, value and rule; the message says the same.
 *
 * <pre>{@code
 * try {
 *     ObservationCsv.readStrict(path, mapping);
 * } catch (CsvImportException e) {
 *     e.problem().line();   // 7
 *     e.getMessage();       // line 7, column 'impressions', value '-3': must be >= 0
 * }
 * }</pre>
 *
 * <p>Immutable after construction; safe to pass between threads.
 */
public final class CsvImportException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final RejectedRow problem;

    /** Creates an exception for {@code problem}. */
    public CsvImportException(RejectedRow problem) {
        this(problem, null);
    }

    /** Creates an exception for {@code problem} caused by {@code cause}. */
    public CsvImportException(RejectedRow problem, @Nullable Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").toString(), cause);
        this.problem = problem;
    }

    /** Returns the problem: line, column, value and rule. */
    public RejectedRow problem() {
        return problem;
    }
}
