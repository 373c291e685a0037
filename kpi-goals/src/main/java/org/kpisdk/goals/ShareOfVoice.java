package org.kpisdk.goals;

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
     * Returns the share of voice of {@code brand}.
     *
     * @throws IllegalArgumentException for a negative count or a competitor named like the brand
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
            long n = Objects.requireNonNull(e.getValue(), "mentions of " + name).longValue();
            Checks.argument(n >= 0, "mentions of competitor '%s' must be >= 0, was %d", name, n);
            copy.put(name, n);
            total = Math.addExact(total, n);
        }
        return new ShareOfVoice(brand, brandMentions, Collections.unmodifiableMap(copy), total);
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
