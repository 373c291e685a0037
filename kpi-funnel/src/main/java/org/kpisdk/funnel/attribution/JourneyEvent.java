package org.kpisdk.funnel.attribution;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Money;

/**
 * One row of an event log from which {@link JourneySet#fromEvents} builds journeys: a customer's touch on a channel,
 * or a customer's conversion with its value.
 *
 * <pre>{@code
 * List<JourneyEvent> log = List.of(
 *         JourneyEvent.touch("c-1", Instant.parse("2026-03-01T09:00:00Z"), "display"),
 *         JourneyEvent.touch("c-1", Instant.parse("2026-03-02T09:00:00Z"), "search", "brand"),
 *         JourneyEvent.conversion("c-1", Instant.parse("2026-03-02T09:05:00Z"), Money.of("80", "EUR")));
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class JourneyEvent {
    private final String customer;
    private final Instant time;
    @Nullable
    private final Touchpoint touch;
    @Nullable
    private final Money value;

    private JourneyEvent(String customer, Instant time, @Nullable Touchpoint touch, @Nullable Money value) {
        this.customer = customer;
        this.time = time;
        this.touch = touch;
        this.value = value;
    }

    /** Returns a touch of {@code customer} on {@code channel} at {@code time}. */
    public static JourneyEvent touch(String customer, Instant time, String channel) {
        return new JourneyEvent(Objects.requireNonNull(customer, "customer"), time, Touchpoint.of(channel, time),
                null);
    }

    /** Returns a touch of {@code customer} on {@code channel} in {@code campaign} at {@code time}. */
    public static JourneyEvent touch(String customer, Instant time, String channel, String campaign) {
        return new JourneyEvent(Objects.requireNonNull(customer, "customer"), time,
                Touchpoint.of(channel, time, campaign), null);
    }

    /**
     * Returns a conversion of {@code customer} at {@code time} worth {@code value}.
     *
     * @throws IllegalArgumentException if the value is negative
     */
    public static JourneyEvent conversion(String customer, Instant time, Money value) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(value, "value");
        Checks.argument(value.signum() >= 0, "value must be >= 0, was %s (customer '%s')", value, customer);
        return new JourneyEvent(customer, time, null, value);
    }

    /** Returns the customer id. */
    public String customer() {
        return customer;
    }

    /** Returns the time of the event. */
    public Instant time() {
        return time;
    }

    /** Returns whether this is a conversion (otherwise it is a touch). */
    public boolean isConversion() {
        return value != null;
    }

    /** Returns the touchpoint, if this is a touch. */
    public Optional<Touchpoint> touchpoint() {
        return Optional.ofNullable(touch);
    }

    /** Returns the conversion value, if this is a conversion. */
    public Optional<Money> value() {
        return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof JourneyEvent e)) {
            return false;
        }
        return customer.equals(e.customer) && time.equals(e.time) && Objects.equals(touch, e.touch)
                && Objects.equals(value, e.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customer, time, touch, value);
    }

    @Override
    public String toString() {
        return customer + ' ' + (touch != null ? "touch " + touch : "conversion@" + time + ' ' + value);
    }
}
