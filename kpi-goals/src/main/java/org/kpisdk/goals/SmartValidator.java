package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.kpisdk.core.analysis.RequiredGrowth;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.value.TimeGrain;

/**
 * Checks a {@link Goal} against the five SMART criteria, each independently, and returns a {@link SmartReport} of
 * findings with the reason (and its numbers) and a hint. A weak goal never throws; judging it is the point.
 *
 * <pre>{@code
 * SmartValidator validator = SmartValidator.of(Clock.systemUTC(), MetricLookup.withData(Set.of("reach")));
 * SmartReport report = validator.validate(goal, History.of(TimeGrain.MONTH, 1000, 1020, 1035, 1060));
 * for (SmartFinding f : report.findings()) System.out.println(f);
 *
 * // Wired to kpi-core: the standard catalog, an observation table, and a monthly query's history.
 * SmartValidator real = SmartValidator.of(clock, MetricLookup.of(StandardMetrics.catalog(), table));
 * real.validate(goal, History.of(monthlyResult, goal.metricId().get(), goal.scope()));
 * }</pre>
 *
 * <p>The checks:
 * <ul>
 * <li><b>Specific</b>: a metric id (else error), a numeric target (else error), a scope (else warning: the goal
 * covers every channel, region and segment), a direction (else warning: a metric in no catalog and no explicit
 * direction, so no status can be given).
 * <li><b>Measurable</b>: the metric exists in the {@link MetricLookup} (else error) and has data in the goal's scope
 * (else error); a baseline value (else warning).
 * <li><b>Achievable</b>: the required compound growth per period of the history's grain,
 * {@code r = (target / baseline)^(1/n) − 1} with {@code n} the number of periods from the baseline date to the
 * deadline, compared with the history: an error when {@code r} is steeper than the best single period of the
 * history, a warning when it is steeper than the history's compound average
 * {@code (last / first)^(1/(k)) − 1} over its {@code k} steps. "Steeper" follows the way the target lies from the
 * baseline (up for growth, down for reduction). Without baseline, target, dates, a positive baseline and target, or
 * a history of two positive values, the criterion gets a warning that it cannot be judged. The rates come from
 * {@link RequiredGrowth#requiredRate} of the analysis package (a single period's change is the compound rate over
 * one period), so the goal and the history are measured by one formula.
 * <li><b>Relevant</b>: the goal's {@link GoalType} recommends the metric (one of its key metrics or a variant of
 * their {@linkplain MetricDefinition#family() family}, such as {@code engagement_rate_by_reach} for
 * {@code engagement_rate}), or the goal states a justification; else an error.
 * <li><b>Time-bound</b>: a deadline (else error) after the baseline date (else error) and after today from the
 * injected {@link Clock} (else error); milestones outside the goal's period are warnings.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class SmartValidator {
    private final Clock clock;
    private final MetricLookup metrics;

    private SmartValidator(Clock clock, MetricLookup metrics) {
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Returns a validator that reads "today" from {@code clock} and checks metrics against {@code metrics}. */
    public static SmartValidator of(Clock clock, MetricLookup metrics) {
        return new SmartValidator(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(metrics,
                "metrics"));
    }

    /** Validates a goal with no history: achievability gets a warning that it cannot be judged. */
    public SmartReport validate(Goal goal) {
        return validate(goal, Optional.empty());
    }

    /** Validates a goal, judging achievability against the metric's {@code history}. */
    public SmartReport validate(Goal goal, History history) {
        return validate(goal, Optional.of(Objects.requireNonNull(history, "history")));
    }

    private SmartReport validate(Goal goal, Optional<History> history) {
        Objects.requireNonNull(goal, "goal");
        List<SmartFinding> out = new ArrayList<>();
        specific(goal, out);
        measurable(goal, out);
        achievable(goal, history, out);
        relevant(goal, out);
        timeBound(goal, out);
        return new SmartReport(goal, out);
    }

    private static void add(List<SmartFinding> out, SmartCriterion c, Severity s, String reason, String hint) {
        out.add(new SmartFinding(c, s, reason, hint));
    }

    private static void specific(Goal goal, List<SmartFinding> out) {
        SmartCriterion c = SmartCriterion.SPECIFIC;
        if (goal.metricId().isEmpty()) {
            add(out, c, Severity.ERROR, "the goal '" + goal.name() + "' names no metric",
                    "name the metric to move, such as engagement_rate_by_impressions");
        }
        if (goal.target().isEmpty() && goal.targetChange().isPresent()) {
            add(out, c, Severity.ERROR, "the goal's target is a change of " + Goal.percent(goal.targetChange().get())
                    + " but it has no baseline to apply it to", "set the baseline value and its date");
        } else if (goal.target().isEmpty()) {
            add(out, c, Severity.ERROR, "the goal has no numeric target",
                    "state the value to reach, such as 0.05 for 5%");
        }
        if (goal.metricId().isPresent() && goal.direction().isEmpty()) {
            add(out, c, Severity.WARNING, "the goal has no direction: its metric '" + goal.metricId().get()
                    + "' is in no catalog and the goal sets none", "set the direction, or name a catalog metric");
        }
        if (goal.scope().isEmpty()) {
            add(out, c, Severity.WARNING, "the goal has no scope, so it covers every channel, region and segment",
                    "add dimension filters such as channel=instagram, region=UK");
        }
    }

    private void measurable(Goal goal, List<SmartFinding> out) {
        SmartCriterion c = SmartCriterion.MEASURABLE;
        Optional<String> metric = goal.metricId();
        if (metric.isEmpty()) {
            add(out, c, Severity.ERROR, "nothing can be measured: the goal names no metric",
                    "name a metric of the catalog");
        } else if (!metrics.exists(metric.get())) {
            add(out, c, Severity.ERROR, "the metric '" + metric.get() + "' is not in the catalog",
                    "use a metric id of the catalog or define a custom metric first");
        } else if (!metrics.hasData(metric.get(), goal.scope())) {
            add(out, c, Severity.ERROR, "the metric '" + metric.get() + "' has no data for scope " + goal.scope(),
                    "connect a data source for this scope or widen the scope");
        }
        if (goal.baseline().isEmpty()) {
            add(out, c, Severity.WARNING, "the goal has no baseline value, so progress has no starting point",
                    "record the current value (an audit) and its date as the baseline");
        }
    }

    private static void achievable(Goal goal, Optional<History> history, List<SmartFinding> out) {
        SmartCriterion c = SmartCriterion.ACHIEVABLE;
        if (goal.baseline().isEmpty() || goal.target().isEmpty() || goal.deadline().isEmpty()) {
            add(out, c, Severity.WARNING, "achievability cannot be judged without a baseline, a target and a "
                    + "deadline", "set all three");
            return;
        }
        if (history.isEmpty() || history.get().values().size() < 2) {
            add(out, c, Severity.WARNING, "achievability cannot be judged without a history of at least 2 periods"
                    + history.map(h -> " (got " + h.values().size() + ")").orElse(""),
                    "pass the metric's past values per period");
            return;
        }
        History h = history.get();
        TimeGrain grain = h.grain();
        String unit = grain.name().toLowerCase(Locale.ROOT);
        LocalDate from = goal.baselineDate().orElseThrow();
        LocalDate to = goal.deadline().orElseThrow();
        long periods = grain.indexOf(to) - grain.indexOf(from);
        if (periods <= 0) {
            add(out, c, Severity.WARNING, Checks.format("achievability cannot be judged: no whole %s between the "
                    + "baseline date %s and the deadline %s", unit, from, to),
                    "set a deadline at least one " + unit + " after the baseline date");
            return;
        }
        BigDecimal baseline = goal.baseline().orElseThrow();
        BigDecimal target = goal.target().orElseThrow();
        if (baseline.signum() <= 0 || target.signum() <= 0) {
            add(out, c, Severity.WARNING, Checks.format("achievability cannot be judged: compound growth needs a "
                    + "positive baseline and target, were %s and %s", baseline.toPlainString(),
                    target.toPlainString()), "judge this goal by its absolute change instead");
            return;
        }
        List<BigDecimal> values = h.values();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).signum() <= 0) {
                add(out, c, Severity.WARNING, Checks.format("achievability cannot be judged: history value %d is "
                        + "%s, growth rates need positive values", i, values.get(i).toPlainString()),
                        "pass a history of positive values");
                return;
            }
        }
        int steps = values.size() - 1;
        boolean up = target.compareTo(baseline) >= 0;
        double[] rates = rates(baseline, target, periods, values);
        if (rates.length == 0) {
            add(out, c, Severity.WARNING, Checks.format("achievability cannot be judged: the growth rates of "
                    + "baseline %s, target %s and the history are outside the range of double arithmetic",
                    baseline.toPlainString(), target.toPlainString()), "rescale the values, such as to thousands");
            return;
        }
        double required = rates[0];
        double average = rates[1];
        double best = rates[2];
        double sign = up ? 1 : -1;
        String need = Checks.format("needs %s per %s for %d %ss (%s -> %s)", Num.signedPct(required), unit, periods,
                unit, baseline.toPlainString(), target.toPlainString());
        double atAverage = baseline.doubleValue() * Math.pow(1 + average, (double) periods);
        String bestText = Checks.format("the best %s in the history changed %s", unit, Num.signedPct(best));
        String averageText = Checks.format("the compound average is %s per %s over %d %ss",
                Num.signedPct(average), unit, steps, unit);
        String hint = Double.isFinite(atAverage)
                ? Checks.format("at the historical average the value would reach about %s by %s; lower the "
                + "target towards it or extend the deadline", Num.fmt(atAverage), to)
                : "lower the target towards the historical average or extend the deadline";
        if (sign * required > sign * best) {
            add(out, c, Severity.ERROR, "too steep: the goal " + need + ", but " + bestText + " and "
                    + averageText, hint);
        } else if (sign * required > sign * average) {
            add(out, c, Severity.WARNING, "a stretch: the goal " + need + ", steeper than the history's average "
                    + "though not its best period: " + averageText + " and " + bestText, hint);
        }
    }

    /**
     * The required rate, the history's compound average and its best single-period change (largest for growth,
     * most negative for a reduction), all from {@link RequiredGrowth#requiredRate}: a period's change
     * {@code v(i) / v(i−1) − 1} is the compound rate over one period. Empty when a value or a rate lies outside
     * the range of {@code double} arithmetic, or the periods exceed an {@code int}.
     */
    private static double[] rates(BigDecimal baseline, BigDecimal target, long periods, List<BigDecimal> values) {
        if (periods > Integer.MAX_VALUE || !positiveDouble(baseline) || !positiveDouble(target)) {
            return new double[0];
        }
        for (BigDecimal v : values) {
            if (!positiveDouble(v)) {
                return new double[0];
            }
        }
        boolean up = target.compareTo(baseline) >= 0;
        int steps = values.size() - 1;
        try {
            double required = RequiredGrowth.requiredRate(baseline.doubleValue(), target.doubleValue(),
                    (int) periods);
            double average = RequiredGrowth.requiredRate(values.get(0).doubleValue(),
                    values.get(steps).doubleValue(), steps);
            double best = up ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (int i = 1; i <= steps; i++) {
                double g = RequiredGrowth.requiredRate(values.get(i - 1).doubleValue(), values.get(i).doubleValue(),
                        1);
                best = up ? Math.max(best, g) : Math.min(best, g);
            }
            return new double[] {required, average, best};
        } catch (IllegalArgumentException overflow) {
            // The arguments were checked above, so RequiredGrowth refuses only a rate that overflows a double:
            // for a goal that is a finding ("cannot be judged"), not an exception.
            return new double[0];
        }
    }

    /** Whether {@code value} converts to a finite, positive {@code double} (not 0 by underflow). */
    private static boolean positiveDouble(BigDecimal value) {
        double d = value.doubleValue();
        return Double.isFinite(d) && d > 0;
    }

    private static void relevant(Goal goal, List<SmartFinding> out) {
        SmartCriterion c = SmartCriterion.RELEVANT;
        if (goal.justification().isPresent()) {
            return;
        }
        Optional<GoalType> type = goal.goalType();
        String metric = goal.metricId().orElse(null);
        if (type.isEmpty()) {
            add(out, c, Severity.ERROR, "the goal is linked to no business objective and states no justification",
                    "set its goal type, such as BRAND_AWARENESS, or justify why the metric matters");
        } else if (metric == null) {
            add(out, c, Severity.ERROR, "the goal serves " + type.get() + " but names no metric to link to it",
                    "pick one of " + type.get() + "'s key metrics: " + type.get().keyMetrics());
        } else if (!recommends(type.get(), goal)) {
            List<GoalType> better = goal.metric().map(GoalType::suggest).orElseGet(() -> GoalType.suggest(metric));
            add(out, c, Severity.ERROR, "the metric '" + metric + "' is not among the key metrics of " + type.get()
                    + " " + type.get().keyMetrics(), better.isEmpty()
                    ? "pick one of those metrics, or state a justification"
                    : "pick one of those metrics, serve " + better + " instead, or state a justification");
        }
    }

    /** By the family of the goal's metric definition when it has one, else by the standard catalog's. */
    private static boolean recommends(GoalType type, Goal goal) {
        Optional<MetricDefinition> definition = goal.metric();
        return definition.isPresent() ? type.recommends(definition.get())
                : type.recommends(goal.metricId().orElseThrow());
    }

    private void timeBound(Goal goal, List<SmartFinding> out) {
        SmartCriterion c = SmartCriterion.TIME_BOUND;
        LocalDate today = LocalDate.now(clock);
        if (goal.deadline().isEmpty()) {
            add(out, c, Severity.ERROR, "the goal has no deadline", "set the date by which the target is due");
            return;
        }
        LocalDate deadline = goal.deadline().get();
        Optional<LocalDate> start = goal.baselineDate();
        if (start.isPresent() && !deadline.isAfter(start.get())) {
            add(out, c, Severity.ERROR, "the deadline " + deadline + " is not after the baseline date " + start.get(),
                    "set a deadline after " + start.get());
        }
        if (!deadline.isAfter(today)) {
            add(out, c, Severity.ERROR, "the deadline " + deadline + " is not after today, " + today,
                    "set a deadline after " + today);
        }
        for (Milestone m : goal.milestones()) {
            boolean early = start.isPresent() && !m.date().isAfter(start.get());
            if (early || m.date().isAfter(deadline)) {
                add(out, c, Severity.WARNING, "the milestone on " + m.date() + " lies outside the goal's period ("
                        + start.map(LocalDate::toString).orElse("?") + " to " + deadline + ")",
                        "move it between the baseline date and the deadline");
            }
        }
    }
}
