package org.kpisdk.funnel.attribution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.roi.AttributedRevenue;
import org.kpisdk.core.roi.Revenue;
import org.kpisdk.core.roi.RevenueItem;
import org.kpisdk.core.value.Money;

/**
 * What an {@link AttributionModel} makes of a {@link JourneySet}: per channel the credited conversions, the share and
 * the attributed revenue, and for every converting row the exact shares of its conversions.
 *
 * <pre>{@code
 * AttributionResult r = AttributionModel.linear().attribute(journeys);
 * r.channels();               // one ChannelCredit per channel, sorted by channel
 * r.revenueByChannel();       // {display=EUR 40.00, search=EUR 80.00}
 * r.conversionShares(0);      // {display=1/3, search=2/3}: exact, sums to 1
 * r.warnings();               // e.g. [NO_NON_CONVERTING_PATHS] for a Markov model
 * RoiCalculation roi = RoiCalculation.of(costs, r);      // ROI per channel, campaign and period, to the cent
 * roi.byPeriod(TimeGrain.MONTH);
 * }</pre>
 *
 * <p>As {@link AttributedRevenue} (the input of {@link org.kpisdk.core.roi.RoiCalculation}), a result is the
 * revenue of each channel dated by its conversions: one {@link RevenueItem} per channel, conversion date (in UTC;
 * {@link #revenue(ZoneId)} for another zone) and campaign, scoped {@code channel=…} and {@code campaign=…} where
 * every touch of the journey on that channel carries the same campaign. The items of a channel sum exactly to its
 * {@link ChannelCredit#revenue()} and all items to {@link #totalRevenue()}; the items of a channel over any run of
 * consecutive days (a week, a month) are within one minor unit of the exact sum of its shares, by cumulative
 * rounding in date order. Dates need journeys: a result of aggregated paths throws on {@link #items()}.
 *
 * <p>Exactness: the shares of each conversion are exact {@link Fraction}s that sum to one. Channel credits are
 * accumulated from those shares (each term rounded down at 30 digits, then rounded once with largest-remainder
 * rounding to {@value #CREDIT_SCALE} digits, so they sum exactly to the total conversions), and attributed revenue is
 * rounded once with largest-remainder rounding to the currency's minor unit, so it sums exactly to the total revenue.
 * The total revenue is the sum of the conversion values, rounded {@link RoundingMode#HALF_EVEN} to the minor unit
 * (a no-op when the values are already at the minor unit). A channel that occurs only in non-converting paths gets
 * zero credit from every model in this package (Markov and Shapley under {@link CreditAllocation#PATH}).
 *
 * <p>Immutable and thread-safe.
 */
public final class AttributionResult implements AttributedRevenue {
    /** The number of fractional digits of {@link ChannelCredit#conversions()}. */
    public static final int CREDIT_SCALE = 6;

    private static final int WORK_SCALE = 30;

    /** Conditions that make a result weaker than it looks. */
    public enum Warning {
        /**
         * No non-converting path was given: a data-driven model (Markov, Shapley by conversion rate) then sees only
         * converting structure, and a channel that appears only in converting paths gets full effect.
         */
        NO_NON_CONVERTING_PATHS,
        /** Shapley values were estimated by Monte Carlo over sampled permutations (too many channels for exact). */
        MONTE_CARLO_ESTIMATE,
        /** There were no conversions: every credit and revenue is zero and every share is undefined. */
        NO_CONVERSIONS
    }

    private final String model;
    private final JourneySet set;
    private final Splitter splitter;
    private final List<ChannelCredit> channels;
    private final Map<String, ChannelCredit> byName;
    private final Set<Warning> warnings;
    private final Money totalRevenue;
    /** The items in UTC, computed on first use (a benign race: every computation gives an equal list). */
    @Nullable
    private volatile List<RevenueItem> utcItems;

    private AttributionResult(String model, JourneySet set, Splitter splitter, List<ChannelCredit> channels,
            Set<Warning> warnings, Money totalRevenue) {
        this.model = model;
        this.set = set;
        this.splitter = splitter;
        this.channels = channels;
        Map<String, ChannelCredit> map = new HashMap<>();
        for (ChannelCredit c : channels) {
            map.put(c.channel(), c);
        }
        this.byName = map;
        this.warnings = warnings;
        this.totalRevenue = totalRevenue;
    }

