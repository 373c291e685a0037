package org.kpisdk.funnel;

import java.time.Duration;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Count;
import org.kpisdk.core.value.Ratio;

/**
 * A conversion metric in the manner of dbt MetricFlow's {@code conversion} type: base events, conversion events of
 * the same entity within a window, each conversion credited to the closest preceding base event.
 *
 * <pre>{@code
 * ConversionMetric signup = ConversionMetric.of("visit", "signup", Duration.ofDays(7));
 * ConversionMetric.Result r = signup.compute(log);
 * r.conversions();        // conversion events with a base event at most 7 days before them
 * r.rate();               // conversions / base events, a Ratio (undefined with no base event)
 * }</pre>
 *
 * <p>Semantics (MetricFlow docs, "Conversion metrics"): a conversion event at time {@code c} qualifies when the
 * same entity has a base event at time {@code b} with {@code c - window < b <= c}; it is credited to the closest
 * such base event, so a base event may collect several conversions and a conversion counts once. The rate is
 * conversions over base events (MetricFlow's {@code conversion_rate}); {@link Result#convertedBaseEvents()} counts
 * base events with at least one conversion, a rate that never exceeds 1. Immutable and thread-safe.
 */
public final class ConversionMetric {
    private final String base;
    private final String conversion;
    private final long window;

    private ConversionMetric(String base, String conversion, long window) {
        this.base = base;
        this.conversion = conversion;
        this.window = window;
    }

    /**
     * Returns the metric for the given base and conversion event types and window.
     *
     * @throws IllegalArgumentException if a type is blank or the window is not positive
     */
    public static ConversionMetric of(String baseEvent, String conversionEvent, Duration window) {
        Objects.requireNonNull(baseEvent, "baseEvent");
        Objects.requireNonNull(conversionEvent, "conversionEvent");
        Objects.requireNonNull(window, "window");
        Checks.argument(!baseEvent.isBlank(), "baseEvent must not be blank, was '%s'", baseEvent);
        Checks.argument(!conversionEvent.isBlank(), "conversionEvent must not be blank, was '%s'", conversionEvent);
        Checks.argument(!window.isNegative() && !window.isZero(), "window must be > 0, was %s", window);
        return new ConversionMetric(baseEvent, conversionEvent, window.toMillis());
    }

    /** Returns the base events, conversions and the rate of {@code log}. */
    public Result compute(EventLog log) {
        Objects.requireNonNull(log, "log");
        int b = log.codeOf(base).orElse(-1);
        int c = log.codeOf(conversion).orElse(-1);
        int n = log.size();
        long[] e = new long[n];
        long[] t = new long[n];
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            e[i] = log.entity(i);
            t[i] = log.timestamp(i);
            idx[i] = i;
        }
        FunnelEngine.sort(e, t, idx, n);
        long bases = 0;
        long conversions = 0;
        long converted = 0;
        int from = 0;
        while (from < n) {
            int to = from + 1;
            while (to < n && e[to] == e[from]) {
                to++;
            }
            int lastBase = -1;
            int lastCredited = -1;
            // At equal times base events come first, so a conversion may be credited to a base event of its time.
            int[] order = baseFirst(idx, t, log, b, from, to);
            for (int j : order) {
                int code = log.typeCode(idx[j]);
                if (code == b) {
                    bases++;
                    lastBase = j;
                } else if (code == c && lastBase >= 0 && t[j] - t[lastBase] < window) {
                    conversions++;
                    if (lastCredited != lastBase) {
                        converted++;
                        lastCredited = lastBase;
                    }
                }
            }
            from = to;
        }
        return new Result(Count.of(bases), Count.of(conversions), Count.of(converted));
    }

    private static int[] baseFirst(int[] idx, long[] t, EventLog log, int base, int from, int to) {
        int[] order = new int[to - from];
        for (int j = from; j < to; j++) {
            order[j - from] = j;
        }
        // Stable insertion pass: within one timestamp, base events move before the others.
        for (int i = 1; i < order.length; i++) {
            for (int j = i; j > 0 && t[order[j]] == t[order[j - 1]] && log.typeCode(idx[order[j]]) == base
                    && log.typeCode(idx[order[j - 1]]) != base; j--) {
                int x = order[j];
                order[j] = order[j - 1];
                order[j - 1] = x;
            }
        }
        return order;
    }

    @Override
    public String toString() {
        return "ConversionMetric[" + base + " -> " + conversion + " within " + window + " ms]";
    }

    /**
     * The outcome of a {@link ConversionMetric}: mergeable by addition over logs that share no entity.
     * Immutable and thread-safe.
     *
     * @param baseEvents          the number of base events
     * @param conversions         the number of conversion events credited to a base event
     * @param convertedBaseEvents the number of base events credited with at least one conversion
     */
    public record Result(Count baseEvents, Count conversions, Count convertedBaseEvents) {
        /** Checks that no part is null. */
        public Result {
            Objects.requireNonNull(baseEvents, "baseEvents");
            Objects.requireNonNull(conversions, "conversions");
            Objects.requireNonNull(convertedBaseEvents, "convertedBaseEvents");
        }

        /** Returns conversions over base events (MetricFlow's conversion rate); undefined with no base event. */
        public Ratio rate() {
            return conversions.per(baseEvents);
        }

        /** Returns converted base events over base events, at most 1; undefined with no base event. */
        public Ratio convertedShare() {
            return convertedBaseEvents.per(baseEvents);
        }

        /** Returns the sums of both results. */
        public Result plus(Result other) {
            return new Result(baseEvents.plus(other.baseEvents), conversions.plus(other.conversions),
                    convertedBaseEvents.plus(other.convertedBaseEvents));
        }

        @Override
        public String toString() {
            return "Result[base " + baseEvents + ", conversions " + conversions + ", rate " + rate() + "]";
        }
    }
}
