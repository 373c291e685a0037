package org.kpisdk.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.kpisdk.core.aggregate.Comparison;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.analysis.AnomalyCheck;
import org.kpisdk.core.analysis.Forecast;
import org.kpisdk.core.analysis.HoltForecaster;
import org.kpisdk.core.analysis.KpiSeries;
import org.kpisdk.core.analysis.MadAnomalyDetector;
import org.kpisdk.core.analysis.RateComparison;
import org.kpisdk.core.analysis.Rates;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.roi.CostItem;
import org.kpisdk.core.roi.Costs;
import org.kpisdk.core.roi.DateRange;
import org.kpisdk.core.roi.Figure;
import org.kpisdk.core.roi.RoiCalculation;
import org.kpisdk.core.roi.RoiSummary;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.funnel.Funnel;
import org.kpisdk.funnel.FunnelResult;
import org.kpisdk.funnel.attribution.AttributionComparison;
import org.kpisdk.funnel.attribution.AttributionModel;
import org.kpisdk.funnel.attribution.JourneySet;
import org.kpisdk.goals.Goal;
import org.kpisdk.goals.GoalType;
import org.kpisdk.goals.History;
import org.kpisdk.goals.KeyResult;
import org.kpisdk.goals.MetricLookup;
import org.kpisdk.goals.Objective;
import org.kpisdk.goals.OkrType;
import org.kpisdk.goals.Scorecard;
import org.kpisdk.goals.SmartReport;
import org.kpisdk.goals.SmartValidator;
import org.kpisdk.goals.StatusPolicy;

/**
 * The runnable demonstration: the KPI SDK on a year of "Aurora Coffee" sample data, printed to the terminal and
 * written as a self-contained HTML report.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl kpi-examples -am compile exec:java
 * ./mvnw -B -q -pl kpi-examples -am compile exec:java -Dexec.args="/tmp/report.html"
 * }</pre>
 *
 * <p>The run loads {@link SampleData} into an {@link ObservationTable}, generates journeys and web events from fixed
 * seeds, and shows: the scorecard per channel for the last full quarter with traffic-light status and its reason,
 * the purchase funnel with its bottleneck, ROI per channel under three attribution models, OKR scores, SMART
 * findings, and the significant changes and anomalies of the last month. The HTML report (default
 * {@code target/kpi-report.html}) has inline SVG charts and no script.
 *
 * <p>A command-line entry point; its static methods are stateless and thread-safe.
 */
public final class Demo {
    /** Where the HTML report goes unless the first argument names another path. */
    public static final Path DEFAULT_REPORT = Path.of("target", "kpi-report.html");

    static final Currency EUR = Currency.getInstance(SampleData.CURRENCY);
    static final long JOURNEY_SEED = 7_001L;
    static final long FUNNEL_SEED = 7_002L;
    static final int JOURNEYS = 20_000;
    static final int FUNNEL_USERS = 30_000;
    static final double CONFIDENCE = 0.95;
    /** The precision of the values given to the scorecard. */
    static final MathContext SHOWN = new MathContext(6, RoundingMode.HALF_EVEN);

    /** A cost sum per group: the money each channel spent. */
    static final MetricDefinition COST = MetricDefinition.builder("cost").name("Cost")
            .simple(Input.of(StandardMeasures.COST));
    /** The metrics of the scorecard, with the goal factor (target over baseline) per channel. */
    static final List<MetricDefinition> SCORECARD_METRICS = List.of(StandardMetrics.ENGAGEMENT_RATE,
            StandardMetrics.WEB_CONVERSION_RATE, StandardMetrics.CPA);
    /** The rate metrics tested for significant changes in the last month. */
    static final List<MetricDefinition> RATE_METRICS = List.of(StandardMetrics.ENGAGEMENT_RATE,
            StandardMetrics.WEB_CONVERSION_RATE, StandardMetrics.CTR, StandardMetrics.EMAIL_CLICK_RATE);
    /** The metrics drawn as monthly trends with a forecast. */
    static final List<MetricDefinition> TREND_METRICS = List.of(StandardMetrics.IMPRESSIONS,
            StandardMetrics.ENGAGEMENT_RATE, StandardMetrics.WEB_CONVERSION_RATE, COST);
    /** The metrics checked day by day for anomalies. */
    static final List<MetricDefinition> ANOMALY_METRICS = List.of(StandardMetrics.IMPRESSIONS,
            StandardMetrics.SESSIONS);

