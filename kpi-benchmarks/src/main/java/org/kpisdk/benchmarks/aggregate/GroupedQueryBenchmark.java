package org.kpisdk.benchmarks.aggregate;

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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import javax.annotation.Nullable;

import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.TimeGrain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Group by channel × month with 7 long sums over 1M and 10M rows: the library's {@link Query} (1 and 2 threads)
 * against a hand-written columnar loop (the baseline), an idiomatic {@code Collectors.groupingBy} over records, and
 * DuckDB in-process over JDBC on the same rows, loaded before measuring. Scores are milliseconds per query; divide
 * by the row count for ns/row.
 *
 * <pre>{@code
 * ./mvnw -B package -pl kpi-benchmarks -am -DskipTests
 * java -jar kpi-benchmarks/target/benchmarks.jar GroupedQueryBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s \
 *      -jvmArgs "-Xms3g -Xmx3g -XX:+AlwaysPreTouch"
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class GroupedQueryBenchmark {
    static final BaseMeasure[] MEASURES = {StandardMeasures.IMPRESSIONS, StandardMeasures.AD_CLICKS,
        StandardMeasures.COST, StandardMeasures.CONVERSIONS, StandardMeasures.CONVERSION_VALUE,
        StandardMeasures.SESSIONS, StandardMeasures.LEADS};

    /** The raw columns, shared by every variant. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"1000000", "10000000"})
        public int rows;

        @Nullable
        Rows data;

        @Setup(Level.Trial)
        public void setUp() {
            data = new Rows(rows);
        }
    }

    /** The library's table and query. */
    @State(Scope.Benchmark)
    public static class Library {
        ObservationTable table;
        Query query;

        @Setup(Level.Trial)
        public void setUp(Data d) {
            Rows r = d.data;
            ObservationTable.Builder b = ObservationTable.builder().dimensions("channel", "campaign", "region");
            Currency eur = Currency.getInstance("EUR");
            Map<BaseMeasure, long[]> values = new HashMap<>();
            Query.Builder q = Query.builder().groupBy("channel").grain(TimeGrain.MONTH);
            for (int m = 0; m < MEASURES.length; m++) {
                if (MEASURES[m].isMoney()) {
                    b.measure(MEASURES[m], eur);
                } else {
                    b.measure(MEASURES[m]);
                }
                values.put(MEASURES[m], r.values[m]);
                q.metric(MetricDefinition.builder(MEASURES[m].id()).simple(Input.of(MEASURES[m])));
            }
            b.addAll(r.days, Map.of("channel", decode(r.channel, Rows.CHANNEL_NAMES),
                    "campaign", decode(r.campaign, Rows.CAMPAIGN_NAMES),
                    "region", decode(r.region, Rows.REGION_NAMES)), values);
            table = b.build();
            query = q.build();
            System.out.printf("%n[memory] rows=%d bytesPerRow=%.2f rawBytesPerRow=%d ratio=%.3f%n", table.size(),
                    table.bytesPerRow(), table.rawBytesPerRow(), table.bytesPerRow() / table.rawBytesPerRow());
        }

        private static String[] decode(int[] codes, String[] names) {
            String[] out = new String[codes.length];
            for (int i = 0; i < codes.length; i++) {
                out[i] = names[codes[i]];
            }
            return out;
        }
    }

    /** One observation as an idiomatic Java record. */
    record Observation(LocalDate date, String channel, String campaign, String region, long impressions,
            long clicks, long cost, long conversions, long conversionValue, long sessions, long leads) {
    }

    /** The grouping key of the streams baseline. */
    record Key(String channel, YearMonth month) {
    }

    /** The rows as a list of records. */
    @State(Scope.Benchmark)
    public static class Records {
        List<Observation> rows;

        @Setup(Level.Trial)
        public void setUp(Data d) {
            Rows r = d.data;
            LocalDate[] dates = new LocalDate[Rows.DAYS + 1];
            int first = (int) Rows.FIRST.toEpochDay();
            rows = new ArrayList<>(r.size);
            for (int i = 0; i < r.size; i++) {
                int day = r.days[i] - first;
                if (dates[day] == null) {
                    dates[day] = LocalDate.ofEpochDay(r.days[i]);
                }
                rows.add(new Observation(dates[day], Rows.CHANNEL_NAMES[r.channel[i]],
                        Rows.CAMPAIGN_NAMES[r.campaign[i]], Rows.REGION_NAMES[r.region[i]], r.values[0][i],
                        r.values[1][i], r.values[2][i], r.values[3][i], r.values[4][i], r.values[5][i],
                        r.values[6][i]));
            }
            d.data = null; // the records are the data now; free the columns
        }
    }

    /** DuckDB in memory, one thread, the rows appended before measuring. */
    @State(Scope.Benchmark)
    public static class Duck {
        Connection connection;
        PreparedStatement statement;

        @Setup(Level.Trial)
        public void setUp(Data d) throws SQLException, IOException {
            Rows r = d.data;
            connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = connection.createStatement()) {
                s.execute("SET threads = 1");
                s.execute("CREATE TABLE obs (d DATE, channel VARCHAR, campaign VARCHAR, region VARCHAR, "
                        + "impressions BIGINT, clicks BIGINT, cost BIGINT, conversions BIGINT, "
                        + "conversion_value BIGINT, sessions BIGINT, leads BIGINT)");
            }
            // The JDBC appender costs minutes per million rows; a CSV file loaded by COPY takes seconds.
            Path csv = Files.createTempFile("kpi-bench-", ".csv");
            try {
                try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.US_ASCII)) {
                    StringBuilder line = new StringBuilder(128);
                    for (int i = 0; i < r.size; i++) {
                        line.setLength(0);
                        line.append(LocalDate.ofEpochDay(r.days[i])).append(',')
                                .append(Rows.CHANNEL_NAMES[r.channel[i]]).append(',')
                                .append(Rows.CAMPAIGN_NAMES[r.campaign[i]]).append(',')
                                .append(Rows.REGION_NAMES[r.region[i]]);
                        for (int m = 0; m < Rows.MEASURES; m++) {
                            line.append(',').append(r.values[m][i]);
                        }
                        w.append(line).append('\n');
                    }
                }
                try (Statement s = connection.createStatement()) {
                    s.execute("COPY obs FROM '" + csv + "' (FORMAT csv, HEADER false)");
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM obs")) {
                        rs.next();
                        if (rs.getLong(1) != r.size) {
                            throw new IllegalStateException("DuckDB loaded " + rs.getLong(1) + " rows of " + r.size);
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
            d.data = null;
            statement = connection.prepareStatement("SELECT channel, date_trunc('month', d) AS month, "
                    + "sum(impressions), sum(clicks), sum(cost), sum(conversions), sum(conversion_value), "
                    + "sum(sessions), sum(leads) FROM obs GROUP BY channel, month");
        }

        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            statement.close();
            connection.close();
        }
    }

    /** The baseline: a hand-written columnar loop with a dense (month, channel) slot array. */
    @Benchmark
    public long[] handLoop(Data d) {
        Rows r = d.data;
        int first = (int) Rows.FIRST.toEpochDay();
        int[] monthOfDay = new int[Rows.DAYS];
        for (int i = 0; i < Rows.DAYS; i++) {
            monthOfDay[i] = Rows.FIRST.plusDays(i).getMonthValue() - 1;
        }
        long[] acc = new long[12 * Rows.CHANNELS * Rows.MEASURES];
        int[] days = r.days;
        int[] channel = r.channel;
        long[][] values = r.values;
        for (int i = 0; i < r.size; i++) {
            int base = (monthOfDay[days[i] - first] * Rows.CHANNELS + channel[i]) * Rows.MEASURES;
            for (int m = 0; m < Rows.MEASURES; m++) {
                acc[base + m] += values[m][i];
            }
        }
        return acc;
    }

    /** The library on one thread. */
    @Benchmark
    public QueryResult library(Library l) {
        return l.query.execute(l.table);
    }

    /** The library on two threads: split, aggregate, merge. */
    @Benchmark
    public QueryResult library2Threads(Library l) {
        return l.query.execute(l.table, 2);
    }

    /** Idiomatic streams: {@code groupingBy} a record key with a long[7] collector. */
    @Benchmark
    public Map<Key, long[]> streams(Records recs) {
        return recs.rows.stream().collect(Collectors.groupingBy(o -> new Key(o.channel(), YearMonth.from(o.date())),
                Collector.of(() -> new long[7], (a, o) -> {
                    a[0] += o.impressions();
                    a[1] += o.clicks();
                    a[2] += o.cost();
                    a[3] += o.conversions();
                    a[4] += o.conversionValue();
                    a[5] += o.sessions();
                    a[6] += o.leads();
                }, (a, b) -> {
                    for (int i = 0; i < 7; i++) {
                        a[i] += b[i];
                    }
                    return a;
                })));
    }

    /** DuckDB: the same GROUP BY over the same rows, already loaded, on one thread. */
    @Benchmark
    public long duckdb(Duck duck) throws SQLException {
        long check = 0;
        try (ResultSet rs = duck.statement.executeQuery()) {
            while (rs.next()) {
                for (int c = 3; c <= 9; c++) {
                    check += rs.getLong(c);
                }
            }
        }
        return check;
    }
}
