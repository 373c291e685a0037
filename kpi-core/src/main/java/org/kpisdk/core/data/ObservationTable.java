package org.kpisdk.core.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.internal.ColumnStore;
import org.kpisdk.core.internal.Dictionary;
import org.kpisdk.core.internal.NameText;
import org.kpisdk.core.internal.IntTupleIndex;
import org.kpisdk.core.internal.LongIntHashMap;
import org.kpisdk.core.internal.TableAccess;
import org.kpisdk.core.metric.Additivity;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;

/**
 * An immutable table of observations stored column-wise: one date per row, dictionary-encoded dimension values
 * and primitive {@code long} measure values (counts, seconds, or micros of the measure's declared currency).
 *
 * <pre>{@code
 * Currency eur = Currency.getInstance("EUR");
 * ObservationTable table = ObservationTable.builder()
 *         .dimensions("channel", "region")
 *         .measure(StandardMeasures.IMPRESSIONS)
 *         .measure(StandardMeasures.AD_CLICKS)
 *         .measure(StandardMeasures.COST, eur)
 *         .row(LocalDate.of(2026, 3, 1)).dimension("channel", "search").dimension("region", "UK")
 *                 .value(StandardMeasures.IMPRESSIONS, 4_000).value(StandardMeasures.AD_CLICKS, 40)
 *                 .money(StandardMeasures.COST, Money.of("12.50", "EUR")).add()
 *         .build();
 * table.size();          // 1
 * table.bytesPerRow();   // about 36: 4 (date) + 2 × 4 (codes) + 3 × 8 (values)
 * }</pre>
 *
 * <p>A row may omit a measure (its value is then absent, not zero: see
 * {@link org.kpisdk.core.metric.NullPolicy}); it must carry a date and every declared dimension. Bad rows are
 * refused with an {@link IllegalArgumentException} naming the row index, the field and the rule: a missing date,
 * a date outside {@link #MIN_DATE}..{@link #MAX_DATE}, a negative count or duration, an unknown measure or
 * dimension, a dimension value with control, zero-width, bidi or unpaired surrogate characters, a currency that
 * differs from the measure's declared one, and two observations of one gauge (a semi-additive measure) for the
 * same dimensions and date. Any number of dimensions and values is supported: series are keyed exactly.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class ObservationTable {
    /** The earliest date a row may have: the first day of year 1, where {@link PeriodKey} periods start. */
    public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
    /** The latest date a row may have: the last day of year 9999, where {@link PeriodKey} periods end. */
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
    private static final long MIN_DAY = MIN_DATE.toEpochDay();
    private static final long MAX_DAY = MAX_DATE.toEpochDay();

    static {
        TableAccess.register(t -> ((ObservationTable) t).store);
    }

    private final ColumnStore store;

    private ObservationTable(ColumnStore store) {
        this.store = store;
    }

    /** Returns a builder: declare dimensions and measures, then add rows one by one or in bulk. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the number of rows. */
    public int size() {
        return store.size;
    }

    /** Returns the dimension names in declaration order. */
    public List<String> dimensions() {
        return List.of(store.dimensionNames);
    }

    /** Returns the measures in declaration order. */
    public List<BaseMeasure> measures() {
        return List.of(store.measures);
    }

    /** Returns the currency of a money measure, or empty for other or undeclared measures. */
    public Optional<Currency> currency(BaseMeasure measure) {
        int m = store.measureIndex(Objects.requireNonNull(measure, "measure"));
        return m < 0 ? Optional.empty() : Optional.ofNullable(store.currencies[m]);
    }

    /** Returns the distinct values of a dimension, in order of first appearance. */
    public List<String> dimensionValues(String dimension) {
        return List.of(store.dictionaries[dimensionIndex(dimension)]);
    }

    /** Returns the earliest date, or empty for an empty table. */
    public Optional<LocalDate> firstDate() {
        return store.size == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(store.minDay));
    }

    /** Returns the latest date, or empty for an empty table. */
    public Optional<LocalDate> lastDate() {
        return store.size == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(store.maxDay));
    }

    /** Returns the date of row {@code row}. */
    public LocalDate date(int row) {
        return LocalDate.ofEpochDay(store.days[checkRow(row)]);
    }

    /** Returns the value of {@code dimension} in row {@code row}. */
    public String dimension(int row, String dimension) {
        int d = dimensionIndex(dimension);
        return store.dictionaries[d][store.codes[d][checkRow(row)]];
    }

    /** Returns the value of {@code measure} in row {@code row} (micros for money), or empty when absent. */
    public OptionalLong value(int row, BaseMeasure measure) {
        int m = store.measureIndex(Objects.requireNonNull(measure, "measure"));
        Checks.argument(m >= 0, "unknown measure '%s' (declared: %s)", measure.id(), measures());
        checkRow(row);
        return store.present(m, row) ? OptionalLong.of(store.values[m][row]) : OptionalLong.empty();
    }

    /** Returns the bytes of the columns and dictionaries (an estimate of the heap the table holds). */
    public long memoryBytes() {
        return store.columnBytes() + store.dictionaryBytes() + 64L * (store.codes.length + store.values.length);
    }

    /** Returns {@link #memoryBytes()} per row (0 for an empty table). */
    public double bytesPerRow() {
        return store.size == 0 ? 0 : (double) memoryBytes() / store.size;
    }

    /**
     * Returns the bytes per row of the raw columns alone: 4 for the date, 4 per dimension code and 8 per measure
     * value, the yardstick {@link #bytesPerRow()} is compared with.
     */
    public int rawBytesPerRow() {
        return 4 + 4 * store.codes.length + 8 * store.values.length;
    }

    private int dimensionIndex(String dimension) {
        int d = store.dimensionIndex(Objects.requireNonNull(dimension, "dimension"));
        Checks.argument(d >= 0, "unknown dimension '%s' (declared: %s)", dimension, dimensions());
        return d;
    }

    private int checkRow(int row) {
        if (row < 0 || row >= store.size) {
            throw new IndexOutOfBoundsException(Checks.format("row must be in [0, %d), was %d", store.size, row));
        }
        return row;
    }

    /** Returns a summary: rows, dimensions, measures and dates. */
    @Override
    public String toString() {
        return Checks.format("ObservationTable[%d rows, dimensions %s, measures %s, dates %s..%s]", store.size,
                dimensions(), measures(), firstDate().map(Object::toString).orElse("-"),
                lastDate().map(Object::toString).orElse("-"));
    }

    /**
     * Builds an {@link ObservationTable}: first the schema (dimensions, measures with the currency of each money
     * measure, a zone for {@link Instant} times), then rows. The schema is frozen by the first row.
     *
     * <p>A single-threaded builder; a refused row leaves the builder as it was before the row.
     */
    public static final class Builder {
        private final List<String> dimensionNames = new ArrayList<>();
        private final List<BaseMeasure> measureList = new ArrayList<>();
        private final List<Currency> currencyList = new ArrayList<>();
        @Nullable
        private ZoneId zone;
        private boolean frozen;
        private Dictionary[] dictionaries;
        private int size;
        private int[] days = new int[16];
        private int[][] codes;
        private long[][] values;
        private long[][] presence;
        private boolean[] partial;
        private long[] maxAbs;
        @Nullable
        private RowBuilder row;
        private boolean built;

        Builder() {
        }

        /** Declares dimensions, in order; names are lowercase snake case. */
        public Builder dimensions(String... names) {
            for (String name : names) {
                dimension(name);
            }
            return this;
        }

        /** Declares one dimension. */
        public Builder dimension(String name) {
            Objects.requireNonNull(name, "name");
            checkSchemaOpen();
            org.kpisdk.core.value.Dimensions.of(name, "x"); // validates the key syntax
            Checks.argument(!dimensionNames.contains(name), "dimension '%s' is declared twice", name);
            dimensionNames.add(name);
            return this;
        }

        /** Declares a count or duration measure. */
        public Builder measure(BaseMeasure measure) {
            Objects.requireNonNull(measure, "measure");
            Checks.argument(!measure.isMoney(), "money measure '%s' needs a currency: use measure(measure, currency)",
                    measure.id());
            return add(measure, null);
        }

        /** Declares a money measure whose values are in {@code currency}. */
        public Builder measure(BaseMeasure measure, Currency currency) {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(currency, "currency");
            Checks.argument(measure.isMoney(), "measure '%s' is %s, not money: declare it without a currency",
                    measure.id(), measure.unit());
            return add(measure, currency);
        }

        private Builder add(BaseMeasure measure, @Nullable Currency currency) {
            checkSchemaOpen();
            for (BaseMeasure m : measureList) {
                Checks.argument(!m.id().equals(measure.id()), "measure '%s' is declared twice", measure.id());
            }
            measureList.add(measure);
            currencyList.add(currency);
            return this;
        }

        /** Sets the zone in which {@link Instant} times are bucketed into dates. */
        public Builder zone(ZoneId zone) {
            checkSchemaOpen();
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        private void checkSchemaOpen() {
            Checks.state(!frozen, "the schema is frozen once the first row is added");
        }

        private void freeze() {
            Checks.state(!built, "build() was already called");
            if (frozen) {
                return;
            }
            frozen = true;
            int nd = dimensionNames.size();
            int nm = measureList.size();
            dictionaries = new Dictionary[nd];
            codes = new int[nd][16];
            for (int d = 0; d < nd; d++) {
                dictionaries[d] = new Dictionary();
            }
            values = new long[nm][16];
            presence = new long[nm][1];
            partial = new boolean[nm];
            maxAbs = new long[nm];
            row = new RowBuilder(this);
        }

        /** Starts a row observed on {@code date}; a null date is refused when the row is added. */
        public RowBuilder row(@Nullable LocalDate date) {
            freeze();
            return row.start(date);
        }

        /** Starts a row observed at {@code time}, bucketed into a date in the builder's {@link #zone}. */
        public RowBuilder row(@Nullable Instant time) {
            freeze();
            if (time == null) {
                return row.start(null);
            }
            Checks.state(zone != null, "row %d: an Instant needs a zone: declare zone(ZoneId) first", size);
            return row.start(LocalDate.ofInstant(time, zone));
        }

        /**
         * Adds rows in bulk from columns of equal length: epoch days, the values of every declared dimension and
         * the values of any declared measures (micros for money; a measure left out is absent in these rows).
         *
         * @throws IllegalArgumentException naming the first bad row; no row of the call is added then
         */
        public Builder addAll(int[] epochDays, Map<String, String[]> dimensionValues,
                Map<BaseMeasure, long[]> measureValues) {
            Objects.requireNonNull(epochDays, "epochDays");
            Objects.requireNonNull(dimensionValues, "dimensionValues");
            Objects.requireNonNull(measureValues, "measureValues");
            freeze();
            int n = epochDays.length;
            String[][] dims = new String[dimensionNames.size()][];
            for (Map.Entry<String, String[]> e : dimensionValues.entrySet()) {
                int d = dimensionNames.indexOf(e.getKey());
                Checks.argument(d >= 0, "unknown dimension '%s' (declared: %s)", e.getKey(), dimensionNames);
                dims[d] = e.getValue();
            }
            for (int d = 0; d < dims.length; d++) {
                Checks.argument(dims[d] != null, "dimension '%s' is missing from the bulk columns",
                        dimensionNames.get(d));
                Checks.argument(dims[d].length == n, "column '%s' has %d values, the date column %d",
                        dimensionNames.get(d), dims[d].length, n);
            }
            long[][] vals = new long[measureList.size()][];
            for (Map.Entry<BaseMeasure, long[]> e : measureValues.entrySet()) {
                int m = measureList.indexOf(e.getKey());
                Checks.argument(m >= 0, "unknown measure '%s' (declared: %s)", e.getKey().id(), measureList);
                Checks.argument(e.getValue().length == n, "column '%s' has %d values, the date column %d",
                        e.getKey().id(), e.getValue().length, n);
                vals[m] = e.getValue();
            }
            for (int i = 0; i < n; i++) {
                if (epochDays[i] < MIN_DAY || epochDays[i] > MAX_DAY) {
                    throw new IllegalArgumentException(Checks.format(
                            "row %d: date must be in %s..%s, was %s (epoch day %d)", size + i, MIN_DATE, MAX_DATE,
                            LocalDate.ofEpochDay(epochDays[i]), epochDays[i]));
                }
                for (int d = 0; d < dims.length; d++) {
                    checkDimension(size + i, dimensionNames.get(d), dims[d][i]);
                }
                for (int m = 0; m < vals.length; m++) {
                    if (vals[m] != null) {
                        checkValue(size + i, m, vals[m][i]);
                    }
                }
            }
            ensure(size + n);
            System.arraycopy(epochDays, 0, days, size, n);
            for (int d = 0; d < dims.length; d++) {
                Dictionary dict = dictionaries[d];
                int[] c = codes[d];
                String[] v = dims[d];
                String last = null;
                int lastCode = -1;
                for (int i = 0; i < n; i++) {
                    String s = v[i];
                    if (!Objects.equals(s, last)) {
                        last = s;
                        lastCode = dict.encode(s);
                    }
                    c[size + i] = lastCode;
                }
            }
            for (int m = 0; m < vals.length; m++) {
                if (vals[m] != null) {
                    System.arraycopy(vals[m], 0, values[m], size, n);
                    for (int i = 0; i < n; i++) {
                        maxAbs[m] = Math.max(maxAbs[m], Math.abs(vals[m][i]));
                        setPresent(m, size + i);
                    }
                } else if (n > 0) {
                    partial[m] = true;
                }
            }
            size += n;
            return this;
        }

        void checkDimension(int rowIndex, String name, @Nullable String value) {
            Checks.argument(value != null, "row %d: dimension '%s' is missing", rowIndex, name);
            Checks.argument(!value.isEmpty() && value.length() <= org.kpisdk.core.value.Dimensions.MAX_VALUE_LENGTH,
                    "row %d: dimension '%s' must have 1 to %d characters, was '%s'", rowIndex, name,
                    org.kpisdk.core.value.Dimensions.MAX_VALUE_LENGTH, value);
            int bad = NameText.forbiddenIndex(value);
            if (bad >= 0) {
                Checks.argument(!Character.isISOControl(value.charAt(bad)),
                        "row %d: dimension '%s' must not contain control characters, was '%s'", rowIndex, name,
                        value);
                throw new IllegalArgumentException(Checks.format(
                        "row %d: dimension '%s' must not contain %s, found %s at index %d", rowIndex, name,
                        NameText.rule(value, bad), NameText.codePoint(value, bad), bad));
            }
        }

        void checkValue(int rowIndex, int m, long value) {
            BaseMeasure measure = measureList.get(m);
            Checks.argument(measure.isMoney() || value >= 0, "row %d: %s must be >= 0, was %d", rowIndex,
                    measure.id(), value);
            Checks.argument(value != Long.MIN_VALUE, "row %d: %s must be > %d, was %d", rowIndex, measure.id(),
                    Long.MIN_VALUE, value);
        }

        int measureIndex(int rowIndex, BaseMeasure measure) {
            int m = measureList.indexOf(measure);
            Checks.argument(m >= 0, "row %d: unknown measure '%s' (declared: %s)", rowIndex, measure.id(),
                    measureList);
            return m;
        }

        private void ensure(int capacity) {
            if (capacity <= days.length) {
                return;
            }
            int n = Math.max(capacity, (int) Math.min(Integer.MAX_VALUE - 16, days.length * 2L));
            days = Arrays.copyOf(days, n);
            for (int d = 0; d < codes.length; d++) {
                codes[d] = Arrays.copyOf(codes[d], n);
            }
            for (int m = 0; m < values.length; m++) {
                values[m] = Arrays.copyOf(values[m], n);
                presence[m] = Arrays.copyOf(presence[m], (n + 63) >>> 6);
            }
        }

        private void setPresent(int m, int rowIndex) {
            presence[m][rowIndex >>> 6] |= 1L << rowIndex;
        }

        void addRow(int epochDay, String[] dims, long[] vals, boolean[] has) {
            ensure(size + 1);
            days[size] = epochDay;
            for (int d = 0; d < dims.length; d++) {
                codes[d][size] = dictionaries[d].encode(dims[d]);
            }
            for (int m = 0; m < vals.length; m++) {
                if (has[m]) {
                    values[m][size] = vals[m];
                    maxAbs[m] = Math.max(maxAbs[m], Math.abs(vals[m]));
                    setPresent(m, size);
                } else {
                    partial[m] = true;
                }
            }
            size++;
        }

        int size() {
            return size;
        }

        List<String> dimensionNames() {
            return dimensionNames;
        }

        List<BaseMeasure> measureList() {
            return measureList;
        }

        @Nullable
        Currency currency(int m) {
            return currencyList.get(m);
        }

        /**
         * Returns the table. The builder cannot be used afterwards.
         *
         * @throws IllegalArgumentException when a gauge is observed twice for the same dimensions and date
         */
        public ObservationTable build() {
            freeze();
            Checks.state(!built, "build() was already called");
            int nd = dimensionNames.size();
            int nm = measureList.size();
            int[][] c = new int[nd][];
            String[][] dict = new String[nd][];
            for (int d = 0; d < nd; d++) {
                c[d] = Arrays.copyOf(codes[d], size);
                dict[d] = dictionaries[d].toArray();
            }
            long[][] v = new long[nm][];
            long[][] p = new long[nm][];
            boolean gauges = false;
            for (int m = 0; m < nm; m++) {
                v[m] = Arrays.copyOf(values[m], size);
                p[m] = partial[m] ? Arrays.copyOf(presence[m], (size + 63) >>> 6) : null;
                gauges |= measureList.get(m).additivity() == Additivity.SEMI_ADDITIVE;
            }
            int[] series = null;
            int[][] seriesCodes = new int[0][];
            if (gauges) {
                Object[] s = series(c, dict, p);
                series = (int[]) s[0];
                seriesCodes = (int[][]) s[1];
            }
            built = true;
            ColumnStore store = new ColumnStore(size, Arrays.copyOf(days, size), dimensionNames.toArray(new String[0]),
                    dict, c, measureList.toArray(new BaseMeasure[0]), currencyList.toArray(new Currency[0]), v, p,
                    maxAbs.clone(), series, seriesCodes);
            return new ObservationTable(store);
        }

        /**
         * Codes each row's full dimension tuple and refuses two gauge rows of one series on one day. A tuple is
         * packed into a mixed-radix {@code long} when the product of the dictionary sizes fits in one, else
         * interned as an {@code int[]}, so any number of dimensions and values is keyed exactly.
         */
        private Object[] series(int[][] c, String[][] dict, long[][] p) {
            long[] radix = new long[c.length];
            boolean packed = true;
            long space = 1;
            for (int d = 0; d < c.length && packed; d++) {
                radix[d] = Math.max(1, dict[d].length);
                if (space > Long.MAX_VALUE / radix[d]) {
                    packed = false;
                } else {
                    space *= radix[d];
                }
            }
            LongIntHashMap tuples = packed ? new LongIntHashMap(64) : null;
            IntTupleIndex interned = packed ? null : new IntTupleIndex(c.length);
            int[] tuple = new int[c.length];
            List<int[]> tupleCodes = new ArrayList<>();
            int[] series = new int[size];
            int[] gauges = measureList.stream().filter(m -> m.additivity() == Additivity.SEMI_ADDITIVE)
                    .mapToInt(measureList::indexOf).toArray();
            LongIntHashMap[] seen = new LongIntHashMap[gauges.length];
            for (int g = 0; g < gauges.length; g++) {
                seen[g] = new LongIntHashMap(64);
            }
            for (int r = 0; r < size; r++) {
                int code;
                if (tuples != null) {
                    long key = 0;
                    for (int d = 0; d < c.length; d++) {
                        key = key * radix[d] + c[d][r];
                    }
                    code = tuples.get(key);
                    if (code < 0) {
                        code = tupleCodes.size();
                        tuples.put(key, code);
                    }
                } else {
                    for (int d = 0; d < c.length; d++) {
                        tuple[d] = c[d][r];
                    }
                    code = interned.intern(tuple);
                }
                if (code == tupleCodes.size()) {
                    int[] t = new int[c.length];
                    for (int d = 0; d < c.length; d++) {
                        t[d] = c[d][r];
                    }
                    tupleCodes.add(t);
                }
                series[r] = code;
                for (int g = 0; g < gauges.length; g++) {
                    if (p[gauges[g]] != null && (p[gauges[g]][r >>> 6] & (1L << r)) == 0) {
                        continue;
                    }
                    long dayKey = ((long) code << 32) | (days[r] & 0xFFFF_FFFFL);
                    int first = seen[g].get(dayKey);
                    if (first >= 0) {
                        Map<String, String> dims = new LinkedHashMap<>();
                        for (int d = 0; d < c.length; d++) {
                            dims.put(dimensionNames.get(d), dict[d][c[d][r]]);
                        }
                        throw new IllegalArgumentException(Checks.format(
                                "row %d: gauge '%s' allows one observation per dimensions and date, but row %d has "
                                        + "the same date %s and dimensions %s", r, measureList.get(gauges[g]).id(),
                                first, LocalDate.ofEpochDay(days[r]), dims));
                    }
                    seen[g].put(dayKey, r);
                }
            }
            return new Object[] {series, tupleCodes.toArray(new int[0][])};
        }
    }

    /**
     * One row being added: set its dimensions and measure values, then {@link #add()}. Reused by its builder;
     * a single-threaded helper.
     */
    public static final class RowBuilder {
        private final Builder owner;
        private final String[] dims;
        private final long[] vals;
        private final boolean[] has;
        @Nullable
        private LocalDate date;

        RowBuilder(Builder owner) {
            this.owner = owner;
            this.dims = new String[owner.dimensionNames().size()];
            this.vals = new long[owner.measureList().size()];
            this.has = new boolean[vals.length];
        }

        RowBuilder start(@Nullable LocalDate day) {
            this.date = day;
            Arrays.fill(dims, null);
            Arrays.fill(has, false);
            return this;
        }

        /** Sets the value of a dimension. */
        public RowBuilder dimension(String name, String value) {
            Objects.requireNonNull(name, "name");
            int d = owner.dimensionNames().indexOf(name);
            Checks.argument(d >= 0, "row %d: unknown dimension '%s' (declared: %s)", owner.size(), name,
                    owner.dimensionNames());
            owner.checkDimension(owner.size(), name, value);
            dims[d] = value;
            return this;
        }

        /** Sets the value of a count or duration measure. */
        public RowBuilder value(BaseMeasure measure, long value) {
            Objects.requireNonNull(measure, "measure");
            int m = owner.measureIndex(owner.size(), measure);
            Checks.argument(!measure.isMoney(), "row %d: money measure '%s' needs money(...) or micros(...)",
                    owner.size(), measure.id());
            owner.checkValue(owner.size(), m, value);
            vals[m] = value;
            has[m] = true;
            return this;
        }

        /** Sets the value of a money measure in micros of its declared currency. */
        public RowBuilder micros(BaseMeasure measure, long micros) {
            Objects.requireNonNull(measure, "measure");
            int m = owner.measureIndex(owner.size(), measure);
            Checks.argument(measure.isMoney(), "row %d: measure '%s' is not money, use value(...)", owner.size(),
                    measure.id());
            owner.checkValue(owner.size(), m, micros);
            vals[m] = micros;
            has[m] = true;
            return this;
        }

        /** Sets the value of a money measure; its currency must be the measure's declared one. */
        public RowBuilder money(BaseMeasure measure, Money amount) {
            Objects.requireNonNull(amount, "amount");
            int m = owner.measureIndex(owner.size(), Objects.requireNonNull(measure, "measure"));
            Currency declared = owner.currency(m);
            Checks.argument(declared != null, "row %d: measure '%s' is not money, use value(...)", owner.size(),
                    measure.id());
            Checks.argument(declared.equals(amount.currency()), "row %d: %s: Currency mismatch: %s vs %s (declared)",
                    owner.size(), measure.id(), amount.currency().getCurrencyCode(), declared.getCurrencyCode());
            BigDecimal micros = amount.amount().movePointRight(6);
            long exact;
            try {
                exact = micros.setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(Checks.format(
                        "row %d: %s must be a whole number of micros within a long, was %s", owner.size(),
                        measure.id(), amount), e);
            }
            return micros(measure, exact);
        }

        /**
         * Adds the row to the table being built.
         *
         * @throws IllegalArgumentException when the date or a dimension is missing
         */
        public Builder add() {
            Checks.argument(date != null, "row %d: date is missing", owner.size());
            for (int d = 0; d < dims.length; d++) {
                Checks.argument(dims[d] != null, "row %d: dimension '%s' is missing", owner.size(),
                        owner.dimensionNames().get(d));
            }
            long day = date.toEpochDay();
            Checks.argument(day >= MIN_DAY && day <= MAX_DAY, "row %d: date must be in %s..%s, was %s", owner.size(),
                    MIN_DATE, MAX_DATE, date);
            owner.addRow((int) day, dims, vals, has);
            return owner;
        }
    }
}
