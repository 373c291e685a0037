package org.kpisdk.funnel;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.kpisdk.core.internal.Checks;

/**
 * One step of an event funnel: a name and the event types that satisfy it.
 *
 * <pre>{@code
 * Step view = Step.of("view");                           // satisfied by "view" events
 * Step pay = Step.anyOf("pay", "card_paid", "paypal_paid");
 * }</pre>
 *
 * <p>Two steps may name the same event type; whether one event may then satisfy both is
 * {@link FunnelOptions.EventReuse}. Immutable, thread-safe and value-based.
 *
 * @param name       the step name, not blank
 * @param eventTypes the event types that satisfy the step, not empty
 */
public record Step(String name, Set<String> eventTypes) {
    /** Validates and copies the event types into a sorted set. */
    public Step {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(eventTypes, "eventTypes");
        Checks.argument(!name.isBlank(), "step name must not be blank, was '%s'", name);
        Checks.argument(!eventTypes.isEmpty(), "eventTypes of step '%s' must not be empty, was []", name);
        for (String t : eventTypes) {
            Objects.requireNonNull(t, "eventTypes element");
            Checks.argument(!t.isBlank(), "eventTypes of step '%s' must not contain a blank type, was '%s'", name,
                    t);
        }
        eventTypes = Set.copyOf(new TreeSet<>(eventTypes));
    }

    /** Returns the step satisfied by events of {@code eventType}, named after it. */
    public static Step of(String eventType) {
        return new Step(eventType, Set.of(eventType));
    }

    /** Returns the step {@code name} satisfied by an event of any of {@code eventTypes}. */
    public static Step anyOf(String name, String... eventTypes) {
        return new Step(name, Set.of(eventTypes));
    }
}
