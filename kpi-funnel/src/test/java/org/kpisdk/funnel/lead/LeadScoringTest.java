package org.kpisdk.funnel.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Scores worked out by hand. */
final class LeadScoringTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static Instant day(int d) {
        return T0.plus(Duration.ofDays(d));
    }

    private static LeadEvent event(String type, int day, String... kv) {
        Map<String, String> props = new java.util.HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            props.put(kv[i], kv[i + 1]);
        }
        return new LeadEvent(type, day(day), props);
    }

    @Test
    void pardotDefaultPoints() {
        // 3 page views (+1 each) + form submission (+50) + form error (−5) + site search (+3) + 2 visitor sessions
        // (+3 each) + file access (+3) + email opens (0) = 3 + 50 − 5 + 3 + 6 + 3 = 60.
        List<LeadEvent> events = List.of(event(PardotScoring.PAGE_VIEW, 1), event(PardotScoring.PAGE_VIEW, 1),
                event(PardotScoring.PAGE_VIEW, 2), event(PardotScoring.FORM_SUBMISSION, 2),
                event(PardotScoring.FORM_ERROR, 2), event(PardotScoring.SITE_SEARCH, 3),
                event(PardotScoring.VISITOR_SESSION, 1), event(PardotScoring.VISITOR_SESSION, 3),
                event(PardotScoring.FILE_ACCESS, 3), event(PardotScoring.EMAIL_OPEN, 3, "email_id", "e1"),
                event("unknown_activity", 3));
        LeadScore s = PardotScoring.model().score(events, day(4));
        assertEquals(60, s.total());
        assertEquals(60, s.undecayed());
        assertEquals(Optional.of(day(3)), s.lastActivity());
        assertEquals(14, PardotScoring.rules().size());
    }

    @Test
    void onceCumulativeAndOncePerValue() {
        ScoringModel model = ScoringModel.of(List.of(ScoringRule.of("email_open", 2).oncePer("email_id"),
                ScoringRule.of("page_view", 10).where("url", "/pricing").once(),
                ScoringRule.of("page_view", 1)));
        // Opens of e1, e1, e2 and one without an id: 2 distinct emails → 4. Pricing viewed twice: 10 once.
        // Page views: 3 in all (pricing twice, /blog once) → 3.  Total 4 + 10 + 3 = 17.
        List<LeadEvent> events = List.of(event("email_open", 1, "email_id", "e1"),
                event("email_open", 2, "email_id", "e1"), event("email_open", 2, "email_id", "e2"),
                event("email_open", 3), event("page_view", 1, "url", "/pricing"),
                event("page_view", 2, "url", "/pricing"), event("page_view", 2, "url", "/blog"));
        assertEquals(17, model.score(events, day(5)).total());
    }

    @Test
    void categorySubScoresBesideTheTotal() {
        ScoringModel model = ScoringModel.of(List.of(
                ScoringRule.of("form_submission", 50).where("form", "demo-a").inCategory("product-a"),
                ScoringRule.of("form_submission", 50).where("form", "demo-b").inCategory("product-b"),
                ScoringRule.of("page_view", 1).inCategory("product-a"),
                ScoringRule.of("form_error", -5)));
        LeadScore s = model.score(List.of(event("form_submission", 1, "form", "demo-a"), event("page_view", 1),
                event("page_view", 2), event("form_error", 2)), day(3));
        // product-a: 50 + 1 + 1 = 52; product-b: nothing; total 52 − 5 = 47.
        assertEquals(47, s.total());
        assertEquals(Map.of("product-a", 52L), s.byCategory());
    }

    @Test
    void decayHalvesPerHalfLifeOfInactivity() {
        // 101 points, last activity day 10, as of day 70 with a 30-day half-life: 101 / 4 = 25.25 → 25.
        ScoringModel model = ScoringModel.of(List.of(ScoringRule.of("visit", 101).inCategory("x")))
                .withDecay(Duration.ofDays(30));
        LeadScore s = model.score(List.of(event("visit", 10)), day(70));
        assertEquals(25, s.total());
        assertEquals(101, s.undecayed());
        assertEquals(Map.of("x", 25L), s.byCategory());
        // Events after the as-of instant do not count and do not reset inactivity.
        assertEquals(25, model.score(List.of(event("visit", 10), event("visit", 80)), day(70)).total());
        // 3 points after one half-life: 1.5 → 2 (half-even).
        assertEquals(2, ScoringModel.of(List.of(ScoringRule.of("visit", 3))).withDecay(Duration.ofDays(30))
                .score(List.of(event("visit", 0)), day(30)).total());
        assertEquals(0, model.score(List.of(), day(1)).total());
    }

    @Test
    void overflowAndBadRulesAreRefused() {
        ScoringModel huge = ScoringModel.of(List.of(ScoringRule.of("x", Long.MAX_VALUE)));
        assertThrows(ArithmeticException.class, () -> huge.score(List.of(event("x", 1), event("x", 2)), day(3)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScoringRule.of(" ", 1));
        assertTrue(e.getMessage().contains("eventType"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> huge.withDecay(Duration.ZERO));
        assertThrows(NullPointerException.class, () -> ScoringRule.of("x", 1).where("k", null));
        assertEquals("page_view{url=/p} -> +10 ONCE in a",
                ScoringRule.of("page_view", 10).where("url", "/p").once().inCategory("a").toString());
    }
}
