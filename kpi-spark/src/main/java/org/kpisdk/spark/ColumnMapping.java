package org.kpisdk.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.Nullable;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.metric.Additivity;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.GaugeReduction;
import org.kpisdk.core.value.Unit;

/**
 * How the columns of a Spark {@code Dataset<Row>} become observations: the date column, the dimension columns and
 * one column per base measure (money measures with their declared currency, optionally checked against a currency
 * column). It plays the role of {@code ObservationTable.Builder}'s declarations.
 *
 * <pre>{@code
 * ColumnMapping mapping = ColumnMapping.builder()
 *         .date("day")                                   // a DATE column
 *         .dimension("channel")                          // dimension "channel" from column "channel"
 *         .dimension("region", "country")                // dimension "region" from column "country"
 *         .measure(StandardMeasures.IMPRESSIONS, "impressions")
 *         .money(StandardMeasures.COST, "cost", Currency.getInstance("EUR"), "currency")
 *         .build();
 * }</pre>
 *
 * <p>Column types: the date is {@code DATE}; dimensions are {@code STRING}; counts and durations are integral
 * ({@code TINYINT} to {@code BIGINT}); money amounts are {@code DECIMAL} or integral (whole units); a currency column
 * is {@code STRING}. A null measure value means the row does not carry the measure (absent, as in the row builder);
 * a null date or dimension is refused when the row is read. Immutable, thread-safe and serialisable (it travels to
 * Spark's executors).
 */
