package org.kpisdk.core.internal;

import java.util.Objects;
import java.util.function.Function;

/**
 * Gives the aggregation package the columns of an observation table without a public accessor (the shared-secrets
 * pattern): the table class registers a reader when it is initialised.
 *
 * <p>Not API.
 *
 * <p>Thread-safe: the reader is set once during class initialisation.
 */
public final class TableAccess {
    private static volatile Function<Object, ColumnStore> reader;

    private TableAccess() {
    }

    /** Registers the reader; called once by the table class. */
    public static void register(Function<Object, ColumnStore> r) {
        reader = Objects.requireNonNull(r, "reader");
    }

    /** Returns the columns of {@code table}. */
    public static ColumnStore columns(Object table) {
        Function<Object, ColumnStore> r = reader;
        if (r == null) {
            throw new IllegalStateException("observation table class not initialised");
        }
        return r.apply(table);
    }
}
