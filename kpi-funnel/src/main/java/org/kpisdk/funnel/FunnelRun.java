package org.kpisdk.funnel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

/**
 * The outcome of a funnel for every entity of a log: its level and the step timestamps of its winning chain (the
 * chain that reached that level with the latest first step), plus the counts per level, time to convert and
 * conversion by entry cohort.
 *
 * <pre>{@code
 * FunnelRun run = funnel.evaluate(log);
 * run.levelOf(42);                                   // OptionalInt[2]: entity 42 did steps 0 and 1
 * run.chain(run.indexOf(42).getAsInt());             // [t1, t2], epoch millis
 * run.timeToConvert(0, 1).median();                  // median time from step 0 to step 1 (0-based)
 * run.byEntryCohort(TimeGrain.DAY, ZoneOffset.UTC);  // {2026-03-01=FunnelResult[...], ...}
 * }</pre>
 *
 * <p>Entities are in ascending id order. With {@link FunnelOptions.StepOrder#ANY} no chain is kept (steps are
 * not ordered), so chains are empty and time-to-convert and cohorts have no data. Immutable and thread-safe.
 */
public final class FunnelRun {
    private final FunnelResult result;
    private final long[] entities;
    private final int[] levels;
    private final long[] chains;
    private final int n;

    private FunnelRun(FunnelResult result, long[] entities, int[] levels, long[] chains, int n) {
        this.result = result;
        this.entities = entities;
        this.levels = levels;
        this.chains = chains;
        this.n = n;
    }

    /** Returns the counts per level. */
    public FunnelResult result() {
        return result;
    }

    /** Returns the number of entities. */
    public int size() {
        return entities.length;
    }

    /** Returns the id of the {@code i}-th entity (ascending ids). */
    public long entity(int i) {
        return entities[i];
    }

    /** Returns the level of the {@code i}-th entity. */
    public int level(int i) {
        return levels[i];
    }

    /** Returns the index of entity {@code id}, or empty if it has no event in the log. */
    public OptionalInt indexOf(long id) {
        int i = Arrays.binarySearch(entities, id);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Returns the level of entity {@code id}, or empty if it has no event in the log. */
    public OptionalInt levelOf(long id) {
        OptionalInt i = indexOf(id);
        return i.isPresent() ? OptionalInt.of(levels[i.getAsInt()]) : OptionalInt.empty();
    }

    /**
     * Returns the timestamps of the {@code i}-th entity's winning chain, one per step reached; empty for level 0
     * and for {@link FunnelOptions.StepOrder#ANY}.
     */
    public long[] chain(int i) {
        if (chains.length == 0) {
            return new long[0];
        }
        return Arrays.copyOfRange(chains, i * n, i * n + levels[i]);
    }

    /**
     * Returns the times from step {@code from} to step {@code to} (0-based, {@code from < to}) of the entities
     * that reached step {@code to}, taken from their winning chains.
     */
    public ConversionTimes timeToConvert(int from, int to) {
        Checks.argument(from >= 0 && from < to && to < n, "need 0 <= from < to < %d, was from %d, to %d", n, from,
                to);
        if (chains.length == 0) {
            return new ConversionTimes(new long[0]);
        }
        long[] times = new long[entities.length];
        int m = 0;
        for (int i = 0; i < entities.length; i++) {
            if (levels[i] > to) {
                times[m++] = chains[i * n + to] - chains[i * n + from];
            }
        }
        return new ConversionTimes(Arrays.copyOf(times, m));
    }

    /**
     * Returns the counts per level of the entities that entered (did step 1) in each period, by the date of their
     * winning chain's first step in {@code zone}; entities at level 0 belong to no cohort. This is the "conversion
     * over time" view: {@code byEntryCohort(DAY, zone).get(day).counts().overallConversion(N - 1)}.
     */
    public SortedMap<PeriodKey, FunnelResult> byEntryCohort(TimeGrain grain, ZoneId zone) {
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(zone, "zone");
        SortedMap<PeriodKey, long[]> cohorts = new TreeMap<>();
        if (chains.length > 0) {
            for (int i = 0; i < entities.length; i++) {
                if (levels[i] > 0) {
                    LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(chains[i * n]), zone);
                    cohorts.computeIfAbsent(grain.periodOf(day), k -> new long[n + 1])[levels[i]]++;
                }
            }
        }
        SortedMap<PeriodKey, FunnelResult> out = new TreeMap<>();
        cohorts.forEach((k, v) -> out.put(k, FunnelResult.trusted(result.steps(), v)));
        return Collections.unmodifiableSortedMap(out);
    }

    @Override
    public String toString() {
        return "FunnelRun[" + entities.length + " entities, " + result + "]";
    }

    /** Collects entities in scan order (ascending ids). */
    static final class Collector {
        private final int n;
        private final boolean keepChains;
        private long[] entities = new long[64];
        private int[] levels = new int[64];
        private long[] chains;
        private int size;

        Collector(int n, boolean keepChains) {
            this.n = n;
            this.keepChains = keepChains;
            this.chains = new long[keepChains ? 64 * n : 0];
        }

        void add(long entity, int level, long[] winner) {
            if (size == entities.length) {
                entities = Arrays.copyOf(entities, size * 2);
                levels = Arrays.copyOf(levels, size * 2);
                if (keepChains) {
                    chains = Arrays.copyOf(chains, size * 2 * n);
                }
            }
            entities[size] = entity;
            levels[size] = level;
            if (keepChains) {
                System.arraycopy(winner, 0, chains, size * n, level);
            }
            size++;
        }

        FunnelRun build(FunnelResult result, List<String> names) {
            return new FunnelRun(result, Arrays.copyOf(entities, size), Arrays.copyOf(levels, size),
                    keepChains ? Arrays.copyOf(chains, size * n) : new long[0], names.size());
        }
    }
}
