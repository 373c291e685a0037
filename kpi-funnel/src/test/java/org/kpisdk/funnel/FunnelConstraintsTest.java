package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

/**
 * Property conditions, optional steps, per-step windows, exclusions, held properties and breakdowns on hand-made
 * logs; each expected level is worked out in the comment beside it.
 */
final class FunnelConstraintsTest {
    private static Funnel.Builder abc(long window) {
        return Funnel.builder().window(Duration.ofMillis(window));
    }

    private static int level(Funnel f, String events) {
        return f.evaluate(Logs.parse(events)).levelOf(1).orElse(-1);
    }

    @Test
    void aStepConditionOnAPropertyFiltersItsEvents() {
        Funnel f = abc(10).step("view").step(Step.of("buy").where("plan", "pro", "team")).build();
        // buy{plan=free} does not satisfy step 2; buy{plan=pro} does.
        assertEquals(1, level(f, "view@0 buy{plan=free}@1"));
        assertEquals(2, level(f, "view@0 buy{plan=free}@1 buy{plan=pro}@2"));
        // An event without the property does not satisfy a step with a condition on it.
        assertEquals(1, level(f, "view@0 buy@1"));
        // Conditions work with every option, e.g. ONE_STEP over duplicate types: view{s=a} view{s=b}.
        Funnel dup = abc(10).step(Step.of("view").where("s", "a")).step(new Step("view 2", java.util.Set.of("view")))
                .options(FunnelOptions.defaults().with(FunnelOptions.EventReuse.ONE_STEP)).build();
        assertEquals(1, level(dup, "view{s=a}@0"));            // one event, one step
        assertEquals(2, level(dup, "view{s=a}@0 view{s=b}@1"));
        assertEquals(0, level(dup, "view{s=b}@0 view{s=b}@1"));  // no event satisfies the first step
    }

    @Test
    void anOptionalStepMayBeSkipped() {
        Funnel f = abc(10).step("view").step("coupon").optional().step("cart").build();
        assertTrue(f.isOptional(1));
        // view@0 cart@2: coupon skipped, the last step done is cart → 3; the skipped step repeats view's time.
        FunnelRun run = f.evaluate(Logs.parse("view@0 cart@2"));
        assertEquals(OptionalInt.of(3), run.levelOf(1));
        assertArrayEquals(new long[] {0, 0, 2}, run.chain(0));
        // With the coupon: [0, 1, 2].
        assertArrayEquals(new long[] {0, 1, 2}, f.evaluate(Logs.parse("view@0 coupon@1 cart@2")).chain(0));
        // view@0 coupon@1: 2. coupon@0 cart@1: no view → 0.
        assertEquals(2, level(f, "view@0 coupon@1"));
        assertEquals(0, level(f, "coupon@0 cart@1"));
        // reached(coupon) counts entities that did it or went past it: entity 1 skipped it, entity 2 stopped at view.
        FunnelResult r = f.count(Logs.parse("1:view@0 1:cart@1 2:view@0"));
        assertEquals(1, r.reachedStep(1).value());
    }

    @Test
    void aPerStepWindowBoundsTheGapFromTheStepBefore() {
        Funnel f = abc(100).step("A").step("B").within(Duration.ofMillis(2)).build();
        assertEquals(2, f.stepWindowMillis(1).getAsLong());
        assertTrue(f.stepWindowMillis(0).isEmpty());
        assertEquals(1, level(f, "A@0 B@3"));          // gap 3 > 2
        assertEquals(2, level(f, "A@0 B@2"));          // gap 2, bound inclusive
        assertEquals(2, level(f, "A@0 A@2 B@3"));      // from the later A: gap 1
        // A → B? → C (C within 2 of the step done before it): A@0 B@1 C@4 — via B the gap is 3; skipping B, C is 4
        // after A; neither fits, so 2 (A, B). A@0 C@2: B skipped, gap 2 → 3.
        Funnel g = abc(100).step("A").step("B").optional().step("C").within(Duration.ofMillis(2)).build();
        assertEquals(2, level(g, "A@0 B@1 C@4"));
        assertEquals(3, level(g, "A@0 C@2"));
        // The whole-funnel window still applies: window 3, A@0 B@2 C@4 → C is 4 after A → 2.
        Funnel h = abc(3).step("A").step("B").step("C").within(Duration.ofMillis(5)).build();
        assertEquals(2, level(h, "A@0 B@2 C@4"));
    }

