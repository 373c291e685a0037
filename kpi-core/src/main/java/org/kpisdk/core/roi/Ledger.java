package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

/**
 * Proration and grouping of dated, scoped amounts, shared by costs and revenue.
 *
 * <p><b>Proration.</b> An amount {@code T} over a range of {@code N} days is spread by cumulative allocation in
 * the amount's smallest unit {@code u} (the cent for EUR, or finer when the amount has more digits): the first
 * {@code k} days carry {@code C(k) = floor(T/u × k / N) × u}, and the days {@code [i, j)} carry
 * {@code C(j) − C(i)}. Shares of adjacent sub-ranges therefore telescope: any split of a range sums exactly to the
 * share of the whole, and the whole range carries exactly {@code T}. Each day carries {@code floor(T/N)} or one
 * unit more; the remainder units fall on the days where {@code k × T / N} crosses a whole unit, spread evenly
 * across the range (not all on the first or last day).
 */
final class Ledger {
    private Ledger() {
    }

    /** One dated, scoped amount. */
    record Line(Money amount, DateRange range, Dimensions scope) {
    }

    static Money share(Money amount, DateRange range, DateRange window) {
        Optional<DateRange> overlap = range.intersection(window);
        if (overlap.isEmpty()) {
            return Money.zero(amount.currency());
        }
        if (overlap.get().equals(range)) {
            return amount;
        }
        long days = range.lengthInDays();
        long from = ChronoUnit.DAYS.between(range.start(), overlap.get().start());
        long to = ChronoUnit.DAYS.between(range.start(), overlap.get().end()) + 1;
        BigDecimal a = amount.amount();
        BigInteger units = a.unscaledValue();
        BigInteger share = cumulative(units, to, days).subtract(cumulative(units, from, days));
        return Money.of(new BigDecimal(share, a.scale()), amount.currency());
    }

    private static BigInteger cumulative(BigInteger units, long k, long days) {
        BigInteger[] qr = units.multiply(BigInteger.valueOf(k)).divideAndRemainder(BigInteger.valueOf(days));
        // floor, also for negative amounts (a scaled what-if never makes them, but the law must hold regardless)
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    static Money total(Currency currency, List<Line> lines) {
        Money sum = Money.zero(currency);
        for (Line l : lines) {
            sum = sum.plus(l.amount());
        }
        return sum;
    }

    static Money within(Currency currency, List<Line> lines, DateRange window) {
        Money sum = Money.zero(currency);
        for (Line l : lines) {
            sum = sum.plus(share(l.amount(), l.range(), window));
        }
        return sum;
    }

    /** Calls {@code sink} with each period of {@code grain} that {@code line} touches and the line's share of it. */
    static void perPeriod(Line line, TimeGrain grain, BiConsumer<PeriodKey, Money> sink) {
        DateRange range = line.range();
        PeriodKey p = grain.periodOf(range.start());
        if (p.end().compareTo(range.end()) >= 0) {
            sink.accept(p, line.amount());
            return;
        }
        long periods = grain.indexOf(range.end()) - p.index() + 1;
        Checks.argument(periods <= Costs.MAX_PERIODS,
                "an amount over %s spreads over %d periods of grain %s, more than the limit %d: use a coarser grain",
                range, periods, grain, Costs.MAX_PERIODS);
        // consecutive periods share their boundaries: carry the cumulative allocation from one to the next
        long days = range.lengthInDays();
        BigDecimal a = line.amount().amount();
        BigInteger units = a.unscaledValue();
        BigInteger before = BigInteger.ZERO;
        while (true) {
            boolean lastPeriod = !p.end().isBefore(range.end());
            LocalDate last = lastPeriod ? range.end() : p.end();
            BigInteger upTo = cumulative(units, ChronoUnit.DAYS.between(range.start(), last) + 1, days);
            sink.accept(p, Money.of(new BigDecimal(upTo.subtract(before), a.scale()), line.amount().currency()));
            before = upTo;
            if (lastPeriod) {
                // Stop before next(): the period after one that ends on 9999-12-31 does not exist.
                return;
            }
            p = p.next();
        }
    }

    static Map<PeriodKey, Money> byPeriod(Currency currency, List<Line> lines, TimeGrain grain) {
        Map<PeriodKey, Money> map = new TreeMap<>();
        for (Line l : lines) {
            perPeriod(l, grain, (p, m) -> map.merge(p, m, Money::plus));
        }
        return map;
    }

    static Map<Dimensions, Money> byScope(List<Line> lines, List<String> keys) {
        Map<Dimensions, Money> map = new LinkedHashMap<>();
        for (Line l : lines) {
            map.merge(project(l.scope(), keys), l.amount(), Money::plus);
        }
        return sortedByText(map);
    }

    static List<String> keys(String... keys) {
        Checks.argument(keys.length > 0, "keys must name at least one dimension, was none");
        for (String k : keys) {
            CostCategory.checkId(k, "dimension key");
        }
        return List.of(keys);
    }

    /** Returns the pairs of {@code scope} whose keys are in {@code keys}; absent keys stay absent. */
    static Dimensions project(Dimensions scope, List<String> keys) {
        Dimensions d = Dimensions.empty();
        for (String k : keys) {
            Optional<String> v = scope.get(k);
            if (v.isPresent()) {
                d = d.and(k, v.get());
            }
        }
        return d;
    }

    static <V> Map<Dimensions, V> sortedByText(Map<Dimensions, V> map) {
        Map<Dimensions, V> sorted = new LinkedHashMap<>();
        map.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    static void requireCurrency(Currency expected, Money amount) {
        Checks.argument(expected.equals(amount.currency()), "Currency mismatch: %s vs %s",
                expected.getCurrencyCode(), amount.currency().getCurrencyCode());
    }
}
