package org.kpisdk.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The accessors, value semantics and shape rules of key results and objectives. */
final class OkrValuesTest {
    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aMetricKeyResultKeepsWhatItWasGiven() {
        KeyResult kr = KeyResult.metric("signups", d("100"), d("200"), d("150"));
        assertEquals("signups", kr.name());
        assertEquals(KeyResult.Kind.METRIC, kr.kind());
        assertEquals(Optional.of(d("100")), kr.start());
        assertEquals(Optional.of(d("200")), kr.target());
        assertEquals(Optional.of(d("150")), kr.current());
        // (150 - 100) / (200 - 100) = 0.5
        assertEquals(0, kr.progress().compareTo(d("0.5")), kr.progress()::toPlainString);
        assertEquals("KeyResult[signups, METRIC, progress 0.5, weight 1]", kr.toString());
    }

    @Test
    void aBinaryKeyResultHasNoLevels() {
        KeyResult kr = KeyResult.binary("launch", true);
        assertEquals(KeyResult.Kind.BINARY, kr.kind());
        assertEquals(Optional.empty(), kr.start());
        assertEquals(Optional.empty(), kr.target());
        assertEquals(Optional.empty(), kr.current());
    }

    @Test
    void keyResultsAreEqualExactlyWhenEveryPartIs() {
        KeyResult a = KeyResult.metric("signups", d("100"), d("200"), d("150"));
        assertEquals(a, KeyResult.metric("signups", d("100"), d("200"), d("150")));
        assertEquals(a.hashCode(), KeyResult.metric("signups", d("100"), d("200"), d("150")).hashCode());
        assertNotEquals(a, KeyResult.metric("leads", d("100"), d("200"), d("150")));
        assertNotEquals(a, KeyResult.metric("signups", d("50"), d("200"), d("150")));
        assertNotEquals(a, KeyResult.metric("signups", d("100"), d("250"), d("150")));
        assertNotEquals(a, KeyResult.metric("signups", d("100"), d("200"), d("160")));
        assertNotEquals(a, a.withWeight(d("2")));
        assertNotEquals(KeyResult.milestones("m", 1, 2), KeyResult.maintained("m", 1, 2));
        assertNotEquals(KeyResult.binary("b", true), KeyResult.binary("b", false));
        assertNotEquals(a, (Object) "signups");
    }

    @Test
    void anObjectiveKeepsWhatItWasGiven() {
        KeyResult a = KeyResult.binary("a", true);
        KeyResult b = KeyResult.binary("b", false);
        Objective child = Objective.builder("child", OkrType.COMMITTED).keyResult(a).keyResult(b).build();
        Objective o = Objective.builder("grow", OkrType.ASPIRATIONAL).keyResult(a).keyResult(b).child(child).build();
        assertEquals("grow", o.name());
        assertEquals(OkrType.ASPIRATIONAL, o.type());
        assertEquals(List.of(a, b), o.keyResults());
        assertEquals(List.of(child), o.children());
        assertEquals(0, o.expectedScore().compareTo(d("0.7")));
        assertEquals(0, child.expectedScore().compareTo(BigDecimal.ONE));
        assertEquals("Objective[grow, ASPIRATIONAL, 2 key results, 1 children]", o.toString());
    }

    @Test
    void anObjectiveWithChildrenAveragesItsOwnMeanWithTheirScores() {
        // own key results: (1 + 0) / 2 = 0.5; child: 1; score = (0.5 + 1) / 2 = 0.75
        Objective child = Objective.builder("c", OkrType.COMMITTED).keyResult(KeyResult.binary("x", true))
                .keyResult(KeyResult.binary("y", true)).build();
        Objective o = Objective.builder("o", OkrType.COMMITTED).keyResult(KeyResult.binary("a", true))
                .keyResult(KeyResult.binary("b", false)).child(child).build();
        assertEquals(0, o.score().compareTo(d("0.75")), o.score()::toPlainString);
    }

    @Test
    void twoToFiveKeyResultsPassTheLintAndOneOrSixDoNot() {
        for (int n = 1; n <= 6; n++) {
            Objective.Builder b = Objective.builder("o", OkrType.COMMITTED);
            for (int i = 0; i < n; i++) {
                b.keyResult(KeyResult.binary("kr" + i, true));
            }
            boolean warned = b.build().lint().stream().anyMatch(f -> f.rule().equals("key_result_count"));
            assertEquals(n < Objective.MIN_KEY_RESULTS || n > Objective.MAX_KEY_RESULTS, warned, "n = " + n);
        }
    }

    @Test
    void aParentWithOnlyChildrenIsNotWarnedButItsChildrenAre() {
        Objective child = Objective.builder("c", OkrType.COMMITTED).keyResult(KeyResult.binary("x", true)).build();
        Objective parent = Objective.builder("p", OkrType.COMMITTED).child(child).build();
        List<Finding> findings = parent.lint();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(true, findings.get(0).reason().contains("'c'"), findings.get(0)::reason);
    }
}