    /** Runs {@code splitter} over the converting rows of {@code set}, one split per distinct key. */
    static AttributionResult compute(String model, JourneySet set, Splitter splitter, Set<Warning> extraWarnings) {
        int channelCount = set.channels().size();
        // Group the converting rows by split key: one split per group. Keys are primitive longs where the model
        // allows (no boxing per row) and values are summed as long micros where they fit.
        boolean longKeys = splitter.hasLongKeys(set);
        LongIndex longIndex = new LongIndex();
        Map<Object, Integer> objectIndex = new HashMap<>();
        boolean micros = set.allMicros();
        int[] firstRow = new int[16];
        long[] conversions = new long[16];
        long[] microSums = new long[16];
        BigDecimal[] bigSums = new BigDecimal[16];
        int groupCount = 0;
        for (int row = 0; row < set.size(); row++) {
            long conv = set.conv(row);
            if (conv == 0) {
                continue;
            }
            int g;
            if (longKeys) {
                g = longIndex.indexOf(splitter.longKey(set, row));
            } else {
                Object key = splitter.key(set, row);
                Integer existing = objectIndex.get(key);
                g = existing != null ? existing : groupCount;
                if (existing == null) {
                    objectIndex.put(key, g);
                }
            }
            if (g == groupCount) {
                if (g == firstRow.length) {
                    int capacity = g * 2;
                    firstRow = Arrays.copyOf(firstRow, capacity);
                    conversions = Arrays.copyOf(conversions, capacity);
                    microSums = Arrays.copyOf(microSums, capacity);
                    bigSums = Arrays.copyOf(bigSums, capacity);
                }
                firstRow[g] = row;
                groupCount++;
            }
            conversions[g] = Math.addExact(conversions[g], conv);
            if (micros) {
                long m = set.micros(row);
                long sum = microSums[g] + m;
                if (((microSums[g] ^ sum) & (m ^ sum)) < 0) {
                    // The long sum would overflow: move it to the BigDecimal part and start again.
                    bigSums[g] = add(bigSums[g], BigDecimal.valueOf(microSums[g], 6));
                    sum = m;
                }
                microSums[g] = sum;
            } else {
                bigSums[g] = add(bigSums[g], set.val(row));
            }
        }
        BigDecimal[] creditRaw = new BigDecimal[channelCount];
        BigDecimal[] revenueRaw = new BigDecimal[channelCount];
        for (int c = 0; c < channelCount; c++) {
            creditRaw[c] = BigDecimal.ZERO;
            revenueRaw[c] = BigDecimal.ZERO;
        }
        for (int g = 0; g < groupCount; g++) {
            Split split = splitter.split(set, firstRow[g]);
            BigDecimal conv = BigDecimal.valueOf(conversions[g]);
            BigDecimal value = add(bigSums[g], BigDecimal.valueOf(microSums[g], 6));
            for (int k = 0; k < split.channels.length; k++) {
                int c = split.channels[k];
                BigDecimal num = new BigDecimal(split.shares[k].numerator());
                BigDecimal den = new BigDecimal(split.shares[k].denominator());
                creditRaw[c] = creditRaw[c].add(conv.multiply(num).divide(den, WORK_SCALE, RoundingMode.FLOOR));
                revenueRaw[c] = revenueRaw[c].add(value.multiply(num).divide(den, WORK_SCALE, RoundingMode.FLOOR));
            }
        }
        long total = set.totalConversions();
        int minor = Math.max(0, set.currency().getDefaultFractionDigits());
        BigDecimal revenueTarget = set.totalVal().setScale(minor, RoundingMode.HALF_EVEN);
        BigDecimal[] credit = LargestRemainder.round(creditRaw, BigDecimal.valueOf(total), CREDIT_SCALE);
        BigDecimal[] revenue = LargestRemainder.round(revenueRaw, revenueTarget, minor);
        BigInteger shareDenominator = BigInteger.valueOf(total).multiply(BigInteger.TEN.pow(CREDIT_SCALE));
        List<ChannelCredit> credits = new ArrayList<>(channelCount);
        for (int c = 0; c < channelCount; c++) {
            Optional<Fraction> share = total == 0 ? Optional.empty()
                    : Optional.of(Fraction.of(credit[c].unscaledValue(), shareDenominator));
            credits.add(new ChannelCredit(set.channels().get(c), credit[c], share,
                    Money.of(revenue[c], set.currency())));
        }
        EnumSet<Warning> warnings = EnumSet.noneOf(Warning.class);
        warnings.addAll(extraWarnings);
        if (total == 0) {
            warnings.add(Warning.NO_CONVERSIONS);
        }
        return new AttributionResult(model, set, splitter, Collections.unmodifiableList(credits),
                Collections.unmodifiableSet(warnings), Money.of(revenueTarget, set.currency()));
    }

