package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;

/** Laws of {@link Rates}: Wilson intervals and two-rate comparisons over generated counts. */
final class RatesLawsTest {
    /** A count of successes out of trials, printed as {@code successes/trials} in the case's display name. */
    record Counts(long successes, long trials) {
        @Override
        public String toString() {
            return successes + "/" + trials;
        }
    }

    /** 0 <= successes <= trials, trials from 1 to 10^12, the ends as edge cases. */
    static final Gen<Counts> COUNTS = Gen.<Counts>of(r -> {
        long trials = r.nextBoolean() ? r.nextLong(1, 200) : r.nextLong(1, 1_000_000_000_000L);
        long successes = switch (r.nextInt(8)) {
            case 0 -> 0;
            case 1 -> trials;
            default -> r.nextLong(0, trials + 1);
        };
        return new Counts(successes, trials);
    }, List.of(new Counts(0, 1), new Counts(1, 1), new Counts(0, 1_000_000_000_000L),
            new Counts(1_000_000_000_000L, 1_000_000_000_000L), new Counts(1, 2)));
    static final Gen<Double> CONFIDENCE = Gen.<Double>of(r -> r.nextDouble(0.5, 0.9999),
            List.of(0.95, 0.5, 0.999999, 0.9));

    static Stream<Arguments> counts() {
        return Cases.of(COUNTS, CONFIDENCE);
    }

    static Stream<Arguments> pairs() {
        return Cases.of(COUNTS, COUNTS, CONFIDENCE);
    }

    @ParameterizedTest
    @MethodSource("counts")
    void wilsonContainsTheEstimateLiesInTheUnitIntervalAndNests(Counts c, double confidence) {
        double p = (double) c.successes() / c.trials();
        Interval ci = Rates.wilson(c.successes(), c.trials(), confidence);
        assertTrue(ci.contains(p), () -> ci + " does not contain " + p);
        assertTrue(ci.lower() >= 0 && ci.upper() <= 1, ci::toString);
        assertTrue(ci.width() > 0, "a score interval is never degenerate");
        // A higher confidence gives a wider interval that contains the narrower one.
        Interval wider = Rates.wilson(c.successes(), c.trials(), (1 + confidence) / 2);
        assertTrue(wider.lower() <= ci.lower() && wider.upper() >= ci.upper(), () -> wider + " vs " + ci);
        // Swapping successes and failures mirrors the interval: [1 − upper, 1 − lower].
        Interval mirror = Rates.wilson(c.trials() - c.successes(), c.trials(), confidence);
        assertEquals(1 - ci.upper(), mirror.lower(), 1e-12);
        assertEquals(1 - ci.lower(), mirror.upper(), 1e-12);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void comparisonIsConsistent(Counts before, Counts after, double confidence) {
        RateComparison c = Rates.compare(before.successes(), before.trials(), after.successes(), after.trials(), confidence);
        assertTrue(c.differenceInterval().contains(c.difference()), c::toString);
        assertTrue(c.differenceInterval().lower() >= -1 && c.differenceInterval().upper() <= 1);
        assertTrue(c.pValue() >= 0 && c.pValue() <= 1);
        RateComparison swapped = Rates.compare(after.successes(), after.trials(), before.successes(), before.trials(), confidence);
        assertEquals(c.pValue(), swapped.pValue(), 1e-15);
        assertEquals(-c.difference(), swapped.difference(), 0.0);
        assertEquals(-c.differenceInterval().upper(), swapped.differenceInterval().lower(), 1e-12);
        if (c.zStatistic().isPresent()) {
            assertEquals(-c.zStatistic().getAsDouble(), swapped.zStatistic().getAsDouble(), 1e-9);
            double z = c.zStatistic().getAsDouble();
            assertEquals(2 * Normal.cdf(-Math.abs(z)), c.pValue(), 1e-15);
        } else {
            assertEquals(1.0, c.pValue());
        }
    }
}
