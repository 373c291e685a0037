package org.kpisdk.funnel.attribution;

/**
 * How a data-driven model (Markov, Shapley) turns its channel weights (removal effects, Shapley values) into the
 * shares of each conversion.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum CreditAllocation {
    /**
     * Each conversion is split among the distinct channels of its own path in proportion to their weights (equally
     * if they all weigh zero). A channel absent from every converting path gets nothing. The default of
     * {@link MarkovModel}.
     */
    PATH,
    /**
     * Every conversion is split among all channels in proportion to their weights, as ChannelAttribution's
     * {@code markov_model} does (attributed conversions = share × total conversions). Under Markov, a channel that
     * occurs only in non-converting paths can receive credit (it may lead to channels that convert). The default of
     * {@link ShapleyModel}, where it reproduces the Shapley values themselves (Zhao et al.: credit = φ).
     */
    TOTAL
}
