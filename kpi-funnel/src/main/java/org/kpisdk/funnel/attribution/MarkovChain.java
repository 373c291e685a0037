package org.kpisdk.funnel.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;

/**
 * The absorbing Markov chain fitted to a {@link JourneySet} by a {@link MarkovModel}: its transition counts and
 * probabilities, the probability of conversion and each channel's removal effect, all solved exactly as absorption
 * probabilities (a linear system), not simulated.
 *
 * <pre>{@code
 * MarkovChain chain = MarkovModel.ofOrder(1).fit(journeys);
 * chain.states();                                    // [start, display, search, conversion, null]
 * chain.transitionProbability("start", "display");   // 2/3
 * chain.conversionProbability();                     // 0.5
 * chain.removalEffect("search");                     // OptionalDouble[1.0]
 * }</pre>
 *
 * <p>States: {@value #START}, one state per observed tuple of up to {@code order} most recent channels (written
 * {@code "a>b"}, most recent last), and the absorbing states {@value #CONVERSION} and {@value #NULL}. A row with
 * {@code n} conversions and {@code m} non-conversions contributes each of its transitions {@code n + m} times, then
 * {@code n} transitions to {@value #CONVERSION} and {@code m} to {@value #NULL}. Removing a channel sends every
 * transition into a state that contains it to {@value #NULL}; its removal effect is
 * {@code 1 − P(conversion without it) / P(conversion)}, undefined when {@code P(conversion) = 0}.
 *
 * <p>Probabilities are computed in {@code double} by Gaussian elimination with partial pivoting over the transient
 * states (dense, {@code O(S³)} per channel, at most {@value #MAX_STATES} states); transition probabilities are exact
 * fractions of the counts. Immutable and thread-safe.
 */
public final class MarkovChain {
    /** The name of the start state. */
    public static final String START = "start";
    /** The name of the absorbing conversion state. */
    public static final String CONVERSION = "conversion";
    /** The name of the absorbing non-conversion state. */
    public static final String NULL = "null";
    /** The largest number of channel states the dense solver accepts. */
    public static final int MAX_STATES = 2_000;

    private final int order;
    private final List<String> channels;
    private final List<String> states;
    private final Map<String, Integer> stateIndex;
    /** counts[from][to] over from ∈ {start, channel states}, to ∈ {start (unused), channel states, conv, null}. */
    private final long[][] counts;
    private final double conversionProbability;
    private final double[] withoutChannel;
    private final boolean hasNonConversions;

