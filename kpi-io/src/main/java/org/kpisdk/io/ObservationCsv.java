package org.kpisdk.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.annotation.Nullable;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.internal.NameText;
import org.kpisdk.core.metric.Additivity;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.value.Dimensions;

/**
 * Reads observations from CSV into an {@link ObservationTable}, through an {@link ObservationMapping}.
 *
 * <pre>{@code
 * ObservationMapping mapping = ObservationMapping.builder()
 *         .date("date").dimension("channel")
 *         .measure("impressions", StandardMeasures.IMPRESSIONS)
 *         .money("cost", StandardMeasures.COST, "EUR")
 *         .build();
 * // date,channel,impressions,cost
 * // 2026-03-01,search,4000,12.50
 * ObservationTable table = ObservationCsv.readStrict(Path.of("daily.csv"), mapping);
 *
 * ImportResult<ObservationTable> result = ObservationCsv.readLenient(Path.of("daily.csv"), mapping);
 * result.value();      // the good rows
 * result.rejected();   // [line 9, column 'impressions', value '-3': must be >= 0, ...]
 * }</pre>
 *
 * <p>The first record is the header; blank lines are skipped; a leading byte order mark is ignored; records may
 * end in LF or CRLF and quoted fields may span lines (line numbers count physical lines, as an editor shows them).
 * The file is streamed record by record into the table's primitive columns, never held as one string.
 *
 * <p>A row is refused, with its line, column, value and rule, when it has a different number of fields from the
 * header, a missing or malformed date or one outside years 1..9999, an empty dimension value or one with control,
 * zero-width, bidi or unpaired surrogate characters, a malformed number, a count below zero, a fraction in a count,
 * a money amount finer than micros or in another or unknown currency, or a second value of a gauge for the same
 * dimensions and date. {@code readStrict} throws {@link CsvImportException} at the
 * first such row; {@code readLenient} returns the good rows and all refused ones. Both throw it for an empty file,
 * a header that does not fit the mapping, or malformed CSV (such as an unclosed quote), which leave nothing to read.
 * Memory is bounded: a field longer than {@value #MAX_FIELD_LENGTH} characters, a record longer than
 * {@value #MAX_RECORD_LENGTH} or with more than {@value #MAX_FIELDS} fields is malformed CSV.
 *
 * <p>Files are read as UTF-8 (malformed bytes throw); pass a {@link Reader} for other encodings. The
 * {@code Reader} overloads do not close the reader. Stateless and thread-safe.
 */
public final class ObservationCsv {
    /** The longest field accepted, in characters (both readers); a longer one fails as malformed CSV. */
    public static final int MAX_FIELD_LENGTH = 1 << 20;
    /**
     * The longest record accepted, in characters of its fields (separators and quotes not counted; both readers); a
     * longer one fails as malformed CSV.
     */
    public static final int MAX_RECORD_LENGTH = 1 << 22;
    /** The most fields a record may have (both readers); a wider one fails as malformed CSV. */
    public static final int MAX_FIELDS = 4_096;

    private ObservationCsv() {
    }

