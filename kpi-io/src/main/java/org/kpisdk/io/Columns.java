package org.kpisdk.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kpisdk.core.internal.Checks;

/**
 * The part of a mapping shared by observations and events: the mapped columns in order, the ignored ones, whether
 * other columns are ignored, and the field separator. Immutable.
 */
final class Columns {
    final List<String> mapped;
    final Set<String> ignored;
    final boolean ignoreUnmapped;
    final char separator;

    Columns(List<String> mapped, Set<String> ignored, boolean ignoreUnmapped, char separator) {
        this.mapped = List.copyOf(mapped);
        this.ignored = Set.copyOf(ignored);
        this.ignoreUnmapped = ignoreUnmapped;
        this.separator = separator;
        Set<String> seen = new LinkedHashSet<>();
        for (String c : this.mapped) {
            Checks.argument(seen.add(c), "column '%s' is mapped twice", c);
            Checks.argument(!this.ignored.contains(c), "column '%s' is both mapped and ignored", c);
        }
    }

    static String column(String name) {
        Objects.requireNonNull(name, "column");
        Checks.argument(!name.isEmpty(), "column name must not be empty");
        return name;
    }

    static char separator(char c) {
        Checks.argument(c != '"' && c != '\r' && c != '\n', "fieldSeparator must not be a quote or a line break, was '%s'",
                c == '"' ? "\"" : c == '\r' ? "\\r" : "\\n");
        return c;
    }

    /** Returns a formatter pattern with every unquoted {@code y} (year of era) as {@code u} (proleptic year). */
    static String proleptic(String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            sb.append(!quoted && c == 'y' ? 'u' : c);
        }
        return sb.toString();
    }

    /**
     * Returns, for every mapped column in order, its index in {@code header}.
     *
     * @throws CsvImportException for a duplicate header name, a missing mapped column or an unmapped column that
     *                            is not ignored
     */
    int[] resolve(List<String> header, long line) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Integer first = index.putIfAbsent(header.get(i), i);
            if (first != null) {
                throw new CsvImportException(new RejectedRow(line, header.get(i), header.get(i), Checks.format(
                        "duplicate header name: columns %d and %d are both '%s'", first + 1, i + 1, header.get(i))));
            }
        }
        int[] out = new int[mapped.size()];
        List<String> missing = new ArrayList<>();
        for (int m = 0; m < out.length; m++) {
            Integer i = index.get(mapped.get(m));
            if (i == null) {
                missing.add(mapped.get(m));
            } else {
                out[m] = i;
            }
        }
        if (!missing.isEmpty()) {
            String what = missing.size() == 1 ? "mapped column '" + missing.get(0) + "' is"
                    : "mapped columns " + missing + " are";
            throw new CsvImportException(new RejectedRow(line, missing.get(0), "",
                    what + " missing from the header " + header));
        }
        if (!ignoreUnmapped) {
            for (String h : header) {
                if (!mapped.contains(h) && !ignored.contains(h)) {
                    throw new CsvImportException(new RejectedRow(line, h, h, Checks.format(
                            "column '%s' is neither mapped nor ignored (mapped: %s, ignored: %s); declare "
                                    + "ignore(\"%s\") or ignoreUnmappedColumns()", h, mapped, ignored, h)));
                }
            }
        }
        return out;
    }
}
