package org.kpisdk.funnel;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.kpisdk.core.internal.Checks;

/**
 * One step of an event funnel: a name, the event types that satisfy it and, optionally, conditions on event
 * properties.
 *
 * <pre>{@code
 * Step view = Step.of("view");                           // satisfied by "view" events
 * Step pay = Step.anyOf("pay", "card_paid", "paypal_paid");
 * Step proBuy = Step.of("buy").where("plan", "pro", "team");   // "buy" events whose plan is pro or team
 * }</pre>
 *
 * <p>An event satisfies the step when its type is one of {@link #eventTypes()} and, for every property named in
 * {@link #where()}, it has a value of that property among the accepted ones (an event without the property does not
 * satisfy the step). Two steps may name the same event type; whether one event may then satisfy both is
 * {@link FunnelOptions.EventReuse}. Immutable, thread-safe and value-based.
 *
 * @param name       the step name, not blank
 * @param eventTypes the event types that satisfy the step, not empty
 * @param where      per property name, the accepted values (none empty); an empty map accepts any properties
 */
public record Step(String name, Set<String> eventTypes, Map<String, Set<String>> where) {
    /** Validates and copies the event types and conditions into sorted collections. */
    public Step {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(eventTypes, "eventTypes");
        Objects.requireNonNull(where, "where");
        Checks.argument(!name.isBlank(), "step name must not be blank, was '%s'", name);
        Checks.argument(!eventTypes.isEmpty(), "eventTypes of step '%s' must not be empty, was []", name);
        for (String t : eventTypes) {
            Objects.requireNonNull(t, "eventTypes element");
            Checks.argument(!t.isBlank(), "eventTypes of step '%s' must not contain a blank type, was '%s'", name,
                    t);
        }
        // Sorted, so that toString (and anything printed from it) does not depend on Set.of's per-JVM order.
        eventTypes = Collections.unmodifiableSortedSet(new TreeSet<>(eventTypes));
        TreeMap<String, Set<String>> w = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : where.entrySet()) {
            String p = Objects.requireNonNull(e.getKey(), "where property");
            Set<String> values = Objects.requireNonNull(e.getValue(), "where values");
            Checks.argument(!p.isBlank(), "property of step '%s' must not be blank, was '%s'", name, p);
            Checks.argument(!values.isEmpty(), "accepted values of property '%s' of step '%s' must not be empty, "
                    + "was []", p, name);
            values.forEach(v -> Objects.requireNonNull(v, "where value"));
            w.put(p, Collections.unmodifiableSortedSet(new TreeSet<>(values)));
        }
        where = Collections.unmodifiableMap(w);
    }

    /** Returns a step without property conditions. */
    public Step(String name, Set<String> eventTypes) {
        this(name, eventTypes, Map.of());
    }

    /** Returns the step satisfied by events of {@code eventType}, named after it. */
    public static Step of(String eventType) {
        return new Step(eventType, Set.of(eventType));
    }

    /** Returns the step {@code name} satisfied by an event of any of {@code eventTypes}. */
    public static Step anyOf(String name, String... eventTypes) {
        return new Step(name, Set.of(eventTypes));
    }

    /**
     * Returns a copy that also requires property {@code property} to have one of {@code values}; replaces an
     * earlier condition on the same property.
     *
     * @throws IllegalArgumentException if the property is blank or no value is given
     */
    public Step where(String property, String... values) {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(values, "values");
        for (String v : values) {
            Objects.requireNonNull(v, "values element");
        }
        Map<String, Set<String>> w = new TreeMap<>(where);
        w.put(property, new TreeSet<>(Arrays.asList(values)));
        return new Step(name, eventTypes, w);
    }

    /** Returns whether the step has property conditions. */
    public boolean hasConditions() {
        return !where.isEmpty();
    }
}
