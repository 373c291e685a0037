package org.kpisdk.funnel.attribution;

import java.util.EnumSet;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * Markov removal-effect attribution (Anderl et al. 2016; ChannelAttribution's {@code markov_model}), solved exactly as
 * an absorbing chain instead of by simulation.
 *
 * <pre>{@code
 * MarkovModel model = MarkovModel.ofOrder(1);                 // or AttributionModel.markov()
 * MarkovChain chain = model.fit(journeys);                    // transition matrix, P(conversion), removal effects
 * AttributionResult r = model.attribute(journeys);
 * r.warnings();                                               // [NO_NON_CONVERTING_PATHS] when every path converted
 * MarkovModel classic = model.withAllocation(CreditAllocation.TOTAL);   // ChannelAttribution's allocation
 * }</pre>
 *
 * <p>The removal effects of {@link MarkovChain} are the channel weights. Under {@link CreditAllocation#PATH} (the
 * default) each conversion is split among the channels of its own path in proportion to their removal effects;
 * under {@link CreditAllocation#TOTAL} every conversion is split by the normalised removal effects of all channels
 * ({@code share = RE / Σ RE}). Consecutive repeats of a channel are kept by default (they do not change first-order
 * absorption probabilities, only higher orders); {@link #withCollapsedRepeats} collapses them as Bryl recommends.
 * When no non-converting path is given the result carries {@link AttributionResult.Warning#NO_NON_CONVERTING_PATHS}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkovModel implements AttributionModel {
    /**
     * The highest order accepted: states remember at most this many channels. Higher orders only multiply the
     * states (the solver is cubic in their number) without data to estimate them.
     */
    public static final int MAX_ORDER = 16;

    private final int order;
    private final CreditAllocation allocation;
    private final boolean collapseRepeats;

    private MarkovModel(int order, CreditAllocation allocation, boolean collapseRepeats) {
        Checks.argument(order >= 1 && order <= MAX_ORDER, "order must be in [1, %d], was %d", MAX_ORDER, order);
        this.order = order;
        this.allocation = Objects.requireNonNull(allocation, "allocation");
        this.collapseRepeats = collapseRepeats;
    }

    /**
     * Returns the model of order {@code order} (states remember the last {@code order} channels), with
     * {@link CreditAllocation#PATH} and repeats kept.
     *
     * @throws IllegalArgumentException if the order is below 1 or above {@value #MAX_ORDER}
     */
    public static MarkovModel ofOrder(int order) {
        return new MarkovModel(order, CreditAllocation.PATH, false);
    }

    /** Returns this model with another allocation of credit. */
    public MarkovModel withAllocation(CreditAllocation allocation) {
        return new MarkovModel(order, allocation, collapseRepeats);
    }

    /** Returns this model with consecutive repeats of a channel collapsed ({@code true}) or kept ({@code false}). */
    public MarkovModel withCollapsedRepeats(boolean collapse) {
        return new MarkovModel(order, allocation, collapse);
    }

    /** Returns the order. */
    public int order() {
        return order;
    }

    /** Returns the allocation of credit. */
    public CreditAllocation allocation() {
        return allocation;
    }

    /** Returns whether consecutive repeats of a channel are collapsed. */
    public boolean collapsesRepeats() {
        return collapseRepeats;
    }

    /**
     * Fits the chain to {@code journeys}.
     *
     * @throws IllegalArgumentException if the chain would have more than {@link MarkovChain#MAX_STATES} states
     */
    public MarkovChain fit(JourneySet journeys) {
        Objects.requireNonNull(journeys, "journeys");
        return MarkovChain.fit(journeys, order, collapseRepeats);
    }

    @Override
    public String name() {
        return "markov(order=" + order + (allocation == CreditAllocation.PATH ? "" : ", " + allocation)
                + (collapseRepeats ? ", collapsed" : "") + ")";
    }

    @Override
    public AttributionResult attribute(JourneySet journeys) {
        MarkovChain chain = fit(journeys);
        double[] weights = chain.removalEffectsById();
        EnumSet<AttributionResult.Warning> warnings = EnumSet.noneOf(AttributionResult.Warning.class);
        if (!chain.hasNonConversions() && journeys.totalConversions() > 0) {
            warnings.add(AttributionResult.Warning.NO_NON_CONVERTING_PATHS);
        }
        return AttributionResult.compute(name(), journeys, WeightSplitter.of(weights, allocation), warnings);
    }

    @Override
    public String toString() {
        return name();
    }
}
