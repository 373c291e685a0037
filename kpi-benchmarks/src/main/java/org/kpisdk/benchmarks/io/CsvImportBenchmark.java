package org.kpisdk.benchmarks.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.io.ObservationCsv;
import org.kpisdk.io.ObservationMapping;
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
 * Reading {@code rows} observation rows ({@code date,channel,region,impressions,clicks,cost}, cost with two
 * decimals) from a temporary UTF-8 file: kpi-io into an {@link ObservationTable}, against baselines in the same run.
 * The {@code reader} parameter picks one:
 * <ul>
 * <li>{@code kpiIo} — {@link ObservationCsv#readStrict(Path, ObservationMapping)}: every cell parsed and checked,
 * columns filled;</li>
 * <li>{@code fastCsvOnly} — FastCSV alone iterating the records and touching every field, parsing nothing (the
 * floor kpi-io stands on);</li>
 * <li>{@code readLineSplit} — {@code BufferedReader.readLine} and {@code String.split(",", -1)}, parsing
 * nothing;</li>
 * <li>{@code handWritten} — {@code readLine}, {@code split}, {@code LocalDate.parse}, {@code Long.parseLong},
 * {@code BigDecimal} micros, dimension dictionaries in {@code HashMap}s, into primitive arrays: what one would
 * write without the library, with no quoting support and no row checks.</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -q package -pl kpi-benchmarks -am -DskipTests && java -jar
 * kpi-benchmarks/target/benchmarks.jar CsvImportBenchmark}
 *
 * <p>A JMH benchmark: JMH gives each benchmark thread its own state.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class CsvImportBenchmark {
    private static final String[] CHANNELS = {"instagram", "facebook", "x", "linkedin", "email", "search"};
    private static final String[] REGIONS = {"UK", "IE", "DE", "FR", "ES"};

    /** Number of data rows in the file. */
    @Param({"1000000"})
    public int rows;

    /** Which reader runs: {@code kpiIo} or one of the baselines. */
    @Param({"kpiIo", "fastCsvOnly", "readLineSplit", "handWritten"})
    public String reader;

    private Path file;
    private ObservationMapping mapping;

    /** Writes the file with a fixed seed and checks that kpi-io and the hand-written reader agree on it. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("kpi-io-bench", ".csv");
        SplittableRandom r = new SplittableRandom(42);
        LocalDate first = LocalDate.of(2025, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("date,channel,region,impressions,clicks,cost\n");
            for (int i = 0; i < rows; i++) {
                long impressions = r.nextLong(100_000);
                w.write(first.plusDays(r.nextInt(365)) + "," + CHANNELS[r.nextInt(CHANNELS.length)] + ","
                        + REGIONS[r.nextInt(REGIONS.length)] + "," + impressions + "," + r.nextLong(impressions / 20 + 1)
                        + "," + String.format(Locale.ROOT, "%d.%02d", r.nextInt(5_000), r.nextInt(100)) + "\n");
            }
        }
        mapping = ObservationMapping.builder().date("date").dimension("channel").dimension("region")
                .measure("impressions", StandardMeasures.IMPRESSIONS).measure("clicks", StandardMeasures.AD_CLICKS)
                .money("cost", StandardMeasures.COST, "EUR").build();
        ObservationTable table = ObservationCsv.readStrict(file, mapping);
        long[] hand = handWritten();
        if (table.size() != rows || hand.length != rows
                || table.value(rows - 1, StandardMeasures.COST).getAsLong() != hand[rows - 1]) {
            throw new IllegalStateException("kpi-io and the hand-written reader disagree on the file");
        }
    }

    /** Deletes the file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Reads the file with the chosen reader; returns its result so that nothing is optimised away. */
    @Benchmark
    public Object read() throws IOException {
        return switch (reader) {
            case "kpiIo" -> ObservationCsv.readStrict(file, mapping);
            case "fastCsvOnly" -> fastCsvOnly();
            case "readLineSplit" -> readLineSplit();
            case "handWritten" -> handWritten();
            default -> throw new IllegalArgumentException("unknown reader " + reader);
        };
    }

    private long fastCsvOnly() throws IOException {
        long chars = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(in)) {
            for (CsvRecord rec : csv) {
                for (int i = 0; i < rec.getFieldCount(); i++) {
                    chars += rec.getField(i).length();
                }
            }
        }
        return chars;
    }

    private long readLineSplit() throws IOException {
        long chars = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (String f : line.split(",", -1)) {
                    chars += f.length();
                }
            }
        }
        return chars;
    }

    /** Returns the cost column in micros (the other columns are filled too and kept alive through the loop). */
    private long[] handWritten() throws IOException {
        int[] days = new int[rows];
        int[] channels = new int[rows];
        int[] regions = new int[rows];
        long[] impressions = new long[rows];
        long[] clicks = new long[rows];
        long[] cost = new long[rows];
        Map<String, Integer> channelCodes = new HashMap<>();
        Map<String, Integer> regionCodes = new HashMap<>();
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                days[n] = (int) LocalDate.parse(f[0]).toEpochDay();
                channels[n] = channelCodes.computeIfAbsent(f[1], k -> channelCodes.size());
                regions[n] = regionCodes.computeIfAbsent(f[2], k -> regionCodes.size());
                impressions[n] = Long.parseLong(f[3]);
                clicks[n] = Long.parseLong(f[4]);
                cost[n] = new BigDecimal(f[5]).movePointRight(6).longValueExact();
                n++;
            }
        }
        if (days[n - 1] + channels[n - 1] + regions[n - 1] + impressions[n - 1] + clicks[n - 1] < 0) {
            throw new IllegalStateException("unreachable: every value is >= 0");
        }
        return cost;
    }
}
