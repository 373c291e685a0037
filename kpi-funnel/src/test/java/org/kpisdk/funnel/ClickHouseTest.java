package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * ClickHouse's own examples: the windowFunnel section of the "Parametric aggregate functions" docs page and the
 * stateless test {@code tests/queries/0_stateless/00632_aggregation_window_funnel.{sql,reference}} (ClickHouse
 * repository). Timestamps in seconds there are milliseconds here, with the window in the same unit.
 */
final class ClickHouseTest {
    private static long at(String isoLocal) {
        return LocalDateTime.parse(isoLocal).toEpochSecond(ZoneOffset.UTC) * 1000;
    }

    @Test
    void documentationExampleReachesLevelFour() {
        // Docs: rows 1003 @ 2019-01-29 10:00, 1007 @ 2019-01-31 09:00, 1009 @ 2019-01-30 08:00,
        // 1010 @ 2019-02-01 08:00; conditions 1003, 1009, 1007, 1010; result: level 4 for the user.
        EventLog log = EventLog.builder()
                .add(1, at("2019-01-29T10:00:00"), "1003")
                .add(1, at("2019-01-31T09:00:00"), "1007")
                .add(1, at("2019-01-30T08:00:00"), "1009")
                .add(1, at("2019-02-01T08:00:00"), "1010")
                .build();
        Funnel f = Funnel.builder().step("1003").step("1009").step("1007").step("1010")
                .window(Duration.ofDays(70_000)).options(ClickHouse.windowFunnel()).build();
        FunnelResult r = f.count(log);
        assertEquals(1, r.atLevel(4).value());
    }

    private static Funnel events(long window, FunnelOptions o, int... codes) {
        Funnel.Builder b = Funnel.builder().window(Duration.ofMillis(window)).options(o);
        for (int c : codes) {
            b.step(String.valueOf(c));
        }
        return b.build();
    }

    private static String funnelTest() {
        // funnel_test: (0,1000),(1,1001),...,(8,1008)
        StringBuilder s = new StringBuilder();
        for (int i = 0; i <= 8; i++) {
            s.append(1000 + i).append('@').append(i).append(' ');
        }
        return s.toString();
    }

    @Test
    void test00632Windows() {
        FunnelOptions o = ClickHouse.windowFunnel();
        String log = funnelTest();
        assertEquals(1, Logs.level(events(10000, o, 1000), log));
        assertEquals(2, Logs.level(events(10000, o, 1000, 1001), log));
        assertEquals(3, Logs.level(events(10000, o, 1000, 1001, 1002), log));
        assertEquals(4, Logs.level(events(10000, o, 1000, 1001, 1002, 1008), log));
        assertEquals(1, Logs.level(events(1, o, 1000), log));
        assertEquals(3, Logs.level(events(2, o, 1003, 1004, 1005, 1006, 1007), log));
        assertEquals(4, Logs.level(events(3, o, 1003, 1004, 1005, 1006, 1007), log));
        assertEquals(5, Logs.level(events(4, o, 1003, 1004, 1005, 1006, 1007), log));
        assertEquals(1, Logs.level(events(10000, o, 1008, 1001), log));
    }

