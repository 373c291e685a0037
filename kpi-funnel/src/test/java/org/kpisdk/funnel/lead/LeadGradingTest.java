package org.kpisdk.funnel.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Grades on the 13-step scale and routing, worked out by hand. */
final class LeadGradingTest {
    private static final GradingProfile DEFAULT = GradingProfile.pardotDefault(Set.of("1000+"), Set.of("Software"),
            Set.of("DE", "FR"), Set.of("CTO"), Set.of("Engineering"));

    @Test
    void scaleHasThirteenStepsFromFToAPlus() {
        assertEquals(13, Grade.values().length);
        assertEquals("F D- D D+ C- C C+ B- B B+ A- A A+", String.join(" ",
                java.util.Arrays.stream(Grade.values()).map(Grade::label).toArray(String[]::new)));
        // "it takes ten 1/3 adjustments to move a prospect from D to A+"
        assertEquals(Grade.A_PLUS, Grade.D.plusThirds(10));
        assertEquals(Grade.A, Grade.D.plusThirds(9));
        assertEquals(Grade.F, Grade.D.plusThirds(-2));
    }

    @Test
    void clampedAtBothEnds() {
        assertEquals(Grade.A_PLUS, Grade.D.plusThirds(11));
        assertEquals(Grade.A_PLUS, Grade.A_PLUS.plusThirds(Integer.MAX_VALUE));
        assertEquals(Grade.F, Grade.D.plusThirds(-3));
        assertEquals(Grade.F, Grade.F.plusThirds(Integer.MIN_VALUE));
    }

    @ParameterizedTest
    @EnumSource(Grade.class)
    void labelsRoundTrip(Grade g) {
        assertEquals(g, Grade.parse(g.label()));
        assertEquals(g, Grade.parse(" " + g.toString().toLowerCase(java.util.Locale.ROOT).replace('-', '\u2212')));
    }

    @Test
    void parseRefusesOtherText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Grade.parse("E"));
        assertTrue(e.getMessage().contains("was 'E'"), e.getMessage());
    }

    @Test
    void defaultProfileMatchesRaiseNonMatchesLowerUnknownsStay() {
        // company size match (+2), industry match, ignoring case (+2), location match (+2), job title not (−2),
        // department unknown (0): D + 4 thirds = C+ (D, D+, C−, C, C+).
        LeadGrade g = DEFAULT.grade(Map.of("company_size", "1000+", "industry", "software", "location", "FR",
                "job_title", "Intern"));
        assertEquals(Grade.C_PLUS, g.grade());
        assertEquals(4, g.thirds());
        assertEquals(3, g.matched());
        assertEquals(1, g.notMatched());
        assertEquals(1, g.unknown());
        assertTrue(g.isAssessed());
    }

    @Test
    void startsAtDAndIsNotAssessedUntilACriterionIsKnown() {
        LeadGrade g = DEFAULT.grade(Map.of("department", " "));
        assertEquals(Grade.D, g.grade());
        assertFalse(g.isAssessed());
    }

    @Test
    void sumIsClampedOnceSoOrderDoesNotMatter() {
        // Five full-letter non-matches then five matches: −15 + 15 = 0 → D, in either order (clamping each step
        // would give F then A+ … the stated rule sums first).
        List<GradingCriterion> no = List.of(GradingCriterion.of("a", 3, "x"), GradingCriterion.of("b", 3, "x"),
                GradingCriterion.of("c", 3, "x"), GradingCriterion.of("d", 3, "x"), GradingCriterion.of("e", 3, "x"));
        List<GradingCriterion> yes = List.of(GradingCriterion.of("f", 3, "y"), GradingCriterion.of("g", 3, "y"),
                GradingCriterion.of("h", 3, "y"), GradingCriterion.of("i", 3, "y"), GradingCriterion.of("j", 3, "y"));
        Map<String, String> lead = Map.of("a", "n", "b", "n", "c", "n", "d", "n", "e", "n", "f", "y", "g", "y",
                "h", "y", "i", "y", "j", "y");
        List<GradingCriterion> both = new java.util.ArrayList<>(no);
        both.addAll(yes);
        List<GradingCriterion> reversed = new java.util.ArrayList<>(yes);
        reversed.addAll(no);
        assertEquals(Grade.D, GradingProfile.of("p", both).grade(lead).grade());
        assertEquals(Grade.D, GradingProfile.of("p", reversed).grade(lead).grade());
        // All ten matched: +30 thirds → clamped at A+.
        assertEquals(Grade.A_PLUS, GradingProfile.of("p", yes).grade(Map.of("f", "y", "g", "y", "h", "y", "i", "y",
                "j", "y")).grade());
    }

    @Test
    void criteriaRefuseBadWeights() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GradingCriterion.of("industry", 4, "x"));
        assertTrue(e.getMessage().contains("thirds must be 1, 2 or 3, was 4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GradingCriterion.of("industry", 1));
        assertThrows(IllegalArgumentException.class, () -> GradingCriterion.of(" ", 1, "x"));
    }

    @Test
    void routingMatrix() {
        LeadRouting routing = LeadRouting.builder().route("sales", 100, Grade.B).route("nurture-fit", 0, Grade.B)
                .route("nurture-hot", 100, Grade.F).otherwise("recycle");
        assertEquals("sales", routing.route(100, Grade.B));
        assertEquals("sales", routing.route(250, Grade.A_PLUS));
        assertEquals("nurture-fit", routing.route(99, Grade.B));
        assertEquals("nurture-hot", routing.route(100, Grade.B_MINUS));
        assertEquals("recycle", routing.route(99, Grade.B_MINUS));
        LeadScore score = new LeadScore(120, 150, Map.of(), java.util.Optional.empty());
        assertEquals("sales", routing.route(score, DEFAULT.grade(Map.of("company_size", "1000+",
                "industry", "Software", "location", "DE"))));
        assertEquals(3, routing.routes().size());
        assertThrows(IllegalArgumentException.class, () -> LeadRouting.builder().otherwise(""));
    }
}
