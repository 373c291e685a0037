package org.kpisdk.funnel.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Money;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;

/**
 * Laws every model obeys on generated journey sets: the shares of each conversion sum to one, credits and revenue sum
 * exactly to the totals, a channel absent from every converting path gets nothing, and the order of the journeys
 * does not matter.
 */
final class AttributionLawsTest {
    /** Occurs only in journeys that do not convert. */
    private static final String ABSENT = "zz-never-converts";
    private static final String[] CHANNELS = {"direct", "display", "email", "search", "social", "video"};
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static final List<AttributionModel> MODELS = List.of(
            AttributionModel.firstTouch(), AttributionModel.lastTouch(), AttributionModel.lastNonDirectTouch(),
            AttributionModel.linear(), AttributionModel.linearPerChannel(),
            AttributionModel.timeDecay(Duration.ofDays(7)), AttributionModel.positionBased(),
            AttributionModel.positionBased(Fraction.of(3, 10), Fraction.of(2, 5), Fraction.of(3, 10)),
            AttributionModel.markov(), MarkovModel.ofOrder(2), MarkovModel.ofOrder(1).withCollapsedRepeats(true),
            AttributionModel.shapley(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS),
            AttributionModel.shapley(ShapleyModel.ValueFunction.CONVERSION_RATE),
            ShapleyModel.of(ShapleyModel.ValueFunction.CONVERSION_RATE).withAllocation(CreditAllocation.PATH),
            ShapleyModel.of(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS).withExactLimit(2).withSamples(20),
            AttributionModel.orderedShapley());

    /** Models that split every conversion by global weights ({@link CreditAllocation#TOTAL}). */
    private static boolean isTotal(AttributionModel model) {
        return model instanceof ShapleyModel && model.name().indexOf("PATH") < 0;
    }

    /** A generated input: the journeys in their original order and a currency. */
    record Input(Currency currency, List<Journey> journeys) {
        @Override
        public String toString() {
            return journeys.size() + " journeys in " + currency;
        }
    }

    private static Journey journey(SplittableRandom r, Currency currency, int id) {
        int touches = r.nextInt(1, 7);
        boolean converts = r.nextInt(3) > 0;
        List<Touchpoint> list = new ArrayList<>();
        long minutes = 0;
        for (int t = 0; t < touches; t++) {
            minutes += r.nextInt(0, 6 * 24 * 60);
            String channel = !converts && r.nextInt(4) == 0 ? ABSENT : CHANNELS[r.nextInt(CHANNELS.length)];
            list.add(Touchpoint.of(channel, T0.plus(Duration.ofMinutes(minutes))));
        }
        String customer = "c" + id;
        if (!converts) {
            return Journey.notConverted(customer, list);
        }
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        Money value = Money.of(BigDecimal.valueOf(r.nextLong(0, 100_000), scale), currency);
        return Journey.converted(customer, list, T0.plus(Duration.ofMinutes(minutes + r.nextInt(0, 3 * 24 * 60))),
                value);
    }

    private static final Gen<Input> INPUTS = Gen.of(r -> {
        Currency currency = Currency.getInstance(r.nextInt(5) == 0 ? "JPY" : "EUR");
        int n = r.nextInt(0, 11);
        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            journeys.add(journey(r, currency, i));
        }
        return new Input(currency, journeys);
    }, List.of(new Input(Currency.getInstance("EUR"), List.of())));

    static Stream<Arguments> inputs() {
        return Cases.of(INPUTS);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyModelObeysTheLaws(Input input) {
        JourneySet set = JourneySet.of(input.currency(), input.journeys());
        List<Journey> shuffled = new ArrayList<>(input.journeys());
        Collections.shuffle(shuffled, new Random(input.journeys().hashCode()));
        Collections.reverse(shuffled.subList(0, shuffled.size() / 2));
        JourneySet permuted = JourneySet.of(input.currency(), shuffled);
        long total = input.journeys().stream().filter(Journey::isConverted).count();
        Money totalValue = input.journeys().stream().flatMap(j -> j.value().stream())
                .reduce(Money.zero(input.currency()), Money::plus);
        for (AttributionModel model : MODELS) {
            AttributionResult r = model.attribute(set);
            String m = model.name();
            // Shares of each conversion sum to exactly one and go only to channels of its path.
            for (int row = 0; row < set.size(); row++) {
                if (set.conversions(row) > 0) {
                    Map<String, Fraction> shares = r.conversionShares(row);
                    Fraction sum = shares.values().stream().reduce(Fraction.ZERO, Fraction::plus);
                    assertEquals(Fraction.ONE, sum, m + " row " + row);
                    if (!isTotal(model)) {
                        assertTrue(set.path(row).containsAll(shares.keySet()), m + " row " + row);
                    }
                }
            }
            // Credits and revenue add up exactly.
            BigDecimal credits = r.channels().stream().map(ChannelCredit::conversions)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, credits.compareTo(BigDecimal.valueOf(total)), m + " credits " + credits);
            Money revenue = r.channels().stream().map(ChannelCredit::revenue)
                    .reduce(Money.zero(input.currency()), Money::plus);
            assertEquals(totalValue, revenue, m);
            assertEquals(totalValue, r.totalRevenue(), m);
            if (total > 0) {
                Fraction shares = r.channels().stream().map(c -> c.share().orElseThrow())
                        .reduce(Fraction.ZERO, Fraction::plus);
                assertEquals(Fraction.ONE, shares, m);
            }
            // A channel absent from every converting path gets nothing.
            r.channel(ABSENT).ifPresent(c -> {
                assertEquals(0, c.conversions().signum(), m);
                assertTrue(c.revenue().isZero(), m);
            });
            for (ChannelCredit c : r.channels()) {
                assertTrue(c.conversions().signum() >= 0 && c.revenue().signum() >= 0, m + " " + c);
            }
            // Order of journeys changes nothing.
            AttributionResult p = model.attribute(permuted);
            assertEquals(r.channels(), p.channels(), m);
            assertEquals(r.warnings(), p.warnings(), m);
        }
    }
}
