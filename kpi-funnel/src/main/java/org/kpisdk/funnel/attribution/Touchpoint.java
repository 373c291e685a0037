package org.kpisdk.funnel.attribution;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.internal.NameText;

/**
 * One marketing touch in a customer's journey: the channel, the time and optionally the campaign.
 *
 * <pre>{@code
 * Touchpoint t = Touchpoint.of("email", Instant.parse("2026-03-01T10:00:00Z"), "spring-sale");
 * t.channel();    // "email"
 * t.campaign();   // Optional[spring-sale]
 * }</pre>
 *
 * <p>Attribution credits channels; the campaign travels with the touch for reporting. Channel and campaign names
 * must not be blank and must not hold control characters (NUL, tab, newline…), zero-width or bidi format characters
 * or lone surrogates, the same rule as dimension values: such names print alike but count apart. Immutable,
 * thread-safe and value-based.
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
     * @throws IllegalArgumentException if the channel is blank or holds a control character or a lone surrogate
     */
    public static Touchpoint of(String channel, Instant time) {
        return new Touchpoint(channelName(channel), Objects.requireNonNull(time, "time"), null);
    }

    /**
     * Returns a touch on {@code channel} at {@code time} in {@code campaign}.
     *
     * @throws IllegalArgumentException if the channel or the campaign is blank or holds a control character or a
     *                                  lone surrogate
     */
    public static Touchpoint of(String channel, Instant time, String campaign) {
        String c = channelName(channel);
        return new Touchpoint(c, Objects.requireNonNull(time, "time"), checkName(campaign, "campaign"));
    }

    static String channelName(String channel) {
        return checkName(channel, "channel");
    }

    /** Returns {@code text}, the name given as {@code field}, if it is not null, not blank and passes NameText. */
    static String checkName(@Nullable String text, String field) {
        Objects.requireNonNull(text, field);
        Checks.argument(!text.isBlank(), "%s must not be blank, was '%s'", field, text);
        return NameText.check(text, field);
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
