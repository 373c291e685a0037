package org.kpisdk.funnel.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A scoring rule's accessors, value semantics, printed form and argument checks. */
final class ScoringRuleTest {
    @Test
    void accessorsReflectTheBuilderSteps() {
        ScoringRule rule = ScoringRule.of("email_open", 5).where("list", "news").oncePer("email").inCategory("email");
        assertEquals("email_open", rule.eventType());
        assertEquals(Map.of("list", "news"), rule.filter());
        assertEquals(5, rule.points());
        assertEquals(ScoringRule.Counting.ONCE_PER_VALUE, rule.counting());
        assertEquals(Optional.of("email"), rule.distinctBy());
        assertEquals(Optional.of("email"), rule.category());
        ScoringRule plain = ScoringRule.of("visit", -2);
        assertEquals(Map.of(), plain.filter());
        assertEquals(ScoringRule.Counting.CUMULATIVE, plain.counting());
        assertEquals(Optional.empty(), plain.distinctBy());
        assertEquals(Optional.empty(), plain.category());
        assertEquals(ScoringRule.Counting.ONCE, plain.once().counting());
        assertEquals(Optional.empty(), plain.oncePer("page").once().distinctBy());
    }

    @Test
    void equalRulesAreInterchangeable() {
        ScoringRule rule = ScoringRule.of("form", 10).where("page", "pricing").once().inCategory("intent");
        ScoringRule same = ScoringRule.of("form", 10).where("page", "pricing").once().inCategory("intent");
        assertEquals(rule, same);
        assertEquals(rule.hashCode(), same.hashCode());
        assertNotEquals(null, rule);
        Object text = rule.toString();
        assertNotEquals(rule, text);
        for (ScoringRule other : new ScoringRule[] {
            ScoringRule.of("demo", 10).where("page", "pricing").once().inCategory("intent"),
            ScoringRule.of("form", 10).where("page", "blog").once().inCategory("intent"),
            ScoringRule.of("form", 11).where("page", "pricing").once().inCategory("intent"),
            ScoringRule.of("form", 10).where("page", "pricing").inCategory("intent"),
            ScoringRule.of("form", 10).where("page", "pricing").oncePer("page").inCategory("intent"),
            ScoringRule.of("form", 10).where("page", "pricing").once().inCategory("fit"),
            ScoringRule.of("form", 10).where("page", "pricing").once(),
        }) {
            assertNotEquals(rule, other, other::toString);
            assertNotEquals(other, rule, other::toString);
        }
        assertNotEquals(ScoringRule.of("form", 1).oncePer("a"), ScoringRule.of("form", 1).oncePer("b"));
    }

    @Test
    void printedFormShowsEveryPart() {
        assertEquals("email_open{list=news} -> +5 ONCE_PER_VALUE(email) in email",
                ScoringRule.of("email_open", 5).where("list", "news").oncePer("email").inCategory("email")
                        .toString());
        assertEquals("unsubscribe -> -20 CUMULATIVE", ScoringRule.of("unsubscribe", -20).toString());
        assertEquals("visit -> +0 ONCE", ScoringRule.of("visit", 0).once().toString());
    }

    @Test
    void blankNamesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoringRule.of("visit", 1).inCategory(" "));
        assertEquals("category must not be blank, was ' '", e.getMessage());
        assertThrows(NullPointerException.class, () -> ScoringRule.of("visit", 1).inCategory(null));
        assertThrows(NullPointerException.class, () -> ScoringRule.of("visit", 1).oncePer(null));
    }
}
