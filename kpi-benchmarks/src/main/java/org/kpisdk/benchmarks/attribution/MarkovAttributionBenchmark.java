package org.kpisdk.benchmarks.attribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.kpisdk.core.value.Money;
import org.kpisdk.funnel.attribution.AttributionModel;
import org.kpisdk.funnel.attribution.AttributionResult;
import org.kpisdk.funnel.attribution.JourneySet;
import org.kpisdk.funnel.attribution.MarkovChain;
import org.kpisdk.funnel.attribution.MarkovModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Markov removal-effect attribution (first order, exact absorbing-chain solve) over {@code journeys} journeys on ten
 * channels, against first touch on the same journeys as the same-run baseline; {@code markov_fit} measures the chain
 * alone (counting and solving, without splitting conversions and rounding revenue).
 *
 * <p>Run: {@code ./mvnw -q -B package -pl kpi-benchmarks -am -DskipTests && java -jar
 * kpi-benchmarks/target/benchmarks.jar MarkovAttributionBenchmark}
 *
 * <p>A JMH benchmark: JMH gives each benchmark thread its own state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class MarkovAttributionBenchmark {
    private static final String[] CHANNELS = {"affiliate", "direct", "display", "email", "organic", "paid_search",
        "push", "referral", "social", "video"};

    /** The number of journeys. */
    @Param({"1000000"})
    public int journeys;

    /** The model: {@code first_touch} (baseline), {@code markov} or {@code markov_fit}. */
    @Param({"first_touch", "markov", "markov_fit"})
    public String model;

    private JourneySet set;
    private MarkovModel markov;
    private AttributionModel firstTouch;

    /** Builds the journeys: 1–6 touches, conversion more likely after email and paid search, about 12 % convert. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20_261_202L);
        Currency eur = Currency.getInstance("EUR");
        Money zero = Money.zero(eur);
        JourneySet.Builder builder = JourneySet.builder(eur);
        for (int j = 0; j < journeys; j++) {
            int length = 1 + Math.min(5, (int) (-Math.log(1 - random.nextDouble()) * 1.5));
            List<String> path = new ArrayList<>(length);
            double p = 0.08;
            for (int t = 0; t < length; t++) {
                int c = random.nextInt(CHANNELS.length);
                path.add(CHANNELS[c]);
                p += c == 3 || c == 5 ? 0.06 : 0.01;
            }
            if (random.nextDouble() < p) {
                builder.addPath(path, 1, 0, Money.of(BigDecimal.valueOf(random.nextLong(100, 50_000), 2), eur));
            } else {
                builder.addPath(path, 0, 1, zero);
            }
        }
        set = builder.build();
        markov = MarkovModel.ofOrder(1);
        firstTouch = AttributionModel.firstTouch();
    }

    /** Attributes with the chosen model; the result is returned so that the work cannot be eliminated. */
    @Benchmark
    public Object attribute() {
        switch (model) {
            case "first_touch" -> {
                return firstTouch.attribute(set);
            }
            case "markov" -> {
                AttributionResult r = markov.attribute(set);
                return r;
            }
            case "markov_fit" -> {
                MarkovChain chain = markov.fit(set);
                return chain;
            }
            default -> throw new IllegalStateException("unknown model " + model);
        }
    }
}
