package org.kpisdk.funnel.attribution;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Money;

/**
 * The input of every {@link AttributionModel}: rows of channel paths with their conversions, non-conversions and
 * conversion value, in one currency, stored column-wise.
 *
 * <pre>{@code
 * JourneySet set = JourneySet.of(Currency.getInstance("EUR"), List.of(journey1, journey2));
 * JourneySet paths = JourneySet.ofPaths(Currency.getInstance("EUR"), List.of(
 *         AggregatedPath.parse("display > search", 3, 7, Money.of("360", "EUR")),
 *         AggregatedPath.parse("search", 1, 4, Money.of("90", "EUR"))));
 * JourneySet fromLog = JourneySet.fromEvents(Currency.getInstance("EUR"), events);
 * }</pre>
 *
 * <p>A row is one journey (one conversion or one non-conversion, with the touch times) or one aggregated path (any
 * counts, without times). Channels are numbered in their sorted order, so nothing a model computes depends on the
 * order of the rows. Immutable and thread-safe; the {@link Builder} is a single-threaded accumulator.
 */
public final class JourneySet {
    private static final int[] NO_INTS = new int[0];
    private static final long[] NO_LONGS = new long[0];

    private final Currency currency;
    private final List<String> channels;
    private final int[] offsets;
    private final int[] touches;
    private final long[] ages;
    /** Per touch, the index of its campaign in {@link #campaignNames}, or -1 without one. */
    private final int[] campaigns;
    private final List<String> campaignNames;
    private final boolean[] timed;
    /** Per row, the conversion time in whole seconds since the epoch (rounded down); valid only for timed rows. */
    private final long[] conversionSeconds;
    private final long[] conversions;
    private final long[] nonConversions;
    private final BigDecimal[] values;
    /** The values in micros, valid when {@link #allMicros} (every value fits), for sums without BigDecimal. */
    private final long[] micros;
    private final boolean allMicros;
    private final long totalConversions;
    private final long totalNonConversions;
    private final BigDecimal totalValue;

