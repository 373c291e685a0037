package org.kpisdk.funnel.lead;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;

/**
 * A scoring rule as data: events of one type, optionally filtered by property values, add (or subtract) points —
 * every time (cumulative), once per lead, or once per distinct value of a property — to the total and optionally to
 * a category sub-score.
 *
 * <pre>{@code
 * ScoringRule pricing = ScoringRule.of("page_view", 10).where("url", "/pricing").once();
 * ScoringRule opens = ScoringRule.of("email_open", 1).oncePer("email_id");
 * ScoringRule demo = ScoringRule.of("form_submission", 50).where("form", "demo").inCategory("product-a");
 * }</pre>
 *
 * <p>An event matches when its type equals the rule's and every filter property has exactly the given value. Every
 * matching rule applies, so one event may score under several rules. Immutable, thread-safe and value-based.
 */
public final class ScoringRule {
    /** How often a rule scores for one lead. */
    public enum Counting {
        /** Every matching event scores. */
        CUMULATIVE,
        /** Only the first matching event scores. */
        ONCE,
        /** The first matching event per distinct value of the {@link #distinctBy()} property scores. */
        ONCE_PER_VALUE
    }

    private final String eventType;
    private final Map<String, String> filter;
    private final long points;
    private final Counting counting;
    @Nullable
    private final String distinctBy;
    @Nullable
    private final String category;

    private ScoringRule(String eventType, Map<String, String> filter, long points, Counting counting,
            @Nullable String distinctBy, @Nullable String category) {
        this.eventType = eventType;
        this.filter = filter;
        this.points = points;
        this.counting = counting;
        this.distinctBy = distinctBy;
        this.category = category;
    }

    /**
     * Returns a cumulative rule: every event of {@code eventType} adds {@code points} (negative points subtract).
     *
     * @throws IllegalArgumentException if the event type is blank
     */
    public static ScoringRule of(String eventType, long points) {
        Objects.requireNonNull(eventType, "eventType");
        Checks.argument(!eventType.isBlank(), "eventType must not be blank, was '%s'", eventType);
        return new ScoringRule(eventType, Map.of(), points, Counting.CUMULATIVE, null, null);
    }

    /** Returns this rule matching only events whose property {@code key} equals {@code value}. */
    public ScoringRule where(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Map<String, String> f = new TreeMap<>(filter);
        f.put(key, value);
        return new ScoringRule(eventType, Map.copyOf(f), points, counting, distinctBy, category);
    }

    /** Returns this rule scoring only the first matching event of a lead. */
    public ScoringRule once() {
        return new ScoringRule(eventType, filter, points, Counting.ONCE, null, category);
    }

    /**
     * Returns this rule scoring the first matching event per distinct value of property {@code key} (Pardot scores
     * only the first open of each email); events without the property do not score.
     */
    public ScoringRule oncePer(String key) {
        Objects.requireNonNull(key, "key");
        return new ScoringRule(eventType, filter, points, Counting.ONCE_PER_VALUE, key, category);
    }

    /** Returns this rule also adding its points to the sub-score of {@code category}. */
    public ScoringRule inCategory(String category) {
        Objects.requireNonNull(category, "category");
        Checks.argument(!category.isBlank(), "category must not be blank, was '%s'", category);
        return new ScoringRule(eventType, filter, points, counting, distinctBy, category);
    }

    /** Returns the event type. */
    public String eventType() {
        return eventType;
    }

    /** Returns the property filter (all must match). */
    public Map<String, String> filter() {
        return filter;
    }

    /** Returns the points per scoring event. */
    public long points() {
        return points;
    }

    /** Returns how often the rule scores. */
    public Counting counting() {
        return counting;
    }

    /** Returns the property whose distinct values count once, for {@link Counting#ONCE_PER_VALUE}. */
    public Optional<String> distinctBy() {
        return Optional.ofNullable(distinctBy);
    }

    /** Returns the category sub-score this rule feeds, if any. */
    public Optional<String> category() {
        return Optional.ofNullable(category);
    }

    /** Returns whether {@code event} matches type and filter. */
    public boolean matches(LeadEvent event) {
        if (!event.type().equals(eventType)) {
            return false;
        }
        for (Map.Entry<String, String> f : filter.entrySet()) {
            if (!f.getValue().equals(event.properties().get(f.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof ScoringRule r)) {
            return false;
        }
        return eventType.equals(r.eventType) && filter.equals(r.filter) && points == r.points
                && counting == r.counting && Objects.equals(distinctBy, r.distinctBy)
                && Objects.equals(category, r.category);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventType, filter, points, counting, distinctBy, category);
    }

    @Override
    public String toString() {
        return eventType + (filter.isEmpty() ? "" : new TreeMap<>(filter).toString()) + " -> "
                + (points >= 0 ? "+" : "") + points + ' ' + counting
                + (distinctBy == null ? "" : "(" + distinctBy + ")") + (category == null ? "" : " in " + category);
    }
}
