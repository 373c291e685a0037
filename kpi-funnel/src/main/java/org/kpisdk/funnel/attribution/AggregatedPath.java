package org.kpisdk.funnel.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Money;

/**
 * A channel path in aggregated form, as marketing tools export it: the path, how many journeys took it and converted,
 * how many took it and did not, and the total value of its conversions.
 *
 * <pre>{@code
 * AggregatedPath p = AggregatedPath.parse("display > search", 3, 7, Money.of("360.00", "EUR"));
 * p.channels();   // [display, search]
 * }</pre>
 *
 * <p>Aggregated paths carry no times, so models that need them (time decay) refuse them. The path text separates
 * channels by {@code >} and trims the spaces around them, so a channel name here must not contain {@code >} nor
 * start or end with whitespace (as in the path exports of analytics tools, where {@code >} is the separator); a
 * name breaking this is refused rather than escaped, so that {@link #parse} reads back every {@link #pathText()}
 * and every exported path as it is written. Channel names also follow {@link Touchpoint}'s rule (not blank, no
 * control, zero-width or bidi format characters, no lone surrogates). Immutable, thread-safe and value-based.
 *
 * @param channels the channels in path order (repeats kept), not empty; none contains {@code >} or starts or ends
 *                 with whitespace
 * @param conversions the number of journeys on this path that converted, {@code >= 0}
 * @param nonConversions the number of journeys on this path that did not convert, {@code >= 0}
 * @param value the total value of the conversions, {@code >= 0}; zero when there are no conversions
 */
public record AggregatedPath(List<String> channels, long conversions, long nonConversions, Money value) {
    private static final char SEPARATOR = '>';

    /** Validates and copies the path. */
    public AggregatedPath {
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(value, "value");
        List<String> copy = new ArrayList<>(channels.size());
        for (String c : channels) {
            String field = "channels[" + copy.size() + "]";
            Touchpoint.checkName(c, field);
            Checks.argument(c.indexOf(SEPARATOR) < 0,
                    "%s must not contain '>', the path separator, was '%s'", field, c);
            Checks.argument(c.strip().equals(c), "%s must not start or end with whitespace, was '%s'", field, c);
            copy.add(c);
        }
        Checks.argument(!copy.isEmpty(), "channels must not be empty");
        channels = Collections.unmodifiableList(copy);
        Checks.nonNegative(conversions, "conversions");
        Checks.nonNegative(nonConversions, "nonConversions");
        Checks.argument(value.signum() >= 0, "value must be >= 0, was %s (path %s)", value, channels);
        Checks.argument(conversions > 0 || value.isZero(),
                "value must be zero when conversions is 0, was %s (path %s)", value, channels);
    }

    /**
     * Returns the path written as channels separated by {@code >} (spaces around channel names are trimmed), as in
     * {@code "display > search > email"}.
     *
     * @throws IllegalArgumentException if a channel is blank or holds a control character, or the counts or value
     *                                  are invalid
     */
    public static AggregatedPath parse(String path, long conversions, long nonConversions, Money value) {
        Objects.requireNonNull(path, "path");
        List<String> channels = new ArrayList<>();
        for (String part : path.split(String.valueOf(SEPARATOR), -1)) {
            String channel = part.strip();
            Checks.argument(!channel.isEmpty(), "path must be channels separated by '>', was '%s'", path);
            channels.add(channel);
        }
        return new AggregatedPath(channels, conversions, nonConversions, value);
    }

    /**
     * Returns the path as {@code "display > search"}; {@link #parse} reads it back to an equal path (with the same
     * counts and value), since no channel contains {@code >} or surrounding whitespace.
     */
    public String pathText() {
        return String.join(" > ", channels);
    }
}
