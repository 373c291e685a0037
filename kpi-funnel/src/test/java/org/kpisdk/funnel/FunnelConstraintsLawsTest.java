package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;

/**
 * Laws of funnels with property conditions, optional steps, per-step windows, exclusions and held properties, on
 * generated small logs, checked against the brute-force references.
 */
final class FunnelConstraintsLawsTest {
    private static final String[] TYPES = {"a", "b", "c", "x"};
    private static final String[] VALUES = {"u", "v", null};

    /** A generated problem; {@code props[i]} is row i's value of property "p" (null: none). */
    // The columns are handed to EventLog.of as arrays; scenarios are never compared.
    @SuppressWarnings("ArrayRecordComponent")
    record Scenario(long[] entities, long[] ts, String[] types, String[] props, List<Set<String>> steps,
            List<Map<String, Set<String>>> where, boolean[] optional, long[] gaps,
            List<BruteForceConstrained.Excl> exclusions, boolean hold, long window) {
        EventLog log() {
            String[] all = new String[ts.length];
            Arrays.fill(all, "1");
            return EventLog.of(entities, ts, types, Map.of("p", props, "all", all));
        }

        Funnel funnel(FunnelOptions options, boolean constrained) {
            Funnel.Builder b = Funnel.builder();
            for (int k = 0; k < steps.size(); k++) {
                Step s = new Step("s" + k, steps.get(k), where.get(k));
                b.step(s);
                if (constrained && optional[k]) {
                    b.optional();
                }
                if (constrained && gaps[k] != Long.MAX_VALUE) {
                    b.within(Duration.ofMillis(gaps[k]));
                }
            }
            if (constrained) {
                for (BruteForceConstrained.Excl x : exclusions) {
                    b.exclude(new Step("x", x.types(), x.where()), x.after(), x.before());
                }
                if (hold) {
                    b.holdConstant("p");
                }
            }
            return b.window(Duration.ofMillis(window)).options(options).build();
        }

        Map<Long, List<BruteForceFunnel.Row>> byEntity() {
            Map<Long, List<BruteForceFunnel.Row>> m = new HashMap<>();
            for (int i = 0; i < ts.length; i++) {
                Map<String, String> p = props[i] == null ? Map.of("all", "1") : Map.of("p", props[i], "all", "1");
                m.computeIfAbsent(entities[i], k -> new ArrayList<>())
                        .add(new BruteForceFunnel.Row(ts[i], types[i], i, p));
            }
            return m;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("steps ").append(steps).append(where).append(" optional ")
                    .append(Arrays.toString(optional)).append(" gaps ").append(Arrays.toString(gaps))
                    .append(" excl ").append(exclusions).append(" hold ").append(hold).append(" window ")
                    .append(window).append(" rows");
            for (int i = 0; i < ts.length; i++) {
                s.append(' ').append(entities[i]).append(':').append(types[i]).append('{').append(props[i])
                        .append("}@").append(ts[i]);
            }
            return s.toString();
        }
    }

    static final Gen<Scenario> SCENARIOS = Gen.of(FunnelConstraintsLawsTest::scenario, List.of(
            // A@0 X@1 B@2 with X excluded between steps 0 and 1: removed (Funnel Javadoc).
            new Scenario(new long[] {1, 1, 1}, new long[] {0, 1, 2}, new String[] {"a", "x", "b"},
                    new String[] {"u", "u", "u"}, List.of(Set.of("a"), Set.of("b")), List.of(Map.of(), Map.of()),
                    new boolean[2], new long[] {Long.MAX_VALUE, Long.MAX_VALUE},
                    List.of(new BruteForceConstrained.Excl(Set.of("x"), Map.of(), 0, 1)), false, 10),
            // An optional middle step skipped: a@0 c@2 with a → b? → c gives 3.
            new Scenario(new long[] {1, 1}, new long[] {0, 2}, new String[] {"a", "c"}, new String[] {null, "v"},
                    List.of(Set.of("a"), Set.of("b"), Set.of("c")), List.of(Map.of(), Map.of(), Map.of()),
                    new boolean[] {false, true, false}, new long[] {Long.MAX_VALUE, Long.MAX_VALUE, 2}, List.of(),
                    false, 5)));

