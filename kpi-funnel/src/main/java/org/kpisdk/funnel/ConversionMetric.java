package org.kpisdk.funnel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.internal.LongIntHashMap;
import org.kpisdk.core.value.Count;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.TimeWindow;

/**
 * A conversion metric in the manner of dbt MetricFlow's {@code conversion} type: base events, conversion events of
 * the same entity within a window, each conversion credited to the closest preceding base event.
 *
 * <pre>{@code
 * ConversionMetric signup = ConversionMetric.of("visit", "signup", Duration.ofDays(7));
 * ConversionMetric.Result r = signup.compute(log);
 * r.conversions();        // conversion events with a base event at most 7 days before them (exactly 7 counts)
 * r.rate();               // conversions / base events, a Ratio (undefined with no base event)
 * // MetricFlow's constant_properties: the signup must be for the same product as the visit
 * ConversionMetric sameProduct = signup.withConstantProperty("product", "product");
 * }</pre>
 *
 * <p>Semantics (MetricFlow docs, "Conversion metrics"): a conversion event at time {@code c} qualifies when the
 * same entity has a base event at time {@code b} with {@code b <= c <= b + window}, the bound inclusive as for every
 * window of the library ({@link TimeWindow}; a purchase exactly 90 days after a freebie counts here and in a
 * {@link Funnel} with a 90-day window). MetricFlow's generated SQL excludes the bound ({@code base.ds > conv.ds -
 * INTERVAL}), so at exactly {@code window} it differs. The conversion is credited to the closest such base event
 * (at equal times, the one latest in the log), so a base event may collect several conversions and a conversion
 * counts once. Among events of one time, base events come first. The rate is
 * conversions over base events (MetricFlow's {@code conversion_rate}); {@link Result#convertedBaseEvents()} counts
 * base events with at least one conversion, a rate that never exceeds 1. Immutable and thread-safe.
 */
public final class ConversionMetric {
    private final String base;
    private final String conversion;
    private final TimeWindow window;
    private final List<String> baseProperties;
    private final List<String> conversionProperties;

