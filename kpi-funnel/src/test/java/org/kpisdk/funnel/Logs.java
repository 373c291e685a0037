package org.kpisdk.funnel;

import java.time.Duration;
import java.util.List;

import org.kpisdk.core.internal.Checks;

/** Small helpers to write hand-made logs as text in tests. */
final class Logs {
    private Logs() {
    }

    /**
     * Parses {@code "A@0 X@1 B@2"} as the events of entity 1 (or {@code "2:A@0"} for entity 2) with timestamps in
     * milliseconds; {@code "A{cart=1,ch=ads}@0"} gives the event properties.
     */
    static EventLog parse(String events) {
        EventLog.Builder b = EventLog.builder();
        for (String token : events.trim().split("\\s+", -1)) {
            if (token.isEmpty()) {
                continue;
            }
            long entity = 1;
            String rest = token;
            int colon = token.indexOf(':');
            if (colon >= 0) {
                entity = Long.parseLong(token.substring(0, colon));
                rest = token.substring(colon + 1);
            }
            int at = rest.indexOf('@');
            Checks.argument(at > 0, "bad token %s", token);
            String type = rest.substring(0, at);
            java.util.Map<String, String> props = new java.util.HashMap<>();
            int brace = type.indexOf('{');
            if (brace >= 0) {
                for (String kv : type.substring(brace + 1, type.length() - 1).split(",", -1)) {
                    String[] parts = kv.split("=", -1);
                    props.put(parts[0], parts[1]);
                }
                type = type.substring(0, brace);
            }
            b.add(entity, Long.parseLong(rest.substring(at + 1)), type, props);
        }
        return b.build();
    }

    /** Returns a funnel of steps named after their event types. */
    static Funnel funnel(long window, FunnelOptions options, String... steps) {
        Funnel.Builder b = Funnel.builder().window(Duration.ofMillis(window)).options(options);
        for (String s : steps) {
            b.step(s);
        }
        return b.build();
    }

    /** Returns the level of entity 1. */
    static int level(Funnel f, String events) {
        return f.evaluate(parse(events)).levelOf(1).orElse(-1);
    }

    /** Returns the steps named s0.. with the given event types each. */
    static Funnel funnel(long window, FunnelOptions options, List<Step> steps) {
        Funnel.Builder b = Funnel.builder().window(Duration.ofMillis(window)).options(options);
        steps.forEach(b::step);
        return b.build();
    }
}
