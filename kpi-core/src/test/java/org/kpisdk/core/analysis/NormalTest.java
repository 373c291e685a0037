package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

// The reference quantiles are quoted with all 20 published digits; the compiler rounds them to the nearest double.
@SuppressWarnings("FloatingPointLiteralPrecision")
final class NormalTest {
    /**
     * Lower-tail quantiles z(p) of the standard normal distribution to 20 significant digits at p = 10^−k, as
     * tabulated for normal-distribution routines (the same values, to double precision, as scipy.special.ndtri,
     * e.g. ndtri(1e-10) = −6.361340902404056).
     */
    static Stream<Arguments> quantileTable() {
        return Stream.of(
                Arguments.of(0.25, -0.67448975019608174320),
                Arguments.of(1e-1, -1.28155156554460046696),
                Arguments.of(1e-2, -2.32634787404084110088),
                Arguments.of(1e-3, -3.09023230616781354154),
                Arguments.of(1e-4, -3.71901648545568056439),
                Arguments.of(1e-5, -4.26489079392282462849),
                Arguments.of(1e-6, -4.75342430882289894819),
                Arguments.of(1e-7, -5.19933758219281693158),
                Arguments.of(1e-8, -5.61200124417478873154),
                Arguments.of(1e-9, -5.99780701500768687156),
                Arguments.of(1e-10, -6.36134090240405620469),
                Arguments.of(1e-11, -6.70602315549513628726),
                Arguments.of(1e-12, -7.03448382530113192980),
                Arguments.of(0.6, 0.25334710313579979879),
                Arguments.of(0.7, 0.52440051270804078403),
                Arguments.of(0.8, 0.84162123357291420517));
    }

    @ParameterizedTest
    @MethodSource("quantileTable")
    void quantileMatchesTheTableWithin1e14Relative(double p, double z) {
        assertEquals(0.0, (Normal.quantile(p) - z) / z, 1e-14);
        // and the table read backwards: Φ(z) = p, within 1e-13 relative (z's rounding to a double moves
        // Φ by at most |z|·φ(z)·2^-53 relative to Φ, below 1e-15 here).
        assertEquals(0.0, (Normal.cdf(z) - p) / p, 1e-13);
    }

    @Test
    void theIssuesPointsIncludingTheTails() {
        // 1.959963984540054 = Φ⁻¹(0.975) (scipy.stats.norm.ppf; 1.95996398454005423552 to 21 digits).
        assertEquals(0.0, (Normal.quantile(0.975) - 1.95996398454005423552) / 1.96, 1e-14);
        assertEquals(0.0, (Normal.quantile(0.025) + 1.95996398454005423552) / 1.96, 1e-14);
        assertEquals(0.0, Normal.quantile(0.5));
        assertEquals(0.0, (Normal.quantile(1e-10) + 6.36134090240405620469) / 6.36, 1e-14);
        // Φ(1.96) = 0.9750021048517795 and Φ(−1) = 0.15865525393145707 (scipy.stats.norm.cdf).
        assertEquals(0.0, (Normal.cdf(1.96) - 0.9750021048517795) / 0.975, 1e-14);
        assertEquals(0.0, (Normal.cdf(-1) - 0.15865525393145707) / 0.1587, 1e-14);
        assertEquals(0.5, Normal.cdf(0));
    }

    /**
     * Φ(x) to 15 decimals for 0.2 <= x <= 3, from the "Normal Tests" table of a public JavaScript statistics
     * calculator; the same values to 15 decimals as scipy.stats.norm.cdf. (That table's rows for x = 4, 5, 6 are
     * off in the 13th decimal, so the upper tail is checked against scipy.stats.norm.sf below.)
     */
    static Stream<Arguments> cdfTable() {
        return Stream.of(
                Arguments.of(0.2, 0.579259709439103), Arguments.of(0.5, 0.691462461274013),
                Arguments.of(1.0, 0.841344746068543), Arguments.of(1.2, 0.884930329778292),
                Arguments.of(1.3, 0.903199515414390), Arguments.of(1.5, 0.933192798731142),
                Arguments.of(1.6, 0.945200708300442), Arguments.of(2.0, 0.977249868051821),
                Arguments.of(2.5, 0.993790334674224), Arguments.of(3.0, 0.998650101968370));
    }

    @ParameterizedTest
    @MethodSource("cdfTable")
    void cdfMatchesTheFifteenDecimalTable(double x, double p) {
        assertEquals(p, Normal.cdf(x), 1e-15);
        assertEquals(1 - p, Normal.cdf(-x), 1e-15);
        assertEquals(Normal.cdf(-x), Normal.complementaryCdf(x));
    }

    @Test
    void upperTailIsRelativelyAccurate() {
        // scipy.stats.norm.sf(4), sf(5), sf(6): 3.167124183311992e-05, 2.866515718791939e-07, 9.865876450376946e-10.
        assertEquals(0.0, Normal.complementaryCdf(4) / 3.167124183311992e-05 - 1, 1e-13);
        assertEquals(0.0, Normal.complementaryCdf(5) / 2.866515718791939e-07 - 1, 1e-13);
        assertEquals(0.0, Normal.complementaryCdf(6) / 9.865876450376946e-10 - 1, 1e-13);
    }

    @Test
    void densityAndInfinities() {
        assertEquals(1 / Math.sqrt(2 * Math.PI), Normal.density(0), 1e-17);
        assertEquals(Math.exp(-2) / Math.sqrt(2 * Math.PI), Normal.density(-2), 1e-17);
        assertEquals(0.0, Normal.density(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Normal.cdf(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, Normal.cdf(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Normal.cdf(-40), "underflows to 0 below about −38.4");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, -0.1, 1.1, Double.NaN, Double.NEGATIVE_INFINITY})
    void quantileRefusesProbabilitiesOutsideTheOpenUnitInterval(double p) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Normal.quantile(p));
        assertTrue(e.getMessage().startsWith("p must be in (0, 1), was "), e::getMessage);
    }

    @Test
    void nanIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Normal.cdf(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Normal.complementaryCdf(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Normal.density(Double.NaN));
    }
}
