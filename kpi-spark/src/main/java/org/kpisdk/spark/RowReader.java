package org.kpisdk.spark;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.spark.sql.Row;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.value.Money;

/** Reads Spark rows laid out as {@link ColumnMapping#inputColumns()} into an observation table builder. */
final class RowReader {
    private final ColumnMapping mapping;
    private final String[] dimensions;
    private final ColumnMapping.MeasureColumn[] columns;
    private final BaseMeasure[] measures;

    RowReader(ColumnMapping mapping) {
        this.mapping = mapping;
        this.dimensions = mapping.dimensionNames();
        this.columns = mapping.measureColumns();
        this.measures = new BaseMeasure[columns.length];
        for (int m = 0; m < columns.length; m++) {
            measures[m] = columns[m].measure();
        }
    }

    /** Returns a builder declaring the mapping's dimensions and measures (with their currencies). */
    ObservationTable.Builder newTable() {
        ObservationTable.Builder b = ObservationTable.builder().dimensions(dimensions);
        for (int m = 0; m < columns.length; m++) {
            if (columns[m].currency != null) {
                b.measure(measures[m], columns[m].currency);
            } else {
                b.measure(measures[m]);
            }
        }
        return b;
    }

    /**
     * Adds one row to {@code table}.
     *
     * @throws IllegalArgumentException for a null date or dimension, a currency code other than the declared one,
     *                                  or any value the table builder refuses
     */
    void add(ObservationTable.Builder table, Row row) {
        int i = 0;
        Object day = row.get(i++);
        if (day == null) {
            throw new IllegalArgumentException("column '" + mapping.dateColumn() + "' of the date must not be null: "
                    + row);
        }
        ObservationTable.RowBuilder r = table.row(LocalDate.ofEpochDay(((Number) day).longValue()));
        for (String d : dimensions) {
            Object v = row.get(i++);
            if (v == null) {
                throw new IllegalArgumentException("column '" + mapping.dimensions().get(d) + "' of dimension '" + d
                        + "' must not be null: " + row);
            }
            r.dimension(d, (String) v);
        }
        for (int m = 0; m < columns.length; m++) {
            ColumnMapping.MeasureColumn c = columns[m];
            Object v = row.get(i++);
            Object code = c.currencyColumn == null ? null : row.get(i++);
            if (v == null) {
                continue;
            }
            if (c.currency == null) {
                r.value(measures[m], ((Number) v).longValue());
                continue;
            }
            if (c.currencyColumn != null && !c.currency.getCurrencyCode().equals(code)) {
                throw new IllegalArgumentException("column '" + c.currencyColumn + "' must hold "
                        + c.currency.getCurrencyCode() + " for measure '" + c.id + "', was " + code + ": " + row);
            }
            BigDecimal amount = v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).longValue());
            r.money(measures[m], Money.of(amount, c.currency));
        }
        r.add();
    }
}
