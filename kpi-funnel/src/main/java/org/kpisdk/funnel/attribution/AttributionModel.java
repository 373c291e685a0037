package org.kpisdk.funnel.attribution;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Money;

/**
 * A multi-touch attribution model: gives each channel a share of every conversion in a {@link JourneySet}.
 *
 * <pre>{@code
 * JourneySet journeys = JourneySet.of(Currency.getInstance("EUR"), list);
 * AttributionResult last = AttributionModel.lastTouch().attribute(journeys);
 * AttributionResult decay = AttributionModel.timeDecay(Duration.ofDays(7)).attribute(journeys);
 * AttributionResult markov = AttributionModel.markov().attribute(journeys);
 * Map<String, Money> revenue = AttributionModel.positionBased().revenueByChannel(journeys);
 * RoiCalculation roi = RoiCalculation.of(costs, markov.attribute(journeys));   // ROI per channel, campaign, month
 * }</pre>
 *
 * <p>The shares of every conversion are exact {@link Fraction}s that sum to one, and attributed revenue sums exactly
 * to the total revenue (see {@link AttributionResult}). Heuristic models (first, last, last non-direct, linear, time
 * decay, position based, ordered Shapley) split each conversion by its own path; data-driven models
 * ({@link MarkovModel}, {@link ShapleyModel}) learn channel weights from all journeys first. Every model here is
 * immutable and thread-safe. Sources and conventions: DOMAIN.md Part D.2.
 */
public interface AttributionModel {
    /** Returns a short name with the model's parameters, such as {@code "time_decay(PT168H)"}. */
    String name();

    /** Attributes the conversions of {@code journeys} to channels. */
    AttributionResult attribute(JourneySet journeys);

    /**
     * Returns the revenue this model attributes to each channel of {@code journeys}. For ROI and ROAS, pass the
     * {@link AttributionResult} itself to {@link org.kpisdk.core.roi.RoiCalculation#of}: it keeps each conversion's
     * date and campaign.
     */
    default Map<String, Money> revenueByChannel(JourneySet journeys) {
        return attribute(journeys).revenueByChannel();
    }

    /** Returns first touch: 100 % to the first touchpoint. */
    static AttributionModel firstTouch() {
        return new PathModel.FirstTouch();
    }

    /** Returns last touch (Google Ads "last click"): 100 % to the last touchpoint. */
    static AttributionModel lastTouch() {
        return new PathModel.LastTouch();
    }

    /**
     * Returns last non-direct touch (Google Analytics): 100 % to the last touchpoint whose channel is not
     * {@code "direct"}, or to the last touchpoint when every touch is direct.
     */
    static AttributionModel lastNonDirectTouch() {
        return lastNonDirectTouch(Set.of("direct"));
    }

    /**
     * Returns last non-direct touch with the given names of direct channels (compared exactly).
     *
     * @throws IllegalArgumentException if the set is empty
     */
    static AttributionModel lastNonDirectTouch(Set<String> directChannels) {
        Objects.requireNonNull(directChannels, "directChannels");
        Checks.argument(!directChannels.isEmpty(), "directChannels must not be empty");
        return new PathModel.LastNonDirect(Set.copyOf(directChannels));
    }

    /** Returns linear per touch (the usual rule): an equal share per touchpoint, so a repeated channel gets more. */
    static AttributionModel linear() {
        return new PathModel.LinearPerTouch();
    }

    /** Returns linear per distinct channel: an equal share per distinct channel of the path. */
    static AttributionModel linearPerChannel() {
        return new PathModel.LinearPerChannel();
    }

    /**
     * Returns time decay: a touch weighs {@code 2^(−Δt / halfLife)}, Δt from the touch to the conversion, and shares
     * are weights over their sum (Google Ads uses a 7-day half-life). Weights are evaluated in {@code double} and
     * taken exactly, so the shares of a conversion still sum to exactly one. Needs touch times: rows built from
     * aggregated paths are refused.
     *
     * @throws IllegalArgumentException if the half-life is not positive or longer than 292 years
     */
    static AttributionModel timeDecay(Duration halfLife) {
        return new PathModel.TimeDecay(Objects.requireNonNull(halfLife, "halfLife"));
    }

    /**
     * Returns position based (U-shaped) 40/20/40: 40 % to the first touch, 40 % to the last, 20 % evenly across the
     * touches in between. One touch gets 100 %; two touches get 50/50 (first and last renormalised).
     */
    static AttributionModel positionBased() {
        return positionBased(Fraction.of(2, 5), Fraction.of(1, 5), Fraction.of(2, 5));
    }

    /**
     * Returns position based with the given weights for the first touch, the touches in between (shared evenly) and
     * the last touch. One touch gets 100 %; two touches split {@code first : last} (the middle weight has no
     * recipient and is renormalised away).
     *
     * @throws IllegalArgumentException if the weights do not sum to 1 or first + last is 0
     */
    static AttributionModel positionBased(Fraction first, Fraction middle, Fraction last) {
        return new PathModel.PositionBased(first, middle, last);
    }

    /**
     * Returns a model from a caller's rule that maps a path (channels in order, repeats kept) to the exact shares of
     * its conversions — for conventions this package does not ship, such as a W-shaped model keyed on a lead-creation
     * channel. The rule must be a pure function; its shares must go only to channels of the path and sum to exactly
     * one, or attribution throws {@link IllegalArgumentException} naming the model and the path.
     *
     * <pre>{@code
     * AttributionModel second = AttributionModel.ofPathRule("second_touch",      // all to the second touch
     *         path -> Map.of(path.get(Math.min(1, path.size() - 1)), Fraction.ONE));
     * }</pre>
     *
     * @throws IllegalArgumentException if the name is blank
     */
    static AttributionModel ofPathRule(String name, Function<List<String>, Map<String, Fraction>> rule) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        Checks.argument(!name.isBlank(), "name must not be blank, was '%s'", name);
        return new PathModel.Custom(name, rule);
    }

    /** Returns the first-order Markov removal-effect model with {@link CreditAllocation#PATH}. */
    static MarkovModel markov() {
        return MarkovModel.ofOrder(1);
    }

    /** Returns the Shapley model with {@code valueFunction}. */
    static ShapleyModel shapley(ShapleyModel.ValueFunction valueFunction) {
        return ShapleyModel.of(valueFunction);
    }

    /** Returns ordered Shapley (Zhao et al.): equal split among distinct channels, with credit by position. */
    static OrderedShapleyModel orderedShapley() {
        return new OrderedShapleyModel();
    }

    /**
     * Returns the models a comparison usually shows: first, last, last non-direct, linear, time decay with
     * {@code halfLife}, position based, Markov (order 1) and Shapley (subset conversions).
     */
    static List<AttributionModel> standardModels(Duration halfLife) {
        return List.of(firstTouch(), lastTouch(), lastNonDirectTouch(), linear(), timeDecay(halfLife),
                positionBased(), markov(), shapley(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS));
    }
}
