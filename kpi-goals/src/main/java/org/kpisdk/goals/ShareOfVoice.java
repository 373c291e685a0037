package org.kpisdk.goals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.kpisdk.core.value.Ratio;

/**
 * Social share of voice against named competitors: {@code brand mentions / (brand mentions + Σ competitor
 * mentions)} (DOMAIN A.2, Hootsuite), and each competitor's share of the same total.
 *
 * <pre>{@code
 * ShareOfVoice sov = ShareOfVoice.of("Us", 300, Map.of("Rival Co", 500, "Other Inc", 200));
 * sov.brandShare();              // 300/1000: 30 %
 * sov.shareOf("Rival Co");       // 500/1000
 * }</pre>
 *
 * <p>With no mentions at all every share is the undefined ratio 0/0, never NaN. Immutable and thread-safe.
 */
public final class ShareOfVoice {
    private final String brand;
    private final long brandMentions;
    private final Map<String, Long> competitors;
    private final long total;

    private ShareOfVoice(String brand, long brandMentions, Map<String, Long> competitors, long total) {
        this.brand = brand;
        this.brandMentions = brandMentions;
        this.competitors = competitors;
        this.total = total;
    }

    /**
     * Returns the share of voice of {@code brand}. Mentions are counts: a competitor's value may be any
     * {@link Number} type ({@code Map.of("Rival Co", 500)} gives {@code Integer}s) but must be a whole number
     * within {@code long}; {@code 2.9} is refused, never truncated to 2.
     *
     * @throws IllegalArgumentException for a negative or fractional count, one beyond {@code long}, or a competitor
     *                                  named like the brand
     * @throws ArithmeticException      when the total overflows a {@code long}
     */
    public static ShareOfVoice of(String brand, long brandMentions, Map<String, ? extends Number> competitors) {
        Checks.text(brand, "brand");
        Checks.argument(brandMentions >= 0, "brandMentions must be >= 0, was %d", brandMentions);
        Objects.requireNonNull(competitors, "competitors");
        Map<String, Long> copy = new LinkedHashMap<>();
        long total = brandMentions;
        for (Map.Entry<String, ? extends Number> e : competitors.entrySet()) {
            String name = Checks.text(e.getKey(), "competitor name");
            Checks.argument(!name.equals(brand), "competitor '%s' must differ from the brand", name);
            long n = mentions(Objects.requireNonNull(e.getValue(), "mentions of " + name), name);
            Checks.argument(n >= 0, "mentions of competitor '%s' must be >= 0, was %d", name, n);
            copy.put(name, n);
            total = Math.addExact(total, n);
        }
        return new ShareOfVoice(brand, brandMentions, Collections.unmodifiableMap(copy), total);
    }

    /** Returns {@code value} as an exact {@code long}, refusing fractions, NaN, infinities and overflow. */
    private static long mentions(Number value, String competitor) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value.longValue();
        }
        BigDecimal exact;
        try {
            exact = value instanceof BigDecimal d ? d
                    : value instanceof BigInteger i ? new BigDecimal(i)
                    : new BigDecimal(value.toString());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(Checks.format("mentions of competitor '%s' must be a whole number, "
                    + "was %s", competitor, value), notANumber);
        }
        Checks.argument(exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0,
                "mentions of competitor '%s' must be a whole number, was %s", competitor, value);
        Checks.argument(exact.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                && exact.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0,
                "mentions of competitor '%s' must be <= %d, was %s", competitor, Long.MAX_VALUE, value);
        return exact.longValueExact();
    }

    /** Returns the brand's name. */
    public String brand() {
        return brand;
    }

    /** Returns the brand's share: brand mentions over all mentions. */
    public Ratio brandShare() {
        return Ratio.of(brandMentions, total);
    }

    /**
     * Returns a competitor's share of all mentions.
     *
     * @throws IllegalArgumentException when the competitor is unknown
     */
    public Ratio shareOf(String competitor) {
        Long n = competitors.get(Objects.requireNonNull(competitor, "competitor"));
        Checks.argument(n != null, "competitor must be one of %s, was '%s'", competitors.keySet(), competitor);
        return Ratio.of(n, total);
    }

    /** Returns the mentions of each competitor, in the order given. */
    public Map<String, Long> competitorMentions() {
        return competitors;
    }

    /** Returns all mentions: the brand's and the competitors'. */
    public long totalMentions() {
        return total;
    }

    /** Returns {@code ShareOfVoice[Us 300 of 1000]}. */
    @Override
    public String toString() {
        return "ShareOfVoice[" + brand + " " + brandMentions + " of " + total + "]";
    }
}
