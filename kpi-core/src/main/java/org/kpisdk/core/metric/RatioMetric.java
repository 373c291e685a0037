package org.kpisdk.core.metric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.kpisdk.core.internal.Checks;

/** A metric whose value is {@code numerator / denominator} of two inputs: a ratio of sums. */
final class RatioMetric implements MetricDefinition {
    private final MetricInfo info;
    private final Input numerator;
    private final Input denominator;
    private final String denominatorText;

    RatioMetric(MetricDefinition.Builder builder, Input numerator, Input denominator) {
        this.numerator = Objects.requireNonNull(numerator, "numerator");
        this.denominator = Objects.requireNonNull(denominator, "denominator");
        Checks.argument(!numerator.equals(denominator), "numerator and denominator must differ, both were %s",
                numerator);
        this.denominatorText = denominator.toString();
        String formula = numerator + " / " + denominator;
        this.info = builder.info(Units.quotient(numerator.measure().unit(), denominator.measure().unit(), formula));
    }

    @Override
    public MetricInfo info() {
        return info;
    }

    @Override
    public List<Input> inputs() {
        return List.of(numerator, denominator);
    }

    @Override
    public MetricValue evaluate(InputValues values) {
        Optional<BigDecimal> n = values.resolve(numerator);
        Optional<BigDecimal> d = values.resolve(denominator);
        if (n.isEmpty()) {
            return MetricValue.undefined(info.unit(), values.missingReason(numerator));
        }
        if (d.isEmpty()) {
            return MetricValue.undefined(info.unit(), values.missingReason(denominator));
        }
        return Evaluation.quotient(info.unit(), n.get(), d.get(), numerator.measure(), denominator.measure(), values,
                denominatorText);
    }

    @Override
    public String formula() {
        return numerator + " / " + denominator;
    }

    @Override
    public String toString() {
        return info.id() + " = " + formula();
    }
}
