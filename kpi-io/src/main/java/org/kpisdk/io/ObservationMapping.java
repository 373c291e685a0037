package org.kpisdk.io;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Nullable;

import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.metric.BaseMeasure;

/**
 * How the columns of an observations CSV file map onto an {@link ObservationTable}: which column holds the date
 * and in which format, which columns are dimensions, which are measures (money measures with their currency), how
 * numbers are written, and which columns to ignore.
 *
 * <pre>{@code
 * ObservationMapping mapping = ObservationMapping.builder()
 *         .date("day").dateFormat("dd/MM/uuuu")
 *         .dimension("channel")
 *         .dimension("Region", "region")                   // column "Region" → dimension "region"
 *         .measure("impressions", StandardMeasures.IMPRESSIONS)
 *         .money("spend", StandardMeasures.COST, "EUR")    // decimal amounts, exact to the micro
 *         .numberStyle(NumberStyle.of(',', '.'))           // 1.234,56
 *         .ignore("notes")
 *         .build();
 * }</pre>
 *
 * <p>Every column of the file must be mapped or ignored ({@link Builder#ignore}, or
 * {@link Builder#ignoreUnmappedColumns()}), so that no data is dropped unseen. An empty measure cell means the
 * value is absent (not zero); an empty date or dimension cell refuses the row. Money cells hold a decimal amount,
 * optionally with the ISO 4217 code before or after it ({@code 12.50 EUR}, {@code EUR 12.50}); a code other than the
 * declared currency refuses the row, and so do digits finer than micros. Counts and durations are whole and
 * {@code >= 0}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ObservationMapping {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private final String dateColumn;
    private final DateTimeFormatter dateFormat;
    private final String dateFormatText;
    private final Map<String, String> dimensions;
    private final Map<String, BaseMeasure> measures;
    private final Map<String, Currency> currencies;
    private final NumberStyle numberStyle;
    private final Columns columns;

    private ObservationMapping(Builder b) {
        Checks.state(b.dateColumn != null, "the date column is not declared: call date(column)");
        this.dateColumn = b.dateColumn;
        this.dateFormat = b.dateFormat;
        this.dateFormatText = b.dateFormatText;
        this.dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(b.dimensions));
        this.measures = Collections.unmodifiableMap(new LinkedHashMap<>(b.measures));
        this.currencies = Collections.unmodifiableMap(new LinkedHashMap<>(b.currencies));
        this.numberStyle = b.numberStyle;
        List<String> mapped = new ArrayList<>();
        mapped.add(dateColumn);
        mapped.addAll(dimensions.keySet());
        mapped.addAll(measures.keySet());
        this.columns = new Columns(mapped, b.ignored, b.ignoreUnmapped, b.separator);
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the date column. */
    public String dateColumn() {
        return dateColumn;
    }

    /** Returns the date format ({@link DateTimeFormatter#ISO_LOCAL_DATE} unless declared). */
    public DateTimeFormatter dateFormat() {
        return dateFormat;
    }

    /** Returns the dimension columns in order, each with the dimension it fills. */
    public Map<String, String> dimensionColumns() {
        return dimensions;
    }

    /** Returns the measure columns in order, each with the measure it fills. */
    public Map<String, BaseMeasure> measureColumns() {
        return measures;
    }

    /** Returns the declared currency of a money measure column, or empty for other columns. */
    public Optional<Currency> currency(String column) {
        return Optional.ofNullable(currencies.get(Objects.requireNonNull(column, "column")));
    }

    /** Returns the number style. */
    public NumberStyle numberStyle() {
        return numberStyle;
    }

    /** Returns the ignored columns. */
    public Set<String> ignoredColumns() {
        return columns.ignored;
    }

    /** Returns whether columns that are neither mapped nor ignored are accepted (and skipped). */
    public boolean ignoresUnmappedColumns() {
        return columns.ignoreUnmapped;
    }

    /** Returns the field separator. */
    public char fieldSeparator() {
        return columns.separator;
    }

    Columns columns() {
        return columns;
    }

    boolean isoDates() {
        return dateFormat == ISO;
    }

    String dateFormatText() {
        return dateFormatText;
    }

    /** Returns a new table builder with this mapping's dimensions and measures declared. */
    ObservationTable.Builder tableBuilder() {
        ObservationTable.Builder b = ObservationTable.builder();
        dimensions.values().forEach(b::dimension);
        measures.forEach((column, m) -> {
            Currency c = currencies.get(column);
            if (c == null) {
                b.measure(m);
            } else {
                b.measure(m, c);
            }
        });
        return b;
    }

    /** Returns a summary of the mapping. */
    @Override
    public String toString() {
        return "ObservationMapping[date " + dateColumn + " (" + dateFormatText + "), dimensions " + dimensions
                + ", measures " + measures + ", currencies " + currencies + ", " + numberStyle + ", ignored "
                + columns.ignored + (columns.ignoreUnmapped ? " and unmapped" : "") + "]";
    }

    /** A single-threaded builder of an {@link ObservationMapping}. */
    public static final class Builder {
        @Nullable
        private String dateColumn;
        private DateTimeFormatter dateFormat = ISO;
        private String dateFormatText = "uuuu-MM-dd";
        private final Map<String, String> dimensions = new LinkedHashMap<>();
        private final Map<String, BaseMeasure> measures = new LinkedHashMap<>();
        private final Map<String, Currency> currencies = new LinkedHashMap<>();
        private final Set<String> ignored = new LinkedHashSet<>();
        private boolean ignoreUnmapped;
        private NumberStyle numberStyle = NumberStyle.plain();
        private char separator = ',';

        private Builder() {
        }

        /** Declares the date column. */
        public Builder date(String column) {
            this.dateColumn = Columns.column(column);
            return this;
        }

        /**
         * Declares the date format as a {@link DateTimeFormatter} pattern, resolved strictly (no 31 February):
         * {@code dd/MM/uuuu}. A year written {@code yyyy} is read as {@code uuuu}, the proleptic year, since strict
         * resolution of {@code yyyy} would need an era.
         */
        public Builder dateFormat(String pattern) {
            Objects.requireNonNull(pattern, "pattern");
            String p = Columns.proleptic(pattern);
            try {
                this.dateFormat = DateTimeFormatter.ofPattern(p, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Checks.format("dateFormat must be a DateTimeFormatter pattern, "
                        + "was '%s': %s", pattern, e.getMessage()), e);
            }
            this.dateFormatText = p;
            return this;
        }

        /** Declares the date format as a formatter, used as given (mind its resolver style). */
        public Builder dateFormat(DateTimeFormatter format) {
            this.dateFormat = Objects.requireNonNull(format, "format");
            this.dateFormatText = format.toString();
            return this;
        }

        /** Declares a dimension column whose dimension has the column's name. */
        public Builder dimension(String column) {
            return dimension(column, column);
        }

        /** Declares a dimension column filling dimension {@code name} (lowercase snake case). */
        public Builder dimension(String column, String name) {
            Columns.column(column);
            Objects.requireNonNull(name, "name");
            org.kpisdk.core.value.Dimensions.of(name, "x"); // validates the key syntax
            Checks.argument(!dimensions.containsValue(name), "dimension '%s' is mapped twice", name);
            Checks.argument(dimensions.putIfAbsent(column, name) == null && !measures.containsKey(column),
                    "column '%s' is mapped twice", column);
            return this;
        }

        /** Declares a count or duration measure column: whole numbers {@code >= 0}. */
        public Builder measure(String column, BaseMeasure measure) {
            Objects.requireNonNull(measure, "measure");
            Checks.argument(!measure.isMoney(), "money measure '%s' needs a currency: use money(column, measure, "
                    + "currency)", measure.id());
            return add(column, measure);
        }

        /** Declares a money measure column whose amounts are in {@code currency}. */
        public Builder money(String column, BaseMeasure measure, Currency currency) {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(currency, "currency");
            Checks.argument(measure.isMoney(), "measure '%s' is %s, not money: use measure(column, measure)",
                    measure.id(), measure.unit());
            add(column, measure);
            currencies.put(column, currency);
            return this;
        }

        /**
         * Declares a money measure column whose amounts are in the currency of ISO 4217 code {@code currencyCode}.
         *
         * @throws IllegalArgumentException if the code is not a known ISO 4217 currency
         */
        public Builder money(String column, BaseMeasure measure, String currencyCode) {
            return money(column, measure, MoneyCells.currency(Objects.requireNonNull(currencyCode, "currencyCode"))
                    .orElseThrow(() -> new IllegalArgumentException(Checks.format(
                            "currencyCode must be an ISO 4217 currency code, was '%s'", currencyCode))));
        }

        private Builder add(String column, BaseMeasure measure) {
            Columns.column(column);
            for (BaseMeasure m : measures.values()) {
                Checks.argument(!m.id().equals(measure.id()), "measure '%s' is mapped twice", measure.id());
            }
            Checks.argument(!dimensions.containsKey(column) && measures.putIfAbsent(column, measure) == null,
                    "column '%s' is mapped twice", column);
            return this;
        }

        /** Declares how numbers are written (default {@link NumberStyle#plain()}). */
        public Builder numberStyle(NumberStyle style) {
            this.numberStyle = Objects.requireNonNull(style, "style");
            return this;
        }

        /** Declares columns present in the file that are not imported. */
        public Builder ignore(String... columns) {
            for (String c : columns) {
                ignored.add(Columns.column(c));
            }
            return this;
        }

        /** Accepts and skips every column that is neither mapped nor ignored (by default such a column is refused). */
        public Builder ignoreUnmappedColumns() {
            this.ignoreUnmapped = true;
            return this;
        }

        /** Declares the field separator (default {@code ,}). */
        public Builder fieldSeparator(char separator) {
            this.separator = Columns.separator(separator);
            return this;
        }

        /**
         * Returns the mapping.
         *
         * @throws IllegalStateException    if no date column is declared
         * @throws IllegalArgumentException if a column is both mapped and ignored
         */
        public ObservationMapping build() {
            return new ObservationMapping(this);
        }
    }
}
