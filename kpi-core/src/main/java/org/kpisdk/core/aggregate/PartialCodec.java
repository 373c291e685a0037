package org.kpisdk.core.aggregate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.metric.Additivity;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.GaugeReduction;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.core.value.Unit;

/**
 * The byte encoding of a {@link PartialAggregate}'s state (groups and currencies, not the query), for distributed
 * engines that ship partials between machines without Java serialization of the library's types.
 *
 * <p>Layout: the marker, the empty flag, the currencies, the undeclared measures, then per group its key, row count,
 * per sum state the long sum and presence count followed, for a rate sum only, by the exact sum of rates (scale,
 * then the two's-complement bytes of the unscaled value), and per gauge its cells. Reasons of undefined values are
 * not encoded: they follow from these states when the result is evaluated.
 */
final class PartialCodec {
    private static final int MAGIC = 0x4b504132; // "KPA2": KPA1 plus undeclared measures and exact rate sums
    private static final long MIN_DAY = ObservationTable.MIN_DATE.toEpochDay();
    private static final long MAX_DAY = ObservationTable.MAX_DATE.toEpochDay();

    private PartialCodec() {
    }

    /** The largest scale of an encoded rate sum: a row's rate has at most 40 digits after 25 leading zeros. */
    static final int MAX_RATE_SCALE = 128;
    /** The most bytes of an encoded rate sum's unscaled value. */
    static final int MAX_RATE_BYTES = 128;

