package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpisdk.funnel.Logs.funnel;
import static org.kpisdk.funnel.Logs.level;

import org.junit.jupiter.api.Test;
import org.kpisdk.funnel.FunnelOptions.Anchor;
import org.kpisdk.funnel.FunnelOptions.EventReuse;
import org.kpisdk.funnel.FunnelOptions.OutOfOrderStep;
import org.kpisdk.funnel.FunnelOptions.Reentry;
import org.kpisdk.funnel.FunnelOptions.RepeatedStep;
import org.kpisdk.funnel.FunnelOptions.StepOrder;
import org.kpisdk.funnel.FunnelOptions.TieOrder;
import org.kpisdk.funnel.FunnelOptions.Timestamps;
import org.kpisdk.funnel.FunnelOptions.UnmatchedEvent;

/** One small hand-made log per option; the expected levels are worked out in the comments. */
final class FunnelOptionsTest {
    private static final FunnelOptions D = FunnelOptions.defaults();

    @Test
    void windowIsInclusiveAndMeasuredFromTheFirstStep() {
        // A@0 B@5 C@10, window 10: C is 10 after A, on the bound -> 3. Window 9 -> C is out -> 2.
        assertEquals(3, level(funnel(10, D, "A", "B", "C"), "A@0 B@5 C@10"));
        assertEquals(2, level(funnel(9, D, "A", "B", "C"), "A@0 B@5 C@10"));
    }

    @Test
    void eventsBeforeTheFirstStepNeverCount() {
        // B@0 A@1: B happens before any A -> 1.
        assertEquals(1, level(funnel(10, D, "A", "B"), "B@0 A@1"));
    }

    @Test
    void anchor() {
        // A@0 A@8 B@12, window 10. LATEST: A@8 -> B@12 is 4 <= 10 -> 2. FIRST: B@12 is 12 after A@0 -> 1.
        String log = "A@0 A@8 B@12";
        assertEquals(2, level(funnel(10, D.with(Anchor.LATEST), "A", "B"), log));
        assertEquals(1, level(funnel(10, D.with(Anchor.FIRST), "A", "B"), log));
    }

    @Test
    void stepOrder() {
        // A@0 X@1 B@2 C@3. ORDERED: X is ignored -> 3. STRICT: X sits between A and B -> 1 (B -> C lacks an A).
        String log = "A@0 X@1 B@2 C@3";
        assertEquals(3, level(funnel(10, D.with(StepOrder.ORDERED), "A", "B", "C"), log));
        assertEquals(1, level(funnel(10, D.with(StepOrder.STRICT), "A", "B", "C"), log));
        // B@0 A@1: ORDERED -> 1 (B before A), ANY -> 2 (both steps within the window).
        assertEquals(1, level(funnel(10, D.with(StepOrder.ORDERED), "A", "B"), "B@0 A@1"));
        assertEquals(2, level(funnel(10, D.with(StepOrder.ANY), "A", "B"), "B@0 A@1"));
        // ANY counts distinct steps: B@0 B@1 -> 1 ... and C@0 A@20 B@21 with window 5 -> best window {A, B} -> 2.
        assertEquals(1, level(funnel(10, D.with(StepOrder.ANY), "A", "B"), "B@0 B@1"));
        assertEquals(2, level(funnel(5, D.with(StepOrder.ANY), "A", "B", "C"), "C@0 A@20 B@21"));
    }

    @Test
    void strictOrderIgnoresForeignEventsAtTheSameTimestampWhenTiesGoByStepIndex() {
        // A@5 X@5 B@5: by step index X (no step) sorts first, then A, then B: nothing between A and B -> 2.
        // In input order X sits between A and B -> 1.
        FunnelOptions strict = D.with(StepOrder.STRICT);
        assertEquals(2, level(funnel(10, strict, "A", "B"), "A@5 X@5 B@5"));
        assertEquals(1, level(funnel(10, strict.with(TieOrder.BY_INPUT_ORDER), "A", "B"), "A@5 X@5 B@5"));
    }

    @Test
    void eventReuse() {
        // Steps view -> view, one view@0. MANY_STEPS: the event fills both -> 2. ONE_STEP: it fills one -> 1.
        Funnel many = Logs.funnel(10, D.with(EventReuse.MANY_STEPS),
                java.util.List.of(Step.of("view"), Step.anyOf("view again", "view")));
        Funnel one = Logs.funnel(10, D.with(EventReuse.ONE_STEP),
                java.util.List.of(Step.of("view"), Step.anyOf("view again", "view")));
        assertEquals(2, level(many, "view@0"));
        assertEquals(1, level(one, "view@0"));
        // Two views -> 2 either way.
        assertEquals(2, level(one, "view@0 view@3"));
    }

