package org.kpisdk.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class OkrTest {
    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void decreasingMetricKeyResultScoresLikeAnIncreasingOne() {
        // HiBob's example: reduce costs from 450,000 to 350,000. At 400,000: (400k − 450k) / (350k − 450k) = 0.5.
        KeyResult half = KeyResult.metric("Reduce costs to 350k", bd("450000"), bd("350000"), bd("400000"));
        assertNumber("0.5", half.rawProgress());
        assertNumber("0.5", half.progress());
        // At 330,000 (beyond the target): −120k / −100k = 1.2 raw, clamped to 1.
        KeyResult beyond = KeyResult.metric("Reduce costs to 350k", bd("450000"), bd("350000"), bd("330000"));
        assertNumber("1.2", beyond.rawProgress());
        assertNumber("1", beyond.progress());
        // At 470,000 (costs went up): 20k / −100k = −0.2 raw, clamped to 0.
        KeyResult worse = KeyResult.metric("Reduce costs to 350k", bd("450000"), bd("350000"), bd("470000"));
        assertNumber("-0.2", worse.rawProgress());
        assertNumber("0", worse.progress());
    }

    @Test
    void binaryMilestoneAndMaintainedKeyResults() {
        assertNumber("1", KeyResult.binary("Launch VR", true).progress());
        assertNumber("0", KeyResult.binary("Launch VR", false).progress());
        // Google: "launch six features", three launched → 0.5.
        assertNumber("0.5", KeyResult.milestones("Ship six features", 3, 6).progress());
        // Perdoo's maintain advice: 0 % attrition held in 9 of 12 weeks → 0.75.
        assertNumber("0.75", KeyResult.maintained("Keep attrition at 0%", 9, 12).progress());
    }

    @Test
    void weightedObjectiveScore() {
        // Weights 3 and 1: (3 × 0.5 + 1 × 1) / (3 + 1) = 2.5 / 4 = 0.625.
        Objective o = Objective.builder("Cut cost, launch", OkrType.ASPIRATIONAL)
                .keyResult(KeyResult.metric("Costs", bd("450000"), bd("350000"), bd("400000")).withWeight(bd("3")))
                .keyResult(KeyResult.binary("Launch", true))
                .build();
        assertNumber("0.625", o.score());
        // A zero weight drops a key result: (2 × 0.5 + 0 × 1) / 2 = 0.5.
        Objective dropped = Objective.builder("Cut cost", OkrType.ASPIRATIONAL)
                .keyResult(KeyResult.metric("Costs", bd("450000"), bd("350000"), bd("400000")).withWeight(bd("2")))
                .keyResult(KeyResult.binary("Launch", true).withWeight(BigDecimal.ZERO))
                .build();
        assertNumber("0.5", dropped.score());
    }

    @Test
    void overAchievementIsClampedInScoreAndKeptInRawScore() {
        // Followers 0 → 100, reached 150: raw 1.5, clamped 1. Second KR 0.5.
        // score = (1 + 0.5) / 2 = 0.75; rawScore = (1.5 + 0.5) / 2 = 1.0.
        Objective o = Objective.builder("Grow", OkrType.ASPIRATIONAL)
                .keyResult(KeyResult.metric("Followers", bd("0"), bd("100"), bd("150")))
                .keyResult(KeyResult.milestones("Events", 1, 2))
                .build();
        assertNumber("0.75", o.score());
        assertNumber("1", o.rawScore());
    }

    @Test
    void childObjectivesFollowSynergitasRule() {
        // Children: 0.3 (one KR at 3/10... two KRs 0.2 and 0.4) and 0.9 (KRs 0.8 and 1.0).
        Objective low = Objective.builder("Child low", OkrType.ASPIRATIONAL)
                .keyResult(KeyResult.milestones("a", 1, 5)).keyResult(KeyResult.milestones("b", 2, 5)).build();
        Objective high = Objective.builder("Child high", OkrType.ASPIRATIONAL)
                .keyResult(KeyResult.milestones("c", 4, 5)).keyResult(KeyResult.binary("d", true)).build();
        assertNumber("0.3", low.score());
        assertNumber("0.9", high.score());
        // Parent KRs 0.4 and 0.8 → mean 0.6; (0.6 + 0.3 + 0.9) / (1 + 2) = 1.8 / 3 = 0.6.
        Objective parent = Objective.builder("Parent", OkrType.ASPIRATIONAL)
                .keyResult(KeyResult.milestones("e", 2, 5)).keyResult(KeyResult.milestones("f", 4, 5))
                .child(low).child(high).build();
        assertNumber("0.6", parent.score());
        // With children only: (0.3 + 0.9) / 2 = 0.6 as well; with only the low child: 0.3.
        assertNumber("0.6", Objective.builder("Umbrella", OkrType.COMMITTED).child(low).child(high).build().score());
        assertNumber("0.3", Objective.builder("Umbrella", OkrType.COMMITTED).child(low).build().score());
    }

    @Test
    void startEqualToTargetIsRefusedWithTheStatedRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyResult.metric("Attrition stays 0%", bd("0"), bd("0.0"), bd("0")));
        assertEquals("start must differ from target in metric key result 'Attrition stays 0%', both were 0; use "
                + "KeyResult.maintained(...) for a level to hold or KeyResult.binary(...)", e.getMessage());
    }

    @Test
    void weightsAreValidated() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> KeyResult.binary("x", true).withWeight(bd("-1")));
        assertEquals("weight must be >= 0, was -1", negative.getMessage());
        IllegalArgumentException allZero = assertThrows(IllegalArgumentException.class,
                () -> Objective.builder("O", OkrType.COMMITTED)
                        .keyResult(KeyResult.binary("a", true).withWeight(BigDecimal.ZERO))
                        .keyResult(KeyResult.binary("b", true).withWeight(BigDecimal.ZERO)).build());
        assertEquals("weights of the key results of objective 'O' must not all be zero, were all 0 over 2 key "
                + "results", allZero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Objective.builder("Empty", OkrType.COMMITTED).build());
        assertThrows(IllegalArgumentException.class, () -> KeyResult.milestones("m", 7, 6));
        assertThrows(IllegalArgumentException.class, () -> KeyResult.maintained("m", 0, 0));
    }

    @Test
    void lintWarnsOutsideTwoToFiveKeyResults() {
        Objective one = Objective.builder("Lonely", OkrType.ASPIRATIONAL)
                .keyResult(KeyResult.binary("a", true)).build();
        List<Finding> f = one.lint();
        assertEquals(1, f.size());
        assertEquals("key_result_count", f.get(0).rule());
        assertEquals("objective 'Lonely' has 1 key result; 2 to 5 are recommended, about three", f.get(0).reason());
        Objective.Builder six = Objective.builder("Crowded", OkrType.ASPIRATIONAL);
        for (int i = 0; i < 6; i++) {
            six.keyResult(KeyResult.binary("kr" + i, false));
        }
        Objective crowded = six.build();
        assertEquals("objective 'Crowded' has 6 key results; 2 to 5 are recommended, about three",
                crowded.lint().get(0).reason());
        Objective three = Objective.builder("Fine", OkrType.ASPIRATIONAL).keyResult(KeyResult.binary("a", true))
                .keyResult(KeyResult.binary("b", true)).keyResult(KeyResult.binary("c", true)).build();
        assertEquals(List.of(), three.lint());
        // A parent with children only is not linted itself; its children are.
        List<Finding> nested = Objective.builder("Parent", OkrType.ASPIRATIONAL).child(three).child(one).build()
                .lint();
        assertEquals(1, nested.size());
        assertTrue(nested.get(0).reason().startsWith("objective 'Lonely'"));
    }

    static Stream<Arguments> googleEdges() {
        return Stream.of(
                Arguments.of("0", Status.RED), Arguments.of("0.3999", Status.RED),
                Arguments.of("0.4", Status.YELLOW), Arguments.of("0.6999", Status.YELLOW),
                Arguments.of("0.7", Status.GREEN), Arguments.of("1", Status.GREEN), Arguments.of("1.2", Status.GREEN));
    }

    @ParameterizedTest
    @MethodSource("googleEdges")
    void googleColoursAreHalfOpen(String score, Status expected) {
        assertEquals(expected, OkrColours.google().assess(bd(score)).status());
        assertEquals(expected, OkrColours.forType(OkrType.ASPIRATIONAL).assess(bd(score)).status());
    }

    @Test
    void committedObjectivesExpectOne() {
        assertNumber("1", OkrType.COMMITTED.expectedScore());
        assertNumber("0.7", OkrType.ASPIRATIONAL.expectedScore());
        assertEquals(Status.YELLOW, OkrColours.committed().assess(bd("0.7")).status());
        assertEquals(Status.YELLOW, OkrColours.committed().assess(bd("0.9999")).status());
        assertEquals(Status.GREEN, OkrColours.committed().assess(bd("1")).status());
        assertEquals(Status.RED, OkrColours.committed().assess(bd("0.3999")).status());
        Objective seventy = Objective.builder("Seventy", OkrType.COMMITTED)
                .keyResult(KeyResult.milestones("a", 7, 10)).keyResult(KeyResult.milestones("b", 7, 10)).build();
        Assessment a = seventy.assess();
        assertEquals(Status.YELLOW, a.status());
        assertEquals("[Google OKR, committed] score 0.7; 0.7 >= 0.4 and < 1, so YELLOW (committed but not delivered)",
                a.explanation());
        Objective aspirational = Objective.builder("Seventy", OkrType.ASPIRATIONAL)
                .keyResult(KeyResult.milestones("a", 7, 10)).keyResult(KeyResult.milestones("b", 7, 10)).build();
        assertEquals("[Google OKR] score 0.7; 0.7 >= 0.7, so GREEN (delivered)", aspirational.assess().explanation());
    }

    @Test
    void statusRollUpIsTheWeakestKnownStatus() {
        assertEquals(Status.YELLOW, Status.weakest(List.of(Status.GREEN, Status.NONE, Status.YELLOW)));
        assertEquals(Status.RED, Status.weakest(List.of(Status.RED, Status.GREEN)));
        assertEquals(Status.GREEN, Status.weakest(List.of(Status.GREEN)));
        assertEquals(Status.NONE, Status.weakest(List.of(Status.NONE, Status.NONE)));
        assertEquals(Status.NONE, Status.weakest(List.of()));
    }
}
