package org.kpisdk.spark;

import java.util.Objects;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.functions;

/** Checks and reads the key and time columns shared by {@link SparkFunnel} and {@link SparkAttribution}. */
final class EventColumns {
    private EventColumns() {
    }

    /** Checks that the key column exists and is a string or integral column. */
    static void checkKey(StructType schema, String column, String role) {
        DataType t = ColumnMapping.field(schema, column, role).dataType();
        if (!t.equals(DataTypes.StringType) && !ColumnMapping.integral(t)) {
            throw new IllegalArgumentException("column '" + column + "' of " + role
                    + " must be STRING or integral, was " + t.sql());
        }
    }

    /** Checks that the column exists and is a string column. */
    static void checkString(StructType schema, String column, String role) {
        DataType t = ColumnMapping.field(schema, column, role).dataType();
        if (!t.equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("column '" + column + "' of " + role + " must be STRING, was "
                    + t.sql());
        }
    }

    /**
     * Returns the time column as epoch milliseconds ({@code TIMESTAMP} columns) or as is ({@code BIGINT} columns,
     * already in the unit the caller expects).
     */
    static Column millis(StructType schema, String column, String role) {
        DataType t = ColumnMapping.field(schema, column, role).dataType();
        if (t.equals(DataTypes.TimestampType)) {
            return functions.unix_millis(functions.col(column));
        }
        if (t.equals(DataTypes.LongType) || t.equals(DataTypes.IntegerType)) {
            return functions.col(column).cast(DataTypes.LongType);
        }
        throw new IllegalArgumentException("column '" + column + "' of " + role
                + " must be TIMESTAMP or BIGINT (epoch milliseconds), was " + t.sql());
    }

    static String checkName(String column, String what) {
        Objects.requireNonNull(column, what);
        if (column.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, was '" + column + "'");
        }
        return column;
    }
}