    static byte[] encode(List<Input> sumStates, List<Group> groups, Map<BaseMeasure, Currency> currencies,
            Set<BaseMeasure> undeclared, boolean empty) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeBoolean(empty);
            out.writeInt(currencies.size());
            for (Map.Entry<BaseMeasure, Currency> e : currencies.entrySet()) {
                writeMeasure(out, e.getKey());
                out.writeUTF(e.getValue().getCurrencyCode());
            }
            out.writeInt(undeclared.size());
            for (BaseMeasure m : undeclared) {
                writeMeasure(out, m);
            }
            out.writeInt(groups.size());
            for (Group g : groups) {
                writeStrings(out, g.dims);
                out.writeLong(g.period);
                out.writeLong(g.rows);
                out.writeInt(g.sums.length);
                for (int i = 0; i < g.sums.length; i++) {
                    out.writeLong(g.sums[i]);
                    out.writeLong(g.present[i]);
                    if (sumStates.get(i).kind() == Input.Kind.RATE_SUM) {
                        out.writeInt(g.rates[i].scale());
                        byte[] unscaled = g.rates[i].unscaledValue().toByteArray();
                        out.writeInt(unscaled.length);
                        out.write(unscaled);
                    }
                }
                out.writeInt(g.cells.length);
                for (Cell[] cells : g.cells) {
                    out.writeInt(cells.length);
                    for (Cell c : cells) {
                        writeStrings(out, c.series);
                        out.writeLong(c.firstDay);
                        out.writeLong(c.firstValue);
                        out.writeLong(c.lastDay);
                        out.writeLong(c.lastValue);
                        out.writeLong(c.sum);
                        out.writeLong(c.count);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static PartialAggregate decode(Query query, byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int magic = in.readInt();
            Checks.argument(magic == MAGIC, "bytes must start with the partial aggregate marker %08x, was %08x",
                    MAGIC, magic);
            if (in.readBoolean()) {
                int currencies = in.readInt();
                int undeclared = in.readInt();
                int groups = in.readInt();
                Checks.argument(currencies == 0 && undeclared == 0 && groups == 0 && in.available() == 0,
                        "bytes marked empty must hold no currencies, no undeclared measures, no groups and nothing "
                                + "after them, held %d, %d, %d and %d more bytes", currencies, undeclared, groups,
                        in.available());
                return PartialAggregate.empty();
            }
            int nc = count(in, "currencies");
            Set<BaseMeasure> moneyMeasures = moneyMeasures(query);
            Map<BaseMeasure, Currency> currencies = new HashMap<>();
            for (int i = 0; i < nc; i++) {
                BaseMeasure m = readMeasure(in);
                Checks.argument(moneyMeasures.contains(m),
                        "bytes declare a currency for measure %s, which is not a money measure of query %s", m,
                        query);
                Currency previous = currencies.put(m, currency(in.readUTF()));
                Checks.argument(previous == null, "bytes declare the currency of measure '%s' twice", m.id());
            }
            int nu = count(in, "undeclared measures");
            Set<BaseMeasure> used = usedMeasures(query);
            Set<BaseMeasure> undeclared = new HashSet<>();
            for (int i = 0; i < nu; i++) {
                BaseMeasure m = readMeasure(in);
                Checks.argument(used.contains(m), "bytes name %s as undeclared, which is not a measure of query %s",
                        m, query);
                Checks.argument(undeclared.add(m), "bytes name measure '%s' as undeclared twice", m.id());
            }
            Checks.argument(undeclared.isEmpty() || query.allowsUndeclaredMeasures(),
                    "bytes name undeclared measures %s, but query %s does not allow undeclared measures",
                    undeclared, query);
            int sumStates = query.sumStates().size();
            int gaugeStates = query.gaugeStates().size();
            int ng = count(in, "groups");
            List<Group> groups = new ArrayList<>(ng);
            for (int i = 0; i < ng; i++) {
                String[] dims = readStrings(in);
                long period = in.readLong();
                long rows = in.readLong();
                int ns = in.readInt();
                Checks.argument(ns == sumStates, "bytes must hold %d sums per group for query %s, held %d",
                        sumStates, query, ns);
                long[] sums = new long[ns];
                long[] present = new long[ns];
                BigDecimal[] rates = Group.zeros(ns);
                for (int s = 0; s < ns; s++) {
                    sums[s] = in.readLong();
                    present[s] = in.readLong();
                    if (query.sumStates().get(s).kind() == Input.Kind.RATE_SUM) {
                        rates[s] = readRate(in, i, s);
                    }
                }
                int gauges = in.readInt();
                Checks.argument(gauges == gaugeStates, "bytes must hold %d gauges per group for query %s, held %d",
                        gaugeStates, query, gauges);
                Cell[][] cells = new Cell[gauges][];
                for (int g = 0; g < gauges; g++) {
                    cells[g] = new Cell[count(in, "cells")];
                    for (int c = 0; c < cells[g].length; c++) {
                        cells[g][c] = new Cell(readStrings(in), in.readLong(), in.readLong(), in.readLong(),
                                in.readLong(), in.readLong(), in.readLong());
                    }
                }
                Group group = new Group(dims, period, rows, sums, present, rates, cells);
                checkGroup(query, group, i);
                groups.add(group);
            }
            Checks.argument(in.available() == 0, "bytes must end after the last group, %d bytes left",
                    in.available());
            for (int i = 1; i < groups.size(); i++) {
                Checks.argument(groups.get(i - 1).compareKey(groups.get(i)) < 0,
                        "groups in bytes must be sorted by key without repeats, group %d is not", i);
            }
            checkCurrencies(query, groups, currencies);
            checkUndeclared(query, groups, undeclared);
            return PartialAggregate.of(query, Collections.unmodifiableList(groups), currencies, undeclared);
        } catch (IOException e) {
            throw new IllegalArgumentException("bytes are not a complete partial aggregate: " + e, e);
        }
    }

    /** Reads the exact sum of rates of sum state {@code s} of group {@code group}, refusing an absurd size. */
    private static BigDecimal readRate(DataInputStream in, int group, int s) throws IOException {
        int scale = in.readInt();
        Checks.argument(scale >= 0 && scale <= MAX_RATE_SCALE,
                "group %d in bytes: rate sum %d must have a scale in 0..%d, had %d", group, s, MAX_RATE_SCALE, scale);
        int length = in.readInt();
        Checks.argument(length >= 1 && length <= Math.min(MAX_RATE_BYTES, in.available()),
                "group %d in bytes: rate sum %d must have 1..%d bytes, had %d", group, s,
                Math.min(MAX_RATE_BYTES, in.available()), length);
        byte[] unscaled = new byte[length];
        in.readFully(unscaled);
        return new BigDecimal(new BigInteger(unscaled), scale);
    }

    /** Returns the money measures whose currency a partial of {@code query} may declare. */
    private static Set<BaseMeasure> moneyMeasures(Query query) {
        Set<BaseMeasure> used = usedMeasures(query);
        used.removeIf(m -> !m.isMoney());
        return used;
    }

    /** Returns the measures a scan of {@code query} reads. */
    private static Set<BaseMeasure> usedMeasures(Query query) {
        Set<BaseMeasure> used = new HashSet<>();
        for (Input in : query.sumStates()) {
            used.add(in.measure());
            if (in.kind() != Input.Kind.VALUE) {
                used.add(in.denominator());
            }
        }
        query.gaugeStates().forEach(in -> used.add(in.measure()));
        return used;
    }

    private static void writeMeasure(DataOutputStream out, BaseMeasure m) throws IOException {
        out.writeUTF(m.id());
        out.writeUTF(m.unit().name());
        out.writeUTF(m.additivity().name());
        out.writeUTF(m.defaultReduction().name());
    }

    private static BaseMeasure readMeasure(DataInputStream in) throws IOException {
        return new BaseMeasure(in.readUTF(), constant(Unit.class, in.readUTF(), "unit"),
                constant(Additivity.class, in.readUTF(), "additivity"),
                constant(GaugeReduction.class, in.readUTF(), "reduction"));
    }

    /** Checks that no group holds a value of a measure the bytes call undeclared, as no scan could. */
    private static void checkUndeclared(Query query, List<Group> groups, Set<BaseMeasure> undeclared) {
        if (undeclared.isEmpty()) {
            return;
        }
        for (int s = 0; s < query.sumStates().size(); s++) {
            Input in = query.sumStates().get(s);
            boolean absent = undeclared.contains(in.measure())
                    || (in.kind() != Input.Kind.VALUE && undeclared.contains(in.denominator()));
            for (Group g : groups) {
                Checks.argument(!absent || g.present[s] == 0,
                        "bytes hold values of %s, whose measure they name as undeclared", in);
            }
        }
        for (int k = 0; k < query.gaugeStates().size(); k++) {
            BaseMeasure m = query.gaugeStates().get(k).measure();
            for (Group g : groups) {
                Checks.argument(!undeclared.contains(m) || g.cells[k].length == 0,
                        "bytes hold values of gauge '%s', which they name as undeclared", m.id());
            }
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException(Checks.format("bytes hold an unknown %s '%s'; known: %s", what, name,
                Arrays.toString(type.getEnumConstants())));
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    Checks.format("bytes hold a currency code that is not ISO 4217: '%s'", code), e);
        }
    }

    /**
     * Checks that a decoded group is one a scan of {@code query} could have produced, so that hostile bytes are
     * refused here rather than giving a wrong result later.
     */
    private static void checkGroup(Query query, Group g, int index) {
        Checks.argument(g.dims.length == query.groupBy().size(),
                "group %d in bytes must have %d dimension values for groupBy %s, had %d", index,
                query.groupBy().size(), query.groupBy(), g.dims.length);
        for (int d = 0; d < g.dims.length; d++) {
            try {
                Dimensions.of(query.groupBy().get(d), g.dims[d]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Checks.format("group %d in bytes: %s", index, e.getMessage()), e);
            }
        }
        TimeGrain grain = query.scanGrain();
        long firstDay = MIN_DAY;
        long lastDay = MAX_DAY;
        if (grain == null) {
            Checks.argument(g.period == Group.NO_PERIOD,
                    "group %d in bytes must have no period (query %s has no grain), had period index %d", index,
                    query, g.period);
        } else {
            PeriodKey period;
            try {
                period = grain.periodAt(g.period);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Checks.format("group %d in bytes: period %s", index,
                        e.getMessage()), e);
            }
            firstDay = period.start().toEpochDay();
            lastDay = period.end().toEpochDay();
        }
        Checks.argument(g.rows >= 1, "group %d in bytes must count >= 1 rows, counted %d", index, g.rows);
        for (int s = 0; s < g.sums.length; s++) {
            Checks.argument(g.present[s] >= 0 && g.present[s] <= g.rows,
                    "group %d in bytes: sum %d must be present in 0..%d rows, was %d", index, s, g.rows,
                    g.present[s]);
            Checks.argument(g.present[s] > 0 || g.sums[s] == 0,
                    "group %d in bytes: sum %d is %d but present in no row", index, s, g.sums[s]);
            Checks.argument(g.present[s] > 0 || g.rates[s].signum() == 0,
                    "group %d in bytes: rate sum %d is %s but present in no row", index, s, g.rates[s]);
            Checks.argument(query.sumStates().get(s).kind() != Input.Kind.RATE_SUM || g.sums[s] == 0,
                    "group %d in bytes: rate sum %d must keep its sum in the exact part, had a long sum %d", index,
                    s, g.sums[s]);
        }
        for (Cell[] cells : g.cells) {
            for (int c = 0; c < cells.length; c++) {
                Cell cell = cells[c];
                Checks.argument(cell.count >= 1 && cell.firstDay <= cell.lastDay,
                        "group %d in bytes: gauge cell %s must have count >= 1 and first day <= last day", index,
                        cell);
                Checks.argument(cell.firstDay >= firstDay && cell.lastDay <= lastDay,
                        "group %d in bytes: gauge cell %s must be dated within the group's days %d..%d (%s..%s)",
                        index, cell, firstDay, lastDay, LocalDate.ofEpochDay(firstDay), LocalDate.ofEpochDay(lastDay));
                // One day's observations (one row, or rows of one day from several tables merged) add up into
                // first, last and sum alike.
                Checks.argument(cell.firstDay != cell.lastDay
                        || (cell.firstValue == cell.lastValue && cell.sum == cell.firstValue),
                        "group %d in bytes: gauge cell %s spans one day, so its first, last and sum must agree",
                        index, cell);
                Checks.argument(cell.count != 1 || cell.firstDay == cell.lastDay,
                        "group %d in bytes: gauge cell %s holds one observation, so its first and last day must "
                                + "agree", index, cell);
                Checks.argument(c == 0 || cells[c - 1].compareTo(cell) < 0,
                        "group %d in bytes: gauge cells must be sorted by series without repeats, cell %d is not",
                        index, c);
            }
        }
    }

