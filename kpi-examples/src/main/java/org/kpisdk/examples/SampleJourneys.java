package org.kpisdk.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

import org.kpisdk.core.value.Money;
import org.kpisdk.funnel.EventLog;
import org.kpisdk.funnel.attribution.Journey;
import org.kpisdk.funnel.attribution.JourneySet;
import org.kpisdk.funnel.attribution.Touchpoint;

/**
 * Customer journeys (for attribution) and web events (for the purchase funnel) of the demo's last quarter, generated
 * from a fixed seed. Social channels tend to open journeys, e-mail and search to close them, so the attribution
 * models disagree in a way worth showing.
 */
final class SampleJourneys {
    /** The steps of the purchase funnel, in order. */
    static final List<String> FUNNEL_STEPS = List.of("visit", "product_view", "add_to_cart", "checkout", "purchase");
    /** The conversion window of the purchase funnel. */
    static final Duration FUNNEL_WINDOW = Duration.ofDays(7);

    private static final double[] OPENER_WEIGHTS = {0.30, 0.22, 0.10, 0.08, 0.10, 0.20};
    private static final double[] CLOSER_WEIGHTS = {0.12, 0.08, 0.04, 0.06, 0.35, 0.35};
    /** Probability that a user who reached step k goes on to step k + 1. */
    private static final double[] STEP_PROBABILITY = {0.62, 0.41, 0.18, 0.74};

    private SampleJourneys() {
    }

    /** Returns {@code count} journeys in {@code first..last}, about a quarter of them converting. */
    static JourneySet journeys(long seed, int count, LocalDate first, LocalDate last) {
        SplittableRandom random = new SplittableRandom(seed);
        Currency eur = Currency.getInstance(SampleData.CURRENCY);
        long firstSecond = first.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long span = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - firstSecond - 30L * 86_400;
        List<Journey> journeys = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            int touches = 1 + random.nextInt(4);
            long t = firstSecond + (long) (random.nextDouble() * span);
            List<Touchpoint> points = new ArrayList<>(touches);
            double propensity = 0.05;
            for (int i = 0; i < touches; i++) {
                double[] weights = i == 0 ? OPENER_WEIGHTS : CLOSER_WEIGHTS;
                int channel = pick(random, weights);
                propensity += channel == 4 ? 0.16 : channel == 5 ? 0.12 : channel == 0 ? 0.09 : 0.05;
                points.add(Touchpoint.of(SampleData.CHANNELS.get(channel), Instant.ofEpochSecond(t)));
                t += 3_600L + random.nextInt(4 * 86_400);
            }
            String customer = "c" + j;
            if (random.nextDouble() < propensity) {
                long cents = 1_800L + random.nextInt(9_000);
                journeys.add(Journey.converted(customer, points, Instant.ofEpochSecond(t),
                        Money.ofMicros(cents * 10_000L, eur)));
            } else {
                journeys.add(Journey.notConverted(customer, points));
            }
        }
        return JourneySet.of(eur, journeys);
    }

    /** Returns the web events of {@code users} users entering the site in {@code first..last}. */
    static EventLog funnelEvents(long seed, int users, LocalDate first, LocalDate last) {
        SplittableRandom random = new SplittableRandom(seed);
        long firstMillis = first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long span = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - firstMillis;
        EventLog.Builder log = EventLog.builder();
        for (int user = 0; user < users; user++) {
            long t = firstMillis + (long) (random.nextDouble() * span);
            log.add(user, t, FUNNEL_STEPS.get(0));
            for (int step = 1; step < FUNNEL_STEPS.size(); step++) {
                if (random.nextDouble() >= STEP_PROBABILITY[step - 1]) {
                    break;
                }
                // one in twenty users comes back too late for the conversion window
                long gap = random.nextInt(20) == 0 ? 8L * 86_400_000 : 60_000L + random.nextInt(2 * 86_400_000);
                t += gap;
                log.add(user, t, FUNNEL_STEPS.get(step));
            }
        }
        return log.build();
    }

    private static int pick(SplittableRandom random, double[] weights) {
        double u = random.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
