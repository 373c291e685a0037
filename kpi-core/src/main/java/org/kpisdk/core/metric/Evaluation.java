package org.kpisdk.core.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.Unit;

/** Arithmetic shared by the built-in metric kinds. */
final class Evaluation {
    /** Fractional digits kept by a money quotient (cost per click) before presentation rounding. */
    static final int MONEY_QUOTIENT_SCALE = 12;

    private Evaluation() {
    }

    static Currency currency(InputValues values, BaseMeasure measure) {
        Optional<Currency> currency = values.currency(measure);
        Checks.argument(currency.isPresent(), "currency of money measure '%s' is not declared", measure.id());
        return currency.get();
    }

    static MetricValue value(Unit unit, BaseMeasure measure, BigDecimal value, InputValues values) {
        if (measure.isMoney()) {
            return MetricValue.of(Money.of(value, currency(values, measure)));
        }
        return MetricValue.of(unit, value);
    }

    /**
     * Returns {@code numerator / denominator} in {@code unit}: money over a count stays money, a quotient of whole
     * numbers keeps its exact {@link Ratio}, a zero denominator gives an undefined value whose reason names
     * {@code denominatorText}.
     */
    static MetricValue quotient(Unit unit, BigDecimal numerator, BigDecimal denominator,
            BaseMeasure numeratorMeasure, BaseMeasure denominatorMeasure, InputValues values, String denominatorText) {
        BigDecimal n = numerator;
        BigDecimal d = denominator;
        if (numeratorMeasure.isMoney() && denominatorMeasure.isMoney()) {
            Currency a = currency(values, numeratorMeasure);
            Currency b = currency(values, denominatorMeasure);
            Checks.argument(a.equals(b), "Currency mismatch: %s vs %s (%s / %s)", a.getCurrencyCode(),
                    b.getCurrencyCode(), numeratorMeasure.id(), denominatorMeasure.id());
            n = n.movePointRight(6);
            d = d.movePointRight(6);
        }
        if (unit == Unit.MONEY) {
            Currency currency = currency(values, numeratorMeasure);
            if (d.signum() == 0) {
                return MetricValue.undefined(Unit.MONEY, MetricValue.zeroDenominator(denominatorText));
            }
            return MetricValue.of(Money.of(n.divide(d, MONEY_QUOTIENT_SCALE, RoundingMode.HALF_EVEN), currency));
        }
        Optional<Long> ln = exactLong(n);
        Optional<Long> ld = exactLong(d);
        if (ln.isPresent() && ld.isPresent() && ld.get() >= 0) {
            return MetricValue.of(unit, Ratio.of(ln.get(), ld.get()), denominatorText);
        }
        if (d.signum() == 0) {
            return MetricValue.undefined(unit, MetricValue.zeroDenominator(denominatorText));
        }
        return MetricValue.of(unit, n.divide(d, MetricValue.CONTEXT));
    }

    /** Returns the reason of a mean of rates none of whose rows has a defined rate. */
    static String noRate(Input rateSum) {
        return "denominator " + rateSum.denominator().id() + " = 0 in every row carrying '" + rateSum.measure().id()
                + "'";
    }

    static Optional<Long> exactLong(BigDecimal value) {
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }
}