    private static Scenario scenario(SplittableRandom r) {
        int n = r.nextInt(1, 5);
        List<Set<String>> steps = new ArrayList<>();
        List<Map<String, Set<String>>> where = new ArrayList<>();
        boolean[] optional = new boolean[n];
        long[] gaps = new long[n];
        for (int k = 0; k < n; k++) {
            Set<String> s = new TreeSet<>();
            s.add(TYPES[r.nextInt(3)]);
            if (r.nextInt(4) == 0) {
                s.add(TYPES[r.nextInt(3)]);
            }
            steps.add(s);
            where.add(r.nextInt(4) == 0 ? Map.of("p", Set.of(r.nextBoolean() ? "u" : "v")) : Map.of());
            optional[k] = k > 0 && r.nextInt(4) == 0;
            gaps[k] = k > 0 && r.nextInt(3) == 0 ? r.nextInt(0, 5) : Long.MAX_VALUE;
        }
        List<BruteForceConstrained.Excl> exclusions = new ArrayList<>();
        int tries = r.nextInt(0, 3);
        for (int i = 0; i < tries && n > 1; i++) {
            int a = r.nextInt(n - 1);
            int b = r.nextInt(a + 1, n);
            if (!optional[a] && !optional[b]) {
                Set<String> types = Set.of(r.nextInt(3) == 0 ? TYPES[r.nextInt(3)] : "x");
                exclusions.add(new BruteForceConstrained.Excl(types,
                        r.nextInt(4) == 0 ? Map.of("p", Set.of("u")) : Map.of(), a, b));
            }
        }
        int rows = r.nextInt(0, 11);
        long[] e = new long[rows];
        long[] t = new long[rows];
        String[] types = new String[rows];
        String[] props = new String[rows];
        int entityCount = r.nextInt(1, 4);
        int maxTs = r.nextInt(1, 12);
        for (int i = 0; i < rows; i++) {
            e[i] = r.nextInt(entityCount) * 5L - 2;
            t[i] = r.nextInt(maxTs);
            types[i] = TYPES[r.nextInt(TYPES.length)];
            props[i] = VALUES[r.nextInt(VALUES.length)];
        }
        return new Scenario(e, t, types, props, steps, where, optional, gaps, exclusions, r.nextInt(3) == 0,
                r.nextInt(0, 8));
    }

    static Stream<Arguments> scenarios() {
        return Cases.of(SCENARIOS);
    }

