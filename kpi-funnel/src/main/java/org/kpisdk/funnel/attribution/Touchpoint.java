package org.kpisdk.funnel.attribution;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;

/**
 * One marketing touch in a customer's journey: the channel, the time and optionally the campaign.
 *
 * <pre>{@code
 * Touchpoint t = Touchpoint.of("email", Instant.parse("2026-03-01T10:00:00Z"), "spring-sale");
 * t.channel();    // "email"
 * t.campaign();   // Optional[spring-sale]
 * }</pre>
 *
 * <p>Attribution credits channels; the campaign travels with the touch for reporting. Immutable, thread-safe and
 * value-based.
 */
public final class Touchpoint {
    private final String channel;
    private final Instant time;
    @Nullable
    private final String campaign;

    private Touchpoint(String channel, Instant time, @Nullable String campaign) {
        this.channel = channel;
        this.time = time;
        this.campaign = campaign;
    }

    /**
     * Returns a touch on {@code channel} at {@code time} without a campaign.
     *
     * @throws IllegalArgumentException if the channel is blank
     */
    public static Touchpoint of(String channel, Instant time) {
        return new Touchpoint(channelName(channel), Objects.requireNonNull(time, "time"), null);
    }

    /**
     * Returns a touch on {@code channel} at {@code time} in {@code campaign}.
     *
     * @throws IllegalArgumentException if the channel or the campaign is blank
     */
    public static Touchpoint of(String channel, Instant time, String campaign) {
        Objects.requireNonNull(campaign, "campaign");
        Checks.argument(!campaign.isBlank(), "campaign must not be blank, was '%s'", campaign);
        return new Touchpoint(channelName(channel), Objects.requireNonNull(time, "time"), campaign);
    }

    static String channelName(String channel) {
        Objects.requireNonNull(channel, "channel");
        Checks.argument(!channel.isBlank(), "channel must not be blank, was '%s'", channel);
        return channel;
    }

    /** Returns the channel. */
    public String channel() {
        return channel;
    }

    /** Returns the time of the touch. */
    public Instant time() {
        return time;
    }

    /** Returns the campaign, if any. */
    public Optional<String> campaign() {
        return Optional.ofNullable(campaign);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof Touchpoint t)) {
            return false;
        }
        return channel.equals(t.channel) && time.equals(t.time) && Objects.equals(campaign, t.campaign);
    }

    @Override
    public int hashCode() {
        return Objects.hash(channel, time, campaign);
    }

    /** Returns {@code "email@2026-03-01T10:00:00Z"}, with {@code "[campaign]"} appended when there is one. */
    @Override
    public String toString() {
        return channel + '@' + time + (campaign == null ? "" : "[" + campaign + "]");
    }
}
