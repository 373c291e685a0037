package org.kpisdk.benchmarks.funnel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.kpisdk.funnel.EventLog;
import org.kpisdk.funnel.Funnel;

/** The DuckDB SQL baseline computes the benchmark's funnel: hand-worked levels, and kpi-funnel on random logs. */
class DuckFunnelTest {
    private static final long DAY = 86_400_000L;
    private static final List<String> TYPES = List.of("view", "cart", "checkout", "buy", "search");
    private static final List<String> STEPS = TYPES.subList(0, 4);
    private static final Funnel FUNNEL = Funnel.builder().step("view").step("cart").step("checkout").step("buy")
            .window(Duration.ofDays(7)).build();

    private final List<Long> entities = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();
    private final List<Integer> types = new ArrayList<>();

    private void event(long user, long millis, String type) {
        entities.add(user);
        times.add(millis);
        types.add(TYPES.indexOf(type));
    }

    private long[] duck() throws Exception {
        try (DuckFunnel d = new DuckFunnel(longs(entities), longs(times), ints(types), TYPES, STEPS, 7 * DAY)) {
            return d.levels();
        }
    }

    private long[] kpiFunnel() {
        return WindowFunnelBenchmark.levels(FUNNEL.count(EventLog.of(longs(entities), longs(times), ints(types),
                TYPES)));
    }

    @Test
    void handMadeLogGivesTheLevelsWorkedOutByHand() throws Exception {
        // 1: view, cart, checkout, buy on days 0..3: all within 7 days -> level 4
        event(1, 0, "view");
        event(1, DAY, "cart");
        event(1, 2 * DAY, "checkout");
        event(1, 3 * DAY, "buy");
        // 2: buy on day 8 is 8 days after the only view -> level 3
        event(2, 0, "view");
        event(2, DAY, "cart");
        event(2, 2 * DAY, "checkout");
        event(2, 8 * DAY, "buy");
        // 3: the later view (day 5) anchors; buy on day 12 is exactly 7 days after it (bound inclusive) -> level 4
        event(3, 0, "view");
        event(3, 5 * DAY, "view");
        event(3, 6 * DAY, "cart");
        event(3, 7 * DAY, "checkout");
        event(3, 12 * DAY, "buy");
        // 4: no view -> level 0
        event(4, 0, "cart");
        event(4, DAY, "checkout");
        event(4, 2 * DAY, "buy");
        // 5: only a non-step event -> level 0
        event(5, 0, "search");
        // 6: steps in reverse order: only the view counts -> level 1
        event(6, 0, "buy");
        event(6, DAY, "checkout");
        event(6, 2 * DAY, "cart");
        event(6, 3 * DAY, "view");
        // 7: view, cart, checkout at the same millisecond: ties ordered by step -> level 3
        event(7, 10 * DAY, "checkout");
        event(7, 10 * DAY, "cart");
        event(7, 10 * DAY, "view");
        // 8: cart's chain starts on day 0, checkout on day 9 is 9 days later; the view on day 6 has no cart after
        //    it -> level 2
        event(8, 0, "view");
        event(8, DAY, "cart");
        event(8, 6 * DAY, "view");
        event(8, 9 * DAY, "checkout");
        // 9: cart 8 days after the view -> level 1
        event(9, 0, "view");
        event(9, 8 * DAY, "cart");
        // 10: view day 1, cart day 2, no checkout -> level 2
        event(10, 0, "cart");
        event(10, DAY, "view");
        event(10, 2 * DAY, "cart");
        event(10, 3 * DAY, "buy");
        // 11: all four steps at the same millisecond -> level 4
        event(11, 5, "buy");
        event(11, 5, "view");
        event(11, 5, "checkout");
        event(11, 5, "cart");
        // level 0: users 4, 5; level 1: 6, 9; level 2: 8, 10; level 3: 2, 7; level 4: 1, 3, 11
        long[] expected = {2, 2, 2, 2, 3};
        assertArrayEquals(expected, duck());
        assertArrayEquals(expected, kpiFunnel());
    }

    @Test
    void randomLogsAgreeWithKpiFunnel() throws Exception {
        SplittableRandom r = new SplittableRandom(7);
        for (int round = 0; round < 20; round++) {
            entities.clear();
            times.clear();
            types.clear();
            int users = 1 + r.nextInt(60);
            int n = r.nextInt(600);
            for (int i = 0; i < n; i++) {
                // times in whole hours over 20 days: many ties, many chains near the 7-day bound
                event(r.nextInt(users), r.nextInt(20 * 24) * 3_600_000L, TYPES.get(r.nextInt(TYPES.size())));
            }
            assertArrayEquals(kpiFunnel(), duck(), "round " + round);
        }
    }

    private static long[] longs(List<Long> xs) {
        return xs.stream().mapToLong(Long::longValue).toArray();
    }

    private static int[] ints(List<Integer> xs) {
        return xs.stream().mapToInt(Integer::intValue).toArray();
    }
}
