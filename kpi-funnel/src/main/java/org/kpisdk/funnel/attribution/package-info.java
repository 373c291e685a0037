/**
 * Multi-touch attribution: customer journeys (ordered touchpoints ending in a conversion or not, given one by one,
 * built from an event log or as aggregated paths), one {@link org.kpisdk.funnel.attribution.AttributionModel}
 * interface with the heuristic models (first, last, last non-direct, linear, time decay, position based) and the
 * data-driven ones (Markov removal effect solved exactly as an absorbing chain, Shapley value with an explicit value
 * function, ordered Shapley), exact per-conversion shares that sum to one, attributed revenue as
 * {@link org.kpisdk.core.value.Money} that sums exactly to the total, and a side-by-side comparison of models.
 * Semantics follow DOMAIN.md Part D.2; every convention that the literature leaves open is a parameter with a stated
 * default.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.funnel.attribution;

import javax.annotation.ParametersAreNonnullByDefault;
