package org.kpisdk.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.kpisdk.core.analysis.Forecast;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.Unit;
import org.kpisdk.funnel.FunnelCounts;
import org.kpisdk.goals.Assessment;
import org.kpisdk.goals.Colour;
import org.kpisdk.goals.KeyResult;
import org.kpisdk.goals.Objective;
import org.kpisdk.goals.OkrColours;
import org.kpisdk.goals.ScorecardRow;
import org.kpisdk.goals.SmartFinding;
import org.kpisdk.goals.SmartReport;

/** Prints a {@link Demo.Result} for a terminal: one titled section per question, fixed-width tables. */
final class TextReport {
    private TextReport() {
    }

    /** Prints every section of {@code r} to {@code out}. */
    static void print(Demo.Result r, PrintStream out) {
        out.printf("Aurora Coffee: %,d daily rows (%s to %s), 6 channels x 3 regions%n", r.sampleRows(),
                SampleData.FIRST_DAY, SampleData.LAST_DAY);
        scorecard(r, out);
        funnel(r, out);
        attribution(r, out);
        okrs(r, out);
        smart(r, out);
        changes(r, out);
        trends(r, out);
    }

    private static void title(PrintStream out, String title) {
        out.println();
        out.println("== " + title + " " + "=".repeat(Math.max(3, 100 - title.length())));
    }

    /** The status, with the vendor's colour when its band has one of its own: {@code "YELLOW (orange)"}. */
    static String status(Assessment a) {
        return a.colour() == Colour.of(a.status()) ? a.status().name()
                : a.status() + " (" + a.colour().name().toLowerCase(Locale.ROOT) + ")";
    }

    /** Prints the scorecard: one line per channel and metric with value, target, status and reason. */
    static void scorecard(Demo.Result r, PrintStream out) {
        title(out, "KPI scorecard per channel, " + r.quarter() + " (" + r.quarter().start() + " to "
                + r.quarter().end() + "), policy Recruiterflow pace ratio");
        out.printf("%-10s %-20s %12s %12s %-7s %s%n", "channel", "metric", "value", "target", "status", "reason");
        for (String channel : SampleData.CHANNELS) {
            for (ScorecardRow row : r.scorecard().rows()) {
                if (row.scope().equals(Dimensions.of("channel", channel))) {
                    out.printf("%-10s %-20s %12s %12s %-7s %s%n", channel, row.metricId(),
                            value(row.metricId(), row.value()), value(row.metricId(), row.target()),
                            status(row.status()), row.status().explanation());
                }
            }
        }
    }

    /** Formats a scorecard value: rates in percent, money in euros, else plain. */
    static String value(String metricId, Optional<BigDecimal> value) {
        if (value.isEmpty()) {
            return "n/a";
        }
        if (metricId.equals("cpa")) {
            return "EUR " + value.get().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        }
        return Demo.percent(OptionalDouble.of(value.get().doubleValue()));
    }

    /** Prints the funnel's counts, step and overall conversion, drop-off, a bar, and the bottleneck. */
    static void funnel(Demo.Result r, PrintStream out) {
        FunnelCounts c = r.funnelResult().counts();
        title(out, "Purchase funnel, " + r.quarter() + ", window " + SampleJourneys.FUNNEL_WINDOW.toDays()
                + " days");
        out.printf("%-14s %9s %12s %12s %9s  %s%n", "step", "users", "from prev", "from start", "drop-off", "");
        long first = Math.max(1, c.count(0).value());
        for (int k = 0; k < c.size(); k++) {
            long n = c.count(k).value();
            String bar = "#".repeat((int) Math.round(40.0 * n / first));
            out.printf("%-14s %,9d %12s %12s %,9d  %s%n", c.names().get(k), n,
                    k == 0 ? "" : Demo.percent(c.stepConversion(k).value()),
                    Demo.percent(c.overallConversion(k).value()), k == 0 ? 0 : c.dropOff(k), bar);
        }
        int b = c.lowestStepConversion().orElseThrow();
        out.printf("Bottleneck: %s -> %s converts only %s (the lowest step conversion); largest drop-off into %s.%n",
                c.names().get(b - 1), c.names().get(b), Demo.percent(c.stepConversion(b).value()),
                c.names().get(c.largestDropOff().orElseThrow()));
    }