    @Test
    void test00632OverlappingConditions() {
        // funnel_test2: 1001..1008 at seconds 1..8; conditions event <= 1007, >= 1002, <= 1006, >= 1004; window 4 -> 4.
        StringBuilder log = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            log.append(1000 + i).append('@').append(i).append(' ');
        }
        Funnel f = Logs.funnel(4, ClickHouse.windowFunnel(), List.of(
                new Step("le1007", codes(1001, 1007)), new Step("ge1002", codes(1002, 1008)),
                new Step("le1006", codes(1001, 1006)), new Step("ge1004", codes(1004, 1008))));
        assertEquals(4, Logs.level(f, log.toString()));
    }

    private static java.util.Set<String> codes(int from, int to) {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (int c = from; c <= to; c++) {
            s.add(String.valueOf(c));
        }
        return s;
    }

    @Test
    void test00632StrictDeduplication() {
        // funnel_test_strict: 1000..1004 at 0..40 step 10, 1005@50, 1005@51, 1006@60, 1007@70, 1008@80.
        String log = "1000@0 1001@10 1002@20 1003@30 1004@40 1005@50 1005@51 1006@60 1007@70 1008@80";
        int[] steps = {1000, 1001, 1002, 1003, 1004, 1005, 1006};
        assertEquals(6, Logs.level(events(10000, ClickHouse.windowFunnel("strict_deduplication"), steps), log));
        assertEquals(7, Logs.level(events(10000, ClickHouse.windowFunnel(), steps), log));
        // issue 27469: a b c b d with strict_deduplication -> 3.
        assertEquals(3, Logs.level(Logs.funnel(86400, ClickHouse.windowFunnel("strict_deduplication"), "a", "b", "c",
                "d"), "a@1 b@2 c@3 b@4 d@5"));
    }

    private static final String[] STRICT_ORDER_USERS = {
        "a@1 b@2 c@3",
        "a@1 d@2 b@3 c@4",
        "a@1 a@2 b@3 b@4 c@5 c@6",
        "a@1 a@2 a@3 a@4 b@5 b@6 c@7 c@8",
        "a@1 a@2 b@3 b@4 d@5 c@6 c@7",
        "c@1 c@2 b@3 b@4 a@5 a@6",
        "a@1 c@2 b@3",
    };

    private static int[] levels(FunnelOptions o, long window, String[] users, String... steps) {
        int[] out = new int[users.length];
        for (int u = 0; u < users.length; u++) {
            out[u] = Logs.level(Logs.funnel(window, o, steps), users[u]);
        }
        return out;
    }

    @Test
    void test00632StrictOrder() {
        String[] six = java.util.Arrays.copyOf(STRICT_ORDER_USERS, 6);
        // Reference: [3,3,3,3,3,1], strict_order [3,1,3,3,2,1], strict_deduplication + strict_order [3,1,2,2,2,1].
        assertArrayEquals(new int[] {3, 3, 3, 3, 3, 1}, levels(ClickHouse.windowFunnel(), 86400, six, "a", "b", "c"));
        assertArrayEquals(new int[] {3, 1, 3, 3, 2, 1},
                levels(ClickHouse.windowFunnel("strict_order"), 86400, six, "a", "b", "c"));
        assertArrayEquals(new int[] {3, 1, 2, 2, 2, 1}, levels(ClickHouse.windowFunnel("strict_deduplication",
                "strict_order"), 86400, six, "a", "b", "c"));
        // user 7: a c b, window 10, strict_order -> 1.
        assertEquals(1, Logs.level(Logs.funnel(10, ClickHouse.windowFunnel("strict_order"), "a", "b", "c"),
                STRICT_ORDER_USERS[6]));
    }

    private static void assertArrayEquals(int[] expected, int[] actual) {
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(actual));
    }

    @Test
    void test00632AllowReentry() {
        String[] users = {
            "a@1 b@2 a@3 c@4",
            "a@1 b@2 a@3 b@4 c@5",
            "a@1 b@2 c@3 b@4 d@5",
            "a@1 c@2 b@3",
            "a@1 b@2 c@3 a@4 b@5 c@6 d@7",
        };
        // Reference: strict_order [2,2,3,1,3]; + allow_reentry [3,3,3,1,3]; 4 steps: [2,2,4,1,3] and [3,3,4,1,4].
        assertArrayEquals(new int[] {2, 2, 3, 1, 3},
                levels(ClickHouse.windowFunnel("strict_order"), 86400, users, "a", "b", "c"));
        assertArrayEquals(new int[] {3, 3, 3, 1, 3},
                levels(ClickHouse.windowFunnel("strict_order", "allow_reentry"), 86400, users, "a", "b", "c"));
        assertArrayEquals(new int[] {2, 2, 4, 1, 3},
                levels(ClickHouse.windowFunnel("strict_order"), 86400, users, "a", "b", "c", "d"));
        assertArrayEquals(new int[] {3, 3, 4, 1, 4},
                levels(ClickHouse.windowFunnel("strict_order", "allow_reentry"), 86400, users, "a", "b", "c", "d"));
        // Not asserted: with strict_deduplication as well the reference gives 1 for user 2, the pre-#37177 rule
        // (index of the entry before the duplicate); this library follows the current rule and gives 2.
        assertEquals(2, Logs.level(Logs.funnel(86400, ClickHouse.windowFunnel("strict_order", "allow_reentry",
                "strict_deduplication"), "a", "b", "c"), users[1]));
    }

    @Test
    void test00632Ecommerce() {
        String[] users = {
            "begin@100 detail@200 begin@300 pay@400",
            "begin@100 detail@200 detail@250 begin@300 pay@400",
            "begin@100 detail@200 pay@300",
        };
        // Reference: strict_order [2,2,3]; + allow_reentry [3,3,3]; 4 steps with begin twice: [1,1,1] both.
        assertArrayEquals(new int[] {2, 2, 3},
                levels(ClickHouse.windowFunnel("strict_order"), 600, users, "begin", "detail", "pay"));
        assertArrayEquals(new int[] {3, 3, 3}, levels(ClickHouse.windowFunnel("strict_order", "allow_reentry"), 600,
                users, "begin", "detail", "pay"));
        for (FunnelOptions o : List.of(ClickHouse.windowFunnel("strict_order"),
                ClickHouse.windowFunnel("strict_order", "allow_reentry"))) {
            for (String u : users) {
                Funnel f = Logs.funnel(600, o, List.of(Step.of("begin"), Step.of("detail"),
                        Step.anyOf("begin again", "begin"), Step.of("pay")));
                assertEquals(1, Logs.level(f, u));
            }
        }
    }

    @Test
    void test00632StrictIncreaseAndStrictOnce() {
        // funnel_test_strict_increase: (0,1000),(1,1001),(1,1002),(1,1003),(2,1004).
        String log = "1000@0 1001@1 1002@1 1003@1 1004@2";
        assertEquals(5, Logs.level(events(10000, ClickHouse.windowFunnel(), 1000, 1001, 1002, 1003, 1004), log));
        assertEquals(2, Logs.level(events(10000, ClickHouse.windowFunnel("strict_increase"), 1000, 1001, 1002, 1003,
                1004), log));
        List<Step> thrice = List.of(Step.of("1004"), Step.anyOf("again", "1004"), Step.anyOf("third", "1004"));
        assertEquals(3, Logs.level(Logs.funnel(10000, ClickHouse.windowFunnel(), thrice), log));
        assertEquals(1, Logs.level(Logs.funnel(10000, ClickHouse.windowFunnel("strict_once"), thrice), log));
        assertEquals(1, Logs.level(Logs.funnel(10000, ClickHouse.windowFunnel("strict_increase"), thrice), log));
        // funnel_test2 (failure, failure, success), window 200: uid 123 -> 3, 234 -> 2, 345 -> 1 for strict_once
        // alone and with strict_increase or strict_deduplication.
        String users = "123:failure@180 123:failure@220 123:success@250 234:failure@100 234:failure@250 "
                + "345:success@200 345:failure@210 345:success@230";
        List<Step> steps = List.of(Step.of("failure"), Step.anyOf("failure again", "failure"), Step.of("success"));
        for (String[] modes : new String[][] {{"strict_once", "strict_increase"}, {"strict_once"},
                {"strict_once", "strict_deduplication"}}) {
            FunnelRun run = Logs.funnel(200, ClickHouse.windowFunnel(modes), steps).evaluate(Logs.parse(users));
            assertEquals(3, run.levelOf(123).getAsInt());
            assertEquals(2, run.levelOf(234).getAsInt());
            assertEquals(1, run.levelOf(345).getAsInt());
        }
    }

    @Test
    void strictIncreaseKeepsTheChainClickHouseLoses() {
        // DOMAIN D.1.1: rows c1@0, c1@1, c2@1 give 1 in ClickHouse; the chain c1@0 -> c2@1 is valid, so 2 here.
        assertEquals(2, Logs.level(Logs.funnel(10, ClickHouse.windowFunnel("strict_increase"), "c1", "c2"),
                "c1@0 c1@1 c2@1"));
    }

    @Test
    void badModesAreRefused() {
        IllegalArgumentException strict = assertThrows(IllegalArgumentException.class,
                () -> ClickHouse.windowFunnel("strict"));
        assertTrue(strict.getMessage().contains("strict_deduplication"), strict.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ClickHouse.windowFunnel("strict_ordr"));
        assertTrue(unknown.getMessage().contains("'strict_ordr'"), unknown.getMessage());
        IllegalArgumentException reentry = assertThrows(IllegalArgumentException.class,
                () -> ClickHouse.windowFunnel("allow_reentry"));
        assertTrue(reentry.getMessage().contains("requires strict_order"), reentry.getMessage());
        assertThrows(NullPointerException.class, () -> ClickHouse.windowFunnel((String) null));
    }
}
