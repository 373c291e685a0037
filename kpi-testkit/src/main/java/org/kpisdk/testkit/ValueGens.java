package org.kpisdk.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.kpisdk.core.value.Count;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.TimeGrain;

/**
 * Seeded generators for the value types of {@code org.kpisdk.core.value}, each with its edge cases (zero, one,
 * {@code Long.MAX_VALUE}-adjacent sums, empty values, year boundaries, ISO week 53) that {@link Cases} always runs
 * before the random values.
 *
 * <pre>{@code
 * static Stream<Arguments> ratioTriples() {
 *     return Cases.of(ValueGens.ratios(), ValueGens.ratios(), ValueGens.ratios());
 * }
 *
 * @ParameterizedTest
 * @MethodSource("ratioTriples")
 * void mergeIsAssociative(Ratio a, Ratio b, Ratio c) {
 *     Laws.associative(Ratio::plus, a, b, c);
 * }
 * }</pre>
 *
 * <p>Every generator is immutable and thread-safe and draws all its randomness from the {@link SplittableRandom}
 * it is given, so a seed replays a case exactly. Values are always valid for their type; generators of raw parts
 * ({@link #amounts()}, {@link #dates()}, {@link #dimensionKeys()}, {@link #dimensionValues()}) let a test build
 * values its own way.
 */
public final class ValueGens {
    /** The bound of {@link #signedRatios()}: three parts of at most this size never overflow when summed. */
    public static final long SIGNED_RATIO_BOUND = Long.MAX_VALUE / 4;

    /** The currencies of {@link #currencies()}: two-digit EUR, USD and GBP, zero-digit JPY, three-digit BHD. */
    public static final List<Currency> CURRENCIES = List.of(Currency.getInstance("EUR"), Currency.getInstance("USD"),
            Currency.getInstance("GBP"), Currency.getInstance("JPY"), Currency.getInstance("BHD"));

    /** The standard dimension keys, which {@link #dimensionKeys()} draws half of the time. */
    public static final List<String> STANDARD_KEYS = List.of("campaign", "channel", "product", "region", "segment");

    private static final long MAX = Long.MAX_VALUE;

    /** Characters of generated dimension values: letters, digits, the escaped characters, spaces and non-ASCII. */
    private static final String VALUE_ALPHABET =
            "abcxyzABCXYZ0189 _-./:@#%&+\\,={}\u00e4\u00df\u00e9\u00f8\u20ac\u65e5\u672c\u011f";

    private ValueGens() {
    }

    /**
     * Returns counts in {@code [0, Long.MAX_VALUE]}, half of them below 1,000; edge cases 0, 1,
     * {@code Long.MAX_VALUE - 1} and {@code Long.MAX_VALUE}, so sums of edge cases overflow.
     */
    public static Gen<Count> counts() {
        return counts(MAX);
    }

