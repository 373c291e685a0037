package org.kpisdk.core.aggregate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.metric.Additivity;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.GaugeReduction;
import org.kpisdk.core.value.Unit;

/**
 * The byte encoding of a {@link PartialAggregate}'s state (groups and currencies, not the query), for distributed
 * engines that ship partials between machines without Java serialization of the library's types.
 */
final class PartialCodec {
    private static final int MAGIC = 0x4b504131; // "KPA1"

    private PartialCodec() {
    }

    static byte[] encode(List<Group> groups, Map<BaseMeasure, Currency> currencies, boolean empty) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeBoolean(empty);
            out.writeInt(currencies.size());
            for (Map.Entry<BaseMeasure, Currency> e : currencies.entrySet()) {
                BaseMeasure m = e.getKey();
                out.writeUTF(m.id());
                out.writeUTF(m.unit().name());
                out.writeUTF(m.additivity().name());
                out.writeUTF(m.defaultReduction().name());
                out.writeUTF(e.getValue().getCurrencyCode());
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
                return PartialAggregate.empty();
            }
            int nc = count(in, "currencies");
            Map<BaseMeasure, Currency> currencies = new HashMap<>();
            for (int i = 0; i < nc; i++) {
                BaseMeasure m = new BaseMeasure(in.readUTF(), Unit.valueOf(in.readUTF()),
                        Additivity.valueOf(in.readUTF()), GaugeReduction.valueOf(in.readUTF()));
                currencies.put(m, Currency.getInstance(in.readUTF()));
            }
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
                for (int s = 0; s < ns; s++) {
                    sums[s] = in.readLong();
                    present[s] = in.readLong();
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
                groups.add(new Group(dims, period, rows, sums, present, cells));
            }
            Checks.argument(in.available() == 0, "bytes must end after the last group, %d bytes left",
                    in.available());
            for (int i = 1; i < groups.size(); i++) {
                Checks.argument(groups.get(i - 1).compareKey(groups.get(i)) < 0,
                        "groups in bytes must be sorted by key without repeats, group %d is not", i);
            }
            return PartialAggregate.of(query, Collections.unmodifiableList(groups), currencies);
        } catch (IOException e) {
            throw new IllegalArgumentException("bytes are not a complete partial aggregate: " + e, e);
        }
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
