package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of key results, objectives, colour scales and status policies over seeded generated cases. */
final class GoalsLawsTest {
    private static final Gen<BigDecimal> DECIMALS = Gen.longs(-1_000_000, 1_000_000)
            .map(v -> BigDecimal.valueOf(v, 2));
    private static final Gen<BigDecimal> NON_ZERO = Gen.longs(-1_000_000, 1_000_000).filter(v -> v != 0)
            .map(v -> BigDecimal.valueOf(v, 2));
    private static final BigDecimal SHIFT = new BigDecimal("7.5");

    private static int sign(BigDecimal x) {
        return x.signum();
    }

    static Stream<Arguments> metricKeyResults() {
        return Cases.of(DECIMALS, NON_ZERO, DECIMALS);
    }

    @ParameterizedTest
    @MethodSource("metricKeyResults")
    void metricKeyResultProgress(BigDecimal start, BigDecimal delta, BigDecimal current) {
        BigDecimal target = start.add(delta);
        KeyResult kr = KeyResult.metric("kr", start, target, current);
        // Reflection (a decreasing key result is the mirror of an increasing one) and translation leave it alone.
        KeyResult mirrored = KeyResult.metric("kr", start.negate(), target.negate(), current.negate());
        KeyResult shifted = KeyResult.metric("kr", start.add(SHIFT), target.add(SHIFT), current.add(SHIFT));
        assertEquals(0, kr.rawProgress().compareTo(mirrored.rawProgress()));
        assertEquals(0, kr.rawProgress().compareTo(shifted.rawProgress()));
        // Positive exactly when the value moved towards the target.
        assertEquals(sign(current.subtract(start)) * sign(delta), kr.rawProgress().signum());
        // Clamped progress is the raw one cut to [0, 1].
        BigDecimal p = kr.progress();
        assertTrue(p.signum() >= 0 && p.compareTo(BigDecimal.ONE) <= 0, p::toString);
        BigDecimal expected = kr.rawProgress().signum() < 0 ? BigDecimal.ZERO
                : kr.rawProgress().compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : kr.rawProgress();
        assertEquals(0, expected.compareTo(p));
        assertEquals(0, KeyResult.metric("kr", start, target, start).rawProgress().signum());
        assertEquals(0, BigDecimal.ONE.compareTo(KeyResult.metric("kr", start, target, target).rawProgress()));
    }

    /** A key result as (milestones reached of 10, weight 0..4). */
    private static final Gen<int[]> KR_SPEC = Gen.combine(Gen.ints(0, 10), Gen.ints(0, 4), (r, w) -> new int[] {r, w});

    static Stream<Arguments> objectives() {
        Gen<List<int[]>> specs = Gen.listOf(KR_SPEC, 1, 7).filter(l -> l.stream().anyMatch(s -> s[1] > 0));
        return Cases.of(specs);
    }

    private static Objective objective(List<int[]> specs, int weightFactor) {
        Objective.Builder b = Objective.builder("o", OkrType.ASPIRATIONAL);
        for (int[] s : specs) {
            BigDecimal weight = BigDecimal.valueOf((long) s[1] * weightFactor);
            b.keyResult(KeyResult.milestones("m", s[0], 10).withWeight(weight));
        }
        return b.build();
    }

    @ParameterizedTest
    @MethodSource("objectives")
    void objectiveScoreIsAWeightedMean(List<int[]> specs) {
        Objective o = objective(specs, 1);
        BigDecimal min = BigDecimal.ONE;
        BigDecimal max = BigDecimal.ZERO;
        for (int[] s : specs) {
            if (s[1] > 0) {
                BigDecimal p = BigDecimal.valueOf(s[0], 1);
                min = min.min(p);
                max = max.max(p);
            }
        }
        BigDecimal score = o.score();
        String range = score + " not in " + min + ".." + max;
        assertTrue(score.compareTo(min) >= 0 && score.compareTo(max) <= 0, range);
        // Order of key results and scale of weights do not matter; milestone progress is never clamped.
        List<int[]> reversed = new ArrayList<>(specs);
        Collections.reverse(reversed);
        assertEquals(0, score.compareTo(objective(reversed, 1).score()));
        assertEquals(0, score.compareTo(objective(specs, 3).score()));
        assertEquals(0, score.compareTo(o.rawScore()));
    }

    static Stream<Arguments> scores() {
        return Cases.of(Gen.longs(-2_000, 3_000).map(v -> BigDecimal.valueOf(v, 3))
                .withEdgeCases(List.of(new BigDecimal("0.4"), new BigDecimal("0.7"), BigDecimal.ONE)));
    }

    @ParameterizedTest
    @MethodSource("scores")
    void colourScalesPartitionTheScores(BigDecimal score) {
        double x = score.doubleValue();
        Status google = x < 0.4 ? Status.RED : x < 0.7 ? Status.YELLOW : Status.GREEN;
        Status committed = x < 0.4 ? Status.RED : x < 1.0 ? Status.YELLOW : Status.GREEN;
        Assessment a = OkrColours.google().assess(score);
        assertEquals(google, a.status());
        assertTrue(a.explanation().contains("so " + google + " ("), a::explanation);
        assertEquals(committed, OkrColours.committed().assess(score).status());
    }

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final Goal UP = Goal.builder("up").metric("reach").baseline(BigDecimal.ZERO, START)
            .target(BigDecimal.valueOf(200)).deadline(START.plusDays(100)).build();

    private static StatusPolicy preset(String name) {
        return switch (name) {
            case "googleOkr" -> StatusPolicy.googleOkr();
            case "engagedly" -> StatusPolicy.engagedly();
            case "recruiterflow" -> StatusPolicy.recruiterflow();
            case "innovationMinds" -> StatusPolicy.innovationMinds();
            case "salesScreen" -> StatusPolicy.salesScreen();
            default -> StatusPolicy.dashboardSmashboard();
        };
    }

    private static int rank(Status s) {
        return s == Status.RED ? 0 : s == Status.YELLOW ? 1 : 2;
    }

    static Stream<Arguments> statusCases() {
        Gen<String> presets = Gen.oneOf("googleOkr", "engagedly", "recruiterflow", "innovationMinds", "salesScreen",
                "dashboardSmashboard");
        Gen<Integer> days = Gen.ints(0, 120);
        Gen<long[]> currents = Gen.combine(Gen.longs(0, 30_000), Gen.longs(0, 30_000),
                (a, b) -> new long[] {Math.min(a, b), Math.max(a, b)});
        return Cases.of(presets, days, currents);
    }

    @ParameterizedTest
    @MethodSource("statusCases")
    void aBetterValueNeverGetsAWorseStatus(String preset, int day, long[] currents) {
        StatusPolicy policy = preset(preset);
        LocalDate asOf = START.plusDays(day);
        Assessment low = policy.assess(UP, Optional.of(BigDecimal.valueOf(currents[0], 2)), asOf);
        Assessment high = policy.assess(UP, Optional.of(BigDecimal.valueOf(currents[1], 2)), asOf);
        String both = low.explanation() + " | " + high.explanation();
        // The same day gives both a status or neither, except that reaching the target may lift a guard first.
        if (!"achieved".equals(high.rule())) {
            assertEquals(low.status() == Status.NONE, high.status() == Status.NONE, both);
        }
        if (low.status() != Status.NONE) {
            assertTrue(rank(high.status()) >= rank(low.status()), both);
        }
    }
}