    /** The chain-defined options with ORDERED steps, where the further conditions apply. */
    static List<FunnelOptions> orderedOptions() {
        List<FunnelOptions> out = new ArrayList<>();
        for (FunnelOptions o : FunnelLawsTest.chainDefinedOptions()) {
            if (o.stepOrder() == FunnelOptions.StepOrder.ORDERED) {
                out.add(o);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void propertyConditionsAgreeWithTheBruteForceForEveryChainDefinedOption(Scenario s) {
        Map<Long, List<BruteForceFunnel.Row>> entities = s.byEntity();
        for (FunnelOptions o : FunnelLawsTest.chainDefinedOptions()) {
            FunnelRun run = s.funnel(o, false).evaluate(s.log());
            BruteForceFunnel reference = new BruteForceFunnel(s.steps(), s.where(), s.window(), o);
            for (Map.Entry<Long, List<BruteForceFunnel.Row>> e : entities.entrySet()) {
                assertEquals(reference.level(e.getValue()), run.levelOf(e.getKey()).getAsInt(),
                        () -> "entity " + e.getKey() + " " + o);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void constrainedLevelsAgreeWithTheBruteForce(Scenario s) {
        Map<Long, List<BruteForceFunnel.Row>> entities = s.byEntity();
        for (FunnelOptions o : orderedOptions()) {
            Funnel f = s.funnel(o, true);
            FunnelRun run = f.evaluate(s.log());
            BruteForceConstrained reference = new BruteForceConstrained(s.steps(), s.where(), s.window(), o,
                    s.optional(), s.gaps(), s.exclusions(), s.hold() ? List.of("p") : List.of());
            long[] expectedCounts = new long[s.steps().size() + 1];
            for (Map.Entry<Long, List<BruteForceFunnel.Row>> e : entities.entrySet()) {
                int expected = reference.level(e.getValue());
                // A removed entity (-1) is absent from the run.
                assertEquals(expected, run.levelOf(e.getKey()).orElse(-1), () -> "entity " + e.getKey() + " " + o);
                if (expected >= 0) {
                    expectedCounts[expected]++;
                }
            }
            assertEquals(FunnelResult.of(f.stepNames(), expectedCounts), f.count(s.log()), o::toString);
        }
        Funnel f = s.funnel(FunnelOptions.defaults(), true);
        assertEquals(f.count(s.log()), f.count(s.log(), 2), "split by entity over two threads, then merged");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theWinningChainRespectsTheWindows(Scenario s) {
        for (FunnelOptions o : orderedOptions()) {
            Funnel f = s.funnel(o, true);
            FunnelRun run = f.evaluate(s.log());
            for (int i = 0; i < run.size(); i++) {
                long[] chain = run.chain(i);
                assertEquals(run.level(i), chain.length, o::toString);
                for (int k = 1; k < chain.length; k++) {
                    assertTrue(chain[k - 1] <= chain[k], o::toString);
                    assertTrue(chain[k] - chain[k - 1] <= s.gaps()[k], o::toString);
                }
                if (chain.length > 0) {
                    assertTrue(chain[chain.length - 1] - chain[0] <= s.window(), o::toString);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void aBreakdownByAPropertyEveryEventHasAddsUpToTheCounts(Scenario s) {
        // Every row has all=1, so every entity with a chain lands under "1", whichever touch; the breakdown runs
        // the constrained scan, the plain count the fast engine: this also checks one against the other.
        for (FunnelOptions o : orderedOptions()) {
            Funnel f = s.funnel(o, false);
            long[] expected = new long[s.steps().size() + 1];
            FunnelResult whole = f.count(s.log());
            for (int k = 1; k <= s.steps().size(); k++) {
                expected[k] = whole.atLevel(k).value();
            }
            for (BreakdownTouch touch : List.of(BreakdownTouch.firstTouch(), BreakdownTouch.lastTouch())) {
                SortedMap<String, FunnelResult> parts = f.breakdown(s.log(), "all", touch);
                FunnelResult got = parts.getOrDefault("1", FunnelResult.empty(f.stepNames()));
                assertEquals(FunnelResult.of(f.stepNames(), expected), got, () -> o + " " + touch);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void withAHeldPropertyTheFirstTouchBreakdownCoversEveryEntityWithAChain(Scenario s) {
        FunnelOptions o = FunnelOptions.defaults();
        Funnel f = s.funnel(o, true);
        if (!s.hold()) {
            return;
        }
        FunnelResult whole = f.count(s.log());
        long withChain = whole.reachedStep(0).value();
        long inParts = 0;
        for (FunnelResult part : f.breakdown(s.log(), "p", BreakdownTouch.firstTouch()).values()) {
            inParts += part.reachedStep(0).value();
            assertEquals(0, part.atLevel(0).value(), part::toString);
        }
        assertEquals(withChain, inParts);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void firstAndLastTouchBreakdownsFollowTheWinningChainOfTheBruteForce(Scenario s) {
        Map<Long, List<BruteForceFunnel.Row>> entities = s.byEntity();
        for (FunnelOptions o : orderedOptions()) {
            Funnel f = s.funnel(o, true);
            BruteForceConstrained reference = new BruteForceConstrained(s.steps(), s.where(), s.window(), o,
                    s.optional(), s.gaps(), s.exclusions(), s.hold() ? List.of("p") : List.of());
            Map<String, long[]> first = new java.util.TreeMap<>();
            Map<String, long[]> last = new java.util.TreeMap<>();
            for (List<BruteForceFunnel.Row> rows : entities.values()) {
                int[] w = reference.evaluate(rows);
                if (w[0] <= 0) {
                    continue;
                }
                String v1 = s.props()[w[1]];
                String v2 = s.props()[w[2]];
                if (v1 != null) {
                    first.computeIfAbsent(v1, k -> new long[s.steps().size() + 1])[w[0]]++;
                }
                if (v2 != null) {
                    last.computeIfAbsent(v2, k -> new long[s.steps().size() + 1])[w[0]]++;
                }
            }
            assertEquals(asResults(f, first), f.breakdown(s.log(), "p", BreakdownTouch.firstTouch()), o::toString);
            assertEquals(asResults(f, last), f.breakdown(s.log(), "p", BreakdownTouch.lastTouch()), o::toString);
        }
    }

    private static Map<String, FunnelResult> asResults(Funnel f, Map<String, long[]> counts) {
        Map<String, FunnelResult> out = new java.util.TreeMap<>();
        counts.forEach((k, v) -> out.put(k, FunnelResult.of(f.stepNames(), v)));
        return out;
    }
}