    @Test
    void anExclusionEventBetweenTwoStepsRemovesTheEntity() {
        Funnel f = abc(10).step("A").step("B").exclude(Step.of("X"), 0, 1).build();
        assertEquals(OptionalInt.empty(), f.evaluate(Logs.parse("A@0 X@1 B@2")).levelOf(1));   // X in [0, 2]
        assertEquals(FunnelResult.of(f.stepNames(), 0, 0, 0), f.count(Logs.parse("A@0 X@1 B@2")));
        assertEquals(2, level(f, "A@0 B@2 X@3"));      // X after B
        assertEquals(2, level(f, "X@0 A@1 B@2"));      // X before A
        assertEquals(-1, level(f, "A@0 X@1"));         // no B; X within A's window [0, 10] → removed
        assertEquals(1, level(f, "A@0 X@20"));         // X after the window: the drop-off stands
        assertEquals(2, level(f, "A@0 X@1 A@2 B@3"));  // the chain A@2 → B@3 is clean
        assertEquals(-1, level(f, "A@0 B@0 X@0"));     // bounds inclusive: X@0 is in [0, 0]
        // An event that satisfies a step is never an exclusion event.
        Funnel g = abc(10).step("A").step("B").exclude(Step.of("B"), 0, 1).build();
        assertEquals(2, level(g, "A@0 B@1"));
        // Exclusion with a condition: only X{why=fraud} excludes.
        Funnel h = abc(10).step("A").step("B").exclude(Step.of("X").where("why", "fraud"), 0, 1).build();
        assertEquals(2, level(h, "A@0 X{why=typo}@1 B@2"));
        assertEquals(-1, level(h, "A@0 X{why=fraud}@1 B@2"));
        // Between steps 1 and 2 of A → B → C: A@0 X@1 B@2 C@3 is clean (X before B); A@0 B@1 X@2 C@3 is not, and
        // the remaining clean chain A → B ends with X within the window → removed.
        Funnel k = abc(10).step("A").step("B").step("C").exclude(Step.of("X"), 1, 2).build();
        assertEquals(3, level(k, "A@0 X@1 B@2 C@3"));
        assertEquals(-1, level(k, "A@0 B@1 X@2 C@3"));
    }

    @Test
    void aHeldPropertyMustBeEqualOnEveryStep() {
        Funnel f = abc(10).step("A").step("B").holdConstant("cart").build();
        assertEquals(List.of("cart"), f.heldProperties());
        assertEquals(1, level(f, "A{cart=1}@0 B{cart=2}@1"));             // another cart
        assertEquals(2, level(f, "A{cart=1}@0 B{cart=2}@1 B{cart=1}@2")); // the same cart later
        assertEquals(0, level(f, "A@0 B{cart=1}@1"));                     // step 1 without a cart starts nothing
        assertEquals(2, level(f, "A{cart=1}@0 A{cart=2}@1 B{cart=1}@2")); // latest A of cart 1 is A@0
    }

    @Test
    void aBreakdownAttributesEachEntityToOneValue() {
        Funnel f = abc(10).step("view").step("cart").step("buy").build();
        // 1: view{ch=ads}@0 cart{ch=mail}@1 → level 2, first ads, last mail
        // 2: view{ch=mail}@0                → level 1, first = last = mail
        // 3: view@0 cart{ch=ads}@1 buy{ch=ads}@2 → level 3, first has no ch, last ads
        EventLog log = Logs.parse("1:view{ch=ads}@0 1:cart{ch=mail}@1 2:view{ch=mail}@0 3:view@0 "
                + "3:cart{ch=ads}@1 3:buy{ch=ads}@2");
        List<String> s = f.stepNames();
        assertEquals(Map.of("ads", FunnelResult.of(s, 0, 0, 1, 0), "mail", FunnelResult.of(s, 0, 1, 0, 0)),
                f.breakdown(log, "ch", BreakdownTouch.firstTouch()));
        assertEquals(Map.of("ads", FunnelResult.of(s, 0, 0, 0, 1), "mail", FunnelResult.of(s, 0, 1, 1, 0)),
                f.breakdown(log, "ch", BreakdownTouch.lastTouch()));
        // Step cart: entities 1 (mail) and 3 (ads); entity 2 never reached cart.
        assertEquals(Map.of("ads", FunnelResult.of(s, 0, 0, 0, 1), "mail", FunnelResult.of(s, 0, 0, 1, 0)),
                f.breakdown(log, "ch", BreakdownTouch.step(1)));
        // Step buy: only entity 3.
        SortedMap<String, FunnelResult> buy = f.breakdown(log, "ch", BreakdownTouch.step(2));
        assertEquals(Map.of("ads", FunnelResult.of(s, 0, 0, 0, 1)), buy);
        assertTrue(f.breakdown(log, "nope", BreakdownTouch.firstTouch()).isEmpty());
    }

