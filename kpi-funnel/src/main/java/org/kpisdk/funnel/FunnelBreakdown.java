package org.kpisdk.funnel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Dimensions;

/**
 * Funnel counts broken down by dimensions (channel, campaign, period …): one {@link FunnelCounts} per distinct
 * {@link Dimensions}, built from rows of (dimensions, stage, count) such as the output of an aggregation query.
 *
 * <pre>{@code
 * FunnelBreakdown b = FunnelBreakdown.builder(StageModel.defaults())
 *         .add(Dimensions.of("channel", "email"), "awareness", 5_000)
 *         .add(Dimensions.of("channel", "email"), "engagement", 400)
 *         .add(Dimensions.of("channel", "social"), "awareness", 90_000)
 *         .build();
 * b.get(Dimensions.of("channel", "email")).stepConversion(1);  // 400/5000
 * b.total().count(0);                                           // 95000
 * }</pre>
 *
 * <p>Immutable and thread-safe; the builder is a single-threaded accumulator.
 */
public final class FunnelBreakdown {
    private final List<String> names;
    private final Map<Dimensions, FunnelCounts> groups;

    private FunnelBreakdown(List<String> names, Map<Dimensions, FunnelCounts> groups) {
        this.names = names;
        this.groups = groups;
    }

    /** Returns a builder for the stages of {@code model}. */
    public static Builder builder(StageModel model) {
        return new Builder(model.names());
    }

    /** Returns a builder for the named stages, in funnel order. */
    public static Builder builder(List<String> stageNames) {
        return new Builder(FunnelCounts.zero(stageNames).names());
    }

    /** Returns the counts per group, in the order of {@link Dimensions#toString()}. */
    public Map<Dimensions, FunnelCounts> groups() {
        return groups;
    }

    /** Returns the counts of one group, zero counts if the group never occurred. */
    public FunnelCounts get(Dimensions group) {
        FunnelCounts c = groups.get(Objects.requireNonNull(group, "group"));
        return c != null ? c : FunnelCounts.zero(names);
    }

    /** Returns the counts summed over every group. */
    public FunnelCounts total() {
        FunnelCounts sum = FunnelCounts.zero(names);
        for (FunnelCounts c : groups.values()) {
            sum = sum.plus(c);
        }
        return sum;
    }

    /**
     * Returns the breakdown by the given dimension keys only: groups that agree on these keys are summed (a group
     * without a key is summed under the dimensions it has).
     */
    public FunnelBreakdown by(String... keys) {
        Map<Dimensions, FunnelCounts> out = new TreeMap<>(FunnelBreakdown::compare);
        for (Map.Entry<Dimensions, FunnelCounts> e : groups.entrySet()) {
            Dimensions projected = Dimensions.empty();
            for (String key : keys) {
                String value = e.getKey().get(key).orElse(null);
                if (value != null) {
                    projected = projected.and(key, value);
                }
            }
            out.merge(projected, e.getValue(), FunnelCounts::plus);
        }
        return new FunnelBreakdown(names, Collections.unmodifiableMap(new LinkedHashMap<>(out)));
    }

    private static int compare(Dimensions a, Dimensions b) {
        return a.toString().compareTo(b.toString());
    }

    /** A single-threaded accumulator of (dimensions, stage, count) rows; counts of repeated rows are added. */
    public static final class Builder {
        private final List<String> names;
        private final Map<Dimensions, long[]> sums = new TreeMap<>(FunnelBreakdown::compare);

        private Builder(List<String> names) {
            this.names = names;
        }

        /**
         * Adds {@code count} entities at {@code stage} in {@code group}.
         *
         * @throws IllegalArgumentException if the stage is unknown or the count negative
         * @throws ArithmeticException      if a sum overflows
         */
        public Builder add(Dimensions group, String stage, long count) {
            Objects.requireNonNull(group, "group");
            int k = names.indexOf(Objects.requireNonNull(stage, "stage"));
            Checks.argument(k >= 0, "stage must be one of %s, was '%s'", names, stage);
            Checks.nonNegative(count, "count");
            long[] s = sums.computeIfAbsent(group, g -> new long[names.size()]);
            s[k] = Math.addExact(s[k], count);
            return this;
        }

        /** Returns the breakdown of the rows added so far. */
        public FunnelBreakdown build() {
            Map<Dimensions, FunnelCounts> out = new LinkedHashMap<>();
            for (Map.Entry<Dimensions, long[]> e : sums.entrySet()) {
                out.put(e.getKey(), FunnelCounts.of(names, e.getValue()));
            }
            return new FunnelBreakdown(names, Collections.unmodifiableMap(out));
        }
    }
}
