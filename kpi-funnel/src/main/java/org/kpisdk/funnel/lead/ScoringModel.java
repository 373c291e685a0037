package org.kpisdk.funnel.lead;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;

/**
 * Scores a lead's activities by a list of {@link ScoringRule}s, with optional decay after inactivity.
 *
 * <pre>{@code
 * ScoringModel model = ScoringModel.of(List.of(
 *         ScoringRule.of("page_view", 1),
 *         ScoringRule.of("form_submission", 50).inCategory("product-a"),
 *         ScoringRule.of("form_error", -5)))
 *     .withDecay(Duration.ofDays(30));
 * LeadScore score = model.score(events, Instant.now());
 * ScoringModel pardot = PardotScoring.model();            // Pardot's default points as a preset
 * }</pre>
 *
 * <p>Events after the {@code asOf} instant are ignored; the rest are taken in time order (ties in the order given)
 * so that "once" rules score the earliest matching event. With decay, the total and every sub-score are multiplied
 * by {@code 2^(−inactivity / halfLife)}, where inactivity is the time from the last counted event to {@code asOf},
 * and rounded half-even to whole points. Sums overflow with {@link ArithmeticException}. Immutable and thread-safe.
 */
public final class ScoringModel {
    private final List<ScoringRule> rules;
    @Nullable
    private final Duration halfLife;

    private ScoringModel(List<ScoringRule> rules, @Nullable Duration halfLife) {
        this.rules = rules;
        this.halfLife = halfLife;
    }

    /** Returns a model of {@code rules} without decay. */
    public static ScoringModel of(List<ScoringRule> rules) {
        Objects.requireNonNull(rules, "rules");
        for (ScoringRule r : rules) {
            Objects.requireNonNull(r, "rule");
        }
        return new ScoringModel(List.copyOf(rules), null);
    }

    /**
     * Returns this model with scores halving every {@code halfLife} of inactivity.
     *
     * @throws IllegalArgumentException if the half-life is not positive
     */
    public ScoringModel withDecay(Duration halfLife) {
        Objects.requireNonNull(halfLife, "halfLife");
        Checks.argument(!halfLife.isNegative() && !halfLife.isZero(), "halfLife must be > 0, was %s", halfLife);
        return new ScoringModel(rules, halfLife);
    }

    /** Returns this model without decay. */
    public ScoringModel withoutDecay() {
        return new ScoringModel(rules, null);
    }

    /** Returns the rules. */
    public List<ScoringRule> rules() {
        return rules;
    }

    /** Returns the decay half-life, if any. */
    public Optional<Duration> halfLife() {
        return Optional.ofNullable(halfLife);
    }

    /** Returns the score of one lead's {@code events} as of {@code asOf}. */
    public LeadScore score(Collection<LeadEvent> events, Instant asOf) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(asOf, "asOf");
        List<LeadEvent> sorted = new ArrayList<>();
        for (LeadEvent e : events) {
            if (!Objects.requireNonNull(e, "event").time().isAfter(asOf)) {
                sorted.add(e);
            }
        }
        sorted.sort(Comparator.comparing(LeadEvent::time));
        long total = 0;
        Map<String, Long> categories = new HashMap<>();
        boolean[] scoredOnce = new boolean[rules.size()];
        List<Set<String>> seenValues = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            seenValues.add(new HashSet<>());
        }
        for (LeadEvent e : sorted) {
            for (int i = 0; i < rules.size(); i++) {
                ScoringRule rule = rules.get(i);
                if (!rule.matches(e) || !firstTime(rule, i, e, scoredOnce, seenValues)) {
                    continue;
                }
                total = Math.addExact(total, rule.points());
                if (rule.category().isPresent()) {
                    categories.merge(rule.category().get(), rule.points(), Math::addExact);
                }
            }
        }
        Optional<Instant> last = sorted.isEmpty() ? Optional.empty()
                : Optional.of(sorted.get(sorted.size() - 1).time());
        if (halfLife == null || last.isEmpty()) {
            return new LeadScore(total, total, categories, last);
        }
        double factor = Math.pow(2, -seconds(Duration.between(last.get(), asOf)) / seconds(halfLife));
        Map<String, Long> decayed = new HashMap<>();
        for (Map.Entry<String, Long> c : categories.entrySet()) {
            decayed.put(c.getKey(), decay(c.getValue(), factor));
        }
        return new LeadScore(decay(total, factor), total, decayed, last);
    }

    private static boolean firstTime(ScoringRule rule, int i, LeadEvent e, boolean[] scoredOnce,
            List<Set<String>> seenValues) {
        switch (rule.counting()) {
            case ONCE -> {
                if (scoredOnce[i]) {
                    return false;
                }
                scoredOnce[i] = true;
                return true;
            }
            case ONCE_PER_VALUE -> {
                String value = e.properties().get(rule.distinctBy().orElseThrow());
                return value != null && seenValues.get(i).add(value);
            }
            default -> {
                return true;
            }
        }
    }

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }

    private static long decay(long points, double factor) {
        return BigDecimal.valueOf(points).multiply(new BigDecimal(factor)).setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    @Override
    public String toString() {
        return "ScoringModel" + rules + (halfLife == null ? "" : " decay " + halfLife);
    }
}
