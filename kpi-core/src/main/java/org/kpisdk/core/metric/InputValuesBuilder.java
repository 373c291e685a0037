package org.kpisdk.core.metric;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds fixed {@link InputValues}, for tests and for evaluating a metric on hand-made numbers.
 *
 * <pre>{@code
 * InputValues values = InputValues.builder()
 *         .put(Input.of(StandardMeasures.COST), new BigDecimal("120.00"))
 *         .currency(StandardMeasures.COST, Currency.getInstance("EUR"))
 *         .put(Input.of(StandardMeasures.CONVERSIONS), 8)
 *         .build();
 * }</pre>
 *
 * <p>A single-threaded builder; the values it builds are immutable and thread-safe.
 */
public final class InputValuesBuilder {
    private final Map<Input, BigDecimal> values = new HashMap<>();
    private final Map<BaseMeasure, Currency> currencies = new HashMap<>();

    InputValuesBuilder() {
    }

    /** Sets the value of {@code input} (its null policy is ignored: values are stored by state). */
    public InputValuesBuilder put(Input input, long value) {
        return put(input, BigDecimal.valueOf(value));
    }

    /** Sets the value of {@code input} (its null policy is ignored: values are stored by state). */
    public InputValuesBuilder put(Input input, BigDecimal value) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(value, "value");
        values.put(input.stateKey(), value);
        return this;
    }

    /** Declares the currency of a money measure. */
    public InputValuesBuilder currency(BaseMeasure measure, Currency currency) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(currency, "currency");
        currencies.put(measure, currency);
        return this;
    }

    /** Returns the values set so far. */
    public InputValues build() {
        Map<Input, BigDecimal> v = Collections.unmodifiableMap(new HashMap<>(values));
        Map<BaseMeasure, Currency> c = Collections.unmodifiableMap(new HashMap<>(currencies));
        return new InputValues() {
            @Override
            public Optional<BigDecimal> get(Input input) {
                return Optional.ofNullable(v.get(input.stateKey()));
            }

            @Override
            public Optional<Currency> currency(BaseMeasure measure) {
                return Optional.ofNullable(c.get(measure));
            }

            @Override
            public String toString() {
                return v.toString();
            }
        };
    }
}
