package org.kpisdk.benchmarks.funnel;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The DuckDB baseline of {@link WindowFunnelBenchmark}: an in-memory DuckDB (one thread) holding the events in a
 * table {@code ev(u BIGINT, t BIGINT, y VARCHAR)}, and the 4-step ordered window funnel as one SQL query of ASOF
 * joins.
 *
 * <p>The query follows kpi-funnel's chain definition (ClickHouse {@code windowFunnel} defaults): an entity reaches
 * level {@code k} when it has events {@code e1 … ek} of steps 1 … k with {@code t1 <= … <= tk} (equal times allowed;
 * ties ordered by step) and {@code tk - t1 <= window}. Since only the first and last times are bounded, the best
 * chain ending at an event of step {@code k} starts at the latest possible step-1 time, and that latest start is
 * non-decreasing in time; so {@code s1(e) = t(e)} and {@code sk(e)} = {@code s(k-1)} of the latest step-{@code k-1}
 * event at or before {@code e} — exactly an ASOF join on {@code (u, t >= t)}. A step-{@code k} event counts when
 * {@code t - sk <= window}; an entity's level is the largest such {@code k}, and level 0 holds the entities without
 * a step-1 event.
 */
final class DuckFunnel implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement statement;
    private final int steps;

    /**
     * Loads the events (through a temporary CSV file and {@code COPY}, which takes seconds where the JDBC appender
     * takes minutes) and prepares the funnel query over the four named steps.
     */
    DuckFunnel(long[] entities, long[] timestamps, int[] typeCodes, List<String> dictionary, List<String> stepTypes,
            long windowMillis) throws SQLException, IOException {
        if (stepTypes.size() != 4) {
            throw new IllegalArgumentException("stepTypes must have 4 steps, was " + stepTypes.size());
        }
        steps = stepTypes.size();
        connection = DriverManager.getConnection("jdbc:duckdb:");
        boolean done = false;
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("SET threads = 1");
                s.execute("CREATE TABLE ev (u BIGINT, t BIGINT, y VARCHAR)");
            }
            Path csv = Files.createTempFile("kpi-funnel-bench-", ".csv");
            try {
                try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                    StringBuilder line = new StringBuilder(64);
                    for (int i = 0; i < entities.length; i++) {
                        line.setLength(0);
                        line.append(entities[i]).append(',').append(timestamps[i]).append(',')
                                .append(dictionary.get(typeCodes[i])).append('\n');
                        w.append(line);
                    }
                }
                try (Statement s = connection.createStatement()) {
                    s.execute("COPY ev FROM '" + csv + "' (FORMAT csv, HEADER false)");
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM ev")) {
                        rs.next();
                        if (rs.getLong(1) != entities.length) {
                            throw new IllegalStateException("DuckDB loaded " + rs.getLong(1) + " events of "
                                    + entities.length);
                        }
                    }
                }
            } finally {
                try {
                    Files.deleteIfExists(csv);
                } catch (IOException e) {
                    // a leftover temporary file is harmless
                }
            }
            statement = connection.prepareStatement(""
                    + "WITH s1 AS (SELECT u, t FROM ev WHERE y = ?),\n"
                    + "s2 AS (SELECT e.u, e.t, p.t AS s FROM (SELECT u, t FROM ev WHERE y = ?) e\n"
                    + "       ASOF JOIN s1 p ON e.u = p.u AND e.t >= p.t),\n"
                    + "s3 AS (SELECT e.u, e.t, p.s FROM (SELECT u, t FROM ev WHERE y = ?) e\n"
                    + "       ASOF JOIN s2 p ON e.u = p.u AND e.t >= p.t),\n"
                    + "s4 AS (SELECT e.u, e.t, p.s FROM (SELECT u, t FROM ev WHERE y = ?) e\n"
                    + "       ASOF JOIN s3 p ON e.u = p.u AND e.t >= p.t),\n"
                    + "reached AS (SELECT u, 1 AS lvl FROM s1\n"
                    + "  UNION ALL SELECT u, 2 FROM s2 WHERE t - s <= ?\n"
                    + "  UNION ALL SELECT u, 3 FROM s3 WHERE t - s <= ?\n"
                    + "  UNION ALL SELECT u, 4 FROM s4 WHERE t - s <= ?),\n"
                    + "per_user AS (SELECT u, max(lvl) AS lvl FROM reached GROUP BY u)\n"
                    + "SELECT lvl, count(*) FROM per_user GROUP BY lvl\n"
                    + "UNION ALL SELECT 0, (SELECT count(DISTINCT u) FROM ev) - (SELECT count(*) FROM per_user)");
            for (int k = 0; k < 4; k++) {
                statement.setString(k + 1, stepTypes.get(k));
            }
            for (int k = 5; k <= 7; k++) {
                statement.setLong(k, windowMillis);
            }
            done = true;
        } finally {
            if (!done) {
                connection.close();
            }
        }
    }

    /** Runs the funnel query: entities per level 0..4. */
    long[] levels() throws SQLException {
        long[] out = new long[steps + 1];
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                out[rs.getInt(1)] += rs.getLong(2);
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        try {
            statement.close();
        } finally {
            connection.close();
        }
    }
}