    /** Checks that every money measure with values in {@code groups} has its currency declared, as a scan's has. */
    private static void checkCurrencies(Query query, List<Group> groups, Map<BaseMeasure, Currency> currencies) {
        for (int s = 0; s < query.sumStates().size(); s++) {
            Input in = query.sumStates().get(s);
            boolean valued = false;
            for (Group g : groups) {
                valued |= g.present[s] > 0;
            }
            if (valued) {
                requireCurrency(in.measure(), currencies);
                if (in.kind() != Input.Kind.VALUE) {
                    requireCurrency(in.denominator(), currencies);
                }
            }
        }
        for (int k = 0; k < query.gaugeStates().size(); k++) {
            for (Group g : groups) {
                if (g.cells[k].length > 0) {
                    requireCurrency(query.gaugeStates().get(k).measure(), currencies);
                }
            }
        }
    }

    private static void requireCurrency(BaseMeasure m, Map<BaseMeasure, Currency> currencies) {
        Checks.argument(!m.isMoney() || currencies.containsKey(m),
                "bytes hold values of money measure '%s' but declare no currency for it", m.id());
    }

    /** Reads a count, refusing one that is negative or larger than the bytes left could hold. */
    private static int count(DataInputStream in, String what) throws IOException {
        int n = in.readInt();
        Checks.argument(n >= 0 && n <= in.available(), "bytes must hold between 0 and %d %s here, held %d",
                in.available(), what, n);
        return n;
    }

    private static void writeStrings(DataOutputStream out, String[] values) throws IOException {
        out.writeInt(values.length);
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        String[] values = new String[count(in, "strings")];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readUTF();
        }
        return values;
    }
}
