package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;
import org.kpisdk.testkit.Laws;

/** Laws of event funnels on generated small logs, checked against a brute-force reference. */
final class FunnelLawsTest {
    private static final String[] TYPES = {"a", "b", "c", "x"};

    /** A generated funnel problem: rows of several entities, steps as sets of event types, a window. */
    // The columns are handed to EventLog.of as arrays; scenarios are never compared.
    @SuppressWarnings("ArrayRecordComponent")
    record Scenario(long[] entities, long[] ts, String[] types, List<Set<String>> steps, long window) {
        EventLog log() {
            return EventLog.of(entities, ts, types);
        }

        Funnel funnel(FunnelOptions options) {
            Funnel.Builder b = Funnel.builder();
            for (int k = 0; k < steps.size(); k++) {
                b.step(new Step("s" + k, steps.get(k)));
            }
            return b.window(Duration.ofMillis(window)).options(options).build();
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("steps ").append(steps).append(" window ").append(window)
                    .append(" rows");
            for (int i = 0; i < ts.length; i++) {
                s.append(' ').append(entities[i]).append(':').append(types[i]).append('@').append(ts[i]);
            }
            return s.toString();
        }
    }

    static final Gen<Scenario> SCENARIOS = Gen.of(FunnelLawsTest::scenario, List.of(
            // ClickHouse's strict_increase defect: c1@0, c1@1, c2@1 must give 2.
            new Scenario(new long[] {1, 1, 1}, new long[] {0, 1, 1}, new String[] {"a", "a", "b"},
                    List.of(Set.of("a"), Set.of("b")), 10),
            // Duplicate step types; an empty step's worth of events.
            new Scenario(new long[] {1, 2}, new long[] {5, 5}, new String[] {"a", "x"},
                    List.of(Set.of("a"), Set.of("a"), Set.of("a")), 0)));

    private static Scenario scenario(SplittableRandom r) {
        int stepCount = r.nextInt(1, 5);
        List<Set<String>> steps = new ArrayList<>();
        for (int k = 0; k < stepCount; k++) {
            Set<String> s = new TreeSet<>();
            s.add(TYPES[r.nextInt(3)]);
            if (r.nextInt(4) == 0) {
                s.add(TYPES[r.nextInt(3)]);
            }
            steps.add(s);
        }
        int rows = r.nextInt(0, 12);
        long[] e = new long[rows];
        long[] t = new long[rows];
        String[] types = new String[rows];
        int entityCount = r.nextInt(1, 5);
        int maxTs = r.nextInt(1, 12);
        for (int i = 0; i < rows; i++) {
            e[i] = r.nextInt(entityCount) * 7L - 3;
            t[i] = r.nextInt(maxTs);
            types[i] = TYPES[r.nextInt(TYPES.length)];
        }
        return new Scenario(e, t, types, steps, r.nextInt(0, 7));
    }

    static Stream<Arguments> scenarios() {
        return Cases.of(SCENARIOS);
    }

    /** Every option combination whose levels are defined by chains. */
    static List<FunnelOptions> chainDefinedOptions() {
        List<FunnelOptions> all = new ArrayList<>();
        for (FunnelOptions.Anchor a : FunnelOptions.Anchor.values()) {
            for (FunnelOptions.StepOrder s : FunnelOptions.StepOrder.values()) {
                for (FunnelOptions.EventReuse u : FunnelOptions.EventReuse.values()) {
                    for (FunnelOptions.Timestamps t : FunnelOptions.Timestamps.values()) {
                        for (FunnelOptions.TieOrder tie : FunnelOptions.TieOrder.values()) {
                            all.add(FunnelOptions.defaults().with(a).with(s).with(u).with(t).with(tie));
                        }
                    }
                }
            }
        }
        return all;
    }