    /** One change of a rate between the two last months, with its two-proportion test. */
    record RateChange(String channel, String metricId, Ratio before, Ratio after, RateComparison test) {
    }

    /** One day flagged by the anomaly detector. */
    record Anomaly(String channel, String metricId, double value, AnomalyCheck check) {
    }

    /** One monthly KPI series of the whole brand with its forecast. */
    record Trend(MetricDefinition metric, KpiSeries series, Forecast forecast) {
    }

    /** Everything the demo computed, for printing and for the HTML report. */
    record Result(int sampleRows, ObservationTable table, PeriodKey quarter, PeriodKey lastMonth, Scorecard scorecard,
            Funnel funnel, FunnelResult funnelResult, JourneySet journeys, AttributionComparison attribution,
            Map<String, Money> quarterCost, Map<String, Map<String, Figure>> roiByModel, List<Objective> okrs,
            List<SmartReport> smart, List<RateChange> changes, List<Anomaly> anomalies, List<Trend> trends) {
    }

    private Demo() {
    }

    /**
     * Runs the demo: prints the results to standard output and writes the HTML report.
     *
     * @param args optionally the path of the HTML report, {@code target/kpi-report.html} by default
     * @throws IOException if the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path report = args.length > 0 ? Path.of(args[0]) : DEFAULT_REPORT;
        Progress progress = Progress.to(System.err);
        Result result = compute(SampleData.generate(SampleData.SEED), progress);
        TextReport.print(result, System.out);
        progress.step("writing the HTML report");
        writeReport(result, report);
        progress.done();
        System.out.println();
        System.out.println("HTML report: " + report.toAbsolutePath());
    }

    /** Writes the HTML report of {@code result} to {@code path}, creating its directory. */
    static void writeReport(Result result, Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(path, HtmlReport.render(result), StandardCharsets.UTF_8);
    }

    /** The quarter the demo reports on: the last quarter the sample covers in full. */
    static PeriodKey lastQuarter() {
        return PeriodKey.of(SampleData.LAST_DAY.plusDays(1), TimeGrain.QUARTER).previous();
    }

    /** The month of the "last month" sections: the last month of the sample. */
    static PeriodKey lastMonth() {
        return PeriodKey.of(SampleData.LAST_DAY, TimeGrain.MONTH);
    }

    /** Loads the sample rows into a column-wise table with the dimensions channel, region and campaign. */
    static ObservationTable table(List<SampleData.Row> rows) {
        List<BaseMeasure> measures = new ArrayList<>();
        for (SampleData.Row row : rows) {
            for (BaseMeasure m : row.values().keySet()) {
                if (!measures.contains(m)) {
                    measures.add(m);
                }
            }
        }
        ObservationTable.Builder builder = ObservationTable.builder().dimensions("channel", "region", "campaign");
        for (BaseMeasure m : measures) {
            if (m.isMoney()) {
                builder.measure(m, EUR);
            } else {
                builder.measure(m);
            }
        }
        for (SampleData.Row row : rows) {
            ObservationTable.RowBuilder r = builder.row(row.date()).dimension("channel", row.channel())
                    .dimension("region", row.region()).dimension("campaign", row.campaign());
            row.values().forEach((m, v) -> {
                if (m.isMoney()) {
                    r.micros(m, v);
                } else {
                    r.value(m, v);
                }
            });
            r.add();
        }
        return builder.build();
    }