public final class ColumnMapping implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String dateColumn;
    private final String[] dimensionNames;
    private final String[] dimensionColumns;
    private final MeasureColumn[] measures;

    private ColumnMapping(Builder b) {
        this.dateColumn = b.dateColumn;
        this.dimensionNames = b.dimensions.keySet().toArray(new String[0]);
        this.dimensionColumns = b.dimensions.values().toArray(new String[0]);
        this.measures = b.measures.values().toArray(new MeasureColumn[0]);
    }

    /** Returns an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the name of the date column. */
    public String dateColumn() {
        return dateColumn;
    }

    /** Returns the dimensions (by name) and the column each comes from, in declaration order. */
    public Map<String, String> dimensions() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < dimensionNames.length; i++) {
            m.put(dimensionNames[i], dimensionColumns[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Returns the measures mapped, in declaration order. */
    public List<BaseMeasure> measures() {
        List<BaseMeasure> out = new ArrayList<>();
        for (MeasureColumn m : measures) {
            out.add(m.measure());
        }
        return Collections.unmodifiableList(out);
    }

    /** Returns the column of {@code measure}, if mapped. */
    public Optional<String> column(BaseMeasure measure) {
        Objects.requireNonNull(measure, "measure");
        for (MeasureColumn m : measures) {
            if (m.measure().equals(measure)) {
                return Optional.of(m.column);
            }
        }
        return Optional.empty();
    }

    /** Returns the declared currency of a money measure, if mapped with one. */
    public Optional<Currency> currency(BaseMeasure measure) {
        Objects.requireNonNull(measure, "measure");
        for (MeasureColumn m : measures) {
            if (m.measure().equals(measure)) {
                return Optional.ofNullable(m.currency);
            }
        }
        return Optional.empty();
    }

    String[] dimensionNames() {
        return dimensionNames.clone();
    }

    MeasureColumn[] measureColumns() {
        return measures.clone();
    }

    /** The columns read, in the order {@link RowReader} expects them: date, dimensions, per measure amount [currency]. */
    String[] inputColumns() {
        List<String> cols = new ArrayList<>();
        cols.add(dateColumn);
        cols.addAll(Arrays.asList(dimensionColumns));
        for (MeasureColumn m : measures) {
            cols.add(m.column);
            if (m.currencyColumn != null) {
                cols.add(m.currencyColumn);
            }
        }
        return cols.toArray(new String[0]);
    }

    /**
     * Checks that the query reads only mapped dimensions, and that the mapping maps every measure the query needs
     * by the rule of in-process tables ({@link Query#requireDeclared}: a measure read only through
     * {@code coalesce(m, 0)} is not needed, and a query built with {@code allowUndeclaredMeasures()} gives undefined
     * values with the reason {@code table has no measure 'leads'} instead).
     *
     * @throws IllegalArgumentException naming the first dimension the query needs and the mapping lacks, or every
     *                                  metric whose measures the mapping lacks
     */
    void checkCovers(Query query) {
        Set<String> dims = new TreeSet<>(Arrays.asList(dimensionNames));
        for (String d : query.groupBy()) {
            if (!dims.contains(d)) {
                throw new IllegalArgumentException("query groups by dimension '" + d
                        + "', which the column mapping does not map; mapped dimensions are " + dims);
            }
        }
        for (String d : query.filters().keySet()) {
            if (!dims.contains(d)) {
                throw new IllegalArgumentException("query filters on dimension '" + d
                        + "', which the column mapping does not map; mapped dimensions are " + dims);
            }
        }
        query.requireDeclared(measures(), "the column mapping");
    }

    /**
     * Checks every mapped column against the Dataset's schema (driver side, before any job runs).
     *
     * @throws IllegalArgumentException naming the column, its role, its type (or the columns present) and the rule
     */
    void checkSchema(StructType schema) {
        Objects.requireNonNull(schema, "schema");
        check(schema, dateColumn, "the date", DataTypes.DateType, "DATE");
        for (int i = 0; i < dimensionNames.length; i++) {
            check(schema, dimensionColumns[i], "dimension '" + dimensionNames[i] + "'", DataTypes.StringType,
                    "STRING");
        }
        for (MeasureColumn m : measures) {
            DataType t = field(schema, m.column, "measure '" + m.id + "'").dataType();
            boolean ok = integral(t) || (m.unit == Unit.MONEY && t instanceof DecimalType);
            if (!ok) {
                throw new IllegalArgumentException("column '" + m.column + "' of measure '" + m.id + "' must be "
                        + (m.unit == Unit.MONEY ? "DECIMAL or integral" : "integral (TINYINT to BIGINT)")
                        + ", was " + t.sql());
            }
            if (m.currencyColumn != null) {
                check(schema, m.currencyColumn, "the currency of measure '" + m.id + "'", DataTypes.StringType,
                        "STRING");
            }
        }
    }

    static boolean integral(DataType t) {
        return t.equals(DataTypes.LongType) || t.equals(DataTypes.IntegerType) || t.equals(DataTypes.ShortType)
                || t.equals(DataTypes.ByteType);
    }

    private static void check(StructType schema, String column, String role, DataType type, String sql) {
        DataType t = field(schema, column, role).dataType();
        if (!t.equals(type)) {
            throw new IllegalArgumentException("column '" + column + "' of " + role + " must be " + sql + ", was "
                    + t.sql());
        }
    }

    static StructField field(StructType schema, String column, String role) {
        for (StructField f : schema.fields()) {
            if (f.name().equals(column)) {
                return f;
            }
        }
        throw new IllegalArgumentException("column '" + column + "' of " + role
                + " is not in the Dataset; its columns are " + Arrays.toString(schema.fieldNames()));
    }

    /** Returns whether {@code o} maps the same columns to the same date, dimensions and measures, in order. */
    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof ColumnMapping c)) {
            return false;
        }
        return dateColumn.equals(c.dateColumn) && Arrays.equals(dimensionNames, c.dimensionNames)
                && Arrays.equals(dimensionColumns, c.dimensionColumns) && Arrays.equals(measures, c.measures);
    }

    /** Returns a hash code consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return Objects.hash(dateColumn, Arrays.hashCode(dimensionNames), Arrays.hashCode(measures));
    }

    /** Returns the mapping in a readable form: date, dimensions, measures and their columns. */
    @Override
    public String toString() {
        return "ColumnMapping[date=" + dateColumn + ", dimensions=" + dimensions() + ", measures="
                + Arrays.toString(measures) + "]";
    }

    /** One measure's column (and currency); holds the measure's fields, as {@link BaseMeasure} is not serialisable. */
    static final class MeasureColumn implements Serializable {
        private static final long serialVersionUID = 1L;

        final String id;
        final Unit unit;
        final Additivity additivity;
        final GaugeReduction reduction;
        final String column;
        @Nullable
        final Currency currency;
        @Nullable
        final String currencyColumn;

        MeasureColumn(BaseMeasure m, String column, @Nullable Currency currency, @Nullable String currencyColumn) {
            this.id = m.id();
            this.unit = m.unit();
            this.additivity = m.additivity();
            this.reduction = m.defaultReduction();
            this.column = column;
            this.currency = currency;
            this.currencyColumn = currencyColumn;
        }

        BaseMeasure measure() {
            return new BaseMeasure(id, unit, additivity, reduction);
        }

        @Override
        public boolean equals(@Nullable Object o) {
            if (!(o instanceof MeasureColumn m)) {
                return false;
            }
            return measure().equals(m.measure()) && column.equals(m.column) && Objects.equals(currency, m.currency)
                    && Objects.equals(currencyColumn, m.currencyColumn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, column);
        }

        @Override
        public String toString() {
            return id + "<-" + column + (currency == null ? "" : " " + currency.getCurrencyCode())
                    + (currencyColumn == null ? "" : " checked by " + currencyColumn);
        }
    }

    /** A single-threaded builder; {@link #build()} checks that a date column was named. */
    public static final class Builder {
        @Nullable
        private String dateColumn;
        private final Map<String, String> dimensions = new LinkedHashMap<>();
        private final Map<String, MeasureColumn> measures = new LinkedHashMap<>();

        private Builder() {
        }

        /** Names the {@code DATE} column. */
        public Builder date(String column) {
            this.dateColumn = checkColumn(column, "date column");
            return this;
        }

        /** Maps dimension {@code name} from the column of the same name. */
        public Builder dimension(String name) {
            return dimension(name, name);
        }

        /**
         * Maps dimension {@code name} from {@code column}.
         *
         * @throws IllegalArgumentException if the dimension is mapped twice or a name is blank
         */
        public Builder dimension(String name, String column) {
            checkColumn(name, "dimension name");
            checkColumn(column, "dimension column");
            if (dimensions.putIfAbsent(name, column) != null) {
                throw new IllegalArgumentException("dimension '" + name + "' is mapped twice (from '"
                        + dimensions.get(name) + "' and '" + column + "')");
            }
            return this;
        }

        /**
         * Maps a count or duration measure from an integral column.
         *
         * @throws IllegalArgumentException for a money measure (use {@link #money}), a distinct-count measure
         *                                  (not additive, not supported by queries) or a measure mapped twice
         */
        public Builder measure(BaseMeasure measure, String column) {
            Objects.requireNonNull(measure, "measure");
            if (measure.isMoney()) {
                throw new IllegalArgumentException("measure '" + measure.id()
                        + "' is money: map it with money(measure, column, currency)");
            }
            return put(new MeasureColumn(measure, checkColumn(column, "measure column"), null, null));
        }

        /** Maps a money measure from a {@code DECIMAL} (or integral) column of amounts in {@code currency}. */
        public Builder money(BaseMeasure measure, String column, Currency currency) {
            return money(measure, column, currency, null);
        }

        /**
         * Maps a money measure from a column of amounts in {@code currency}, every row's currency code being checked
         * against {@code currency} in {@code currencyColumn} (a row of another currency is refused when read; a null
         * code is allowed only where the amount is null).
         *
         * @throws IllegalArgumentException if the measure is not money or is mapped twice
         */
        public Builder money(BaseMeasure measure, String column, Currency currency, @Nullable String currencyColumn) {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(currency, "currency");
            if (!measure.isMoney()) {
                throw new IllegalArgumentException("measure '" + measure.id() + "' has unit " + measure.unit()
                        + ", not MONEY: map it with measure(measure, column)");
            }
            return put(new MeasureColumn(measure, checkColumn(column, "measure column"), currency,
                    currencyColumn == null ? null : checkColumn(currencyColumn, "currency column")));
        }

        private Builder put(MeasureColumn m) {
            if (m.additivity == Additivity.NON_ADDITIVE) {
                throw new IllegalArgumentException("measure '" + m.id
                        + "' is a distinct count (not additive): it cannot be summed from rows");
            }
            if (measures.putIfAbsent(m.id, m) != null) {
                throw new IllegalArgumentException("measure '" + m.id + "' is mapped twice (from '"
                        + measures.get(m.id).column + "' and '" + m.column + "')");
            }
            return this;
        }

        /**
         * Returns the mapping.
         *
         * @throws IllegalStateException if no date column was named
         */
        public ColumnMapping build() {
            if (dateColumn == null) {
                throw new IllegalStateException("a column mapping needs a date column: call date(column)");
            }
            return new ColumnMapping(this);
        }

        private static String checkColumn(String value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank, was '" + value + "'");
            }
            return value;
        }
    }
}
