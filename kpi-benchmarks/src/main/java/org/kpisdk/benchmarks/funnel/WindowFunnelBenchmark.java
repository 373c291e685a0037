package org.kpisdk.benchmarks.funnel;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.kpisdk.funnel.EventLog;
import org.kpisdk.funnel.Funnel;
import org.kpisdk.funnel.FunnelResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 4-step, 7-day window funnel (ClickHouse {@code windowFunnel} semantics) over {@code users × 10} events, by
 * kpi-funnel on one and on two threads, against a hand-written columnar baseline in the same run: pack
 * (user, time, type) into one {@code long}, {@link Arrays#sort(long[])}, then one scan keeping the latest
 * first-step time per level. DuckDB computes the same funnel in SQL (ASOF joins, one thread) over the same events,
 * loaded before measuring; see {@link DuckFunnel}.
 *
 * <p>Run: {@code ./mvnw -q package -pl kpi-benchmarks -am -DskipTests && java -jar kpi-benchmarks/target/benchmarks.jar
 * WindowFunnelBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class WindowFunnelBenchmark {
    private static final long DAY = 86_400_000L;
    private static final String[] TYPES = {"view", "cart", "checkout", "buy", "search", "scroll"};
    /** Cumulative per-mille of each type: view 40%, cart 20%, checkout 10%, buy 5%, others 25%. */
    private static final int[] CUMULATIVE = {400, 600, 700, 750, 875, 1000};

    /** Number of users; events are ten times as many. */
    @Param({"100000"})
    public int users;

    /** {@code shuffled}: rows in random order; {@code timeOrdered}: rows sorted by timestamp. */
    @Param({"shuffled", "timeOrdered"})
    public String order;

    private EventLog log;
    private Funnel funnel;
    private long[] entities;
    private long[] timestamps;
    private int[] types;

    /** Generates the events with a fixed seed. */
    @Setup
    public void setUp() {
        int n = users * 10;
        SplittableRandom r = new SplittableRandom(42);
        long[] e = new long[n];
        long[] t = new long[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            e[i] = r.nextInt(users);
            t[i] = 1_767_225_600_000L + r.nextLong(30 * DAY);
            int p = r.nextInt(1000);
            int type = 0;
            while (p >= CUMULATIVE[type]) {
                type++;
            }
            y[i] = type;
        }
        if (order.equals("timeOrdered")) {
            Integer[] idx = new Integer[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, (a, b) -> Long.compare(t[a], t[b]));
            long[] e2 = new long[n];
            long[] t2 = new long[n];
            int[] y2 = new int[n];
            for (int i = 0; i < n; i++) {
                e2[i] = e[idx[i]];
                t2[i] = t[idx[i]];
                y2[i] = y[idx[i]];
            }
            System.arraycopy(e2, 0, e, 0, n);
            System.arraycopy(t2, 0, t, 0, n);
            System.arraycopy(y2, 0, y, 0, n);
        }
        entities = e;
        timestamps = t;
        types = y;
        log = EventLog.of(e, t, y, Arrays.asList(TYPES));
        funnel = Funnel.builder().step("view").step("cart").step("checkout").step("buy")
                .window(Duration.ofDays(7)).build();
        long[] check = baseline();
        if (!Arrays.equals(check, levels(funnel.count(log)))) {
            throw new IllegalStateException("baseline and kpi-funnel disagree: " + Arrays.toString(check) + " vs "
                    + funnel.count(log));
        }
    }

    /** DuckDB in memory, one thread, the same events loaded (CSV {@code COPY}) before measuring. */
    @State(Scope.Benchmark)
    public static class Duck {
        DuckFunnel duck;

        /** Loads the benchmark's events and checks DuckDB's counts per level against kpi-funnel's. */
        @Setup(Level.Trial)
        public void setUp(WindowFunnelBenchmark b) throws SQLException, IOException {
            duck = new DuckFunnel(b.entities, b.timestamps, b.types, Arrays.asList(TYPES),
                    Arrays.asList("view", "cart", "checkout", "buy"), 7 * DAY);
            long[] sql = duck.levels();
            long[] expected = levels(b.funnel.count(b.log));
            if (!Arrays.equals(sql, expected)) {
                throw new IllegalStateException("DuckDB and kpi-funnel disagree: " + Arrays.toString(sql) + " vs "
                        + Arrays.toString(expected));
            }
        }

        /** Closes the DuckDB connection. */
        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            duck.close();
        }
    }

    static long[] levels(FunnelResult r) {
        long[] out = new long[5];
        for (int k = 0; k <= 4; k++) {
            out[k] = r.atLevel(k).value();
        }
        return out;
    }

    /** kpi-funnel on the calling thread. */
    @Benchmark
    public FunnelResult kpiFunnel() {
        return funnel.count(log);
    }

    /** kpi-funnel split by user over two threads, then merged. */
    @Benchmark
    public FunnelResult kpiFunnelTwoThreads() {
        return funnel.count(log, 2);
    }

    /** The hand-written columnar baseline: entities per level 0..4. */
    @Benchmark
    public long[] baselineColumnar() {
        return baseline();
    }

    /** DuckDB: the same funnel in SQL (ASOF joins) over the same events, already loaded, on one thread. */
    @Benchmark
    public long[] duckdb(Duck d) throws SQLException {
        return d.duck.levels();
    }

    private long[] baseline() {
        int n = entities.length;
        long min = Long.MAX_VALUE;
        for (long t : timestamps) {
            min = Math.min(min, t);
        }
        // user (21 bits) | time offset (39 bits, 17 years of ms) | type (3 bits)
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = entities[i] << 42 | (timestamps[i] - min) << 3 | types[i];
        }
        Arrays.sort(keys);
        long window = 7 * DAY;
        long[] counts = new long[5];
        long user = -1;
        long f1 = -1;
        long f2 = -1;
        long f3 = -1;
        int level = 0;
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            long u = k >>> 42;
            if (u != user) {
                if (user >= 0) {
                    counts[level]++;
                }
                user = u;
                f1 = -1;
                f2 = -1;
                f3 = -1;
                level = 0;
            }
            if (level == 4) {
                continue;
            }
            long t = k >>> 3 & ((1L << 39) - 1);
            switch ((int) (k & 7)) {
                case 0 -> {
                    f1 = t;
                    level = Math.max(level, 1);
                }
                case 1 -> {
                    if (f1 >= 0 && t - f1 <= window) {
                        f2 = f1;
                        level = Math.max(level, 2);
                    }
                }
                case 2 -> {
                    if (f2 >= 0 && t - f2 <= window) {
                        f3 = f2;
                        level = Math.max(level, 3);
                    }
                }
                case 3 -> {
                    if (f3 >= 0 && t - f3 <= window) {
                        level = 4;
                    }
                }
                default -> {}
            }
        }
        if (user >= 0) {
            counts[level]++;
        }
        return counts;
    }
}
