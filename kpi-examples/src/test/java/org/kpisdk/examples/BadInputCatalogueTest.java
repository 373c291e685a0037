package org.kpisdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.annotation.Nullable;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.analysis.Forecaster;
import org.kpisdk.core.analysis.KpiSeries;
import org.kpisdk.core.analysis.MadAnomalyDetector;
import org.kpisdk.core.analysis.MovingAverages;
import org.kpisdk.core.analysis.Rates;
import org.kpisdk.core.analysis.RequiredGrowth;
import org.kpisdk.core.analysis.UndefinedValues;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.internal.FormulaParser;
import org.kpisdk.core.metric.FormulaException;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.roi.CostItem;
import org.kpisdk.core.roi.Costs;
import org.kpisdk.core.roi.DateRange;
import org.kpisdk.core.roi.RoiSummary;
import org.kpisdk.core.value.Count;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.core.value.TimeWindow;
import org.kpisdk.funnel.EventLog;
import org.kpisdk.funnel.ConversionMetric;
import org.kpisdk.funnel.Funnel;
import org.kpisdk.funnel.FunnelCounts;
import org.kpisdk.funnel.attribution.AttributionModel;
import org.kpisdk.funnel.attribution.Journey;
import org.kpisdk.funnel.attribution.JourneySet;
import org.kpisdk.funnel.attribution.MarkovChain;
import org.kpisdk.funnel.attribution.MarkovModel;
import org.kpisdk.funnel.attribution.ShapleyModel;
import org.kpisdk.funnel.attribution.Touchpoint;
import org.kpisdk.goals.Band;
import org.kpisdk.goals.Colour;
import org.kpisdk.goals.Goal;
import org.kpisdk.goals.History;
import org.kpisdk.goals.KeyResult;
import org.kpisdk.goals.ShareOfVoice;
import org.kpisdk.goals.Status;
import org.kpisdk.goals.StatusPolicy;
import org.kpisdk.goals.Targets;
import org.kpisdk.goals.ValueForecast;
import org.kpisdk.io.CsvImportException;
import org.kpisdk.io.EventCsv;
import org.kpisdk.io.EventMapping;
import org.kpisdk.io.ObservationCsv;
import org.kpisdk.io.ObservationMapping;

/**
 * The bad-input catalogue: every public entry point family against each class of bad input, with the exception
 * type and message the caller gets. Each case is run (it must throw the expected type with a message containing
 * the expected fragment), and {@code docs/bad-input.md} must be exactly the page generated from the outcomes: run
 * with {@code -Dkpi.badinput.write=true} to rewrite it after a deliberate change.
 */