    private static Map<Long, List<BruteForceFunnel.Row>> byEntity(Scenario s) {
        Map<Long, List<BruteForceFunnel.Row>> m = new HashMap<>();
        for (int i = 0; i < s.ts().length; i++) {
            m.computeIfAbsent(s.entities()[i], k -> new ArrayList<>())
                    .add(new BruteForceFunnel.Row(s.ts()[i], s.types()[i], i));
        }
        return m;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyEntityLevelEqualsTheBruteForceForEveryChainDefinedOption(Scenario s) {
        Map<Long, List<BruteForceFunnel.Row>> entities = byEntity(s);
        for (FunnelOptions o : chainDefinedOptions()) {
            FunnelRun run = s.funnel(o).evaluate(s.log());
            BruteForceFunnel reference = new BruteForceFunnel(s.steps(), s.window(), o);
            assertEquals(entities.size(), run.size(), "entities");
            for (Map.Entry<Long, List<BruteForceFunnel.Row>> e : entities.entrySet()) {
                int expected = reference.level(e.getValue());
                assertEquals(expected, run.levelOf(e.getKey()).getAsInt(), () -> "entity " + e.getKey() + " " + o);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theWinningChainIsAValidChainOfTheReportedLevel(Scenario s) {
        for (FunnelOptions o : chainDefinedOptions()) {
            if (o.stepOrder() == FunnelOptions.StepOrder.ANY) {
                continue;
            }
            FunnelRun run = s.funnel(o).evaluate(s.log());
            for (int i = 0; i < run.size(); i++) {
                long[] chain = run.chain(i);
                assertEquals(run.level(i), chain.length, o::toString);
                for (int k = 1; k < chain.length; k++) {
                    boolean ordered = o.timestamps() == FunnelOptions.Timestamps.STRICTLY_INCREASING
                            ? chain[k - 1] < chain[k] : chain[k - 1] <= chain[k];
                    assertTrue(ordered, o::toString);
                }
                if (chain.length > 0) {
                    assertTrue(chain[chain.length - 1] - chain[0] <= s.window(), o::toString);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void splitByEntityThenMergeEqualsWhole(Scenario s) {
        for (FunnelOptions o : List.of(FunnelOptions.defaults(), ClickHouse.windowFunnel("strict_order"),
                FunnelOptions.defaults().with(FunnelOptions.StepOrder.ANY))) {
            Funnel f = s.funnel(o);
            FunnelResult whole = f.count(s.log());
            // Split: entities with a negative id in one part, the others in the other.
            List<Integer> left = new ArrayList<>();
            List<Integer> right = new ArrayList<>();
            for (int i = 0; i < s.ts().length; i++) {
                (s.entities()[i] < 0 ? left : right).add(i);
            }
            FunnelResult merged = f.count(subLog(s, left)).plus(f.count(subLog(s, right)));
            assertEquals(whole, merged);
        }
        // The parallel path splits by entity hash on its own threads.
        Funnel f = s.funnel(FunnelOptions.defaults());
        assertEquals(f.count(s.log()), f.count(s.log(), 2));
        assertEquals(f.count(s.log()), f.count(s.log(), 3));
    }

    private static EventLog subLog(Scenario s, List<Integer> rows) {
        long[] e = new long[rows.size()];
        long[] t = new long[rows.size()];
        String[] ty = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            e[i] = s.entities()[rows.get(i)];
            t[i] = s.ts()[rows.get(i)];
            ty[i] = s.types()[rows.get(i)];
        }
        return EventLog.of(e, t, ty);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void funnelCountsAreNonIncreasingAlongSteps(Scenario s) {
        for (FunnelOptions o : List.of(FunnelOptions.defaults(), ClickHouse.windowFunnel("strict_order",
                "strict_deduplication"), FunnelOptions.defaults().with(FunnelOptions.StepOrder.STRICT))) {
            FunnelResult r = s.funnel(o).count(s.log());
            assertTrue(r.counts().isNonIncreasing(), r::toString);
            long distinct = java.util.Arrays.stream(s.entities()).distinct().count();
            assertEquals(distinct, r.entities().value());
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void rowOrderDoesNotMatterWhenTiesGoByStepIndex(Scenario s) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < s.ts().length; i++) {
            rows.add(i);
        }
        Collections.shuffle(rows, new java.util.Random(s.ts().length * 31L + s.window()));
        EventLog shuffled = subLog(s, rows);
        for (FunnelOptions o : chainDefinedOptions()) {
            if (o.tieOrder() == FunnelOptions.TieOrder.BY_STEP_INDEX) {
                Funnel f = s.funnel(o);
                assertEquals(f.count(s.log()), f.count(shuffled), o::toString);
            }
        }
    }

    static final Gen<FunnelResult> RESULTS = Gen.of(r -> FunnelResult.of(List.of("v", "c", "b"),
            r.nextLong(0, 1_000), r.nextLong(0, 1_000), r.nextLong(0, 1_000), r.nextLong(0, 1_000)),
            List.of(FunnelResult.empty(List.of("v", "c", "b"))));

    static Stream<Arguments> resultTriples() {
        return Cases.of(RESULTS, RESULTS, RESULTS);
    }

    @ParameterizedTest
    @MethodSource("resultTriples")
    void resultMergeIsAssociativeCommutativeWithEmptyAsIdentity(FunnelResult a, FunnelResult b, FunnelResult c) {
        Laws.associative(FunnelResult::plus, a, b, c);
        Laws.commutative(FunnelResult::plus, a, b);
        Laws.identity(FunnelResult::plus, FunnelResult.empty(a.steps()), a);
        // reached() is additive too: the sum's counts are the sums of the counts.
        FunnelResult sum = a.plus(b);
        for (int k = 0; k < 3; k++) {
            assertEquals(a.reachedStep(k).value() + b.reachedStep(k).value(), sum.reachedStep(k).value());
        }
    }
}
