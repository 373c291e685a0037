package org.kpisdk.funnel.lead;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A lead's behaviour score as of an instant: the total, the category sub-scores, and the points before decay.
 *
 * <pre>{@code
 * LeadScore s = model.score(events, Instant.parse("2026-04-01T00:00:00Z"));
 * s.total();          // 42: after decay for inactivity
 * s.undecayed();      // 84: the plain sum of points
 * s.byCategory();     // {product-a=30}
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param total the score after decay (equal to {@code undecayed} without decay)
 * @param undecayed the sum of the points of every scoring event
 * @param byCategory the sub-score of each category, after decay, sorted by category
 * @param lastActivity the time of the lead's last event counted, if any
 */
public record LeadScore(long total, long undecayed, Map<String, Long> byCategory, Optional<Instant> lastActivity) {
    /** Copies the categories. */
    public LeadScore {
        byCategory = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(byCategory, "byCategory")));
        Objects.requireNonNull(lastActivity, "lastActivity");
    }
}
