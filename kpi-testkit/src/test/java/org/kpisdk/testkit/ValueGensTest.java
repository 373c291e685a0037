package org.kpisdk.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Count;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.TimeGrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generators replay from a seed, carry the edge cases they promise and cover what they claim to cover. */
final class ValueGensTest {
    private static <T> List<T> draw(Gen<T> gen, long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        List<T> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(gen.next(random));
        }
        return values;
    }

    @Test
    void sameSeedSameValues() {
        List<Supplier<Gen<?>>> gens = List.of(ValueGens::counts, ValueGens::ratios, ValueGens::signedRatios,
                ValueGens::amounts, ValueGens::money, ValueGens::dates, ValueGens::periodKeys,
                ValueGens::dimensions, ValueGens::dimensionKeys, ValueGens::dimensionValues);
        for (Supplier<Gen<?>> gen : gens) {
            assertEquals(draw(gen.get(), 42, 200), draw(gen.get(), 42, 200));
            assertTrue(!draw(gen.get(), 42, 50).equals(draw(gen.get(), 43, 50)));
        }
    }

    @Test
    void edgeCasesIncludeZeroOneAndLongMaxNeighbours() {
        assertTrue(ValueGens.counts().edgeCases().containsAll(List.of(Count.zero(), Count.of(1),
                Count.of(Long.MAX_VALUE - 1), Count.of(Long.MAX_VALUE))));
        assertTrue(ValueGens.ratios().edgeCases().containsAll(List.of(Ratio.empty(), Ratio.of(0, 1), Ratio.of(1, 1),
                Ratio.of(Long.MAX_VALUE, Long.MAX_VALUE), Ratio.of(Long.MAX_VALUE - 1, Long.MAX_VALUE))));
        List<BigDecimal> amounts = ValueGens.amounts().edgeCases();
        assertTrue(amounts.contains(BigDecimal.ZERO) && amounts.contains(BigDecimal.ONE)
                && amounts.contains(BigDecimal.valueOf(Long.MAX_VALUE, 6)));
        Set<String> currencies = ValueGens.money().edgeCases().stream().map(m -> m.currency().getCurrencyCode())
                .collect(Collectors.toSet());
        assertTrue(currencies.contains("JPY") && currencies.contains("EUR"), currencies::toString);
        assertTrue(ValueGens.dimensions().edgeCases().contains(Dimensions.empty()));
        assertTrue(ValueGens.dimensionValues().edgeCases().contains("\\,={}"));
    }

    @Test
    void edgeDatesCoverYearBoundariesAndIsoWeek53() {
        List<PeriodKey> edges = ValueGens.periodKeys().edgeCases();
        Set<String> texts = edges.stream().map(PeriodKey::toString).collect(Collectors.toSet());
        assertTrue(texts.containsAll(List.of("2026-W53", "2020-W53", "2015-W53", "2026-12-31", "2027-01-01",
                "0001-01-01", "9999-12-31", "0001-W01", "9999-W52", "2026-Q4", "2027")), texts::toString);
        Set<TimeGrain> grains = edges.stream().map(PeriodKey::grain).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(TimeGrain.class), grains);
        assertTrue(ValueGens.dates().edgeCases().contains(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void randomValuesCoverEveryGrainCurrencyAndSign() {
        List<PeriodKey> keys = draw(ValueGens.periodKeys(), 7, 1_000);
        assertEquals(EnumSet.allOf(TimeGrain.class), keys.stream().map(PeriodKey::grain).collect(Collectors.toSet()));
        List<Money> money = draw(ValueGens.money(), 7, 1_000);
        assertEquals(Set.copyOf(ValueGens.CURRENCIES), money.stream().map(Money::currency).collect(Collectors.toSet()));
        assertTrue(money.stream().anyMatch(Money::isNegative) && money.stream().anyMatch(m -> m.signum() > 0));
        List<Ratio> signed = draw(ValueGens.signedRatios(), 7, 1_000);
        assertTrue(signed.stream().anyMatch(r -> r.numerator() < 0));
        assertTrue(signed.stream().allMatch(r -> Math.abs(r.numerator()) <= ValueGens.SIGNED_RATIO_BOUND
                && r.denominator() <= ValueGens.SIGNED_RATIO_BOUND));
        assertTrue(draw(ValueGens.ratios(), 7, 1_000).stream().anyMatch(r -> !r.isDefined()));
        assertTrue(draw(ValueGens.dimensions(), 7, 1_000).stream().anyMatch(d -> d.size() >= 5));
        for (Money m : draw(ValueGens.moneyFromMicros(Currency.getInstance("JPY")), 7, 1_000)) {
            assertEquals(m, Money.ofMicros(m.toMicros(), m.currency()));
        }
    }

    @Test
    void longsReachBothEndsOfRangesEndingAtLongMax() {
        Gen<Long> gen = Gen.longs(-1, Long.MAX_VALUE);
        for (long v : draw(gen, 11, 1_000)) {
            assertTrue(v >= -1);
        }
        Gen<Long> top = Gen.longs(Long.MAX_VALUE - 1, Long.MAX_VALUE);
        assertEquals(Set.of(Long.MAX_VALUE - 1, Long.MAX_VALUE), Set.copyOf(draw(top, 11, 200)));
        Gen<Long> small = Gen.longs(-3, 3);
        assertEquals(Set.of(-3L, -2L, -1L, 0L, 1L, 2L, 3L), Set.copyOf(draw(small, 11, 500)));
    }
}