    /**
     * Reads a UTF-8 file, stopping at the first bad row.
     *
     * @throws CsvImportException naming the line, column, value and rule of the first problem
     * @throws IOException        if the file cannot be read or is not UTF-8
     */
    public static ObservationTable readStrict(Path file, ObservationMapping mapping) throws IOException {
        Objects.requireNonNull(file, "file");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readStrict(in, mapping);
        }
    }

    /**
     * Reads characters, stopping at the first bad row.
     *
     * @throws CsvImportException naming the line, column, value and rule of the first problem
     * @throws IOException        if the reader fails
     */
    public static ObservationTable readStrict(Reader reader, ObservationMapping mapping) throws IOException {
        return read(reader, mapping, null);
    }

    /**
     * Reads a UTF-8 file, keeping the good rows and reporting every bad one.
     *
     * @throws CsvImportException for an empty file, a header that does not fit the mapping, or malformed CSV
     * @throws IOException        if the file cannot be read or is not UTF-8
     */
    public static ImportResult<ObservationTable> readLenient(Path file, ObservationMapping mapping) throws IOException {
        Objects.requireNonNull(file, "file");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readLenient(in, mapping);
        }
    }

    /**
     * Reads characters, keeping the good rows and reporting every bad one.
     *
     * @throws CsvImportException for an empty file, a header that does not fit the mapping, or malformed CSV
     * @throws IOException        if the reader fails
     */
    public static ImportResult<ObservationTable> readLenient(Reader reader, ObservationMapping mapping)
            throws IOException {
        List<RejectedRow> rejected = new ArrayList<>();
        ObservationTable table = read(reader, mapping, rejected);
        return new ImportResult<>(table, rejected);
    }

    private static ObservationTable read(Reader reader, ObservationMapping mapping,
            @Nullable List<RejectedRow> rejected) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(mapping, "mapping");
        RowSink sink = new RowSink(mapping);
        CsvRows.read(reader, mapping.columns(), sink, rejected);
        return sink.table.build();
    }

    /** Turns records into table rows: every cell parsed and checked before the row is added. */
    private static final class RowSink implements CsvRows.Sink {
        final ObservationTable.Builder table;
        private final ObservationMapping mapping;
        private final NumberStyle style;
        private final String[] dimensionNames;
        private final BaseMeasure[] measures;
        private final Currency[] currencies;
        private final String[] dimensionColumns;
        private final String[] measureColumns;
        private final String[] dims;
        private final long[] values;
        private final boolean[] present;
        private final Map<String, Long>[] gaugeSeen;
        private int dateIndex;
        private int[] dimensionIndexes = new int[0];
        private int[] measureIndexes = new int[0];
        @Nullable
        private String lastDateText;
        private LocalDate lastDate = LocalDate.EPOCH;

        @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array of per-gauge maps
        RowSink(ObservationMapping mapping) {
            this.mapping = mapping;
            this.table = mapping.tableBuilder();
            this.style = mapping.numberStyle();
            this.dimensionColumns = mapping.dimensionColumns().keySet().toArray(new String[0]);
            this.dimensionNames = mapping.dimensionColumns().values().toArray(new String[0]);
            this.measureColumns = mapping.measureColumns().keySet().toArray(new String[0]);
            this.measures = mapping.measureColumns().values().toArray(new BaseMeasure[0]);
            this.currencies = new Currency[measures.length];
            this.gaugeSeen = new Map[measures.length];
            for (int m = 0; m < measures.length; m++) {
                currencies[m] = mapping.currency(measureColumns[m]).orElse(null);
                if (measures[m].additivity() == Additivity.SEMI_ADDITIVE) {
                    gaugeSeen[m] = new HashMap<>();
                }
            }
            this.dims = new String[dimensionNames.length];
            this.values = new long[measures.length];
            this.present = new boolean[measures.length];
        }

        @Override
        public void header(int[] columnIndexes, List<String> header) {
            dateIndex = columnIndexes[0];
            dimensionIndexes = Arrays.copyOfRange(columnIndexes, 1, 1 + dims.length);
            measureIndexes = Arrays.copyOfRange(columnIndexes, 1 + dims.length, columnIndexes.length);
        }

        @Override
        public void row(long line, CsvRecord record) throws Reject {
            String dateText = record.getField(dateIndex);
            LocalDate date = date(dateText);
            for (int d = 0; d < dims.length; d++) {
                String v = record.getField(dimensionIndexes[d]);
                checkDimension(dimensionColumns[d], v);
                dims[d] = v;
            }
            for (int m = 0; m < measures.length; m++) {
                String text = record.getField(measureIndexes[m]);
                if (text.isEmpty()) {
                    present[m] = false;
                    continue;
                }
                try {
                    long v;
                    if (currencies[m] != null) {
                        v = MoneyCells.micros(text, currencies[m], style);
                    } else {
                        v = style.parse(text, 0);
                        if (v < 0) {
                            throw new Reject(Checks.format("%s must be >= 0", measures[m].id()));
                        }
                    }
                    values[m] = v;
                    present[m] = true;
                } catch (Reject r) {
                    throw r.at(measureColumns[m], text);
                }
            }
            String seriesKey = null;
            for (int m = 0; m < measures.length; m++) {
                if (gaugeSeen[m] != null && present[m]) {
                    if (seriesKey == null) {
                        seriesKey = date + "\u0000" + String.join("\u0000", dims);
                    }
                    Long first = gaugeSeen[m].get(seriesKey);
                    if (first != null) {
                        throw new Reject(measureColumns[m], record.getField(measureIndexes[m]), Checks.format(
                                "gauge '%s' allows one value per dimensions and date; line %d has the same date %s "
                                        + "and dimensions", measures[m].id(), first, date));
                    }
                }
            }
            ObservationTable.RowBuilder row = table.row(date);
            try {
                for (int d = 0; d < dims.length; d++) {
                    row.dimension(dimensionNames[d], dims[d]);
                }
                for (int m = 0; m < measures.length; m++) {
                    if (present[m]) {
                        if (currencies[m] != null) {
                            row.micros(measures[m], values[m]);
                        } else {
                            row.value(measures[m], values[m]);
                        }
                    }
                }
                row.add();
            } catch (IllegalArgumentException e) {
                // The checks above mirror the table's; this keeps any further rule of the table reported, not lost.
                throw new Reject("", "", "refused by the table: " + e.getMessage());
            }
            if (seriesKey != null) {
                for (int m = 0; m < measures.length; m++) {
                    if (gaugeSeen[m] != null && present[m]) {
                        gaugeSeen[m].put(seriesKey, line);
                    }
                }
            }
        }

        private LocalDate date(String text) throws Reject {
            if (text.equals(lastDateText)) {
                return lastDate;
            }
            String column = mapping.dateColumn();
            if (text.isEmpty()) {
                throw new Reject(column, text, "date is missing");
            }
            LocalDate date;
            try {
                date = mapping.isoDates() && text.length() == 10 ? isoDate(text)
                        : LocalDate.parse(text, mapping.dateFormat());
            } catch (DateTimeException e) {
                throw new Reject(column, text, "is not a date in format " + mapping.dateFormatText());
            }
            if (date.isBefore(ObservationTable.MIN_DATE) || date.isAfter(ObservationTable.MAX_DATE)) {
                throw new Reject(column, text, Checks.format("date must be in %s..%s", ObservationTable.MIN_DATE,
                        ObservationTable.MAX_DATE));
            }
            lastDateText = text;
            lastDate = date;
            return date;
        }

        /** Parses {@code uuuu-MM-dd} without a formatter; {@link LocalDate#of} refuses 31 February. */
        private static LocalDate isoDate(String s) {
            if (s.charAt(4) != '-' || s.charAt(7) != '-') {
                throw new DateTimeException(s);
            }
            return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        }

        private static int digits(String s, int from, int to) {
            int v = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    throw new DateTimeException(s);
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }

        private static void checkDimension(String column, String v) throws Reject {
            if (v.isEmpty()) {
                throw new Reject(column, v, "dimension value must not be empty");
            }
            if (v.length() > Dimensions.MAX_VALUE_LENGTH) {
                throw new Reject(column, v, Checks.format("dimension value must have at most %d characters, had %d",
                        Dimensions.MAX_VALUE_LENGTH, v.length()));
            }
            int bad = NameText.forbiddenIndex(v);
            if (bad >= 0) {
                throw new Reject(column, v, Checks.format("dimension value must not contain %s (%s at index %d)",
                        NameText.rule(v, bad), NameText.codePoint(v, bad), bad));
            }
        }
    }
}
