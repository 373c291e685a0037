package org.kpisdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.FunnelStage;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.goals.Scorecard;
import org.kpisdk.goals.ScorecardRow;
import org.kpisdk.goals.Status;
import org.kpisdk.goals.StatusPolicy;
import org.kpisdk.goals.Targets;
import org.kpisdk.io.ObservationCsv;
import org.kpisdk.io.ObservationMapping;

/**
 * The seam "CSV → table → query → scorecard with status": a generated export is read by {@link ObservationCsv},
 * queried per channel, and put on a scorecard with targets for every channel and one override. Every row's value,
 * stage, target and status is compared with a recomputation from the CSV lines by a plain loop in this test, using
 * the catalog's formulas (engagement rate = (likes + comments + shares) / impressions, CPA = cost / conversions)
 * and the attainment rule (value ÷ target, or target ÷ value when lower is better; met = GREEN, ≥ 0.9 = YELLOW).
 */
final class CsvToScorecardSeamTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    private static final List<String> CHANNELS = List.of("instagram", "facebook", "newsletter", "search");
    private static final MetricDefinition ENGAGEMENT_RATE = StandardMetrics.catalog().require("engagement_rate");
    private static final ObservationMapping MAPPING = ObservationMapping.builder()
            .date("day").dimension("channel")
            .measure("impressions", StandardMeasures.IMPRESSIONS)
            .measure("likes", StandardMeasures.LIKES)
            .measure("comments", StandardMeasures.COMMENTS)
            .measure("shares", StandardMeasures.SHARES)
            .measure("conversions", StandardMeasures.CONVERSIONS)
            .money("spend", StandardMeasures.COST, "EUR")
            .build();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 0x5eed})
    void everyScorecardRowEqualsTheRecomputationFromTheCsvLines(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("day,channel,impressions,likes,comments,shares,conversions,spend\n");
        for (int day = 1; day <= 31; day++) {
            for (String channel : CHANNELS) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                long impressions = random.nextInt(5_000);
                csv.append(LocalDate.of(2026, 3, day)).append(',').append(channel).append(',').append(impressions)
                        .append(',').append(random.nextInt(200)).append(',').append(random.nextInt(50)).append(',')
                        .append(random.nextInt(30)).append(',').append(random.nextInt(channel.equals("search") ? 1 : 6))
                        .append(',').append(random.nextInt(20_000) / 100).append('.')
                        .append(String.format(java.util.Locale.ROOT, "%02d", random.nextInt(100))).append('\n');
            }
        }
        BigDecimal erTarget = new BigDecimal("0.045");
        BigDecimal cpaTarget = new BigDecimal("30");
        BigDecimal instagramCpa = new BigDecimal("45");
        Dimensions instagram = Dimensions.of("channel", "instagram");

        ObservationTable table = ObservationCsv.readStrict(new StringReader(csv.toString()), MAPPING);
        QueryResult result = Query.builder().metric(ENGAGEMENT_RATE).metric(StandardMetrics.CPA).groupBy("channel")
                .build().execute(table);
        Scorecard card = Scorecard.builder(AS_OF, StatusPolicy.attainment()).values(result)
                .targets(Targets.of(ENGAGEMENT_RATE, erTarget))
                .targets(Targets.of(StandardMetrics.CPA, cpaTarget).with(instagram, instagramCpa))
                .build();

        // The recomputation: sums per channel from the CSV lines, then the catalog's formulas.
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> spend = new TreeMap<>();
        List<String> lines = csv.toString().lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            long[] c = counts.computeIfAbsent(f[1], k -> new long[5]);
            for (int m = 0; m < 5; m++) {
                c[m] += Long.parseLong(f[2 + m]);
            }
            spend.merge(f[1], new BigDecimal(f[7]), BigDecimal::add);
        }
        int rows = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            Dimensions scope = Dimensions.of("channel", e.getKey());
            long[] c = e.getValue();
            ScorecardRow er = card.row("engagement_rate", scope).orElseThrow();
            assertEquals(FunnelStage.ENGAGEMENT, er.stage());
            if (c[0] == 0) {
                assertEquals(Optional.empty(), er.value());
                assertEquals(Status.NONE, er.status().status());
            } else {
                BigDecimal rate = BigDecimal.valueOf(c[1] + c[2] + c[3])
                        .divide(BigDecimal.valueOf(c[0]), MathContext.DECIMAL128);
                assertEquals(0, rate.compareTo(er.value().orElseThrow()), () -> er + " vs " + rate);
                assertEquals(Optional.of(erTarget), er.target());
                assertEquals(attainment(rate, erTarget, false), er.status().status(), er::explanation);
            }
            rows++;

            ScorecardRow cpa = card.row("cpa", scope).orElseThrow();
            assertEquals(FunnelStage.CONVERSION, cpa.stage());
            BigDecimal target = e.getKey().equals("instagram") ? instagramCpa : cpaTarget;
            assertEquals(0, target.compareTo(cpa.target().orElseThrow()));
            if (c[4] == 0) {
                assertEquals(Optional.empty(), cpa.value());
                assertEquals(Status.NONE, cpa.status().status());
            } else {
                BigDecimal value = spend.get(e.getKey()).divide(BigDecimal.valueOf(c[4]), 12, RoundingMode.HALF_EVEN);
                assertEquals(0, value.compareTo(cpa.value().orElseThrow()), () -> cpa + " vs " + value);
                assertEquals(attainment(value, target, true), cpa.status().status(), cpa::explanation);
            }
            rows++;
        }
        assertEquals(rows, card.rows().size());
        // search never converts in this data set: its CPA is undefined, and the scorecard says so instead of a status.
        assertTrue(card.row("cpa", Dimensions.of("channel", "search")).orElseThrow().value().isEmpty());
    }

    private static Status attainment(BigDecimal value, BigDecimal target, boolean lowerIsBetter) {
        boolean met = lowerIsBetter ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
        if (met) {
            return Status.GREEN;
        }
        BigDecimal ratio = lowerIsBetter ? target.divide(value, MathContext.DECIMAL128)
                : value.divide(target, MathContext.DECIMAL128);
        return ratio.compareTo(new BigDecimal("0.9")) >= 0 ? Status.YELLOW : Status.RED;
    }
}