    /** Computes every section of the demo from the sample rows. */
    static Result compute(List<SampleData.Row> rows, Progress progress) {
        progress.step("loading " + rows.size() + " sample rows into an observation table");
        ObservationTable table = table(rows);
        PeriodKey quarter = lastQuarter();
        PeriodKey month = lastMonth();

        progress.step("scoring the channels for " + quarter);
        Scorecard scorecard = scorecard(table, quarter);

        progress.step("counting the purchase funnel");
        Funnel.Builder funnelBuilder = Funnel.builder().window(SampleJourneys.FUNNEL_WINDOW);
        SampleJourneys.FUNNEL_STEPS.forEach(funnelBuilder::step);
        Funnel funnel = funnelBuilder.build();
        FunnelResult funnelResult = funnel.count(SampleJourneys.funnelEvents(FUNNEL_SEED, FUNNEL_USERS,
                quarter.start(), quarter.end()));

        progress.step("attributing " + JOURNEYS + " journeys under three models");
        JourneySet journeys = SampleJourneys.journeys(JOURNEY_SEED, JOURNEYS, quarter.start(), quarter.end());
        AttributionComparison attribution = AttributionComparison.of(journeys, attributionModels());
        Map<String, Money> quarterCost = costByChannel(table, quarter);
        // the table's cost is media cost: ad spend per channel over the quarter
        DateRange quarterDays = DateRange.of(quarter.start(), quarter.end());
        Costs costs = Costs.empty(EUR);
        for (Map.Entry<String, Money> c : quarterCost.entrySet()) {
            costs = costs.plus(CostItem.adSpend(c.getValue(), quarterDays, Dimensions.of("channel", c.getKey())));
        }
        Map<String, Map<String, Figure>> roi = new LinkedHashMap<>();
        for (String model : attribution.models()) {
            // the attribution result is the revenue, dated by conversion: no rebuilding by hand
            Map<Dimensions, RoiSummary> summaries = RoiCalculation.of(costs, attribution.result(model).orElseThrow())
                    .by("channel");
            Map<String, Figure> byChannel = new LinkedHashMap<>();
            for (String channel : SampleData.CHANNELS) {
                byChannel.put(channel, summaries.getOrDefault(Dimensions.of("channel", channel),
                        RoiSummary.empty(EUR)).roiPercent());
            }
            roi.put(model, byChannel);
        }

        progress.step("scoring OKRs and checking goals against SMART");
        List<Objective> okrs = okrs(table, quarter, month);
        List<SmartReport> smart = smart(table, quarter);

        progress.step("testing the changes and anomalies of " + month);
        List<RateChange> changes = rateChanges(table, month);
        List<Anomaly> anomalies = anomalies(table, month);

        progress.step("forecasting monthly trends");
        List<Trend> trends = trends(table);
        return new Result(rows.size(), table, quarter, month, scorecard, funnel, funnelResult, journeys,
                attribution, quarterCost, roi, okrs, smart, changes, anomalies, trends);
    }

    /** The three models compared side by side: last touch, linear and Markov. */
    static List<AttributionModel> attributionModels() {
        return List.of(AttributionModel.lastTouch(), AttributionModel.linear(), AttributionModel.markov());
    }

    /** Returns the cost of each channel in {@code period}, in the sample's channel order. */
    static Map<String, Money> costByChannel(ObservationTable table, PeriodKey period) {
        QueryResult result = Query.builder().metric(COST).groupBy("channel").between(period.start(), period.end())
                .build().execute(table);
        Map<String, Money> cost = new LinkedHashMap<>();
        for (String channel : SampleData.CHANNELS) {
            cost.put(channel, Money.zero(EUR));
        }
        for (QueryResult.Row row : result.rows()) {
            String channel = row.dimensions().get("channel").orElseThrow();
            cost.put(channel, row.value(COST.id()).money().orElse(Money.zero(EUR)));
        }
        return cost;
    }

    /** Returns the values of {@code metrics} per channel over {@code period}. */
    static Map<String, QueryResult.Row> byChannel(ObservationTable table, PeriodKey period,
            List<MetricDefinition> metrics) {
        Query.Builder query = Query.builder().groupBy("channel").between(period.start(), period.end());
        metrics.forEach(query::metric);
        Map<String, QueryResult.Row> rows = new LinkedHashMap<>();
        for (QueryResult.Row row : query.build().execute(table).rows()) {
            rows.put(row.dimensions().get("channel").orElseThrow(), row);
        }
        return rows;
    }