    private JourneySet(Builder b) {
        this.currency = b.currency;
        int rows = b.rows;
        // Renumber channels in sorted order so that results never depend on the order rows were added.
        String[] sorted = b.channelNames.toArray(new String[0]);
        Arrays.sort(sorted);
        int[] remap = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            remap[b.channelIds.get(sorted[i])] = i;
        }
        this.channels = Collections.unmodifiableList(Arrays.asList(sorted));
        this.offsets = Arrays.copyOf(b.offsets, rows + 1);
        this.touches = new int[b.touchCount];
        for (int i = 0; i < b.touchCount; i++) {
            touches[i] = remap[b.touches[i]];
        }
        this.ages = Arrays.copyOf(b.ages, b.touchCount);
        this.campaigns = Arrays.copyOf(b.campaigns, b.touchCount);
        this.campaignNames = List.copyOf(b.campaignNames);
        this.timed = Arrays.copyOf(b.timed, rows);
        this.conversionSeconds = Arrays.copyOf(b.conversionSeconds, rows);
        this.conversions = Arrays.copyOf(b.conversions, rows);
        this.nonConversions = Arrays.copyOf(b.nonConversions, rows);
        this.values = Arrays.copyOf(b.values, rows);
        this.micros = Arrays.copyOf(b.micros, rows);
        this.allMicros = b.allMicros;
        this.totalConversions = b.totalConversions;
        this.totalNonConversions = b.totalNonConversions;
        this.totalValue = b.totalValue;
    }

    /** Returns an empty builder for rows in {@code currency}. */
    public static Builder builder(Currency currency) {
        return new Builder(currency);
    }

    /**
     * Returns one row per journey.
     *
     * @throws IllegalArgumentException if a conversion value is in another currency
     */
    public static JourneySet of(Currency currency, Collection<Journey> journeys) {
        Builder b = builder(currency);
        for (Journey j : journeys) {
            b.add(j);
        }
        return b.build();
    }

    /**
     * Returns one row per aggregated path.
     *
     * @throws IllegalArgumentException if a value is in another currency
     */
    public static JourneySet ofPaths(Currency currency, Collection<AggregatedPath> paths) {
        Builder b = builder(currency);
        for (AggregatedPath p : paths) {
            b.add(p);
        }
        return b.build();
    }

    /**
     * Returns the journeys of an event log. Events are grouped by customer and ordered by time (a touch and a
     * conversion at the same instant: the touch first; otherwise ties keep the order given). Each conversion closes a
     * journey made of the customer's touches since the previous conversion (paths are split at each purchase); touches
     * after a customer's last conversion form one journey that did not convert.
     *
     * @throws IllegalArgumentException if a conversion has no touch since the previous one (add a {@code "direct"}
     *         touch for it), or a value is in another currency
     */
    public static JourneySet fromEvents(Currency currency, Collection<JourneyEvent> events) {
        Objects.requireNonNull(events, "events");
        Map<String, List<JourneyEvent>> byCustomer = new TreeMap<>();
        for (JourneyEvent e : events) {
            Objects.requireNonNull(e, "event");
            byCustomer.computeIfAbsent(e.customer(), k -> new ArrayList<>()).add(e);
        }
        Builder b = builder(currency);
        Comparator<JourneyEvent> order = Comparator.comparing(JourneyEvent::time)
                .thenComparing(e -> e.isConversion() ? 1 : 0);
        for (Map.Entry<String, List<JourneyEvent>> entry : byCustomer.entrySet()) {
            List<JourneyEvent> list = entry.getValue();
            list.sort(order);
            List<Touchpoint> open = new ArrayList<>();
            for (JourneyEvent e : list) {
                if (e.isConversion()) {
                    Checks.argument(!open.isEmpty(),
                            "a conversion needs a touch since the previous conversion, customer '%s' at %s has none",
                            entry.getKey(), e.time());
                    b.add(Journey.converted(entry.getKey(), open, e.time(), e.value().orElseThrow()));
                    open = new ArrayList<>();
                } else {
                    open.add(e.touchpoint().orElseThrow());
                }
            }
            if (!open.isEmpty()) {
                b.add(Journey.notConverted(entry.getKey(), open));
            }
        }
        return b.build();
    }

    /** Returns the currency of all values. */
    public Currency currency() {
        return currency;
    }

    /** Returns the number of rows. */
    public int size() {
        return conversions.length;
    }

    /** Returns every channel that occurs in some row, sorted. */
    public List<String> channels() {
        return channels;
    }

    /** Returns the channels of row {@code row} in path order. */
    public List<String> path(int row) {
        checkRow(row);
        List<String> path = new ArrayList<>(offsets[row + 1] - offsets[row]);
        for (int i = offsets[row]; i < offsets[row + 1]; i++) {
            path.add(channels.get(touches[i]));
        }
        return Collections.unmodifiableList(path);
    }

    /** Returns the number of conversions of row {@code row}. */
    public long conversions(int row) {
        checkRow(row);
        return conversions[row];
    }

    /** Returns the number of non-conversions of row {@code row}. */
    public long nonConversions(int row) {
        checkRow(row);
        return nonConversions[row];
    }

    /** Returns the total conversion value of row {@code row}. */
    public Money value(int row) {
        checkRow(row);
        return Money.of(values[row], currency);
    }

    /** Returns whether row {@code row} has touch times (a converted journey) rather than only a path. */
    public boolean hasTimes(int row) {
        checkRow(row);
        return timed[row];
    }

    /**
     * Returns the conversion time of row {@code row} to the second (rounded down), if the row is a converted journey;
     * empty for a non-converted journey or an aggregated path.
     */
    public Optional<Instant> conversionTime(int row) {
        checkRow(row);
        return timed[row] && conversions[row] > 0 ? Optional.of(Instant.ofEpochSecond(conversionSeconds[row]))
                : Optional.empty();
    }

    /** Returns the total number of conversions. */
    public long totalConversions() {
        return totalConversions;
    }

    /** Returns the total number of non-conversions. */
    public long totalNonConversions() {
        return totalNonConversions;
    }

    /** Returns the total conversion value, exactly. */
    public Money totalValue() {
        return Money.of(totalValue, currency);
    }

    private void checkRow(int row) {
        Objects.checkIndex(row, size());
    }

    // Package-private column access for the models.

    int start(int row) {
        return offsets[row];
    }

    int end(int row) {
        return offsets[row + 1];
    }

    int touch(int index) {
        return touches[index];
    }

    /** Nanoseconds from touch {@code index} to its row's conversion; valid only for timed rows. */
    long age(int index) {
        return ages[index];
    }

    boolean timed(int row) {
        return timed[row];
    }

    /** Returns the campaign of touch {@code index}, or null without one. */
    @Nullable
    String campaign(int index) {
        int c = campaigns[index];
        return c < 0 ? null : campaignNames.get(c);
    }

    long conversionSecond(int row) {
        return conversionSeconds[row];
    }

    long conv(int row) {
        return conversions[row];
    }

    long nonConv(int row) {
        return nonConversions[row];
    }

    BigDecimal val(int row) {
        return values[row];
    }

    boolean allMicros() {
        return allMicros;
    }

    long micros(int row) {
        return micros[row];
    }

    BigDecimal totalVal() {
        return totalValue;
    }

    /**
     * Builds a {@link JourneySet} row by row. A single-threaded accumulator: not thread-safe, and reusable only until
     * {@link #build()}.
     */
    public static final class Builder {
        private final Currency currency;
        private final Map<String, Integer> channelIds = new HashMap<>();
        private final List<String> channelNames = new ArrayList<>();
        private final Map<String, Integer> campaignIds = new HashMap<>();
        private final List<String> campaignNames = new ArrayList<>();
        private int rows;
        private int touchCount;
        private int[] offsets = new int[] {0};
        private int[] touches = NO_INTS;
        private long[] ages = NO_LONGS;
        private int[] campaigns = NO_INTS;
        private boolean[] timed = new boolean[0];
        private long[] conversionSeconds = NO_LONGS;
        private long[] conversions = NO_LONGS;
        private long[] nonConversions = NO_LONGS;
        private BigDecimal[] values = new BigDecimal[0];
        private long[] micros = NO_LONGS;
        private boolean allMicros = true;
        private long totalConversions;
        private long totalNonConversions;
        private BigDecimal totalValue = BigDecimal.ZERO;

        private Builder(Currency currency) {
            this.currency = Objects.requireNonNull(currency, "currency");
        }

        /**
         * Adds one journey as a row: one conversion with its value and touch times, or one non-conversion.
         *
         * @throws IllegalArgumentException if the value is in another currency
         */
        public Builder add(Journey journey) {
            Objects.requireNonNull(journey, "journey");
            List<Touchpoint> ts = journey.touchpoints();
            BigDecimal value = journey.value().map(this::amount).orElse(BigDecimal.ZERO);
            boolean converted = journey.isConverted();
            int row = beginRow(ts.size());
            if (converted) {
                Instant at = journey.conversionTime().orElseThrow();
                conversionSeconds[row] = at.getEpochSecond();
                for (Touchpoint t : ts) {
                    long age;
                    try {
                        age = Duration.between(t.time(), at).toNanos();
                    } catch (ArithmeticException e) {
                        throw new IllegalArgumentException(Checks.format(
                                "touch %s must be within 292 years of the conversion at %s", t, at), e);
                    }
                    addTouch(t.channel(), age, t.campaign().orElse(null));
                }
            } else {
                for (Touchpoint t : ts) {
                    addTouch(t.channel(), 0, t.campaign().orElse(null));
                }
            }
            endRow(row, converted, converted ? 1 : 0, converted ? 0 : 1, value);
            return this;
        }

        /**
         * Adds one aggregated path as a row (without times).
         *
         * @throws IllegalArgumentException if the value is in another currency
         */
        public Builder add(AggregatedPath path) {
            Objects.requireNonNull(path, "path");
            BigDecimal value = amount(path.value());
            int row = beginRow(path.channels().size());
            for (String c : path.channels()) {
                addTouch(c, 0, null);
            }
            endRow(row, false, path.conversions(), path.nonConversions(), value);
            return this;
        }

        /**
         * Adds a path without times: the same as {@link #add(AggregatedPath)} without building the record.
         *
         * @throws IllegalArgumentException if the path is empty, a count is negative, or the value is negative, in
         *         another currency, or non-zero without conversions
         */
        public Builder addPath(List<String> channels, long conversions, long nonConversions, Money value) {
            return add(new AggregatedPath(channels, conversions, nonConversions, value));
        }

        private BigDecimal amount(Money money) {
            Checks.argument(money.currency().equals(currency), "Currency mismatch: %s vs %s",
                    currency.getCurrencyCode(), money.currency().getCurrencyCode());
            return money.amount();
        }

        private int beginRow(int touchesInRow) {
            if (touchCount + touchesInRow > touches.length) {
                int capacity = Math.max(touchCount + touchesInRow, Math.max(16, touches.length * 2));
                touches = Arrays.copyOf(touches, capacity);
                ages = Arrays.copyOf(ages, capacity);
                campaigns = Arrays.copyOf(campaigns, capacity);
            }
            if (rows + 1 >= offsets.length) {
                int capacity = Math.max(16, offsets.length * 2);
                offsets = Arrays.copyOf(offsets, capacity);
                timed = Arrays.copyOf(timed, capacity);
                conversionSeconds = Arrays.copyOf(conversionSeconds, capacity);
                conversions = Arrays.copyOf(conversions, capacity);
                nonConversions = Arrays.copyOf(nonConversions, capacity);
                values = Arrays.copyOf(values, capacity);
                micros = Arrays.copyOf(micros, capacity);
            }
            return rows;
        }

        private void addTouch(String channel, long age, @Nullable String campaign) {
            Integer id = channelIds.get(channel);
            if (id == null) {
                id = channelNames.size();
                channelIds.put(channel, id);
                channelNames.add(channel);
            }
            touches[touchCount] = id;
            ages[touchCount] = age;
            int campaignId = -1;
            if (campaign != null) {
                Integer known = campaignIds.get(campaign);
                campaignId = known != null ? known : campaignNames.size();
                if (known == null) {
                    campaignIds.put(campaign, campaignId);
                    campaignNames.add(campaign);
                }
            }
            campaigns[touchCount] = campaignId;
            touchCount++;
        }

        private void endRow(int row, boolean hasTimes, long conv, long nonConv, BigDecimal value) {
            totalConversions = Math.addExact(totalConversions, conv);
            totalNonConversions = Math.addExact(totalNonConversions, nonConv);
            totalValue = totalValue.add(value);
            timed[row] = hasTimes;
            conversions[row] = conv;
            nonConversions[row] = nonConv;
            values[row] = value;
            if (allMicros) {
                try {
                    micros[row] = value.movePointRight(6).longValueExact();
                } catch (ArithmeticException e) {
                    allMicros = false;
                }
            }
            rows++;
            offsets[rows] = touchCount;
        }

        /** Returns the journey set of the rows added so far. */
        public JourneySet build() {
            return new JourneySet(this);
        }
    }
}
