package org.kpisdk.funnel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * // MetricFlow's constant_properties: the signup must be for the same product as the visit
 * ConversionMetric sameProduct = signup.withConstantProperty("product", "product");
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
    private final List<String> baseProperties;
    private final List<String> conversionProperties;

    private ConversionMetric(String base, String conversion, long window, List<String> baseProperties,
            List<String> conversionProperties) {
        this.base = base;
        this.conversion = conversion;
        this.window = window;
        this.baseProperties = baseProperties;
        this.conversionProperties = conversionProperties;
    }

    /**
     * Returns a copy that credits a conversion only to a base event whose property {@code baseProperty} has the
     * value of the conversion's {@code conversionProperty} (MetricFlow's {@code constant_properties}, an equality
     * join: an event without the property matches nothing). Visit {@code {product=p1}@0}, signup
     * {@code {product=p2}@1}: no conversion; with {@code product=p1}: one.
     *
     * @throws IllegalArgumentException if a property name is blank
     */
    public ConversionMetric withConstantProperty(String baseProperty, String conversionProperty) {
        Objects.requireNonNull(baseProperty, "baseProperty");
        Objects.requireNonNull(conversionProperty, "conversionProperty");
        Checks.argument(!baseProperty.isBlank(), "baseProperty must not be blank, was '%s'", baseProperty);
        Checks.argument(!conversionProperty.isBlank(), "conversionProperty must not be blank, was '%s'",
                conversionProperty);
        List<String> b = new ArrayList<>(baseProperties);
        List<String> c = new ArrayList<>(conversionProperties);
        b.add(baseProperty);
        c.add(conversionProperty);
        return new ConversionMetric(base, conversion, window, List.copyOf(b), List.copyOf(c));
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
        return new ConversionMetric(baseEvent, conversionEvent, window.toMillis(), List.of(), List.of());
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
        if (!baseProperties.isEmpty()) {
            return withConstants(log, b, c, e, t, idx);
        }
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

    /**
     * The scan with constant properties: each conversion looks back, closest first, for a base event within the
     * window whose values match; values compare as dictionary codes of the two property columns.
     */
    private Result withConstants(EventLog log, int b, int c, long[] e, long[] t, int[] idx) {
        int p = baseProperties.size();
        int[][] baseCodes = new int[p][];
        int[][] convCodes = new int[p][];
        // Translate the conversion columns' codes into the base columns' dictionaries (-1: no such base value).
        for (int k = 0; k < p; k++) {
            baseCodes[k] = RowMasks.codes(log, baseProperties.get(k));
            EventLog.PropertyColumn bc = log.propertyColumn(baseProperties.get(k));
            EventLog.PropertyColumn cc = log.propertyColumn(conversionProperties.get(k));
            int[] conv = new int[log.size()];
            java.util.Arrays.fill(conv, -1);
            if (bc != null && cc != null) {
                int[] map = new int[cc.values().size()];
                for (int v = 0; v < map.length; v++) {
                    map[v] = bc.codeOf(cc.values().get(v));
                }
                for (int i = 0; i < conv.length; i++) {
                    conv[i] = cc.codes()[i] < 0 ? -1 : map[cc.codes()[i]];
                }
            }
            convCodes[k] = conv;
        }
        int n = log.size();
        long bases = 0;
        long conversions = 0;
        long converted = 0;
        boolean[] credited = new boolean[n];
        int from = 0;
        while (from < n) {
            int to = from + 1;
            while (to < n && e[to] == e[from]) {
                to++;
            }
            int[] order = baseFirst(idx, t, log, b, from, to);
            for (int j = 0; j < order.length; j++) {
                int row = idx[order[j]];
                int code = log.typeCode(row);
                if (code == b) {
                    bases++;
                    continue;
                }
                if (code != c) {
                    continue;
                }
                for (int k = j - 1; k >= 0 && t[order[j]] - t[order[k]] < window; k--) {
                    int baseRow = idx[order[k]];
                    if (log.typeCode(baseRow) == b && matches(baseCodes, convCodes, baseRow, row)) {
                        conversions++;
                        if (!credited[order[k]]) {
                            credited[order[k]] = true;
                            converted++;
                        }
                        break;
                    }
                }
            }
            from = to;
        }
        return new Result(Count.of(bases), Count.of(conversions), Count.of(converted));
    }

    private static boolean matches(int[][] baseCodes, int[][] convCodes, int baseRow, int convRow) {
        for (int k = 0; k < baseCodes.length; k++) {
            int v = baseCodes[k][baseRow];
            if (v < 0 || v != convCodes[k][convRow]) {
                return false;
            }
        }
        return true;
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
        return "ConversionMetric[" + base + " -> " + conversion + " within " + window + " ms"
                + (baseProperties.isEmpty() ? "" : ", constant " + baseProperties + " = " + conversionProperties)
                + "]";
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