final class BadInputCatalogueTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final String NPE = "NullPointerException";
    private static final String IAE = "IllegalArgumentException";
    private static final String ISE = "IllegalStateException";
    private static final String AE = "ArithmeticException";
    /** A goal computation answers an incomplete or inconsistent goal with an explained NONE status, by design. */
    private static final String NONE = "(no exception)";

    /** A call that should refuse its input. */
    @FunctionalInterface
    interface Call {
        Object run() throws Exception;
    }

    /** One row of the catalogue. */
    record Case(String family, String kind, String input, Call call, String type, String fragment) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void add(String family, String kind, String input, Call call, String type, String fragment) {
        CASES.add(new Case(family, kind, input, call, type, fragment));
    }

    /**
     * One row of the Limits table: an argument whose cost a caller controls, bounded by a public constant that is
     * checked up front. {@code atLimit} is the call exactly at the limit (null where running it is the cost the
     * limit exists for, such as 10 million filled rows); {@code past} goes one past it and must answer with
     * {@code type} and a message containing {@code fragment}.
     */
    record Limit(String entryPoint, String argument, String constant, long value, @Nullable Call atLimit, Call past,
            String type, String fragment) {
    }

    private static final List<Limit> LIMITS = new ArrayList<>();

    private static void limit(String entryPoint, String argument, String constant, long value,
            @Nullable Call atLimit, Call past, String type, String fragment) {
        LIMITS.add(new Limit(entryPoint, argument, constant, value, atLimit, past, type, fragment));
    }

    private static Funnel.Builder steps(int n) {
        Funnel.Builder b = Funnel.builder().window(Duration.ofHours(1));
        for (int k = 0; k < n; k++) {
            b.step("e" + k);
        }
        return b;
    }

    private static String formulaOfLength(int length) {
        return "impressions" + " ".repeat(length - "impressions".length());
    }

    private static String flatSum(int terms) {
        return String.join(" + ", Collections.nCopies(terms, "likes"));
    }

    private static String formulaOfDepth(int depth) {
        return "(".repeat(depth) + "impressions" + ")".repeat(depth);
    }

    /** A journey set whose first-order Markov chain has {@code states} channel states. */
    private static JourneySet channels(int states) {
        JourneySet.Builder b = JourneySet.builder(EUR);
        for (int i = 0; i < states; i++) {
            b.addPath(List.of("c" + i), 1, 1, Money.of("1", "EUR"));
        }
        return b.build();
    }

    /** A three-value daily series whose last day is {@code periods} days before the goal's deadline. */
    private static Object forecastAhead(long periods) {
        Goal g = goal().build();
        LocalDate lastDay = g.deadline().orElseThrow().minusDays(periods);
        KpiSeries daily = KpiSeries.of(PeriodKey.of(lastDay.minusDays(2), TimeGrain.DAY), 0.02, 0.03, 0.04);
        return ValueForecast.of(Forecaster.linearTrend(), daily).valueAtDeadline(g, BigDecimal.ONE, MAR_1);
    }

    private static String csvWithField(int length) {
        return "date,channel,impressions,cost,notes\n2026-03-01,a,3,1," + "x".repeat(length) + "\n";
    }

    /** A record whose fields hold {@code length} characters, spread over notes fields of at most 1 MiB each. */
    private static String csvWithRecord(int length) {
        int rest = length - "2026-03-01".length() - "a".length() - "3".length() - "1".length();
        StringBuilder header = new StringBuilder("date,channel,impressions,cost");
        StringBuilder row = new StringBuilder("2026-03-01,a,3,1");
        for (int k = 0; rest > 0; k++) {
            int n = Math.min(rest, ObservationCsv.MAX_FIELD_LENGTH);
            header.append(",n").append(k);
            row.append(',').append("x".repeat(n));
            rest -= n;
        }
        return header + "\n" + row + "\n";
    }

    private static String csvWithFields(int fields) {
        StringBuilder header = new StringBuilder("date,channel,impressions,cost");
        for (int k = 4; k < fields; k++) {
            header.append(",n").append(k);
        }
        return header + "\n2026-03-01,a,3,1" + ",".repeat(fields - 4) + "\n";
    }

    private static final ObservationMapping LOOSE = ObservationMapping.builder()
            .date("date").dimension("channel").measure("impressions", StandardMeasures.IMPRESSIONS)
            .money("cost", StandardMeasures.COST, "EUR").ignoreUnmappedColumns().build();
    private static final EventMapping LOOSE_EVENTS = EventMapping.builder()
            .entity("date").timestamp("channel").type("impressions").ignoreUnmappedColumns().build();

    private static Object looseCsv(String text) throws IOException {
        return ObservationCsv.readStrict(new StringReader(text), LOOSE);
    }

    /** The same text through the event reader: only the size limits matter, the cells are refused later. */
    private static Object looseEvents(String text) throws IOException {
        return EventCsv.readLenient(new StringReader(text), LOOSE_EVENTS);
    }

    private static ObservationTable.Builder table() {
        return ObservationTable.builder().dimensions("channel").measure(StandardMeasures.IMPRESSIONS)
                .measure(StandardMeasures.COST, EUR);
    }

    private static ObservationTable oneRow() {
        return table().row(MAR_1).dimension("channel", "search").value(StandardMeasures.IMPRESSIONS, 10)
                .money(StandardMeasures.COST, Money.of("1", "EUR")).add().build();
    }

    private static final ObservationMapping MAPPING = ObservationMapping.builder()
            .date("date").dimension("channel").measure("impressions", StandardMeasures.IMPRESSIONS)
            .money("cost", StandardMeasures.COST, "EUR").build();
    private static final EventMapping EVENTS = EventMapping.builder()
            .entity("user_id").timestamp("time").type("event").build();

    private static Object csv(String text) throws IOException {
        return ObservationCsv.readStrict(new StringReader(text), MAPPING);
    }

    private static Object events(String text) throws IOException {
        return EventCsv.readStrict(new StringReader(text), EVENTS);
    }

    private static KpiSeries series(double... values) {
        return KpiSeries.of(PeriodKey.of(MAR_1, TimeGrain.MONTH), values);
    }

    private static Goal.Builder goal() {
        return Goal.builder("CTR to 5%").metric("ctr").baseline(new BigDecimal("0.02"), MAR_1)
                .target(new BigDecimal("0.05")).deadline(MAR_1.plusMonths(3));
    }

    private static List<Touchpoint> touches() {
        return List.of(Touchpoint.of("search", T0), Touchpoint.of("email", T0.plusSeconds(60)));
    }

    static {
        // --- Values (kpi-core org.kpisdk.core.value) ---
        add("Money", "null", "Money.of(null, EUR)", () -> Money.of(null, EUR), NPE, "amount");
        add("Money", "empty", "Money.parse(\"\")", () -> Money.parse(""), IAE, "was ''");
        add("Money", "wrong currency", "EUR 1 plus USD 1", () -> Money.of("1", "EUR").plus(Money.of("1", "USD")),
                IAE, "USD");
        add("Money", "unknown id", "Money.of(\"1\", \"XYZ\")", () -> Money.of("1", "XYZ"), IAE, "XYZ");
        add("Count", "negative", "Count.of(-1)", () -> Count.of(-1), IAE, "-1");
        add("Count", "too large", "Count.of(Long.MAX_VALUE).plus(Count.of(1))",
                () -> Count.of(Long.MAX_VALUE).plus(Count.of(1)), AE, "overflow");
        add("Count", "empty", "Count.parse(\"\")", () -> Count.parse(""), IAE, "decimal integer");
        add("Ratio", "negative", "Ratio.of(1, -2)", () -> Ratio.of(1, -2), IAE, "-2");
        add("Dimensions", "duplicate keys", "Dimensions.of(\"channel\", \"a\", \"channel\", \"b\")",
                () -> Dimensions.of("channel", "a", "channel", "b"), IAE, "channel");
        add("Dimensions", "empty", "Dimensions.of(\"\", \"v\")", () -> Dimensions.of("", "v"), IAE, "dimension key");
        add("Dimensions", "too large", "a value of 257 characters",
                () -> Dimensions.of("k", "x".repeat(257)), IAE, "256");
        add("Dimensions", "null", "Dimensions.of(\"k\", null)", () -> Dimensions.of("k", null), NPE, "value");
        add("PeriodKey", "malformed", "PeriodKey.parse(\"2026-13\")", () -> PeriodKey.parse("2026-13"), IAE, "2026-13");
        add("PeriodKey", "null", "PeriodKey.of(null, DAY)", () -> PeriodKey.of(null, TimeGrain.DAY), NPE, "date");
        add("DateRange", "out-of-order dates", "DateRange.of(Mar 31, Mar 1)",
                () -> DateRange.of(MAR_1.plusDays(30), MAR_1), IAE, "end must be >= start");
        add("RoiSummary", "wrong currency", "RoiSummary.of(EUR 10, USD 20)",
                () -> RoiSummary.of(Money.of("10", "EUR"), Money.of("20", "USD")), IAE, "USD");

        // --- Table and query (kpi-core data, aggregate, metric) ---
        add("ObservationTable", "negative", "impressions -3",
                () -> table().row(MAR_1).dimension("channel", "a").value(StandardMeasures.IMPRESSIONS, -3).add(),
                IAE, "-3");
        add("ObservationTable", "wrong currency", "cost in USD, EUR declared",
                () -> table().row(MAR_1).dimension("channel", "a")
                        .money(StandardMeasures.COST, Money.of("1", "USD")).add(), IAE, "USD");
        add("ObservationTable", "wrong unit", "a count for the money measure cost",
                () -> table().row(MAR_1).dimension("channel", "a").value(StandardMeasures.COST, 5).add(), IAE, "cost");
        add("ObservationTable", "unknown id", "undeclared measure likes",
                () -> table().row(MAR_1).dimension("channel", "a").value(StandardMeasures.LIKES, 1).add(), IAE,
                "likes");
        add("ObservationTable", "unknown id", "undeclared dimension region",
                () -> table().row(MAR_1).dimension("region", "a").add(), IAE, "region");
        add("ObservationTable", "duplicate keys", "dimensions(\"a\", \"a\")",
                () -> ObservationTable.builder().dimensions("a", "a"), IAE, "a");
        add("ObservationTable", "null", "row((LocalDate) null) added",
                () -> table().row((LocalDate) null).dimension("channel", "a").add(), IAE, "date");
        add("MetricCatalog", "unknown id", "require(\"nope\")", () -> StandardMetrics.catalog().require("nope"),
                IAE, "nope");
        add("Query", "unknown id", "groupBy(\"region\") on a table without it",
                () -> Query.builder().metric(StandardMetrics.IMPRESSIONS).groupBy("region").build()
                        .execute(oneRow()), IAE, "region");
        add("Query", "unknown id", "CPL on a table without leads",
                () -> Query.builder().metric(StandardMetrics.CPL).build().execute(oneRow()), IAE,
                "metric 'cpl' needs [leads], which the table does not declare");
        add("Query", "out-of-order dates", "between(Mar 31, Mar 1)",
                () -> Query.builder().between(MAR_1.plusDays(30), MAR_1), IAE, "last date must be >= first");
        add("Query", "negative", "trailing(0)", () -> Query.builder().trailing(0), IAE, "0");
        add("Query", "too large", "execute(table, 1025)",
                () -> Query.builder().metric(StandardMetrics.IMPRESSIONS).build().execute(oneRow(), 1_025), IAE,
                "parallelism must be <= 1024, was 1025");
        add("Query", "duplicate keys", "the same metric twice",
                () -> Query.builder().metric(StandardMetrics.IMPRESSIONS).metric(StandardMetrics.IMPRESSIONS)
                        .build(), IAE, "impressions");
        add("Query", "empty", "no metric", () -> Query.builder().build(), IAE, "at least one metric");
        add("Query", "null", "execute(null)",
                () -> Query.builder().metric(StandardMetrics.IMPRESSIONS).build().execute(null), NPE, "table");
        add("Expression metric", "empty", "formula \"\"",
                () -> MetricDefinition.builder("x").expression("", StandardMetrics.catalog()), FormulaException.class
                        .getSimpleName(), "formula is empty");
        add("Expression metric", "unknown id", "formula \"nope + 1\"",
                () -> MetricDefinition.builder("x").expression("nope + 1", StandardMetrics.catalog()),
                FormulaException.class.getSimpleName(), "nope");
        add("Expression metric", "wrong unit", "formula \"cost + impressions\"",
                () -> MetricDefinition.builder("x").expression("cost + impressions", StandardMetrics.catalog()),
                FormulaException.class.getSimpleName(), "cannot add or subtract MONEY and COUNT");
        add("Expression metric", "too large", "65,537 characters",
                () -> MetricDefinition.builder("x").expression("impressions" + " ".repeat(65_526),
                        StandardMetrics.catalog()), FormulaException.class.getSimpleName(), "the limit is 65,536");
        add("Expression metric", "too large", "257 nested parentheses",
                () -> MetricDefinition.builder("x").expression("(".repeat(257) + "impressions" + ")".repeat(257),
                        StandardMetrics.catalog()), FormulaException.class.getSimpleName(), "deeper than 256");

        // --- Analysis (kpi-core analysis) ---
        add("KpiSeries", "NaN/infinite", "KpiSeries.of(first, NaN)", () -> series(1, Double.NaN), IAE, "must be finite, was NaN");
        add("KpiSeries", "NaN/infinite", "KpiSeries.of(first, +Infinity)", () -> series(1, Double.POSITIVE_INFINITY),
                IAE, "must be finite, was Infinity");
        add("Forecaster", "NaN/infinite", "holt(NaN, 0.3)", () -> Forecaster.holt(Double.NaN, 0.3), IAE, "alpha");
        add("Forecaster", "too large", "horizon 10,001",
                () -> Forecaster.linearTrend().forecast(series(1, 2, 3), 10_001, 0.9), IAE,
                "horizon must be in [1, 10000], was 10001");
        add("Forecaster", "NaN/infinite", "confidence NaN",
                () -> Forecaster.linearTrend().forecast(series(1, 2, 3), 1, Double.NaN), IAE, "confidence");
        add("Rates", "negative", "wilson(-1, 3, 0.95)", () -> Rates.wilson(-1, 3, 0.95), IAE, "-1");
        add("Rates", "too large", "wilson(5, 3, 0.95): successes above trials", () -> Rates.wilson(5, 3, 0.95),
                IAE, "was 5");
        add("MovingAverages", "negative", "simple(series, 0, SKIP)",
                () -> MovingAverages.simple(series(1, 2), 0, UndefinedValues.SKIP), IAE, "window");
        add("MadAnomalyDetector", "NaN/infinite", "of(5, NaN)", () -> MadAnomalyDetector.of(5, Double.NaN), IAE,
                "threshold");
        add("RequiredGrowth", "negative", "requiredRate(0, 10, 5): zero baseline",
                () -> RequiredGrowth.requiredRate(0, 10, 5), IAE, "baseline");
        add("RequiredGrowth", "NaN/infinite", "requiredRate(NaN, 10, 5)",
                () -> RequiredGrowth.requiredRate(Double.NaN, 10, 5), IAE, "baseline");

        // --- Funnels and attribution (kpi-funnel) ---
        add("EventLog", "empty", "columns of different lengths",
                () -> EventLog.of(new long[] {1, 2}, new long[] {1}, new String[] {"a", "b"}), IAE, "equal lengths");
        add("EventLog", "null", "a null event type",
                () -> EventLog.of(new long[] {1}, new long[] {1}, new String[] {null}), NPE, "types[0]");
        add("Funnel", "empty", "no window", () -> Funnel.builder().step("a").build(), ISE, "window");
        add("Funnel", "negative", "window(-1 s)", () -> Funnel.builder().step("a").window(Duration.ofSeconds(-1)),
                IAE, "window");
        add("Funnel", "duplicate keys", "step(\"a\").step(\"a\")",
                () -> Funnel.builder().step("a").step("a").window(Duration.ofHours(1)).build(), IAE, "'a'");
        add("Funnel", "too large", "65 steps", () -> {
            Funnel.Builder b = Funnel.builder().window(Duration.ofHours(1));
            for (int k = 0; k < 65; k++) {
                b.step("e" + k);
            }
            return b.build();
        }, IAE, "steps must number 1 to 64, were 65");
        add("Funnel", "too large", "window(Long.MAX_VALUE s)",
                () -> Funnel.builder().window(Duration.ofSeconds(Long.MAX_VALUE)), IAE,
                "9223372036854775807 ms");
        add("Funnel", "malformed", "window(500 ns): not whole milliseconds",
                () -> Funnel.builder().window(Duration.ofNanos(500)), IAE, "whole milliseconds");
        add("Funnel", "too large", "step(\"b\").within(Long.MAX_VALUE s)",
                () -> Funnel.builder().step("a").step("b").within(Duration.ofSeconds(Long.MAX_VALUE)), IAE,
                "step window of 'b'");
        add("ConversionMetric", "too large", "of(\"a\", \"b\", Long.MAX_VALUE s)",
                () -> ConversionMetric.of("a", "b", Duration.ofSeconds(Long.MAX_VALUE)), IAE, "window must be <=");
        add("ConversionTimes", "too large", "quantile(90): a percentile where a fraction is meant",
                () -> Funnel.builder().step("a").step("b").window(Duration.ofHours(1)).build()
                        .evaluate(EventLog.of(new long[] {1, 1}, new long[] {0, 5}, new String[] {"a", "b"}))
                        .timeToConvert(0, 1).quantile(90), IAE, "quantile in [0, 1]");
        add("FunnelCounts", "negative", "of([a, b], 10, -1)",
                () -> FunnelCounts.of(List.of("a", "b"), 10, -1), IAE, "-1");
        add("Journey", "out-of-order dates", "conversion before the last touch",
                () -> Journey.converted("c", touches(), T0, Money.of("1", "EUR")), IAE, "after the conversion");
        add("Journey", "empty", "no touchpoint", () -> Journey.notConverted("c", List.of()), IAE, "must not be empty");
        add("Journey", "negative", "value EUR -1",
                () -> Journey.converted("c", touches(), T0.plusSeconds(120), Money.of("-1", "EUR")), IAE, "value must be >= 0");
        add("JourneySet", "wrong currency", "a USD journey in an EUR set",
                () -> JourneySet.of(EUR, List.of(Journey.converted("c", touches(), T0.plusSeconds(120),
                        Money.of("1", "USD")))), IAE, "USD");
        add("AttributionModel", "negative", "timeDecay(-1 day)", () -> AttributionModel.timeDecay(Duration.ofDays(-1)),
                IAE, "halfLife");
        add("MarkovModel", "too large", "ofOrder(17)", () -> MarkovModel.ofOrder(17), IAE,
                "order must be in [1, 16], was 17");
        add("ShapleyModel", "too large", "withExactLimit(25)",
                () -> ShapleyModel.of(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS).withExactLimit(25), IAE,
                "exactLimit must be in [0, 24], was 25");

        // --- Goals (kpi-goals) ---
        add("Goal", "malformed", "metric(\"Click Rate\")", () -> Goal.builder("x").metric("Click Rate"), IAE,
                "Click Rate");
        add("Goal", "contradiction", "a cpa goal declared HIGHER_IS_BETTER",
                () -> Goal.builder("x").metric("cpa").target(BigDecimal.TEN)
                        .direction(org.kpisdk.core.value.Direction.HIGHER_IS_BETTER).build(), IAE,
                "must agree with metric 'cpa', which is LOWER_IS_BETTER");
        add("Goal", "missing direction", "a goal on brand_mentions (NEUTRAL) without a direction",
                () -> Goal.builder("x").metric("brand_mentions").target(BigDecimal.TEN).build(), IAE,
                "must set its direction");
        add("Goal", "duplicate keys", "two milestones on one date",
                () -> goal().milestone(MAR_1.plusMonths(1), BigDecimal.ONE).milestone(MAR_1.plusMonths(1), BigDecimal.TEN)
                        .build(), IAE, "distinct dates");
        add("StatusPolicy", "out-of-order dates", "assess a goal whose deadline precedes its baseline date",
                () -> StatusPolicy.recruiterflow().assess(goal().deadline(MAR_1.minusDays(1)).build(),
                        Optional.of(new BigDecimal("0.03")), MAR_1.plusDays(10)), NONE,
                "status=NONE");
        add("History", "NaN/infinite", "History.of(MONTH, 1, NaN)", () -> History.of(TimeGrain.MONTH, 1, Double.NaN),
                IAE, "must be finite");
        add("StatusPolicy", "null", "assess(goal, current, null)",
                () -> StatusPolicy.recruiterflow().assess(goal().build(), Optional.of(BigDecimal.ONE), null), NPE,
                "asOf");
        add("KeyResult", "negative", "milestones(\"x\", -1, 3)", () -> KeyResult.milestones("x", -1, 3), IAE, "-1");
        add("Targets", "malformed", "targets of a NEUTRAL metric (brand_mentions)",
                () -> Targets.of(StandardMetrics.BRAND_MENTIONS, BigDecimal.TEN), IAE, "NEUTRAL");
        add("Targets", "duplicate keys", "overrides channel=instagram and region=UK disagree on Instagram UK",
                () -> Targets.of(StandardMetrics.CPA, BigDecimal.TEN)
                        .with(Dimensions.of("channel", "instagram"), BigDecimal.ONE)
                        .with(Dimensions.of("region", "UK"), BigDecimal.valueOf(2))
                        .targetFor(Dimensions.of("channel", "instagram", "region", "UK")), IAE, "ambiguous");
        add("Band", "malformed", "a GREEN band painted ORANGE",
                () -> Band.otherwise(Status.GREEN, "on track").withColour(Colour.ORANGE), IAE,
                "colour ORANGE must fit status GREEN");
        add("ShareOfVoice", "malformed", "2.9 mentions of a competitor",
                () -> ShareOfVoice.of("Us", 3, Map.of("Rival", 2.9)), IAE, "whole number, was 2.9");

        // --- CSV import (kpi-io) ---
        add("ObservationCsv", "negative", "impressions -3",
                () -> csv("date,channel,impressions,cost\n2026-03-01,a,-3,1\n"), CsvImportException.class
                        .getSimpleName(), "line 2, column 'impressions', value '-3'");
        add("ObservationCsv", "wrong currency", "cost 1 USD, EUR mapped",
                () -> csv("date,channel,impressions,cost\n2026-03-01,a,3,1 USD\n"), CsvImportException.class
                        .getSimpleName(), "USD");
        add("ObservationCsv", "empty", "an empty file", () -> csv(""), CsvImportException.class.getSimpleName(),
                "empty");
        add("ObservationCsv", "unknown id", "the header lacks column cost",
                () -> csv("date,channel,impressions\n2026-03-01,a,3\n"), CsvImportException.class.getSimpleName(),
                "cost");
        add("ObservationCsv", "malformed", "date 2026-02-30",
                () -> csv("date,channel,impressions,cost\n2026-02-30,a,3,1\n"), CsvImportException.class
                        .getSimpleName(), "2026-02-30");
        add("ObservationCsv", "too large", "a field of 1,048,577 characters",
                () -> csv("date,channel,impressions,cost\n2026-03-01,a,3,1" + "0".repeat(1 << 20) + "\n"),
                CsvImportException.class.getSimpleName(), "1048576");
        add("ObservationCsv", "null", "readStrict(null reader)",
                () -> ObservationCsv.readStrict((java.io.Reader) null, MAPPING), NPE, "reader");
        add("ObservationMapping", "duplicate keys", "column impressions mapped twice",
                () -> ObservationMapping.builder().date("date").measure("impressions", StandardMeasures.IMPRESSIONS)
                        .measure("impressions", StandardMeasures.LIKES).build(), IAE, "impressions");
        add("ObservationMapping", "unknown id", "money currency XYZ",
                () -> ObservationMapping.builder().money("cost", StandardMeasures.COST, "XYZ"), IAE, "XYZ");
        add("EventCsv", "negative", "a timestamp before the epoch",
                () -> events("user_id,time,event\n1,1969-12-31T23:59:59Z,view\n"), CsvImportException.class
                        .getSimpleName(), "1969");
        add("EventCsv", "empty", "an empty event type", () -> events("user_id,time,event\n1,2026-03-01T00:00:00Z,\n"),
                CsvImportException.class.getSimpleName(), "event");
    }

    static {
        String fe = FormulaException.class.getSimpleName();
        String csv = CsvImportException.class.getSimpleName();
        limit("ExpressionMetric", "formula length", "FormulaParser.MAX_LENGTH", FormulaParser.MAX_LENGTH,
                () -> MetricDefinition.builder("x").expression(formulaOfLength(FormulaParser.MAX_LENGTH),
                        StandardMetrics.catalog()),
                () -> MetricDefinition.builder("x").expression(formulaOfLength(FormulaParser.MAX_LENGTH + 1),
                        StandardMetrics.catalog()), fe, "the limit is 65,536");
        limit("ExpressionMetric", "formula nesting", "FormulaParser.MAX_DEPTH", FormulaParser.MAX_DEPTH,
                () -> MetricDefinition.builder("x").expression(formulaOfDepth(FormulaParser.MAX_DEPTH),
                        StandardMetrics.catalog()),
                () -> MetricDefinition.builder("x").expression(formulaOfDepth(FormulaParser.MAX_DEPTH + 1),
                        StandardMetrics.catalog()), fe, "deeper than 256");
        limit("ExpressionMetric", "formula tree height", "FormulaParser.MAX_HEIGHT", FormulaParser.MAX_HEIGHT,
                () -> MetricDefinition.builder("x").expression(flatSum(FormulaParser.MAX_HEIGHT),
                        StandardMetrics.catalog()),
                () -> MetricDefinition.builder("x").expression(flatSum(FormulaParser.MAX_HEIGHT + 1),
                        StandardMetrics.catalog()), fe, "more than 1024 levels high");
        limit("Dimensions", "key length", "Dimensions.MAX_KEY_LENGTH", Dimensions.MAX_KEY_LENGTH,
                () -> Dimensions.of("k".repeat(Dimensions.MAX_KEY_LENGTH), "v"),
                () -> Dimensions.of("k".repeat(Dimensions.MAX_KEY_LENGTH + 1), "v"), IAE, "at most 64 characters");
        limit("Dimensions", "value length", "Dimensions.MAX_VALUE_LENGTH", Dimensions.MAX_VALUE_LENGTH,
                () -> Dimensions.of("k", "v".repeat(Dimensions.MAX_VALUE_LENGTH)),
                () -> Dimensions.of("k", "v".repeat(Dimensions.MAX_VALUE_LENGTH + 1)), IAE,
                "must have at most 256 characters, had 257");
        limit("Money.of", "digits before the point", "Money.MAX_INTEGER_DIGITS", Money.MAX_INTEGER_DIGITS,
                () -> Money.of(new BigDecimal("9".repeat(Money.MAX_INTEGER_DIGITS)), EUR),
                () -> Money.of(new BigDecimal("9".repeat(Money.MAX_INTEGER_DIGITS + 1)), EUR), IAE,
                "at most 1000 digits before the decimal point, had 1001");
        // No valid amount reaches 10,000 digits (at most 1,000 before the point and 18 after it): this limit bounds
        // the cost of reading a hostile amount before those rules run, so there is no call at the limit to time.
        limit("Money.of", "significant digits", "Money.MAX_PRECISION", Money.MAX_PRECISION, null,
                () -> Money.of(new BigDecimal("0." + "9".repeat(Money.MAX_PRECISION + 1)), EUR), IAE,
                "at most 10000 significant digits, had 10001");
        limit("Query.execute", "parallelism", "Query.MAX_PARALLELISM", Query.MAX_PARALLELISM,
                () -> Query.builder().metric(StandardMetrics.IMPRESSIONS).build().execute(oneRow(),
                        Query.MAX_PARALLELISM),
                () -> Query.builder().metric(StandardMetrics.IMPRESSIONS).build().execute(oneRow(),
                        Query.MAX_PARALLELISM + 1), IAE, "parallelism must be <= 1024, was 1025");
        limit("Query.fillMissingPeriods", "groups x periods", "Query.MAX_FILLED_ROWS", Query.MAX_FILLED_ROWS, null,
                () -> Query.builder().metric(StandardMetrics.IMPRESSIONS).groupBy("channel").grain(TimeGrain.DAY)
                        .between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)).fillMissingPeriods().build()
                        .execute(table().row(MAR_1).dimension("channel", "a").value(StandardMeasures.IMPRESSIONS, 1)
                                .add().row(MAR_1).dimension("channel", "b").value(StandardMeasures.IMPRESSIONS, 1)
                                .add().row(MAR_1).dimension("channel", "c").value(StandardMeasures.IMPRESSIONS, 1)
                                .add().build()), IAE, "more than the limit 1000000");
        limit("Costs.totalsByPeriod", "periods one cost item spreads over", "Costs.MAX_PERIODS", Costs.MAX_PERIODS,
                null, () -> Costs.in("EUR").plus(CostItem.adSpend(Money.of("100", "EUR"),
                        DateRange.parse("2026-01-01..9999-12-31"), Dimensions.empty())).totalsByPeriod(TimeGrain.DAY),
                IAE, "more than the limit 1000000");
        limit("Forecaster.forecast", "horizon", "Forecaster.MAX_HORIZON", Forecaster.MAX_HORIZON,
                () -> Forecaster.linearTrend().forecast(series(1, 2, 3), Forecaster.MAX_HORIZON, 0.9),
                () -> Forecaster.linearTrend().forecast(series(1, 2, 3), Forecaster.MAX_HORIZON + 1, 0.9), IAE,
                "horizon must be in [1, 10000], was 10001");
        limit("ValueForecast.of(...).valueAtDeadline", "periods to the deadline", "ValueForecast.MAX_HORIZON",
                ValueForecast.MAX_HORIZON, () -> forecastAhead(ValueForecast.MAX_HORIZON),
                () -> forecastAhead(ValueForecast.MAX_HORIZON + 1L), NONE, "Optional.empty");
        limit("Funnel.Builder.step", "steps", "Funnel.MAX_STEPS", Funnel.MAX_STEPS,
                () -> steps(Funnel.MAX_STEPS).build(), () -> steps(Funnel.MAX_STEPS + 1).build(), IAE,
                "steps must number 1 to 64, were 65");
        limit("Funnel.count", "parallelism", "Funnel.MAX_PARALLELISM", Funnel.MAX_PARALLELISM,
                () -> steps(1).build().count(EventLog.of(new long[] {1}, new long[] {0}, new String[] {"e0"}),
                        Funnel.MAX_PARALLELISM),
                () -> steps(1).build().count(EventLog.of(new long[] {1}, new long[] {0}, new String[] {"e0"}),
                        Funnel.MAX_PARALLELISM + 1), IAE, "parallelism must be <= 1024, was 1025");
        limit("Funnel window, within, ConversionMetric.of", "window length (ms)", "TimeWindow.MAX_LENGTH",
                TimeWindow.MAX_LENGTH.toMillis(), () -> Funnel.builder().window(TimeWindow.MAX_LENGTH),
                () -> Funnel.builder().window(TimeWindow.MAX_LENGTH.plusMillis(1)), IAE,
                "(Long.MAX_VALUE = 9223372036854775807 ms)");
        limit("MarkovModel.ofOrder", "order", "MarkovModel.MAX_ORDER", MarkovModel.MAX_ORDER,
                () -> MarkovModel.ofOrder(MarkovModel.MAX_ORDER).attribute(channels(3)),
                () -> MarkovModel.ofOrder(MarkovModel.MAX_ORDER + 1), IAE, "order must be in [1, 16], was 17");
        limit("MarkovModel.attribute", "chain states", "MarkovChain.MAX_STATES", MarkovChain.MAX_STATES, null,
                () -> MarkovModel.ofOrder(1).attribute(channels(MarkovChain.MAX_STATES + 1)), IAE,
                "has 2001 states, more than the 2000 the exact solver accepts");
        limit("ShapleyModel.withExactLimit", "channels computed exactly", "ShapleyModel.MAX_EXACT_LIMIT",
                ShapleyModel.MAX_EXACT_LIMIT,
                () -> ShapleyModel.of(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS)
                        .withExactLimit(ShapleyModel.MAX_EXACT_LIMIT).attribute(channels(3)),
                () -> ShapleyModel.of(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS)
                        .withExactLimit(ShapleyModel.MAX_EXACT_LIMIT + 1), IAE,
                "exactLimit must be in [0, 24], was 25");
        limit("ShapleyModel.withSamples", "Monte Carlo permutations", "ShapleyModel.MAX_SAMPLES",
                ShapleyModel.MAX_SAMPLES,
                () -> ShapleyModel.of(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS)
                        .withSamples(ShapleyModel.MAX_SAMPLES),
                () -> ShapleyModel.of(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS)
                        .withSamples(ShapleyModel.MAX_SAMPLES + 1), IAE,
                "samples must be in [1, 10000000], was 10000001");
        limit("ObservationCsv, EventCsv", "field length", "ObservationCsv.MAX_FIELD_LENGTH",
                ObservationCsv.MAX_FIELD_LENGTH, () -> looseCsv(csvWithField(ObservationCsv.MAX_FIELD_LENGTH)),
                () -> looseEvents(csvWithField(ObservationCsv.MAX_FIELD_LENGTH + 1)), csv,
                "exceeds the max field size of 1048576 characters");
        limit("ObservationCsv, EventCsv", "record length", "ObservationCsv.MAX_RECORD_LENGTH",
                ObservationCsv.MAX_RECORD_LENGTH, () -> looseCsv(csvWithRecord(ObservationCsv.MAX_RECORD_LENGTH)),
                () -> looseCsv(csvWithRecord(ObservationCsv.MAX_RECORD_LENGTH + 1)), csv, "4194304");
        limit("ObservationCsv, EventCsv", "fields per record", "ObservationCsv.MAX_FIELDS", ObservationCsv.MAX_FIELDS,
                () -> looseCsv(csvWithFields(ObservationCsv.MAX_FIELDS)),
                () -> looseEvents(csvWithFields(ObservationCsv.MAX_FIELDS + 1)), csv, "maximum limit of 4096 fields");
    }

    /** The outcome of one case: the exception's simple class name and its message. */
    private record Outcome(String type, String message) {
    }

    private static Outcome run(Case c) {
        return run(c.call());
    }

    private static Outcome run(Call call) {
        try {
            Object value = call.run();
            return new Outcome("(no exception)", String.valueOf(value));
        } catch (Exception | AssertionError e) {
            return new Outcome(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
    }

    private static String cell(String text) {
        String flat = text.replace("\r", "").replace("\n", " ").replace("|", "\\|");
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }

    static String page(List<Case> cases, List<Outcome> outcomes, List<Limit> limits, List<Outcome> pastLimits) {
        StringBuilder s = new StringBuilder();
        s.append("# Bad-input catalogue\n\n")
                .append("What a caller gets for each class of bad input at each public entry point family. This page\n")
                .append("is generated from `kpi-examples/src/test/java/org/kpisdk/examples/BadInputCatalogueTest.java`,\n")
                .append("which runs every row and fails when this page differs from its outcomes (rewrite it with\n")
                .append("`./mvnw -B verify -pl kpi-examples -am -Dkpi.badinput.write=true`). No entry point answers bad\n")
                .append("input with a NaN, an infinity or a silently dropped row: each refuses it with the exception below,\n")
                .append("whose message names the field, the value and the rule. Nulls are `NullPointerException`s naming\n")
                .append("the parameter; overflow is an `ArithmeticException`; the CSV readers' `CsvImportException` is an\n")
                .append("`IllegalArgumentException` carrying the line, column and value. A row marked \"(no exception)\"\n")
                .append("is a documented explicit answer, not a value: goals may be incomplete drafts, so a status\n")
                .append("computation on them returns `Status.NONE` with its reason.\n\n")
                .append("Size limits (resource bounds) are in the [Limits](#limits) table at the end of this page.\n")
                .append("Time windows (funnel, per-step, conversion metric) are whole milliseconds up to\n")
                .append("`TimeWindow.MAX_LENGTH` (`Long.MAX_VALUE` ms), bound inclusive.\n\n")
                .append("| Entry point | Bad input | Call | Exception | Message |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Outcome o = outcomes.get(i);
            s.append("| ").append(cell(c.family())).append(" | ").append(cell(c.kind())).append(" | `")
                    .append(cell(c.input())).append("` | ").append(o.type()).append(" | ").append(cell(o.message()))
                    .append(" |\n");
        }
        s.append("\n## Limits\n\n")
                .append("Every argument whose cost a caller controls beyond the size of the input itself (a count\n")
                .append("of steps, threads, periods, states, samples, characters) is bounded by a public constant\n")
                .append("checked up front, before any work; the message names the argument, the value and the\n")
                .append("limit. The same test generates this table from the constants themselves, runs each call\n")
                .append("exactly at the limit (it must finish within a second of CPU) and one past it (it must\n")
                .append("answer as below).\n")
                .append("Costs that grow only with the size of the input itself (rows, events, journeys, paths) are\n")
                .append("stated in the Javadoc of each entry point.\n\n")
                .append("| Entry point | Argument | Limit constant | Value | Past the limit | Message |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < limits.size(); i++) {
            Limit l = limits.get(i);
            Outcome o = pastLimits.get(i);
            s.append("| ").append(cell(l.entryPoint())).append(" | ").append(cell(l.argument())).append(" | `")
                    .append(l.constant()).append("` | ").append(String.format(Locale.ROOT, "%,d", l.value()))
                    .append(" | ").append(o.type()).append(" | ").append(cell(o.message())).append(" |\n");
        }
        return s.toString();
    }

    /** The repository root: the first directory upwards from the working directory that holds {@code docs/}. */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.exists(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve("kpi-core"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new AssertionError("no repository root (a directory with docs/, pom.xml and kpi-core/) above "
                + Path.of("").toAbsolutePath());
    }

    @Test
    void everyCaseRefusesItsInputAsCatalogued() {
        List<String> failures = new ArrayList<>();
        for (Case c : CASES) {
            Outcome o = run(c);
            if (!o.type().equals(c.type()) || !o.message().contains(c.fragment())) {
                failures.add(c.family() + " / " + c.input() + ": expected " + c.type() + " containing '"
                        + c.fragment() + "', got " + o.type() + ": " + o.message());
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    /**
     * Runs {@code call} once to load and warm its code, then again, timed in CPU time of this thread (so that other
     * builds sharing the machine's cores do not count): the milliseconds and the outcome.
     */
    private static Map.Entry<Long, Outcome> timed(Call call) {
        run(call);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        Outcome o = run(call);
        return Map.entry((cpu.getCurrentThreadCpuTime() - start) / 1_000_000, o);
    }

    /**
     * Each limit at its value works, and one past is refused, each within a second of CPU once its classes are
     * loaded (the first, untimed run loads them; class loading is not the cost a limit bounds).
     */
    @Test
    void everyLimitHoldsAtItsValueAndRefusesOneMoreWithinASecond() {
        List<String> failures = new ArrayList<>();
        for (Limit l : LIMITS) {
            if (l.atLimit() != null) {
                Map.Entry<Long, Outcome> at = timed(l.atLimit());
                if (!at.getValue().type().equals(NONE)) {
                    failures.add(l.constant() + " at the limit: " + at.getValue().type() + ": "
                            + at.getValue().message());
                }
                if (at.getKey() >= 1_000) {
                    failures.add(l.constant() + " at the limit took " + at.getKey() + " ms");
                }
            }
            Map.Entry<Long, Outcome> past = timed(l.past());
            Outcome o = past.getValue();
            if (!o.type().equals(l.type()) || !o.message().contains(l.fragment())) {
                failures.add(l.constant() + " past the limit: expected " + l.type() + " containing '" + l.fragment()
                        + "', got " + o.type() + ": " + o.message());
            }
            if (past.getKey() >= 1_000) {
                failures.add(l.constant() + " past the limit took " + past.getKey() + " ms");
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void theLimitValuesAreTheConstantsAndAppearInTheirMessages() {
        // The table's values are read from the constants; a message must state the limit it enforces.
        for (Limit l : LIMITS) {
            Outcome past = run(l.past());
            String plain = Long.toString(l.value());
            String grouped = String.format(Locale.ROOT, "%,d", l.value());
            assertTrue(l.type().equals(NONE) || past.message().contains(plain) || past.message().contains(grouped),
                    () -> l.constant() + " = " + plain + " is not in its message: " + past.message());
        }
        assertEquals(List.of(65_536L, 256L, 1_024L, 64L, 256L, 1_000L, 10_000L, 1_024L, 1_000_000L, 1_000_000L, 10_000L,
                10_000L, 64L, 1_024L, Long.MAX_VALUE, 16L, 2_000L, 24L, 10_000_000L, 1_048_576L, 4_194_304L, 4_096L),
                LIMITS.stream().map(Limit::value).toList(),
                "a limit changed: update the guides that quote it (docs/*.md), then this list");
    }

    @Test
    void docsPageListsExactlyTheCases() throws IOException {
        List<Outcome> outcomes = CASES.stream().map(BadInputCatalogueTest::run).toList();
        List<Outcome> pastLimits = LIMITS.stream().map(l -> run(l.past())).toList();
        String expected = page(CASES, outcomes, LIMITS, pastLimits);
        Path doc = repoRoot().resolve("docs").resolve("bad-input.md");
        if (Boolean.getBoolean("kpi.badinput.write")) {
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            fail("docs/bad-input.md differs from the catalogue; expected content:\n" + expected);
        }
        assertEquals(expected, actual);
    }
}
