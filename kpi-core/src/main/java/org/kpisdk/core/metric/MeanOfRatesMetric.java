package org.kpisdk.core.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.Unit;

/** The mean over rows of a per-row rate, merged through its exact sum of rates and its count. */
final class MeanOfRatesMetric implements MetricDefinition {
    private final MetricInfo info;
    private final Input sum;
    private final Input count;

    MeanOfRatesMetric(MetricDefinition.Builder builder, BaseMeasure numerator, BaseMeasure denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        this.sum = Input.rateSum(numerator, denominator);
        this.count = Input.rateCount(numerator, denominator);
        this.info = builder.info(Units.quotient(numerator.unit(), denominator.unit(), formula()));
    }

    @Override
    public MetricInfo info() {
        return info;
    }

    @Override
    public List<Input> inputs() {
        return List.of(sum, count);
    }

    @Override
    public MetricValue evaluate(InputValues values) {
        Optional<BigDecimal> s = values.resolve(sum);
        Optional<BigDecimal> n = values.resolve(count);
        if (s.isEmpty() || n.isEmpty()) {
            return MetricValue.undefined(info.unit(), values.missingReason(s.isEmpty() ? sum : count));
        }
        if (n.get().signum() == 0) {
            return MetricValue.undefined(info.unit(), Evaluation.noRate(sum));
        }
        BigDecimal mean = s.get().divide(n.get(), MetricValue.CONTEXT);
        Unit unit = info.unit();
        if (unit == Unit.MONEY) {
            return MetricValue.of(Money.of(mean.setScale(Evaluation.MONEY_QUOTIENT_SCALE, RoundingMode.HALF_EVEN),
                    Evaluation.currency(values, sum.measure())));
        }
        return MetricValue.of(unit, mean);
    }

    @Override
    public String formula() {
        return "mean_of_rates(" + sum.measure().id() + ", " + sum.denominator().id() + ")";
    }

    @Override
    public String toString() {
        return info.id() + " = " + formula();
    }
}