    private ConversionMetric(String base, String conversion, TimeWindow window, List<String> baseProperties,
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
     * Returns the metric for the given base and conversion event types and window (bound inclusive, the rule of
     * {@link TimeWindow}; a window of zero credits only conversions at the time of their base event).
     *
     * @throws IllegalArgumentException if a type is blank, or the window is negative, not whole milliseconds or
     *                                  longer than {@link TimeWindow#MAX_LENGTH}
     */
    public static ConversionMetric of(String baseEvent, String conversionEvent, Duration window) {
        Objects.requireNonNull(baseEvent, "baseEvent");
        Objects.requireNonNull(conversionEvent, "conversionEvent");
        Objects.requireNonNull(window, "window");
        Checks.argument(!baseEvent.isBlank(), "baseEvent must not be blank, was '%s'", baseEvent);
        Checks.argument(!conversionEvent.isBlank(), "conversionEvent must not be blank, was '%s'", conversionEvent);
        return new ConversionMetric(baseEvent, conversionEvent, TimeWindow.of(window), List.of(), List.of());
    }

    /**
     * Returns the base events, conversions and the rate of {@code log}: one sort of the log by (entity, time), then
     * one pass, {@code O(n log n)} for {@code n} events with or without constant properties.
     */
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
        int[] order = baseFirst(e, t, idx, log, b, n);
        // keys[row]: the row's constant-property values as one id (the same id for a base and a conversion event
        // that match), -1 when a value is missing; without constant properties every row has key 0.
        int[] keys = new int[n];
        int keyCount = baseProperties.isEmpty() ? 1 : propertyKeys(log, b, c, keys);
        // lastBase[key]: the sorted position of the latest base event with that key seen in the current entity,
        // valid only when seenIn[key] is the current entity's run number.
        int[] lastBase = new int[keyCount];
        int[] seenIn = new int[keyCount];
        java.util.Arrays.fill(seenIn, -1);
        boolean[] credited = new boolean[n];
        long bases = 0;
        long conversions = 0;
        long converted = 0;
        int run = 0;
        for (int from = 0; from < n; run++) {
            int to = from + 1;
            while (to < n && e[to] == e[from]) {
                to++;
            }
            for (int j = from; j < to; j++) {
                int pos = order[j];
                int row = idx[pos];
                int code = log.typeCode(row);
                int key = keys[row];
                if (code == b) {
                    bases++;
                    if (key >= 0) {
                        lastBase[key] = pos;
                        seenIn[key] = run;
                    }
                } else if (code == c && key >= 0 && seenIn[key] == run
                        && window.includes(t[pos] - t[lastBase[key]])) {
                    // The latest matching base event is the closest one: if it is outside the window, all are.
                    conversions++;
                    if (!credited[lastBase[key]]) {
                        credited[lastBase[key]] = true;
                        converted++;
                    }
                }
            }
            from = to;
        }
        return new Result(Count.of(bases), Count.of(conversions), Count.of(converted));
    }

    /**
     * Fills {@code keys} with one id per combination of constant-property values (base columns for base events,
     * conversion columns for conversion events, compared by value) and returns the number of ids; a row without a
     * value, or whose values no base event has, gets -1. Linear in the rows and the distinct values.
     */
    private int propertyKeys(EventLog log, int b, int c, int[] keys) {
        int n = log.size();
        int p = baseProperties.size();
        int[][] codes = new int[p][];
        int[] sizes = new int[p];
        for (int k = 0; k < p; k++) {
            EventLog.PropertyColumn bc = log.propertyColumn(baseProperties.get(k));
            EventLog.PropertyColumn cc = log.propertyColumn(conversionProperties.get(k));
            int[] column = new int[n];
            java.util.Arrays.fill(column, -1);
            if (bc != null) {
                sizes[k] = bc.values().size();
                Map<String, Integer> baseCode = new HashMap<>();
                for (int v = 0; v < bc.values().size(); v++) {
                    baseCode.put(bc.values().get(v), v);
                }
                // The conversion column's codes translated into the base column's dictionary (-1: no such value).
                int[] map = new int[cc == null ? 0 : cc.values().size()];
                for (int v = 0; v < map.length; v++) {
                    map[v] = baseCode.getOrDefault(cc.values().get(v), -1);
                }
                for (int i = 0; i < n; i++) {
                    int type = log.typeCode(i);
                    if (type == b) {
                        column[i] = bc.codes()[i];
                    } else if (type == c && cc != null && cc.codes()[i] >= 0) {
                        column[i] = map[cc.codes()[i]];
                    }
                }
            }
            codes[k] = column;
        }
        int count = sizes[0];
        for (int i = 0; i < n; i++) {
            keys[i] = codes[0][i];
        }
        // Each further property pairs the id so far with its code: base events create ids (first pass), then
        // conversions look theirs up (second pass), whatever the order of the rows.
        for (int k = 1; k < p; k++) {
            LongIntHashMap ids = new LongIntHashMap(Math.min(n, 1 << 16));
            int next = 0;
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < n; i++) {
                    if ((log.typeCode(i) == b) != (pass == 0)) {
                        continue;
                    }
                    if (keys[i] < 0 || codes[k][i] < 0) {
                        keys[i] = -1;
                        continue;
                    }
                    long pair = (long) keys[i] << 32 | codes[k][i];
                    int id = ids.get(pair);
                    if (id < 0 && pass == 0) {
                        id = next++;
                        ids.put(pair, id);
                    }
                    keys[i] = id;
                }
            }
            count = next;
        }
        return Math.max(count, 1);
    }

    /**
     * Returns the sorted positions with, within each run of one entity and timestamp, the base events first (in
     * their sorted order), so that a conversion may be credited to a base event of its own time. Linear.
     */
    private static int[] baseFirst(long[] e, long[] t, int[] idx, EventLog log, int base, int n) {
        int[] order = new int[n];
        int out = 0;
        int from = 0;
        while (from < n) {
            int to = from + 1;
            while (to < n && e[to] == e[from] && t[to] == t[from]) {
                to++;
            }
            for (int j = from; j < to; j++) {
                if (log.typeCode(idx[j]) == base) {
                    order[out++] = j;
                }
            }
            for (int j = from; j < to; j++) {
                if (log.typeCode(idx[j]) != base) {
                    order[out++] = j;
                }
            }
            from = to;
        }
        return order;
    }

    @Override
    public String toString() {
        return "ConversionMetric[" + base + " -> " + conversion + " within " + window.millis() + " ms"
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