    private MarkovChain(int order, List<String> channels, List<String> states, long[][] counts,
            double conversionProbability, double[] withoutChannel, boolean hasNonConversions) {
        this.order = order;
        this.channels = channels;
        this.states = states;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < states.size(); i++) {
            index.put(states.get(i), i);
        }
        this.stateIndex = index;
        this.counts = counts;
        this.conversionProbability = conversionProbability;
        this.withoutChannel = withoutChannel;
        this.hasNonConversions = hasNonConversions;
    }

    static MarkovChain fit(JourneySet set, int order, boolean collapseRepeats) {
        int c = set.channels().size();
        long base = c + 1L;
        long modulus = 1;
        for (int i = 0; i < order; i++) {
            if (modulus > Long.MAX_VALUE / base / 2) {
                throw new IllegalArgumentException(Checks.format(
                        "order must keep (channels + 1)^order below 2^62, was order %d with %d channels", order, c));
            }
            modulus *= base;
        }
        long keep = modulus / base;
        // Pass 1: the distinct states (codes: digits id + 1 in base c + 1, most recent channel least significant).
        StateTable table = new StateTable(modulus);
        for (int row = 0; row < set.size(); row++) {
            if (set.conv(row) == 0 && set.nonConv(row) == 0) {
                continue;
            }
            long code = 0;
            int previous = -1;
            for (int i = set.start(row); i < set.end(row); i++) {
                int ch = set.touch(i);
                if (collapseRepeats && ch == previous) {
                    continue;
                }
                previous = ch;
                code = (keep == 1 ? 0 : code % keep) * base + ch + 1;
                table.add(code);
            }
        }
        long[] codes = table.sortedCodes();
        int s = codes.length;
        Checks.argument(s <= MAX_STATES,
                "a Markov chain of order %d over these paths has %d states, more than the %d the exact solver accepts",
                order, s, MAX_STATES);
        table.index(codes);
        // Pass 2: transition counts. Index 0 is start, 1..s the channel states, s+1 conversion, s+2 null.
        long[][] counts = new long[s + 1][s + 3];
        for (int row = 0; row < set.size(); row++) {
            long n = set.conv(row);
            long m = set.nonConv(row);
            if (n == 0 && m == 0) {
                continue;
            }
            long w = Math.addExact(n, m);
            long code = 0;
            int from = 0;
            int previous = -1;
            for (int i = set.start(row); i < set.end(row); i++) {
                int ch = set.touch(i);
                if (collapseRepeats && ch == previous) {
                    continue;
                }
                previous = ch;
                code = (keep == 1 ? 0 : code % keep) * base + ch + 1;
                int to = table.indexOf(code) + 1;
                counts[from][to] = Math.addExact(counts[from][to], w);
                from = to;
            }
            counts[from][s + 1] = Math.addExact(counts[from][s + 1], n);
            counts[from][s + 2] = Math.addExact(counts[from][s + 2], m);
        }
        List<String> names = new ArrayList<>(s + 3);
        names.add(START);
        for (long code : codes) {
            names.add(name(code, base, set.channels()));
        }
        names.add(CONVERSION);
        names.add(NULL);
        boolean[] none = new boolean[s + 1];
        double p = solve(counts, none);
        double[] without = new double[c];
        for (int ch = 0; ch < c; ch++) {
            boolean[] removed = new boolean[s + 1];
            for (int k = 0; k < s; k++) {
                removed[k + 1] = contains(codes[k], base, ch);
            }
            without[ch] = solve(counts, removed);
        }
        return new MarkovChain(order, set.channels(), Collections.unmodifiableList(names), counts, p, without,
                set.totalNonConversions() > 0);
    }

    private static boolean contains(long code, long base, int channel) {
        for (long x = code; x > 0; x /= base) {
            if (x % base == channel + 1) {
                return true;
            }
        }
        return false;
    }

    private static String name(long code, long base, List<String> channels) {
        List<String> parts = new ArrayList<>();
        for (long x = code; x > 0; x /= base) {
            parts.add(channels.get((int) (x % base) - 1));
        }
        Collections.reverse(parts);
        return String.join(">", parts);
    }

    /**
     * Returns the probability of absorption in conversion from start, with the {@code removed} states sent to null:
     * solves x_i − Σ_j P(i → j)·x_j = P(i → conversion) over the transient states, x_i = 0 for removed states.
     */
    private static double solve(long[][] counts, boolean[] removed) {
        int t = counts.length;
        int conv = t;
        double[][] a = new double[t][t + 1];
        for (int i = 0; i < t; i++) {
            a[i][i] = 1;
            if (removed[i]) {
                continue;
            }
            long out = outCount(counts[i]);
            if (out == 0) {
                continue;
            }
            for (int j = 1; j < t; j++) {
                if (counts[i][j] != 0) {
                    a[i][j] -= (double) counts[i][j] / out;
                }
            }
            a[i][t] = (double) counts[i][conv] / out;
        }
        for (int col = 0; col < t; col++) {
            int pivot = col;
            for (int r = col + 1; r < t; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            double d = a[col][col];
            for (int r = col + 1; r < t; r++) {
                double f = a[r][col] / d;
                if (f != 0) {
                    for (int k = col; k <= t; k++) {
                        a[r][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[] x = new double[t];
        for (int r = t - 1; r >= 0; r--) {
            double sum = a[r][t];
            for (int k = r + 1; k < t; k++) {
                sum -= a[r][k] * x[k];
            }
            x[r] = sum / a[r][r];
        }
        return Math.min(1, Math.max(0, x[0]));
    }

    private static long outCount(long[] row) {
        long out = 0;
        for (long n : row) {
            out = Math.addExact(out, n);
        }
        return out;
    }

    /** Returns the order of the chain (the number of most recent channels a state remembers). */
    public int order() {
        return order;
    }

    /** Returns the names of all states: start, the channel states, conversion and null. */
    public List<String> states() {
        return states;
    }

    private int from(String state) {
        Integer i = stateIndex.get(Objects.requireNonNull(state, "from"));
        Checks.argument(i != null && i < counts.length, "from must be start or a channel state of %s, was '%s'",
                states, state);
        return i;
    }

    private int to(String state) {
        Integer i = stateIndex.get(Objects.requireNonNull(state, "to"));
        Checks.argument(i != null && i > 0, "to must be a channel state, conversion or null of %s, was '%s'", states,
                state);
        return i;
    }

    /**
     * Returns how many transitions from {@code from} to {@code to} the paths contain (weighted by row counts).
     *
     * @throws IllegalArgumentException if a state is unknown (or {@code from} is absorbing, {@code to} is start)
     */
    public long transitionCount(String from, String to) {
        return counts[from(from)][to(to)];
    }

    /**
     * Returns the exact probability of a transition from {@code from} to {@code to}: its count over all counts out of
     * {@code from} (zero if {@code from} has no transitions).
     *
     * @throws IllegalArgumentException if a state is unknown (or {@code from} is absorbing, {@code to} is start)
     */
    public Fraction transitionProbability(String from, String to) {
        int i = from(from);
        long out = outCount(counts[i]);
        return out == 0 ? Fraction.ZERO : Fraction.of(counts[i][to(to)], out);
    }

    /** Returns the non-zero transition probabilities, by from-state then to-state, in the order of {@link #states}. */
    public Map<String, Map<String, Fraction>> transitionMatrix() {
        Map<String, Map<String, Fraction>> matrix = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            Map<String, Fraction> row = new LinkedHashMap<>();
            for (int j = 1; j < states.size(); j++) {
                if (counts[i][j] != 0) {
                    row.put(states.get(j), transitionProbability(states.get(i), states.get(j)));
                }
            }
            matrix.put(states.get(i), Collections.unmodifiableMap(row));
        }
        return Collections.unmodifiableMap(matrix);
    }

    /** Returns the probability that a journey from start is absorbed in conversion. */
    public double conversionProbability() {
        return conversionProbability;
    }

    /**
     * Returns the probability of conversion when {@code channel} is removed.
     *
     * @throws IllegalArgumentException if the channel does not occur in the paths
     */
    public double conversionProbabilityWithout(String channel) {
        return withoutChannel[channelIndex(channel)];
    }

    private int channelIndex(String channel) {
        int i = Collections.binarySearch(channels, Objects.requireNonNull(channel, "channel"));
        Checks.argument(i >= 0, "channel must occur in the paths %s, was '%s'", channels, channel);
        return i;
    }

    /**
     * Returns the removal effect of {@code channel}: {@code 1 − P(conversion without it) / P(conversion)}; empty when
     * {@code P(conversion) = 0}.
     *
     * @throws IllegalArgumentException if the channel does not occur in the paths
     */
    public OptionalDouble removalEffect(String channel) {
        int i = channelIndex(channel);
        return conversionProbability == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.max(0, 1 - withoutChannel[i] / conversionProbability));
    }

    /** Returns every channel's removal effect (sorted by channel); empty when {@code P(conversion) = 0}. */
    public Map<String, Double> removalEffects() {
        Map<String, Double> map = new LinkedHashMap<>();
        if (conversionProbability > 0) {
            for (String ch : channels) {
                map.put(ch, removalEffect(ch).orElseThrow());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** Removal effects indexed by channel id, zero when undefined. */
    double[] removalEffectsById() {
        double[] re = new double[channels.size()];
        for (int i = 0; i < re.length; i++) {
            re[i] = conversionProbability == 0 ? 0 : Math.max(0, 1 - withoutChannel[i] / conversionProbability);
        }
        return re;
    }

    /**
     * Returns whether any non-converting path was given. Without one, every path converts and the chain sees only
     * converting structure: every channel then has removal effect 1 unless some path avoids it.
     */
    public boolean hasNonConversions() {
        return hasNonConversions;
    }

    /** Returns the transition matrix as text, one from-state per line. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MarkovChain(order=").append(order).append(", P(conversion)=")
                .append(conversionProbability).append(")\n");
        for (Map.Entry<String, Map<String, Fraction>> e : transitionMatrix().entrySet()) {
            sb.append("  ").append(e.getKey()).append(" -> ").append(e.getValue()).append('\n');
        }
        return sb.toString();
    }

    /** Distinct state codes: a dense table when the code space is small, a hash map otherwise. */
    private static final class StateTable {
        @Nullable
        private final int[] dense;
        @Nullable
        private final Map<Long, Integer> sparse;

        StateTable(long modulus) {
            if (modulus <= 1 << 20) {
                dense = new int[(int) modulus];
                Arrays.fill(dense, -1);
                sparse = null;
            } else {
                dense = null;
                sparse = new HashMap<>();
            }
        }

        void add(long code) {
            if (dense != null) {
                dense[(int) code] = 0;
            } else {
                sparse.put(code, 0);
            }
        }

        long[] sortedCodes() {
            long[] codes;
            if (dense != null) {
                int n = 0;
                for (int v : dense) {
                    n += v >= 0 ? 1 : 0;
                }
                codes = new long[n];
                int k = 0;
                for (int i = 0; i < dense.length; i++) {
                    if (dense[i] >= 0) {
                        codes[k++] = i;
                    }
                }
            } else {
                codes = sparse.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            }
            return codes;
        }

        void index(long[] codes) {
            for (int i = 0; i < codes.length; i++) {
                if (dense != null) {
                    dense[(int) codes[i]] = i;
                } else {
                    sparse.put(codes[i], i);
                }
            }
        }

        int indexOf(long code) {
            return dense != null ? dense[(int) code] : sparse.get(code);
        }
    }
}
