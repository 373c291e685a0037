package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;
import org.kpisdk.testkit.Laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws of the small ROI value types, over 1,000 seeded cases each. */
final class RoiValueLawsTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    static Stream<Arguments> ranges() {
        Gen<DateRange> ranges = Gen.of(RoiGen::range, List.of(DateRange.parse("2028-02-29..2028-02-29")));
        return Cases.of(ranges, ranges);
    }

    static Stream<Arguments> rates() {
        Gen<Ratio> rates = Gen.combine(Gen.longs(0, 5_000), Gen.longs(0, 5_000), (a, b) -> Ratio.of(a, a + b));
        return Cases.of(rates, rates, Gen.longs(0, 1_000_000));
    }

    @ParameterizedTest
    @MethodSource("ranges")
    void dateRangeTextRoundTripsAndIntersectionIsSymmetric(DateRange a, DateRange b) {
        Laws.roundTrip(DateRange::toString, DateRange::parse, a);
        Optional<DateRange> ab = a.intersection(b);
        assertEquals(ab, b.intersection(a));
        // brute force: a day is in the intersection exactly when it is in both
        for (LocalDate d = a.start(); !d.isAfter(a.end()); d = d.plusDays(1)) {
            LocalDate day = d;
            assertEquals(b.contains(day), ab.map(r -> r.contains(day)).orElse(false), () -> "day " + day);
        }
        assertEquals(a.end().toEpochDay() - a.start().toEpochDay() + 1, a.lengthInDays());
    }

    @ParameterizedTest
    @MethodSource("rates")
    void rateUpliftIsTheExactDifferenceTimesSizeAndValue(Ratio engaged, Ratio others, long size) {
        Money value = Money.of(BigDecimal.valueOf(size % 100_000, 2), EUR);
        SegmentUplift u = SegmentUplift.rate("retention", engaged, others, size, value);
        if (!engaged.isDefined() || !others.isDefined()) {
            assertFalse(u.value().isDefined());
            return;
        }
        // (a/b − c/d) × n × v = (a·d − c·b) · n · v / (b·d), compared by cross-multiplication
        BigInteger a = BigInteger.valueOf(engaged.numerator());
        BigInteger b = BigInteger.valueOf(engaged.denominator());
        BigInteger c = BigInteger.valueOf(others.numerator());
        BigInteger d = BigInteger.valueOf(others.denominator());
        BigDecimal num = new BigDecimal(a.multiply(d).subtract(c.multiply(b)).multiply(BigInteger.valueOf(size)))
                .multiply(value.amount());
        BigDecimal den = new BigDecimal(b.multiply(d));
        Figure v = u.value();
        assertEquals(0, v.numerator().multiply(den).compareTo(num.multiply(v.denominator())));
        // swapping the segments negates the difference
        SegmentUplift swapped = SegmentUplift.rate("retention", others, engaged, size, value);
        assertTrue(swapped.difference().hasSameValueAs(Figure.ratio(u.difference().numerator().negate(),
                u.difference().denominator())));
    }
}
