package org.kpisdk.funnel.attribution;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.kpisdk.core.internal.Checks;

/**
 * Several models side by side on the same journeys: per channel, each model's credited conversions, share and
 * attributed revenue — the view marketers use to argue budgets.
 *
 * <pre>{@code
 * AttributionComparison cmp = AttributionComparison.of(journeys, AttributionModel.standardModels(Duration.ofDays(7)));
 * cmp.credit("search", "first_touch");   // ChannelCredit of search under first touch
 * cmp.rows();                            // one row per channel, credits by model name
 * System.out.println(cmp);               // a text table of shares and revenue
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AttributionComparison {
    /**
     * One channel's credit under every model.
     *
     * @param channel the channel
     * @param byModel the channel's credit by model name, in the order of the models
     */
    public record Row(String channel, Map<String, ChannelCredit> byModel) {
        /** Copies the map. */
        public Row {
            Objects.requireNonNull(channel, "channel");
            byModel = Collections.unmodifiableMap(new LinkedHashMap<>(byModel));
        }
    }

    private final List<String> channels;
    private final Map<String, AttributionResult> results;

    private AttributionComparison(List<String> channels, Map<String, AttributionResult> results) {
        this.channels = channels;
        this.results = results;
    }

    /**
     * Runs every model on {@code journeys}.
     *
     * @throws IllegalArgumentException if the list is empty, two models share a name, or a model refuses the journeys
     *         (time decay refuses aggregated paths)
     */
    public static AttributionComparison of(JourneySet journeys, List<? extends AttributionModel> models) {
        Objects.requireNonNull(journeys, "journeys");
        Objects.requireNonNull(models, "models");
        Checks.argument(!models.isEmpty(), "models must not be empty");
        Map<String, AttributionResult> results = new LinkedHashMap<>();
        for (AttributionModel m : models) {
            Objects.requireNonNull(m, "model");
            Checks.argument(!results.containsKey(m.name()), "model names must be distinct, '%s' occurs twice",
                    m.name());
            results.put(m.name(), m.attribute(journeys));
        }
        return new AttributionComparison(journeys.channels(), Collections.unmodifiableMap(results));
    }

    /** Returns the model names in the order given. */
    public List<String> models() {
        return List.copyOf(results.keySet());
    }

    /** Returns the channels, sorted. */
    public List<String> channels() {
        return channels;
    }

    /** Returns the result of the model named {@code model}, if it was compared. */
    public Optional<AttributionResult> result(String model) {
        return Optional.ofNullable(results.get(Objects.requireNonNull(model, "model")));
    }

    /**
     * Returns the credit of {@code channel} under {@code model}.
     *
     * @throws IllegalArgumentException if the model was not compared or the channel does not occur
     */
    public ChannelCredit credit(String channel, String model) {
        AttributionResult r = results.get(Objects.requireNonNull(model, "model"));
        Checks.argument(r != null, "model must be one of %s, was '%s'", results.keySet(), model);
        return r.channel(channel).orElseThrow(() -> new IllegalArgumentException(
                Checks.format("channel must be one of %s, was '%s'", channels, channel)));
    }

    /** Returns one row per channel (sorted) with its credit under every model. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>(channels.size());
        for (String c : channels) {
            Map<String, ChannelCredit> byModel = new LinkedHashMap<>();
            for (Map.Entry<String, AttributionResult> e : results.entrySet()) {
                byModel.put(e.getKey(), e.getValue().channel(c).orElseThrow());
            }
            rows.add(new Row(c, byModel));
        }
        return Collections.unmodifiableList(rows);
    }

    /** Returns a text table: one line per channel, one column per model with the share (4 digits) and revenue. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(Checks.format("%-16s", "channel"));
        for (String m : results.keySet()) {
            sb.append(Checks.format(" | %-28s", m));
        }
        sb.append('\n');
        for (Row row : rows()) {
            sb.append(Checks.format("%-16s", row.channel()));
            for (ChannelCredit c : row.byModel().values()) {
                String share = c.share().map(s -> s.toBigDecimal(4, RoundingMode.HALF_EVEN).toPlainString())
                        .orElse("-");
                sb.append(Checks.format(" | %-8s %-19s", share, c.revenue()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
