package org.kpisdk.core.metric;

import java.math.BigDecimal;
import java.util.Currency;

/** Builds {@link InputValues} from text such as {@code "likes=10, first(followers)=1000"}; money is in EUR. */
final class TestInputs {
    static final Currency EUR = Currency.getInstance("EUR");

    private TestInputs() {
    }

    static InputValues of(String assignments) {
        InputValuesBuilder b = InputValues.builder();
        if (assignments.isBlank()) {
            return b.build();
        }
        for (String part : assignments.split(";", -1)) {
            String[] kv = part.split("=", -1);
            Input input = input(kv[0].strip());
            b.put(input, new BigDecimal(kv[1].strip()));
            if (input.measure().isMoney()) {
                b.currency(input.measure(), EUR);
            }
        }
        return b.build();
    }

    static Input input(String key) {
        int open = key.indexOf('(');
        if (open < 0) {
            return Input.of(measure(key));
        }
        String fn = key.substring(0, open);
        String[] args = key.substring(open + 1, key.length() - 1).split(",", -1);
        return switch (fn) {
            case "rate_sum" -> Input.rateSum(measure(args[0].strip()), measure(args[1].strip()));
            case "rate_count" -> Input.rateCount(measure(args[0].strip()), measure(args[1].strip()));
            default -> Input.of(measure(args[0].strip()),
                    GaugeReduction.valueOf(fn.toUpperCase(java.util.Locale.ROOT)));
        };
    }

    static BaseMeasure measure(String id) {
        return StandardMeasures.byId(id).orElseThrow(() -> new IllegalArgumentException("no measure " + id));
    }
}