    /** Prints cost, attributed revenue and ROI per channel, one column pair per attribution model. */
    static void attribution(Demo.Result r, PrintStream out) {
        title(out, "ROI per channel, " + r.quarter() + ", under three attribution models (" + r.journeys().size()
                + " journeys, " + r.journeys().totalConversions() + " conversions, " + r.journeys().totalValue() + ")");
        List<String> models = r.attribution().models();
        out.printf("%-10s %14s", "", "");
        for (String m : models) {
            String name = m.length() > 23 ? m.substring(0, 23) : m;
            out.printf(" %-24s", "  " + name);
        }
        out.println();
        out.printf("%-10s %14s", "channel", "cost");
        for (int i = 0; i < models.size(); i++) {
            out.printf(" %14s %9s", "revenue", "ROI");
        }
        out.println();
        for (String channel : SampleData.CHANNELS) {
            out.printf("%-10s %14s", channel, r.quarterCost().get(channel));
            for (String m : models) {
                out.printf(" %14s %9s", r.attribution().credit(channel, m).revenue().amount().toPlainString(),
                        Demo.roi(r.roiByModel().get(m).get(channel)));
            }
            out.println();
        }
        out.println("ROI = (attributed revenue - channel cost) x 100 / channel cost; revenue from the journeys.");
    }

    /** Prints each objective's score and colour and the progress of its key results. */
    static void okrs(Demo.Result r, PrintStream out) {
        title(out, "OKR scores");
        for (Objective o : r.okrs()) {
            Assessment colour = OkrColours.forType(o.type()).assess(o.score());
            out.printf("%s (%s): score %s, %s%n", o.name(), o.type().name().toLowerCase(Locale.ROOT),
                    o.score().setScale(2, RoundingMode.HALF_EVEN).toPlainString(), status(colour));
            for (KeyResult kr : o.keyResults()) {
                out.printf("    %-55s progress %s%n", kr.name(),
                        kr.progress().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
            }
        }
    }

    /** Prints each goal's SMART verdict and findings. */
    static void smart(Demo.Result r, PrintStream out) {
        title(out, "SMART check of goals (today " + SampleData.LAST_DAY.plusDays(1) + ")");
        for (SmartReport report : r.smart()) {
            out.printf("%s: %s%n", report.goal().name(), report.isSmart() ? "SMART" : "not SMART");
            for (SmartFinding f : report.findings()) {
                out.printf("    %-10s %-8s %s%n", f.criterion().name().toLowerCase(Locale.ROOT),
                        f.severity().name().toLowerCase(Locale.ROOT), f.reason());
            }
        }
    }

    /** Prints the significant rate changes and the anomalies of the last month. */
    static void changes(Demo.Result r, PrintStream out) {
        title(out, "Significant changes, " + r.lastMonth() + " vs " + r.lastMonth().previous()
                + " (two-proportion z-test, 95%)");
        int tested = 0;
        for (Demo.RateChange c : r.changes()) {
            tested++;
            if (c.test().isSignificant()) {
                out.printf("%-10s %-20s %8s -> %8s  p = %.4f%n", c.channel(), c.metricId(), rate(c.before()),
                        rate(c.after()), c.test().pValue());
            }
        }
        out.printf("(%d of %d rates changed significantly)%n",
                r.changes().stream().filter(c -> c.test().isSignificant()).count(), tested);
        title(out, "Anomalies, " + r.lastMonth() + " (daily values, 28-day median +- 4 robust deviations)");
        if (r.anomalies().isEmpty()) {
            out.println("none");
        }
        for (Demo.Anomaly a : r.anomalies()) {
            out.printf("%s %-10s %-12s %,12.0f  %s, trailing median %,.0f%n", a.check().period().start(), a.channel(),
                    a.metricId(), a.value(), a.check().verdict(), a.check().median().orElse(0));
        }
    }

    /** Prints each trend's last value and next month's forecast with its interval. */
    static void trends(Demo.Result r, PrintStream out) {
        title(out, "Trends and forecast (monthly, Holt, 95% prediction interval)");
        for (Demo.Trend t : r.trends()) {
            Forecast f = t.forecast();
            OptionalDouble last = t.series().value(t.series().size() - 1);
            out.printf("%-20s last %s %s, next month %s [%s, %s]%n", t.metric().id(),
                    t.series().period(t.series().size() - 1), number(t.metric().id(), last.orElse(0)),
                    number(t.metric().id(), f.points().get(0).value()),
                    number(t.metric().id(), f.points().get(0).interval().lower()),
                    number(t.metric().id(), f.points().get(0).interval().upper()));
        }
    }

    /** Formats a ratio in percent, or "n/a" when undefined. */
    static String rate(Ratio ratio) {
        return Demo.percent(ratio.value());
    }

    /** Formats a value of {@code metricId}: rates in percent, other values as whole numbers. */
    static String number(String metricId, double v) {
        if (StandardMetrics.catalog().metric(metricId).map(m -> m.unit() == Unit.PER_UNIT).orElse(false)) {
            return String.format(Locale.ROOT, "%,.2f", v);   // an average per thing, such as shares per post
        }
        if (metricId.endsWith("_rate")) {
            return Demo.percent(OptionalDouble.of(v));
        }
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