    /** The year's goals: per channel and scorecard metric, a target relative to the first quarter of 2026. */
    static List<Goal> scorecardGoals(ObservationTable table) {
        PeriodKey baseQuarter = PeriodKey.of(LocalDate.of(2026, 1, 1), TimeGrain.QUARTER);
        Map<String, QueryResult.Row> base = byChannel(table, baseQuarter, SCORECARD_METRICS);
        Map<String, BigDecimal[]> factors = Map.of(
                "instagram", new BigDecimal[] {new BigDecimal("1.20"), new BigDecimal("1.10"), new BigDecimal("0.90")},
                "facebook", new BigDecimal[] {new BigDecimal("1.05"), new BigDecimal("1.05"), new BigDecimal("0.95")},
                "x", new BigDecimal[] {new BigDecimal("1.50"), new BigDecimal("1.30"), new BigDecimal("0.70")},
                "linkedin", new BigDecimal[] {new BigDecimal("1.10"), new BigDecimal("1.10"), new BigDecimal("0.80")},
                "email", new BigDecimal[] {BigDecimal.ONE, new BigDecimal("1.05"), new BigDecimal("0.90")},
                "website", new BigDecimal[] {BigDecimal.ONE, new BigDecimal("1.15"), new BigDecimal("0.95")});
        List<Goal> goals = new ArrayList<>();
        for (String channel : SampleData.CHANNELS) {
            for (int m = 0; m < SCORECARD_METRICS.size(); m++) {
                MetricDefinition metric = SCORECARD_METRICS.get(m);
                Optional<BigDecimal> baseline = decimal(base.get(channel).value(metric.id()));
                BigDecimal factor = factors.get(channel)[m];
                if (baseline.isEmpty() || factor.compareTo(BigDecimal.ONE) == 0) {
                    continue;
                }
                BigDecimal b = baseline.get().round(new MathContext(4));
                goals.add(Goal.builder(channel + " " + metric.id())
                        .metric(metric.id())
                        .scope(Dimensions.of("channel", channel))
                        .baseline(b, baseQuarter.start())
                        .target(b.multiply(factor).round(new MathContext(4)))
                        .deadline(LocalDate.of(2026, 12, 31))
                        .goalType(GoalType.CONVERSIONS_SALES)
                        .justification("The 2026 plan: every channel pays its way.")
                        .build());
            }
        }
        return goals;
    }

    /** The scorecard of {@code quarter}: values per channel, the year's goals, and the Recruiterflow pace policy. */
    static Scorecard scorecard(ObservationTable table, PeriodKey quarter) {
        Scorecard.Builder card = Scorecard.builder(quarter.end(), StatusPolicy.recruiterflow());
        byChannel(table, quarter, SCORECARD_METRICS).forEach((channel, row) -> {
            Map<String, Optional<BigDecimal>> values = new LinkedHashMap<>();
            for (MetricDefinition m : SCORECARD_METRICS) {
                // six significant digits: exact enough for a status, short enough to read in its explanation
                values.put(m.id(), decimal(row.value(m.id())).map(v -> v.round(SHOWN)));
            }
            card.values(Dimensions.of("channel", channel), values);
        });
        return card.goals(scorecardGoals(table)).build();
    }

