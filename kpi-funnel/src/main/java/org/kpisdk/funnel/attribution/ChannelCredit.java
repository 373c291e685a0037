package org.kpisdk.funnel.attribution;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.kpisdk.core.value.Money;

/**
 * What one model attributes to one channel: conversions credited, the channel's share of all conversions and the
 * attributed revenue.
 *
 * <pre>{@code
 * ChannelCredit c = result.channel("search").orElseThrow();
 * c.conversions();   // 2.500000
 * c.share();         // Optional[5/8]
 * c.revenue();       // EUR 312.50
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param channel the channel
 * @param conversions the credited conversions at {@link AttributionResult#CREDIT_SCALE} fractional digits; the
 *        credits of all channels sum exactly to the total conversions
 * @param share the credited conversions over the total conversions, exactly; empty when there are no conversions
 * @param revenue the attributed revenue at the currency's minor unit; the revenues of all channels sum exactly to
 *        the total revenue
 */
public record ChannelCredit(String channel, BigDecimal conversions, Optional<Fraction> share, Money revenue) {
    /** Checks that no component is null. */
    public ChannelCredit {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(revenue, "revenue");
    }
}
