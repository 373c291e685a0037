package org.kpisdk.core.value;

import java.math.BigInteger;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Laws;
import org.kpisdk.testkit.ValueGens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Laws of {@link Count}: merge, overflow, text round trip and an order consistent with equals. */
final class CountLawsTest {
    static Stream<Arguments> triples() {
        return Cases.of(ValueGens.counts(), ValueGens.counts(), ValueGens.counts());
    }

    @ParameterizedTest
    @MethodSource("triples")
    void plusIsAssociativeAndCommutativeWithZeroAsIdentity(Count a, Count b, Count c) {
        Laws.associative(Count::plus, a, b, c);
        Laws.commutative(Count::plus, a, b);
        Laws.identity(Count::plus, Count.zero(), a);
    }

    /** Oracle: the sum in unbounded integers; above {@code Long.MAX_VALUE} plus must throw, never wrap. */
    @ParameterizedTest
    @MethodSource("triples")
    void plusIsExactOrThrowsAndPerKeepsBothParts(Count a, Count b, Count c) {
        BigInteger sum = BigInteger.valueOf(a.value()).add(BigInteger.valueOf(b.value()));
        if (sum.bitLength() < 64) {
            assertEquals(sum.longValueExact(), a.plus(b).value());
        } else {
            assertThrows(ArithmeticException.class, () -> a.plus(b));
        }
        Ratio r = a.per(b);
        assertEquals(a.value(), r.numerator());
        assertEquals(b.value(), r.denominator());
        assertEquals(b.value() != 0, r.isDefined());
    }

    @ParameterizedTest
    @MethodSource("triples")
    void parseReadsBackToStringAndOrderIsConsistentWithEquals(Count a, Count b, Count c) {
        Laws.roundTrip(Count::toString, Count::parse, a);
        assertEquals(BigInteger.valueOf(a.value()).compareTo(BigInteger.valueOf(b.value())),
                Integer.signum(a.compareTo(b)));
        assertEquals(a.compareTo(b) == 0, a.equals(b));
        assertEquals(-Integer.signum(a.compareTo(b)), Integer.signum(b.compareTo(a)));
    }
}