    /** The OKR set: one aspirational objective about attention, one committed about sales. */
    static List<Objective> okrs(ObservationTable table, PeriodKey quarter, PeriodKey month) {
        Map<String, QueryResult.Row> q = byChannel(table, quarter, List.of(StandardMetrics.ENGAGEMENT_RATE,
                StandardMetrics.WEB_CONVERSION_RATE, StandardMetrics.CPA));
        Map<String, QueryResult.Row> m = byChannel(table, month, List.of(StandardMetrics.ENGAGEMENT_RATE,
                StandardMetrics.WEB_CONVERSION_RATE, StandardMetrics.CPA, StandardMetrics.FOLLOWER_COUNT));
        Map<String, QueryResult.Row> before = byChannel(table, month.previous(),
                List.of(StandardMetrics.FOLLOWER_COUNT));
        BigDecimal followersBefore = BigDecimal.ZERO;
        BigDecimal followersNow = BigDecimal.ZERO;
        for (String channel : List.of("instagram", "facebook", "x", "linkedin")) {
            followersBefore = followersBefore.add(decimal(before.get(channel)
                    .value(StandardMetrics.FOLLOWER_COUNT.id())).orElseThrow());
            followersNow = followersNow.add(decimal(m.get(channel).value(StandardMetrics.FOLLOWER_COUNT.id()))
                    .orElseThrow());
        }
        Objective attention = Objective.builder("Make Aurora the coffee people talk about", OkrType.ASPIRATIONAL)
                .keyResult(KeyResult.metric("Instagram engagement rate to 4.5% in " + month,
                        decimal(q.get("instagram").value("engagement_rate")).orElseThrow(), new BigDecimal("0.045"),
                        decimal(m.get("instagram").value("engagement_rate")).orElseThrow()))
                .keyResult(KeyResult.metric("Social followers +2% in " + month, followersBefore,
                        followersBefore.multiply(new BigDecimal("1.02")), followersNow))
                .keyResult(KeyResult.milestones("Four creator collaborations launched", 3, 4))
                .build();
        Objective sales = Objective.builder("Sell more coffee online, efficiently", OkrType.COMMITTED)
                .keyResult(KeyResult.metric("Website conversion rate to 2.3% in " + month,
                        decimal(q.get("website").value("web_conversion_rate")).orElseThrow(), new BigDecimal("0.023"),
                        decimal(m.get("website").value("web_conversion_rate")).orElseThrow()))
                .keyResult(KeyResult.metric("E-mail cost per acquisition down to EUR 0.80 in " + month,
                        StandardMetrics.CPA, decimal(q.get("email").value("cpa")).orElseThrow(), new BigDecimal("0.80"),
                        decimal(m.get("email").value("cpa")).orElseThrow()))
                .keyResult(KeyResult.binary("Checkout redesign shipped", false))
                .build();
        return List.of(attention, sales);
    }

