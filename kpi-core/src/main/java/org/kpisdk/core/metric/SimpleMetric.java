package org.kpisdk.core.metric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A metric whose value is one input's value: {@code impressions}, {@code first(followers)}. */
final class SimpleMetric implements MetricDefinition {
    private final MetricInfo info;
    private final Input input;

    SimpleMetric(MetricDefinition.Builder builder, Input input) {
        this.input = java.util.Objects.requireNonNull(input, "input");
        this.info = builder.info(input.measure().unit());
    }

    @Override
    public MetricInfo info() {
        return info;
    }

    @Override
    public List<Input> inputs() {
        return List.of(input);
    }

    @Override
    public MetricValue evaluate(InputValues values) {
        Optional<BigDecimal> value = values.resolve(input);
        return value.isEmpty() ? MetricValue.undefined(info.unit(), values.missingReason(input))
                : Evaluation.value(info.unit(), input.measure(), value.get(), values);
    }

    @Override
    public String formula() {
        return input.toString();
    }

    @Override
    public String toString() {
        return info.id() + " = " + formula();
    }
}