    @Test
    void badSettingsAreRefusedWithMessages() {
        Funnel.Builder first = Funnel.builder().step("A");
        IllegalStateException opt = assertThrows(IllegalStateException.class, first::optional);
        assertTrue(opt.getMessage().contains("not be the first step"), opt.getMessage());
        assertThrows(IllegalStateException.class, () -> Funnel.builder().step("A").within(Duration.ofDays(1)));
        IllegalArgumentException neg = assertThrows(IllegalArgumentException.class,
                () -> Funnel.builder().step("A").step("B").within(Duration.ofMillis(-1)));
        assertEquals("step window of 'B' must be >= 0, was PT-0.001S", neg.getMessage());
        IllegalArgumentException span = assertThrows(IllegalArgumentException.class,
                () -> Funnel.builder().exclude(Step.of("X"), 1, 1));
        assertEquals("beforeStep must be > afterStep (1), was 1", span.getMessage());
        IllegalArgumentException past = assertThrows(IllegalArgumentException.class,
                () -> abc(1).step("A").step("B").exclude(Step.of("X"), 0, 2).build());
        assertEquals("exclusion 'X' beforeStep must be < 2 (the number of steps), was 2", past.getMessage());
        IllegalArgumentException bound = assertThrows(IllegalArgumentException.class,
                () -> abc(1).step("A").step("B").optional().step("C").exclude(Step.of("X"), 0, 1).build());
        assertTrue(bound.getMessage().contains("bounded by required steps"), bound.getMessage());
        IllegalArgumentException strict = assertThrows(IllegalArgumentException.class,
                () -> abc(1).step("A").step("B").holdConstant("cart")
                        .options(FunnelOptions.defaults().with(FunnelOptions.StepOrder.STRICT)).build());
        assertTrue(strict.getMessage().startsWith("optional steps, step windows, exclusions or held properties "
                + "needs stepOrder ORDERED"), strict.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Funnel.builder().holdConstant(" "));
        assertThrows(IllegalArgumentException.class, () -> Funnel.builder().holdConstant("c").holdConstant("c"));
        Funnel any = abc(1).step("A").options(FunnelOptions.defaults().with(FunnelOptions.StepOrder.ANY)).build();
        EventLog log = Logs.parse("A@0");
        IllegalArgumentException bd = assertThrows(IllegalArgumentException.class,
                () -> any.breakdown(log, "ch", BreakdownTouch.firstTouch()));
        assertTrue(bd.getMessage().startsWith("a breakdown needs stepOrder ORDERED"), bd.getMessage());
        Funnel one = abc(1).step("A").build();
        IllegalArgumentException touch = assertThrows(IllegalArgumentException.class,
                () -> one.breakdown(log, "ch", BreakdownTouch.step(1)));
        assertEquals("touch step must be < 1 (the number of steps), was 1", touch.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BreakdownTouch.step(-1));
        IllegalArgumentException noValues = assertThrows(IllegalArgumentException.class,
                () -> Step.of("buy").where("plan"));
        assertEquals("accepted values of property 'plan' of step 'buy' must not be empty, was []",
                noValues.getMessage());
        assertThrows(NullPointerException.class, () -> Step.of("buy").where("plan", (String) null));
    }

    @Test
    void breakdownTouchesAreValues() {
        BreakdownTouch second = BreakdownTouch.step(2);
        BreakdownTouch alsoSecond = BreakdownTouch.step(2);
        assertEquals(second, alsoSecond, "two step(2) touches are equal values");
        assertEquals(second.hashCode(), alsoSecond.hashCode());
        assertNotEquals(second, BreakdownTouch.step(3));
        assertNotEquals(BreakdownTouch.firstTouch(), BreakdownTouch.lastTouch());
        assertEquals("firstTouch", BreakdownTouch.firstTouch().toString());
        assertEquals("step(2)", BreakdownTouch.step(2).toString());
        assertEquals(-2, BreakdownTouch.lastTouch().step());
    }

    @Test
    void stepsWithConditionsAreValues() {
        Step a = Step.of("buy").where("plan", "team", "pro");
        Step b = new Step("buy", java.util.Set.of("buy"), Map.of("plan", java.util.Set.of("pro", "team")));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(a.hasConditions());
        assertTrue(!Step.of("buy").hasConditions());
        // A second condition on the same property replaces the first.
        assertEquals(Map.of("plan", java.util.Set.of("free")), a.where("plan", "free").where());
        assertTrue(a.toString().contains("plan=[pro, team]"), a::toString);
        Funnel.Exclusion x = new Funnel.Exclusion(Step.of("X"), 0, 2);
        assertEquals(2, x.beforeStep());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Funnel.Exclusion(Step.of("X"), -1, 2));
        assertEquals("afterStep must be >= 0, was -1", e.getMessage());
    }
}
