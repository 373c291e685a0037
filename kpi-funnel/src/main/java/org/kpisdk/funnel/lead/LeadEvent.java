package org.kpisdk.funnel.lead;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * One tracked activity of a prospect: its type (such as {@code "page_view"}), its time and its properties (such as
 * {@code email_id} or {@code url}).
 *
 * <pre>{@code
 * LeadEvent e = new LeadEvent("page_view", Instant.parse("2026-03-01T10:00:00Z"), Map.of("url", "/pricing"));
 * LeadEvent open = LeadEvent.of("email_open", Instant.parse("2026-03-02T08:00:00Z"));
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param type the activity type, not blank
 * @param time when it happened
 * @param properties its properties (copied)
 */
public record LeadEvent(String type, Instant time, Map<String, String> properties) {
    /** Validates and copies. */
    public LeadEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Checks.argument(!type.isBlank(), "type must not be blank, was '%s'", type);
        properties = Map.copyOf(Objects.requireNonNull(properties, "properties"));
    }

    /** Returns an event without properties. */
    public static LeadEvent of(String type, Instant time) {
        return new LeadEvent(type, time, Map.of());
    }
}
