package org.kpisdk.funnel.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ordered Shapley attribution (Zhao et al. 2018, ordered extension): the simplified Shapley value with the subset
 * value function, further split by the position at which each channel occurs in the journeys.
 *
 * <pre>{@code
 * OrderedShapleyModel model = AttributionModel.orderedShapley();
 * AttributionResult r = model.attribute(journeys);            // per channel: Σ R(T) / |T|
 * Map<String, List<Fraction>> byPosition = model.positionCredits(journeys);
 * byPosition.get("search");                                   // [1/2, 3/2]: credit as 1st channel, as 2nd channel
 * }</pre>
 *
 * <p>Each conversion is split equally among the distinct channels of its path, taken in the order of their first
 * occurrence; the channel at position {@code p} of that order receives its share as credit at position {@code p}.
 * A channel's credits over all positions sum to its Shapley value under
 * {@link ShapleyModel.ValueFunction#SUBSET_CONVERSIONS}. Immutable and thread-safe.
 */
public final class OrderedShapleyModel implements AttributionModel {
    private static final PathModel EQUAL_SPLIT = new PathModel.LinearPerChannel();

    OrderedShapleyModel() {
    }

    @Override
    public String name() {
        return "ordered_shapley";
    }

    @Override
    public AttributionResult attribute(JourneySet journeys) {
        Objects.requireNonNull(journeys, "journeys");
        return AttributionResult.compute(name(), journeys, EQUAL_SPLIT,
                EnumSet.noneOf(AttributionResult.Warning.class));
    }

    /**
     * Returns, per channel (sorted), the exact conversions credited to it at each position of first occurrence
     * (index 0 = first distinct channel of a path); every list has the length of the longest such order.
     */
    public Map<String, List<Fraction>> positionCredits(JourneySet journeys) {
        Objects.requireNonNull(journeys, "journeys");
        int channels = journeys.channels().size();
        List<Fraction[]> perPosition = new ArrayList<>();
        for (int row = 0; row < journeys.size(); row++) {
            long conv = journeys.conv(row);
            if (conv == 0) {
                continue;
            }
            int[] order = Paths.distinctInOrder(journeys, row);
            Fraction share = Fraction.of(conv, order.length);
            for (int p = 0; p < order.length; p++) {
                while (perPosition.size() <= p) {
                    perPosition.add(new Fraction[channels]);
                }
                Fraction[] credits = perPosition.get(p);
                int c = order[p];
                credits[c] = credits[c] == null ? share : credits[c].plus(share);
            }
        }
        Map<String, List<Fraction>> map = new LinkedHashMap<>();
        for (int c = 0; c < channels; c++) {
            List<Fraction> list = new ArrayList<>(perPosition.size());
            for (Fraction[] credits : perPosition) {
                list.add(credits[c] == null ? Fraction.ZERO : credits[c]);
            }
            map.put(journeys.channels().get(c), Collections.unmodifiableList(list));
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return name();
    }
}