    private static BigDecimal add(@Nullable BigDecimal sum, BigDecimal term) {
        return sum == null ? term : sum.add(term);
    }

    /** Returns the name of the model that produced this result. */
    public String model() {
        return model;
    }

    /** Returns one credit per channel of the journey set, sorted by channel. */
    public List<ChannelCredit> channels() {
        return channels;
    }

    /** Returns the credit of {@code channel}, if it occurs in the journey set. */
    public Optional<ChannelCredit> channel(String channel) {
        return Optional.ofNullable(byName.get(Objects.requireNonNull(channel, "channel")));
    }

    /**
     * Returns the attributed revenue per channel (sorted by channel; sums exactly to {@link #totalRevenue()}). For
     * ROI and ROAS pass the result itself to {@link org.kpisdk.core.roi.RoiCalculation#of}, which keeps the dates.
     */
    public Map<String, Money> revenueByChannel() {
        Map<String, Money> map = new LinkedHashMap<>();
        for (ChannelCredit c : channels) {
            map.put(c.channel(), c.revenue());
        }
        return Collections.unmodifiableMap(map);
    }

    /** Returns the credited conversions per channel (sorted by channel; sums exactly to the total conversions). */
    public Map<String, BigDecimal> conversionsByChannel() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (ChannelCredit c : channels) {
            map.put(c.channel(), c.conversions());
        }
        return Collections.unmodifiableMap(map);
    }

    /** Returns the total number of conversions. */
    public long totalConversions() {
        return set.totalConversions();
    }

    /** Returns the total revenue at the currency's minor unit. */
    public Money totalRevenue() {
        return totalRevenue;
    }

    /** Returns the warnings that apply to this result; empty when none do. */
    public Set<Warning> warnings() {
        return warnings;
    }

    /**
     * Returns the exact shares of each conversion of row {@code row} of the journey set, by channel (only channels
     * with a non-zero share); they sum to exactly one.
     *
     * @throws IndexOutOfBoundsException if there is no such row
     * @throws IllegalArgumentException if the row has no conversions
     */
    public Map<String, Fraction> conversionShares(int row) {
        Objects.checkIndex(row, set.size());
        Checks.argument(set.conv(row) > 0, "row %d must have conversions to have shares, has 0", row);
        Split split = splitter.split(set, row);
        Map<String, Fraction> map = new LinkedHashMap<>();
        for (int k = 0; k < split.channels.length; k++) {
            map.put(set.channels().get(split.channels[k]), split.shares[k]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Returns the currency of the conversion values. */
    @Override
    public Currency currency() {
        return set.currency();
    }

    /**
     * Returns the attributed revenue as one item per channel, conversion date in UTC and campaign (see the class
     * description); zero amounts are left out.
     *
     * @throws IllegalStateException if a converting row is an aggregated path, which has no date
     */
    @Override
    public List<RevenueItem> items() {
        List<RevenueItem> items = utcItems;
        if (items == null) {
            items = RevenueItems.of(set, splitter, channels, ZoneOffset.UTC);
            utcItems = items;
        }
        return items;
    }

    /**
     * Returns the attributed revenue dated in {@code zone}: the same items as {@link #items()}, with each
     * conversion's date taken in that zone.
     *
     * @throws IllegalStateException if a converting row is an aggregated path, which has no date
     */
    public Revenue revenue(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return Revenue.empty(set.currency()).plusAll(zone.equals(ZoneOffset.UTC) ? items()
                : RevenueItems.of(set, splitter, channels, zone));
    }

    /** Returns {@link #totalRevenue()}, which the items sum to exactly. */
    @Override
    public Money total() {
        return totalRevenue;
    }

    /** Returns a small table: the model, then one line per channel with conversions, share and revenue. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(model).append(warnings.isEmpty() ? "" : " " + warnings).append('\n');
        for (ChannelCredit c : channels) {
            sb.append(Checks.format("  %-20s %14s %10s %s\n", c.channel(), c.conversions().toPlainString(),
                    c.share().map(s -> s.toBigDecimal(4, RoundingMode.HALF_EVEN).toPlainString()).orElse("-"),
                    c.revenue()));
        }
        return sb.toString();
    }
}