    @Test
    void timestamps() {
        // A@5 B@5: NON_DECREASING -> 2; STRICTLY_INCREASING -> 1.
        assertEquals(2, level(funnel(10, D.with(Timestamps.NON_DECREASING), "A", "B"), "A@5 B@5"));
        assertEquals(1, level(funnel(10, D.with(Timestamps.STRICTLY_INCREASING), "A", "B"), "A@5 B@5"));
        // ClickHouse's defect does not happen here: A@0 A@1 B@1 -> A@0 -> B@1 is valid -> 2.
        assertEquals(2, level(funnel(10, D.with(Timestamps.STRICTLY_INCREASING), "A", "B"), "A@0 A@1 B@1"));
    }

    @Test
    void repeatedStep() {
        // A@0 B@1 B@2 C@3: IGNORE -> 3; STOP: the second B repeats reached step 2 -> stop at 2.
        String log = "A@0 B@1 B@2 C@3";
        assertEquals(3, level(funnel(10, D.with(RepeatedStep.IGNORE), "A", "B", "C"), log));
        assertEquals(2, level(funnel(10, D.with(RepeatedStep.STOP), "A", "B", "C"), log));
    }

    @Test
    void outOfOrderStep() {
        // A@0 C@1 B@2 C@3: IGNORE -> 3; STOP: C comes before B was reached -> stop at 1.
        String log = "A@0 C@1 B@2 C@3";
        assertEquals(3, level(funnel(10, D.with(OutOfOrderStep.IGNORE), "A", "B", "C"), log));
        assertEquals(1, level(funnel(10, D.with(OutOfOrderStep.STOP), "A", "B", "C"), log));
        // Before the first A nothing stops: C@0 A@1 B@2 -> 2.
        assertEquals(2, level(funnel(10, D.with(OutOfOrderStep.STOP), "A", "B", "C"), "C@0 A@1 B@2"));
    }

    @Test
    void reentry() {
        // A@0 B@1 A@2 C@3: RESTART -> A@2 anchors a new attempt, A@0 -> B@1 -> C@3 still completes -> 3;
        // STOP: A@2 arrives after step 2 was reached -> stop at 2.
        String log = "A@0 B@1 A@2 C@3";
        assertEquals(3, level(funnel(10, D.with(Reentry.RESTART), "A", "B", "C"), log));
        assertEquals(2, level(funnel(10, D.with(Reentry.STOP), "A", "B", "C"), log));
    }

    @Test
    void unmatchedEvent() {
        // A@0 X@1 B@2: IGNORE -> 2; STOP: X matches no step after A -> stop at 1.
        assertEquals(2, level(funnel(10, D.with(UnmatchedEvent.IGNORE), "A", "B"), "A@0 X@1 B@2"));
        assertEquals(1, level(funnel(10, D.with(UnmatchedEvent.STOP), "A", "B"), "A@0 X@1 B@2"));
    }

    @Test
    void tieOrder() {
        // B@5 A@5 in that input order: BY_STEP_INDEX sorts A first -> 2; BY_INPUT_ORDER keeps B first -> 1.
        assertEquals(2, level(funnel(10, D.with(TieOrder.BY_STEP_INDEX), "A", "B"), "B@5 A@5"));
        assertEquals(1, level(funnel(10, D.with(TieOrder.BY_INPUT_ORDER), "A", "B"), "B@5 A@5"));
    }

    @Test
    void stoppingOptionsNeedOrderedSteps() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> D.with(RepeatedStep.STOP).with(StepOrder.STRICT));
        assertTrue(e.getMessage().contains("stepOrder must be ORDERED"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> D.with(StepOrder.ANY).with(UnmatchedEvent.STOP));
        assertThrows(IllegalArgumentException.class, () -> D.with(StepOrder.ANY).with(Reentry.STOP));
        assertThrows(IllegalArgumentException.class, () -> D.with(StepOrder.STRICT).with(OutOfOrderStep.STOP));
        assertThrows(NullPointerException.class, () -> new FunnelOptions(null, StepOrder.ORDERED,
                EventReuse.MANY_STEPS, Timestamps.NON_DECREASING, RepeatedStep.IGNORE, OutOfOrderStep.IGNORE,
                Reentry.RESTART, UnmatchedEvent.IGNORE, TieOrder.BY_STEP_INDEX));
        assertTrue(D.isChainDefined());
        assertFalse(D.with(Reentry.STOP).isChainDefined());
    }

    @Test
    void aFunnelOfOneStepCountsEveryEntityWithAMatchingEvent() {
        // Entity 1 has A, entity 2 only X: levels 1 and 0.
        FunnelResult r = funnel(0, D, "A").count(Logs.parse("1:X@0 1:A@9 2:X@1"));
        assertEquals(1, r.atLevel(0).value());
        assertEquals(1, r.atLevel(1).value());
    }

    @Test
    void thirtyTwoStepsAndMore() {
        // 40 steps e0..e39, one event of each type at times 0..39, window 39 -> 40; window 38 -> 39.
        String[] steps = new String[40];
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            steps[i] = "e" + i;
            log.append("e").append(i).append('@').append(i).append(' ');
        }
        assertEquals(40, level(funnel(39, D, steps), log.toString()));
        assertEquals(39, level(funnel(38, D, steps), log.toString()));
    }
}
