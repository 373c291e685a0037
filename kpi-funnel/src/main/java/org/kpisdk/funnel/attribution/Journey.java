package org.kpisdk.funnel.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Money;

/**
 * One customer's ordered touchpoints, ending in a conversion with a value or in none.
 *
 * <pre>{@code
 * Instant day = Instant.parse("2026-03-01T00:00:00Z");
 * Journey j = Journey.converted("c-17",
 *         List.of(Touchpoint.of("display", day), Touchpoint.of("search", day.plus(Duration.ofDays(2)))),
 *         day.plus(Duration.ofDays(3)), Money.of("120.00", "EUR"));
 * Journey lost = Journey.notConverted("c-18", List.of(Touchpoint.of("social", day)));
 * }</pre>
 *
 * <p>Touchpoints are kept in time order (a stable sort: touches at the same instant keep the order given). A journey
 * has at least one touchpoint, and none after its conversion. Immutable, thread-safe and value-based.
 */
public final class Journey {
    private final String customer;
    private final List<Touchpoint> touchpoints;
    @Nullable
    private final Instant conversionTime;
    @Nullable
    private final Money value;

    private Journey(String customer, List<Touchpoint> touchpoints, @Nullable Instant conversionTime,
            @Nullable Money value) {
        this.customer = customer;
        this.touchpoints = touchpoints;
        this.conversionTime = conversionTime;
        this.value = value;
    }

    /**
     * Returns a journey that converted at {@code conversionTime} with {@code value}.
     *
     * @throws IllegalArgumentException if there is no touchpoint, a touchpoint is after the conversion, or the value
     *         is negative
     */
    public static Journey converted(String customer, List<Touchpoint> touchpoints, Instant conversionTime,
            Money value) {
        Objects.requireNonNull(conversionTime, "conversionTime");
        Objects.requireNonNull(value, "value");
        Checks.argument(value.signum() >= 0, "value must be >= 0, was %s (customer '%s')", value, customer);
        List<Touchpoint> sorted = sorted(customer, touchpoints);
        Touchpoint last = sorted.get(sorted.size() - 1);
        Checks.argument(!last.time().isAfter(conversionTime),
                "touchpoints must not be after the conversion, was %s after %s (customer '%s')", last,
                conversionTime, customer);
        return new Journey(customer, sorted, conversionTime, value);
    }

    /**
     * Returns a journey that did not convert.
     *
     * @throws IllegalArgumentException if there is no touchpoint
     */
    public static Journey notConverted(String customer, List<Touchpoint> touchpoints) {
        return new Journey(customer, sorted(customer, touchpoints), null, null);
    }

    private static List<Touchpoint> sorted(String customer, List<Touchpoint> touchpoints) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(touchpoints, "touchpoints");
        List<Touchpoint> copy = new ArrayList<>(touchpoints);
        for (Touchpoint t : copy) {
            Objects.requireNonNull(t, "touchpoint");
        }
        Checks.argument(!copy.isEmpty(), "touchpoints must not be empty (customer '%s')", customer);
        copy.sort(Comparator.comparing(Touchpoint::time));
        return Collections.unmodifiableList(copy);
    }

    /** Returns the customer id. */
    public String customer() {
        return customer;
    }

    /** Returns the touchpoints in time order. */
    public List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    /** Returns the channels of the touchpoints in time order (repeats kept). */
    public List<String> channels() {
        List<String> channels = new ArrayList<>(touchpoints.size());
        for (Touchpoint t : touchpoints) {
            channels.add(t.channel());
        }
        return Collections.unmodifiableList(channels);
    }

    /** Returns whether the journey ended in a conversion. */
    public boolean isConverted() {
        return conversionTime != null;
    }

    /** Returns the time of the conversion, if the journey converted. */
    public Optional<Instant> conversionTime() {
        return Optional.ofNullable(conversionTime);
    }

    /** Returns the value of the conversion, if the journey converted. */
    public Optional<Money> value() {
        return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof Journey j)) {
            return false;
        }
        return customer.equals(j.customer) && touchpoints.equals(j.touchpoints)
                && Objects.equals(conversionTime, j.conversionTime) && Objects.equals(value, j.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customer, touchpoints, conversionTime, value);
    }

    @Override
    public String toString() {
        return customer + ": " + touchpoints
                + (conversionTime == null ? " -> no conversion" : " -> conversion@" + conversionTime + " " + value);
    }
}
