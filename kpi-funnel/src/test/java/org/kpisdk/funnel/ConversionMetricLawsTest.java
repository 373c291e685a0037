package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Count;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;

/**
 * {@link ConversionMetric#compute} against a brute-force reference that tries every base event for every
 * conversion (quadratic, straight from the definition), on generated logs with ties, missing properties and
 * windows of 0 to 6 ms; and the one-timestamp log of issue 26 that used to take seconds.
 */
final class ConversionMetricLawsTest {
    private static final String[] TYPES = {"visit", "signup", "x"};
    private static final String[] VALUES = {"1", "2", null};

    /** One generated row. */
    record Row(long entity, long ts, String type, Map<String, String> properties) {
        @Override
        public String toString() {
            return entity + ":" + type + properties + "@" + ts;
        }
    }

    /** A generated log and window. */
    record Scenario(List<Row> rows, long window) {
        EventLog log() {
            EventLog.Builder b = EventLog.builder();
            for (Row r : rows) {
                b.add(r.entity(), r.ts(), r.type(), r.properties());
            }
            return b.build();
        }
    }

    static final Gen<Scenario> SCENARIOS = Gen.of(ConversionMetricLawsTest::scenario, List.of(
            // Bound: exactly at the window and one past it.
            new Scenario(List.of(row(1, 0, "visit", "1", "1"), row(1, 3, "signup", "1", "1"),
                    row(2, 0, "visit", "1", "1"), row(2, 4, "signup", "1", "1")), 3),
            // Several base events at one time, conversions at the same time: the last base of the log collects.
            new Scenario(List.of(row(1, 5, "signup", "2", null), row(1, 5, "visit", "1", "2"),
                    row(1, 5, "visit", "2", "1"), row(1, 5, "signup", "1", "2")), 0)));

    private static Row row(long entity, long ts, String type, String p, String q) {
        Map<String, String> props = new HashMap<>();
        if (p != null) {
            props.put("p", p);
        }
        if (q != null) {
            props.put("q", q);
        }
        return new Row(entity, ts, type, props);
    }

    private static Scenario scenario(SplittableRandom r) {
        int rows = r.nextInt(0, 14);
        int entities = r.nextInt(1, 4);
        int maxTs = r.nextInt(1, 10);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            out.add(row(r.nextInt(entities), r.nextInt(maxTs), TYPES[r.nextInt(TYPES.length)],
                    VALUES[r.nextInt(VALUES.length)], VALUES[r.nextInt(VALUES.length)]));
        }
        return new Scenario(out, r.nextInt(0, 7));
    }

    static Stream<Arguments> scenarios() {
        return Cases.of(SCENARIOS);
    }

    /** The metrics compared: no constant, one constant under one or two names, two constants. */
    private static List<ConversionMetric> metrics(long window) {
        ConversionMetric plain = ConversionMetric.of("visit", "signup", Duration.ofMillis(window));
        return List.of(plain, plain.withConstantProperty("p", "p"), plain.withConstantProperty("p", "q"),
                plain.withConstantProperty("p", "p").withConstantProperty("q", "q"));
    }

    private static List<List<String>> constants(int metric) {
        return switch (metric) {
            case 0 -> List.of();
            case 1 -> List.of(List.of("p", "p"));
            case 2 -> List.of(List.of("p", "q"));
            default -> List.of(List.of("p", "p"), List.of("q", "q"));
        };
    }

    /**
     * The definition, tried pair by pair: a conversion goes to the base event of its entity with
     * {@code b <= c <= b + window} and matching constants that has the latest time, at equal times the one
     * latest in the log.
     */
    static ConversionMetric.Result bruteForce(List<Row> rows, long window, List<List<String>> constants) {
        long bases = 0;
        long conversions = 0;
        Set<Integer> credited = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row c = rows.get(i);
            if (c.type().equals("visit")) {
                bases++;
                continue;
            }
            if (!c.type().equals("signup")) {
                continue;
            }
            int best = -1;
            for (int j = 0; j < rows.size(); j++) {
                Row b = rows.get(j);
                if (!b.type().equals("visit") || b.entity() != c.entity() || b.ts() > c.ts()
                        || c.ts() - b.ts() > window || !matches(b, c, constants)) {
                    continue;
                }
                if (best < 0 || b.ts() > rows.get(best).ts() || (b.ts() == rows.get(best).ts() && j > best)) {
                    best = j;
                }
            }
            if (best >= 0) {
                conversions++;
                credited.add(best);
            }
        }
        return new ConversionMetric.Result(Count.of(bases), Count.of(conversions), Count.of(credited.size()));
    }

    private static boolean matches(Row base, Row conversion, List<List<String>> constants) {
        for (List<String> pair : constants) {
            String v = base.properties().get(pair.get(0));
            if (v == null || !Objects.equals(v, conversion.properties().get(pair.get(1)))) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void computeEqualsTheBruteForceDefinition(Scenario s) {
        EventLog log = s.log();
        List<ConversionMetric> metrics = metrics(s.window());
        for (int m = 0; m < metrics.size(); m++) {
            assertEquals(bruteForce(s.rows(), s.window(), constants(m)), metrics.get(m).compute(log),
                    metrics.get(m)::toString);
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void resultsOfEntitiesComputedApartAddUpToTheWhole(Scenario s) {
        Map<Long, List<Row>> byEntity = new HashMap<>();
        for (Row r : s.rows()) {
            byEntity.computeIfAbsent(r.entity(), k -> new ArrayList<>()).add(r);
        }
        for (ConversionMetric m : metrics(s.window())) {
            ConversionMetric.Result sum = new ConversionMetric.Result(Count.zero(), Count.zero(), Count.zero());
            for (List<Row> part : byEntity.values()) {
                sum = sum.plus(m.compute(new Scenario(part, s.window()).log()));
            }
            assertEquals(m.compute(s.log()), sum, m::toString);
        }
    }

    @Test
    void oneEntityWith160kEventsAtOneTimestampIsCountedInOnePass() {
        // Issue 26: 11.5 s (29 s with a constant property) before the scan became linear. All events share one
        // time, so every visit precedes every signup: without a constant, every signup goes to the visit latest in
        // the log (80,000 conversions, 1 converted visit); with the product held, each signup goes to the visit of
        // its own product (80,000 and 80,000).
        int pairs = 80_000;
        long[] entities = new long[2 * pairs];
        long[] times = new long[2 * pairs];
        String[] types = new String[2 * pairs];
        String[] products = new String[2 * pairs];
        for (int k = 0; k < pairs; k++) {
            entities[2 * k] = 7;
            entities[2 * k + 1] = 7;
            times[2 * k] = 1_000;
            times[2 * k + 1] = 1_000;
            types[2 * k] = "visit";
            types[2 * k + 1] = "signup";
            products[2 * k] = "p" + k;
            products[2 * k + 1] = "p" + k;
        }
        EventLog log = EventLog.of(entities, times, types, Map.of("product", products));
        ConversionMetric m = ConversionMetric.of("visit", "signup", Duration.ofDays(1));
        assertEquals(new ConversionMetric.Result(Count.of(pairs), Count.of(pairs), Count.of(1)), m.compute(log));
        assertEquals(new ConversionMetric.Result(Count.of(pairs), Count.of(pairs), Count.of(pairs)),
                m.withConstantProperty("product", "product").compute(log));
    }
}