    /** SMART checks of two of the scorecard's goals (with their monthly history) and three weak goals. */
    static List<SmartReport> smart(ObservationTable table, PeriodKey quarter) {
        LocalDate today = SampleData.LAST_DAY.plusDays(1);
        SmartValidator validator = SmartValidator.of(Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(),
                ZoneOffset.UTC), MetricLookup.of(StandardMetrics.catalog()::contains,
                        (id, scope) -> scope.get("channel").map(SampleData.CHANNELS::contains).orElse(true)));
        List<SmartReport> reports = new ArrayList<>();
        List<Goal> goals = scorecardGoals(table);
        for (Goal goal : List.of(goals.get(0), goals.get(goals.size() - 1))) {
            reports.add(validator.validate(goal, history(table, goal, quarter)));
        }
        Goal doubling = Goal.builder("Double Instagram engagement by Christmas")
                .metric("engagement_rate").scope(Dimensions.of("channel", "instagram"))
                .baseline(new BigDecimal("0.031"), LocalDate.of(2026, 10, 1)).target(new BigDecimal("0.062"))
                .deadline(LocalDate.of(2026, 12, 24)).goalType(GoalType.COMMUNITY_ENGAGEMENT).build();
        reports.add(validator.validate(doubling, history(table, doubling, quarter)));
        reports.add(validator.validate(Goal.builder("Be famous on X").scope(Dimensions.of("channel", "x")).build()));
        reports.add(validator.validate(Goal.builder("Grow LinkedIn followers to 40,000").metric("follower_count")
                .scope(Dimensions.of("channel", "linkedin")).target(new BigDecimal("40000")).build()));
        return reports;
    }

    private static History history(ObservationTable table, Goal goal, PeriodKey quarter) {
        String channel = goal.scope().get("channel").orElseThrow();
        MetricDefinition metric = StandardMetrics.catalog().require(goal.metricId().orElseThrow());
        QueryResult result = Query.builder().metric(metric).where("channel", channel).grain(TimeGrain.MONTH)
                .between(LocalDate.of(2026, 1, 1), quarter.end()).build().execute(table);
        List<BigDecimal> values = new ArrayList<>();
        for (QueryResult.Row row : result.rows()) {
            decimal(row.value(metric.id())).ifPresent(values::add);
        }
        return new History(TimeGrain.MONTH, values);
    }

    /** Two-proportion tests of each rate metric and channel, {@code month} against the month before. */
    static List<RateChange> rateChanges(ObservationTable table, PeriodKey month) {
        Map<String, QueryResult.Row> before = byChannel(table, month.previous(), RATE_METRICS);
        Map<String, QueryResult.Row> after = byChannel(table, month, RATE_METRICS);
        List<RateChange> changes = new ArrayList<>();
        for (String channel : SampleData.CHANNELS) {
            for (MetricDefinition metric : RATE_METRICS) {
                Optional<Ratio> b = before.get(channel).value(metric.id()).ratio();
                Optional<Ratio> a = after.get(channel).value(metric.id()).ratio();
                if (b.isEmpty() || a.isEmpty() || !isProportion(b.get()) || !isProportion(a.get())) {
                    continue;
                }
                Rates.compare(b.get(), a.get(), CONFIDENCE).ifPresent(
                        test -> changes.add(new RateChange(channel, metric.id(), b.get(), a.get(), test)));
            }
        }
        return changes;
    }

    private static boolean isProportion(Ratio r) {
        return r.isDefined() && r.numerator() <= r.denominator();
    }

    /**
     * The days of {@code month} flagged by a 28-day MAD detector, per channel except e-mail, on daily impressions and
     * sessions.
     */
    static List<Anomaly> anomalies(ObservationTable table, PeriodKey month) {
        LocalDate from = month.start().minusDays(60);
        Query.Builder query = Query.builder().groupBy("channel").grain(TimeGrain.DAY).between(from, month.end())
                .fillMissingPeriods();
        ANOMALY_METRICS.forEach(query::metric);
        QueryResult result = query.build().execute(table);
        MadAnomalyDetector detector = MadAnomalyDetector.of(28, 4.0);
        List<Anomaly> anomalies = new ArrayList<>();
        for (String channel : SampleData.CHANNELS) {
            if (channel.equals("email")) {
                continue; // sent twice a week: a daily median of 0 would flag every send day
            }
            for (MetricDefinition metric : ANOMALY_METRICS) {
                KpiSeries.Builder series = KpiSeries.builder(TimeGrain.DAY);
                for (QueryResult.Row row : result.rows()) {
                    if (row.dimensions().get("channel").orElseThrow().equals(channel)) {
                        series.add(row.period().orElseThrow(), row.value(metric.id()).asDouble());
                    }
                }
                KpiSeries s = series.build();
                if (s.definedCount() == 0) {
                    continue;
                }
                for (AnomalyCheck check : detector.check(s)) {
                    if (check.isAnomaly() && month.contains(check.period().start())) {
                        anomalies.add(new Anomaly(channel, metric.id(),
                                s.valueAt(check.period()).orElseThrow(), check));
                    }
                }
            }
        }
        return anomalies;
    }

    /** Monthly brand-wide series of the trend metrics, each with a three-month Holt forecast. */
    static List<Trend> trends(ObservationTable table) {
        Query.Builder query = Query.builder().grain(TimeGrain.MONTH).between(SampleData.FIRST_DAY,
                SampleData.LAST_DAY);
        TREND_METRICS.forEach(query::metric);
        QueryResult result = query.build().execute(table);
        List<Trend> trends = new ArrayList<>();
        for (MetricDefinition metric : TREND_METRICS) {
            KpiSeries.Builder series = KpiSeries.builder(TimeGrain.MONTH);
            for (QueryResult.Row row : result.rows()) {
                series.add(row.period().orElseThrow(), row.value(metric.id()).asDouble());
            }
            KpiSeries s = series.build();
            trends.add(new Trend(metric, s, HoltForecaster.fitted(s).forecast(s, 3, CONFIDENCE)));
        }
        return trends;
    }

    /** The value of a metric as a decimal (money as its amount), or empty when undefined. */
    static Optional<BigDecimal> decimal(MetricValue value) {
        if (value.money().isPresent()) {
            return Optional.of(value.money().get().amount());
        }
        return value.value();
    }

    /** Formats a rate in [0, 1] as a percentage with two decimals, or "n/a". */
    static String percent(OptionalDouble rate) {
        return rate.isPresent() ? String.format(Locale.ROOT, "%.2f%%", rate.getAsDouble() * 100) : "n/a";
    }

    /** Formats an ROI figure in percent with one decimal, or "n/a" when the cost is zero. */
    static String roi(Figure roiPercent) {
        return roiPercent.rounded(1, RoundingMode.HALF_EVEN).map(v -> v.toPlainString() + "%").orElse("n/a");
    }
}
