package org.kpisdk.funnel;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-row step and exclusion bit masks of a log for steps with property conditions, computed once in primitive
 * arrays: for each step and property condition a table of accepted value codes, then one pass over the rows. Not API.
 */
final class RowMasks {
    private RowMasks() {
    }

    /** Returns, for every row of {@code log}, the bit mask of the {@code steps} it satisfies. */
    static long[] of(List<Step> steps, EventLog log) {
        long[] typeMasks = FunnelEngine.typeMasks(steps, log.eventTypes());
        int[] types = log.typeColumn();
        long[] out = new long[log.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = typeMasks[types[i]];
        }
        for (int k = 0; k < steps.size(); k++) {
            long bit = 1L << k;
            for (Map.Entry<String, Set<String>> cond : steps.get(k).where().entrySet()) {
                EventLog.PropertyColumn col = log.propertyColumn(cond.getKey());
                if (col == null) {
                    for (int i = 0; i < out.length; i++) {
                        out[i] &= ~bit;
                    }
                    continue;
                }
                boolean[] accepted = new boolean[col.values().size()];
                for (String v : cond.getValue()) {
                    int c = col.codeOf(v);
                    if (c >= 0) {
                        accepted[c] = true;
                    }
                }
                int[] codes = col.codes();
                for (int i = 0; i < out.length; i++) {
                    int c = codes[i];
                    if (c < 0 || !accepted[c]) {
                        out[i] &= ~bit;
                    }
                }
            }
        }
        return out;
    }

    /** Returns the codes of property {@code name} per row ({@code -1} where absent). */
    static int[] codes(EventLog log, String name) {
        EventLog.PropertyColumn col = log.propertyColumn(name);
        if (col == null) {
            int[] none = new int[log.size()];
            java.util.Arrays.fill(none, -1);
            return none;
        }
        return col.codes();
    }
}