    /**
     * Returns counts in {@code [0, max]}, half of them below 1,000; edge cases 0, 1, {@code max - 1}, {@code max}
     * and the middle.
     */
    public static Gen<Count> counts(long max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, was " + max);
        }
        List<Count> edges = new ArrayList<>();
        for (long v : new long[] {0, 1, max - 1, max, max / 2, max / 2 + 1}) {
            Count c = Count.of(v);
            if (!edges.contains(c)) {
                edges.add(c);
            }
        }
        Gen<Long> values = Gen.counts(max);
        return Gen.of(r -> Count.of(values.next(r)), edges);
    }

    /**
     * Returns ratios with non-negative parts in {@code [0, Long.MAX_VALUE]} (engagements over impressions), mostly
     * small; edge cases include the empty ratio {@code 0/0}, an undefined {@code 1/0}, {@code 0/1}, {@code 1/1} and
     * parts next to {@code Long.MAX_VALUE}. With non-negative parts a merge overflows on every path or on none.
     */
    public static Gen<Ratio> ratios() {
        List<Ratio> edges = List.of(Ratio.empty(), Ratio.of(1, 0), Ratio.of(0, 1), Ratio.of(1, 1), Ratio.of(1, 2),
                Ratio.of(2, 4), Ratio.of(MAX, MAX), Ratio.of(MAX - 1, MAX), Ratio.of(1, MAX), Ratio.of(MAX, 1),
                Ratio.of(MAX / 2, MAX / 2 + 1), Ratio.of(7, 3));
        Gen<Long> parts = Gen.counts(MAX);
        return Gen.of(r -> {
            long denominator = r.nextInt(16) == 0 ? 0 : parts.next(r);
            // Most numerators are at most the denominator, as rates of events per exposure are.
            long numerator = denominator > 0 && r.nextBoolean() ? r.nextLong(0, denominator) + (r.nextBoolean() ? 1 : 0)
                    : parts.next(r);
            return Ratio.of(numerator, denominator);
        }, edges);
    }

    /**
     * Returns ratios whose numerator may be negative (a net change such as {@code gained - lost}), with both parts
     * of magnitude at most {@link #SIGNED_RATIO_BOUND}; edge cases include the bounds, {@code -1/1} and {@code 0/0}.
     */
    public static Gen<Ratio> signedRatios() {
        long b = SIGNED_RATIO_BOUND;
        List<Ratio> edges = List.of(Ratio.empty(), Ratio.of(-1, 1), Ratio.of(1, 1), Ratio.of(-1, 0), Ratio.of(-b, 1),
                Ratio.of(b, b), Ratio.of(-b, b), Ratio.of(-1, b), Ratio.of(0, b));
        Gen<Long> numerators = Gen.longs(-b, b);
        Gen<Long> denominators = Gen.counts(b);
        return Gen.of(r -> Ratio.of(r.nextBoolean() ? numerators.next(r) : r.nextLong(-1_000, 1_001),
                r.nextInt(16) == 0 ? 0 : denominators.next(r)), edges);
    }

    /** Returns the currencies of {@link #CURRENCIES}, each also an edge case. */
    public static Gen<Currency> currencies() {
        return Gen.oneOf(CURRENCIES.toArray(new Currency[0]));
    }

    /**
     * Returns exact decimal amounts, positive, zero and negative, with 0 to 10 fractional digits and up to 40
     * significant digits; edge cases include 0, ±1, one cent, a tenth of a cent, the half-cent tie {@code 0.005},
     * {@code 1E-18} and {@code ±Long.MAX_VALUE} micros. Every amount is valid for {@link Money#of(BigDecimal,
     * Currency)}.
     */
    public static Gen<BigDecimal> amounts() {
        List<BigDecimal> edges = List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE.negate(),
                new BigDecimal("0.01"), new BigDecimal("-0.01"), new BigDecimal("0.001"), new BigDecimal("0.005"),
                new BigDecimal("2.5"), new BigDecimal("1E-18"), BigDecimal.valueOf(MAX, 6),
                BigDecimal.valueOf(MAX - 1, 6), BigDecimal.valueOf(Long.MIN_VALUE, 6), BigDecimal.valueOf(MAX),
                new BigDecimal("1E+30"), new BigDecimal("100.000"));
        return Gen.of(ValueGens::amount, edges);
    }

    private static BigDecimal amount(SplittableRandom r) {
        int kind = r.nextInt(4);
        BigInteger unscaled;
        if (kind == 0) {
            unscaled = BigInteger.valueOf(r.nextLong(0, 100_000));
        } else if (kind == 1) {
            unscaled = BigInteger.valueOf(r.nextLong() >>> 1);
        } else {
            // Up to 40 significant digits: sums and products stay exact beyond the range of a long.
            int digits = 1 + r.nextInt(40);
            StringBuilder sb = new StringBuilder(digits);
            sb.append((char) ('1' + r.nextInt(9)));
            for (int i = 1; i < digits; i++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            unscaled = new BigInteger(sb.toString());
        }
        if (r.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        return new BigDecimal(unscaled, r.nextInt(11));
    }

    /** Returns amounts of {@code currency} built from {@link #amounts()}, edge cases included. */
    public static Gen<Money> money(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return amounts().map(a -> Money.of(a, currency));
    }

    /**
     * Returns amounts in any currency of {@link #CURRENCIES}; edge cases are the edge amounts in EUR and in
     * zero-digit JPY and three-digit BHD.
     */
    public static Gen<Money> money() {
        Gen<Currency> currencies = currencies();
        Gen<BigDecimal> amounts = amounts();
        List<Money> edges = new ArrayList<>();
        for (String code : List.of("EUR", "JPY", "BHD")) {
            for (BigDecimal a : amounts.edgeCases()) {
                edges.add(Money.of(a, Currency.getInstance(code)));
            }
        }
        return Gen.of(r -> Money.of(amounts.next(r), currencies.next(r)), edges);
    }

    /**
     * Returns amounts in micros that fit a {@code long}, as hot paths store them; edge cases 0, ±1 micro, one unit
     * and {@code Long.MAX_VALUE}/{@code Long.MIN_VALUE} micros.
     */
    public static Gen<Money> moneyFromMicros(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return Gen.longs(Long.MIN_VALUE, MAX)
                .withEdgeCases(List.of(1_000_000L, -1_000_000L, 10_000L))
                .map(micros -> Money.ofMicros(micros, currency));
    }

    /**
     * Returns dates in the years 1 to 9999 that {@link PeriodKey} supports, most of them between 1990 and 2060;
     * edge cases are the first and last supported days, year boundaries, ISO weeks 53 (2015, 2020, 2026) and their
     * neighbours, days whose ISO week-based year differs from the calendar year, and leap days.
     */
    public static Gen<LocalDate> dates() {
        List<LocalDate> edges = List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1),
                LocalDate.of(2025, 12, 29), // Monday of 2026-W01, still in calendar year 2025
                LocalDate.of(2020, 12, 31), // 2020-W53
                LocalDate.of(2021, 1, 3), // Sunday of 2020-W53, in calendar year 2021
                LocalDate.of(2021, 1, 4), // 2021-W01
                LocalDate.of(2015, 12, 28), // Monday of 2015-W53
                LocalDate.of(2026, 12, 28), // Monday of 2026-W53
                LocalDate.of(2024, 12, 30), // Monday of 2025-W01, in calendar year 2024
                LocalDate.of(2024, 2, 29), LocalDate.of(2000, 2, 29), LocalDate.of(2100, 2, 28),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), LocalDate.of(1, 12, 31),
                LocalDate.of(9999, 1, 1), LocalDate.of(1970, 1, 1));
        long recentFrom = LocalDate.of(1990, 1, 1).toEpochDay();
        long recentTo = LocalDate.of(2060, 12, 31).toEpochDay();
        long allFrom = LocalDate.of(1, 1, 1).toEpochDay();
        long allTo = LocalDate.of(9999, 12, 31).toEpochDay();
        return Gen.of(r -> {
            int kind = r.nextInt(8);
            if (kind == 0) {
                return LocalDate.ofEpochDay(r.nextLong(allFrom, allTo + 1));
            }
            if (kind == 1) {
                // A few days either side of a New Year, where weeks and years disagree.
                int year = r.nextInt(1990, 2061);
                return LocalDate.of(year, 1, 1).plusDays(r.nextInt(-7, 8));
            }
            return LocalDate.ofEpochDay(r.nextLong(recentFrom, recentTo + 1));
        }, edges);
    }

    /** Returns every {@link TimeGrain}, each also an edge case. */
    public static Gen<TimeGrain> grains() {
        return Gen.oneOf(TimeGrain.values());
    }

    /**
     * Returns periods of any grain; edge cases are the periods of every grain that contain the edge dates of
     * {@link #dates()}.
     */
    public static Gen<PeriodKey> periodKeys() {
        Gen<LocalDate> dates = dates();
        Gen<TimeGrain> grains = grains();
        List<PeriodKey> edges = new ArrayList<>();
        for (LocalDate d : dates.edgeCases()) {
            for (TimeGrain g : TimeGrain.values()) {
                PeriodKey p = PeriodKey.of(d, g);
                if (!edges.contains(p)) {
                    edges.add(p);
                }
            }
        }
        return Gen.of(r -> PeriodKey.of(dates.next(r), grains.next(r)), edges);
    }

    /** Returns periods of one grain; edge cases are the periods of the edge dates of {@link #dates()}. */
    public static Gen<PeriodKey> periodKeys(TimeGrain grain) {
        Objects.requireNonNull(grain, "grain");
        return dates().map(d -> PeriodKey.of(d, grain));
    }

    /**
     * Returns valid dimension keys: the {@link #STANDARD_KEYS} half of the time, otherwise random lowercase snake
     * case of 1 to 64 characters; edge cases {@code a}, {@code a_1} and a 64-character key.
     */
    public static Gen<String> dimensionKeys() {
        String first = "abcdefghijklmnopqrstuvwxyz";
        String rest = first + "0123456789_";
        List<String> edges = List.of("channel", "a", "a_1", "z".repeat(Dimensions.MAX_KEY_LENGTH));
        return Gen.of(r -> {
            if (r.nextBoolean()) {
                return STANDARD_KEYS.get(r.nextInt(STANDARD_KEYS.size()));
            }
            int length = r.nextInt(8) == 0 ? r.nextInt(1, Dimensions.MAX_KEY_LENGTH + 1) : r.nextInt(1, 9);
            StringBuilder sb = new StringBuilder(length);
            sb.append(first.charAt(r.nextInt(first.length())));
            for (int i = 1; i < length; i++) {
                sb.append(rest.charAt(r.nextInt(rest.length())));
            }
            return sb.toString();
        }, edges);
    }

    /**
     * Returns valid dimension values of 1 to 256 characters, including the characters the text form escapes
     * ({@code \ , = { }}), spaces, non-ASCII letters and a character outside the BMP; edge cases are a single
     * character, a value of only escaped characters, values with leading and trailing spaces and a 256-character
     * value.
     */
    public static Gen<String> dimensionValues() {
        List<String> edges = List.of("x", "\\,={}", " leading", "trailing ", "a, b", "\\", "instagram", "UK",
                "\uD83D\uDE00", "v".repeat(Dimensions.MAX_VALUE_LENGTH));
        return Gen.of(r -> {
            int length = r.nextInt(16) == 0 ? r.nextInt(1, Dimensions.MAX_VALUE_LENGTH + 1) : r.nextInt(1, 13);
            StringBuilder sb = new StringBuilder(length);
            while (sb.length() < length) {
                if (length - sb.length() >= 2 && r.nextInt(32) == 0) {
                    sb.append("\uD83D\uDE80");
                } else {
                    sb.append(VALUE_ALPHABET.charAt(r.nextInt(VALUE_ALPHABET.length())));
                }
            }
            return sb.toString();
        }, edges);
    }

    /**
     * Returns dimensions of 0 to 6 pairs (repeated keys keep the last value); edge cases are the empty set, a
     * single pair, all standard keys, and values that need escaping.
     */
    public static Gen<Dimensions> dimensions() {
        Gen<String> keys = dimensionKeys();
        Gen<String> values = dimensionValues();
        Map<String, String> all = new LinkedHashMap<>();
        for (String k : STANDARD_KEYS) {
            all.put(k, k + "_value");
        }
        List<Dimensions> edges = List.of(Dimensions.empty(), Dimensions.of("channel", "instagram"),
                Dimensions.of(all), Dimensions.of("a", "\\,={}", "b", " x ", "z".repeat(64), "\uD83D\uDE00"),
                Dimensions.of("region", "v".repeat(Dimensions.MAX_VALUE_LENGTH)));
        return Gen.of(r -> {
            int size = r.nextInt(7);
            Dimensions d = Dimensions.empty();
            for (int i = 0; i < size; i++) {
                d = d.and(keys.next(r), values.next(r));
            }
            return d;
        }, edges);
    }
}
