package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

import org.kpisdk.core.value.Direction;

/**
 * How a goal's current value turns into a traffic-light {@link Assessment}: a basis (the score), half-open
 * {@link Band bands} on that score, a direction, and guards that fire before the bands.
 *
 * <pre>{@code
 * StatusPolicy policy = StatusPolicy.builder("my dashboard", StatusPolicy.Basis.PACE_RATIO)
 *         .bands(List.of(Band.atLeast(new BigDecimal("0.95"), Status.GREEN, "on track"),
 *                        Band.atLeast(new BigDecimal("0.80"), Status.YELLOW, "behind"),
 *                        Band.otherwise(Status.RED, "at risk")))
 *         .tooEarlyBelow(new BigDecimal("0.2"))
 *         .achievedIsGreen(true)
 *         .pastDueIsRed(true)
 *         .build();
 * Assessment a = policy.assess(goal, Optional.of(new BigDecimal("0.041")), LocalDate.of(2026, 7, 1));
 * }</pre>
 *
 * <p>Guards, in this order: <b>no data</b> ({@link Status#NONE}: no current value, or the goal lacks what the basis
 * needs); <b>achieved</b> ({@link Status#GREEN} once the current value meets the target, if enabled);
 * <b>past due</b> ({@link Status#RED} after the deadline when the target is not met, if enabled); <b>too early</b>
 * ({@link Status#NONE} while the elapsed share of the period is below a fraction, if set). Then the first matching
 * band gives the status.
 *
 * <p>Presets reproduce the vendor schemes of DOMAIN Part D.4 — {@link #googleOkr()}, {@link #engagedly()},
 * {@link #recruiterflow()}, {@link #innovationMinds()}, {@link #salesScreen()}, {@link #dashboardSmashboard()},
 * {@link #powerBiKpi()}, {@link #powerBiScorecard} — so that a user can match the dashboard they know, in the
 * vendor's words and colours ({@link Band#colour()}); {@link #attainment()} is the library's own scale for a goal
 * that has only a target.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusPolicy {
    /** What the bands are applied to. */
    public enum Basis {
        /** Progress {@code (current − baseline) / (target − baseline)}, as an OKR grade (ratio). */
        PROGRESS,
        /** Attainment {@code current / target}, or {@code target / current} when lower is better (ratio). */
        ATTAINMENT,
        /**
         * Current value over the pace value expected today on the straight line from baseline to target
         * ({@code expected / current} when lower is better) (ratio).
         */
        PACE_RATIO,
        /**
         * Pace gap in percentage points: elapsed share of the period × 100 minus progress × 100; positive when
         * behind.
         */
        PACE_GAP,
        /** Forecast value at the deadline over the target ({@code target / forecast} when lower is better) (ratio). */
        FORECAST,
        /**
         * Distance to the target, Power BI's "distance to goal": {@code (current − target) / |target|}, or
         * {@code (target − current) / |target|} when lower is better, so that a positive distance is always good;
         * undefined for a zero target.
         */
        DISTANCE
    }

    private final String name;
    private final Basis basis;
    private final Bands bands;
    @Nullable private final Direction direction;
    @Nullable private final BigDecimal tooEarlyBelow;
    private final boolean achievedIsGreen;
    private final boolean pastDueIsRed;

    private StatusPolicy(Builder b) {
        this.name = b.name;
        this.basis = b.basis;
        this.bands = new Bands(b.bands);
        this.direction = b.direction;
        this.tooEarlyBelow = b.tooEarlyBelow;
        this.achievedIsGreen = b.achievedIsGreen;
        this.pastDueIsRed = b.pastDueIsRed;
    }

    /** Returns a builder of a policy with the given name (shown in explanations) and basis. */
    public static Builder builder(String name, Basis basis) {
        return new Builder(Checks.text(name, "name"), Objects.requireNonNull(basis, "basis"));
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /**
     * Google's OKR colour scale on progress: red below 0.4, yellow below 0.7, green from 0.7 (re:Work "Grade OKRs";
     * Google's OKR Playbook). No guards.
     */
    public static StatusPolicy googleOkr() {
        return builder("Google OKR", Basis.PROGRESS)
                .bands(List.of(Band.atLeast(d("0.7"), Status.GREEN, "delivered"),
                        Band.atLeast(d("0.4"), Status.YELLOW, "made progress, fell short"),
                        Band.otherwise(Status.RED, "failed to make real progress")))
                .build();
    }

    /**
     * Engagedly's automatic status: pace gap {@code expected % − actual %} below 16.5 points on track, 16.5 to 33
     * (both included) behind, above 33 at risk; achieved once actual reaches 100 %.
     */
    public static StatusPolicy engagedly() {
        return builder("Engagedly", Basis.PACE_GAP)
                .bands(List.of(Band.below(d("16.5"), Status.GREEN, "on track"),
                        Band.atMost(d("33"), Status.YELLOW, "behind"),
                        Band.otherwise(Status.RED, "at risk")))
                .achievedIsGreen(true)
                .build();
    }

    /**
     * Recruiterflow's goal status: actual over the pro-rated target from 99 % on track, from 81 % behind, below 81 %
     * at risk; reached or exceeded goals are green.
     */
    public static StatusPolicy recruiterflow() {
        return builder("Recruiterflow", Basis.PACE_RATIO)
                .bands(List.of(Band.atLeast(d("0.99"), Status.GREEN, "on track"),
                        Band.atLeast(d("0.81"), Status.YELLOW, "behind"),
                        Band.otherwise(Status.RED, "at risk")))
                .achievedIsGreen(true)
                .build();
    }

    /**
     * innovationminds' key-result status: at or above the expected value on track, within a 10 % buffer below it
     * progressing, below that off track; past due once the deadline has passed without reaching the target.
     */
    public static StatusPolicy innovationMinds() {
        return builder("innovationminds", Basis.PACE_RATIO)
                .bands(List.of(Band.atLeast(d("1"), Status.GREEN, "on track"),
                        Band.atLeast(d("0.9"), Status.YELLOW, "progressing"),
                        Band.otherwise(Status.RED, "off track")))
                .pastDueIsRed(true)
                .build();
    }

    /**
     * SalesScreen's colouring of target widgets: forecast over target from 100 % green, 50–99 % yellow, 0–49 % red;
     * use with {@link ValueForecast#linearRunRate()} for its run-rate forecast.
     */
    public static StatusPolicy salesScreen() {
        return builder("SalesScreen", Basis.FORECAST)
                .bands(List.of(Band.atLeast(d("1"), Status.GREEN, "forecast meets target"),
                        Band.atLeast(d("0.5"), Status.YELLOW, "forecast short of target"),
                        Band.otherwise(Status.RED, "forecast far short of target")))
                .build();
    }

    /**
     * DashboardSmashboard's card ("Reading your card"): attainment from 105 % exceeding, 100–105 % reached (both
     * green), 85–100 % needs attention (yellow), 75–85 % at risk (orange: {@link Colour#ORANGE}, rolled up as
     * {@link Status#YELLOW}), below 75 % critical (red); no status in the first 20 % of the period.
     */
    public static StatusPolicy dashboardSmashboard() {
        return builder("DashboardSmashboard", Basis.ATTAINMENT)
                .bands(List.of(Band.atLeast(d("1.05"), Status.GREEN, "exceeding"),
                        Band.atLeast(d("1"), Status.GREEN, "reached"),
                        Band.atLeast(d("0.85"), Status.YELLOW, "needs attention"),
                        Band.atLeast(d("0.75"), Status.YELLOW, "at risk").withColour(Colour.ORANGE),
                        Band.otherwise(Status.RED, "critical")))
                .tooEarlyBelow(d("0.2"))
                .build();
    }

    /**
     * The library's attainment scale, for a goal that has only a target (no baseline, no deadline): a met target
     * ({@code current >= target}, or {@code <=} when lower is better) is green by the achieved guard, also where the
     * ratio is undefined (a cost of 0 against a target of 20); otherwise attainment ({@code current / target}, or
     * {@code target / current} when lower is better), which is then below 1, from 0.9 is within 10 % of the target
     * (yellow) and below 0.9 short of the target (red). The 1 and 0.9 edges are the library's defaults, taken from
     * innovationminds' 10 % buffer below the expected value (DOMAIN D.4) and applied here to the target itself; pass
     * your own bands to {@link #builder} with {@link Basis#ATTAINMENT} for another scale.
     *
     * <pre>{@code
     * Goal cpa = Goal.builder("CPA at most 25").metric("cpa").target(new BigDecimal("25"))
     *         .direction(Direction.LOWER_IS_BETTER).build();
     * StatusPolicy.attainment().assess(cpa, Optional.of(new BigDecimal("27")), today).status();   // YELLOW: 0.9259
     * }</pre>
     */
    public static StatusPolicy attainment() {
        return builder("Attainment", Basis.ATTAINMENT)
                .bands(List.of(Band.atLeast(d("0.9"), Status.YELLOW, "within 10% of target"),
                        Band.otherwise(Status.RED, "short of target")))
                .achievedIsGreen(true)
                .build();
    }

    /**
     * Power BI's KPI visual: the indicator against its target (goal) in the direction the report sets ("High is
     * good" or "Low is good"), good (green) when the target is reached and bad (red) otherwise, with the distance to
     * goal {@code (indicator − goal) / goal} as the score (learn.microsoft.com/power-bi/visuals/
     * power-bi-visualization-kpi: Trend axis, Direction, Distance to goal; powerbidocs.com "Power BI Key Performance
     * Indicator (KPI) Visual", 2020: green when the target is achieved, otherwise red, percentage
     * {@code (actual − target) / target}). Reaching the target exactly is good. The goal's direction stands for the
     * visual's; a lower-is-better distance is negated so that good is always {@code >= 0}. A zero target gives no
     * status, as the walkthrough's {@code DIVIDE} gives a blank distance.
     *
     * <pre>{@code
     * // Actual sales 2,600,000 against a target of 2,500,000: distance +0.04, GREEN (good).
     * StatusPolicy.powerBiKpi().assess(sales, Optional.of(new BigDecimal("2600000")), today);
     * }</pre>
     */
    public static StatusPolicy powerBiKpi() {
        return builder("Power BI KPI", Basis.DISTANCE)
                .bands(List.of(Band.atLeast(BigDecimal.ZERO, Status.GREEN, "good"),
                        Band.otherwise(Status.RED, "bad")))
                .build();
    }

    /**
     * Power BI scorecards' automated status rules on "percentage of target met": rules tried in priority order,
     * the first that holds sets the status, and the last is the "Otherwise" status
     * (learn.microsoft.com/power-bi/create-reports/service-metrics-status-rules). Power BI's percentage of target
     * met is {@code value / target} whatever the metric's direction, so this policy forces
     * {@link Direction#HIGHER_IS_BETTER}: write a lower-is-better metric's rules with {@link Band#atMost}
     * ({@code <= 1} on track). A rule's status keeps its Power BI colour through {@link Band#withColour}; rules
     * on the value itself or on dates are not modelled.
     *
     * <pre>{@code
     * StatusPolicy rules = StatusPolicy.powerBiScorecard(List.of(
     *         Band.atLeast(new BigDecimal("1"), Status.GREEN, "On track"),
     *         Band.atLeast(new BigDecimal("0.8"), Status.YELLOW, "At risk"),
     *         Band.otherwise(Status.RED, "Behind")));
     * }</pre>
     *
     * @param rules the "% of target met" rules as bands (1 = 100 %), in priority order, the last one
     *              {@link Band#otherwise}
     * @throws IllegalArgumentException when the rules are not bands as {@link Builder#bands} requires
     */
    public static StatusPolicy powerBiScorecard(List<Band> rules) {
        Objects.requireNonNull(rules, "rules");
        return builder("Power BI scorecard", Basis.ATTAINMENT).direction(Direction.HIGHER_IS_BETTER).bands(rules)
                .build();
    }

    /** Returns the name shown in explanations. */
    public String name() {
        return name;
    }

    /** Returns the basis. */
    public Basis basis() {
        return basis;
    }

    /** Returns the bands, best first. */
    public List<Band> bands() {
        return bands.list();
    }

    /**
     * Returns the direction set on the policy; empty means each goal's own {@link Goal#direction()} (a goal with
     * none gets {@link Status#NONE}).
     */
    public Optional<Direction> direction() {
        return Optional.ofNullable(direction);
    }

    /** Returns the elapsed share of the period below which no status is given, if set. */
    public Optional<BigDecimal> tooEarlyBelow() {
        return Optional.ofNullable(tooEarlyBelow);
    }

    /** Returns whether a goal whose target is met is green regardless of the bands. */
    public boolean achievedIsGreen() {
        return achievedIsGreen;
    }

    /** Returns whether a goal past its deadline without meeting its target is red regardless of the bands. */
    public boolean pastDueIsRed() {
        return pastDueIsRed;
    }

    /**
     * Assesses a goal on {@code asOf}; a {@link Basis#FORECAST} policy uses {@link ValueForecast#linearRunRate()}.
     *
     * @param goal    the goal
     * @param current the current value, empty when there is no data
     * @param asOf    the day of the assessment ("today")
     */
    public Assessment assess(Goal goal, Optional<BigDecimal> current, LocalDate asOf) {
        return assess(goal, current, asOf, ValueForecast.linearRunRate());
    }

    /**
     * Assesses a goal on {@code asOf}, taking the forecast of a {@link Basis#FORECAST} policy from {@code forecast}.
     */
    public Assessment assess(Goal goal, Optional<BigDecimal> current, LocalDate asOf, ValueForecast forecast) {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(forecast, "forecast");
        if (current.isEmpty()) {
            return none("no_data", "no data", "no current value of " + goal.metricId().orElse("the metric") + " "
                    + goal.scope());
        }
        BigDecimal value = current.get();
        if (goal.target().isEmpty()) {
            return none("no_data", "no data", "the goal has no target");
        }
        BigDecimal target = goal.target().get();
        List<String> missing = new ArrayList<>();
        boolean needsBaseline = basis == Basis.PROGRESS || basis == Basis.PACE_RATIO || basis == Basis.PACE_GAP;
        boolean needsDates = basis == Basis.PACE_RATIO || basis == Basis.PACE_GAP || basis == Basis.FORECAST
                || tooEarlyBelow != null;
        if (needsBaseline && goal.baseline().isEmpty()) {
            missing.add("a baseline");
        }
        if (needsDates && goal.elapsedFraction(asOf).isEmpty()) {
            missing.add("a baseline date and a later deadline");
        }
        if (!missing.isEmpty()) {
            return none("no_data", "no data", "the goal lacks " + String.join(" and ", missing) + " for the "
                    + basisName() + " basis");
        }
        Direction dir = direction != null ? direction : goal.direction().orElse(null);
        if (dir == null) {
            return none("no_direction", "no direction", "the goal's metric " + goal.metricId().map(id -> "'" + id
                    + "' is in no catalog").orElse("is not named") + " and the goal sets no direction");
        }
        boolean lower = dir == Direction.LOWER_IS_BETTER;
        int c = value.compareTo(target);
        boolean achieved = lower ? c <= 0 : c >= 0;
        String vs = "current " + Num.plain(value) + " " + (lower ? "<=" : ">=") + " target " + Num.plain(target)
                + (lower ? " (lower is better)" : "");
        if (achievedIsGreen && achieved) {
            return new Assessment(Status.GREEN, "achieved", "achieved", Optional.empty(),
                    tag() + "target achieved: " + vs + ", so GREEN (achieved)");
        }
        Optional<LocalDate> deadline = goal.deadline();
        if (pastDueIsRed && !achieved && deadline.isPresent() && asOf.isAfter(deadline.get())) {
            return new Assessment(Status.RED, "past due", "past_due", Optional.empty(),
                    tag() + "past due: the deadline " + deadline.get() + " passed before " + asOf + " and current "
                            + Num.plain(value) + " has not reached target " + Num.plain(target)
                            + ", so RED (past due)");
        }
        if (tooEarlyBelow != null) {
            BigDecimal elapsed = goal.elapsedFraction(asOf).orElseThrow();
            if (elapsed.compareTo(tooEarlyBelow) < 0) {
                LocalDate start = goal.baselineDate().orElseThrow();
                long days = Math.max(0, ChronoUnit.DAYS.between(start, asOf));
                long total = ChronoUnit.DAYS.between(start, deadline.orElseThrow());
                return new Assessment(Status.NONE, "too early", "too_early", Optional.empty(),
                        tag() + "too early: " + Num.pct(elapsed) + " of the period elapsed (" + days + " of " + total
                                + " days), status starts at " + Num.pct(tooEarlyBelow) + ", so no status");
            }
        }
        return bandStatus(goal, value, target, lower, asOf, forecast);
    }

    private Assessment bandStatus(Goal goal, BigDecimal value, BigDecimal target, boolean lower, LocalDate asOf,
            ValueForecast forecast) {
        BigDecimal score;
        String how;
        switch (basis) {
            case PROGRESS -> {
                Optional<BigDecimal> p = goal.progress(value);
                if (p.isEmpty()) {
                    return undefined("progress is undefined: the target equals the baseline "
                            + Num.plain(goal.baseline().orElseThrow()));
                }
                score = p.get();
                how = "progress " + bands.display(score) + " = (current " + Num.plain(value) + " - baseline "
                        + Num.plain(goal.baseline().orElseThrow()) + ") / (target " + Num.plain(target) + " - baseline "
                        + Num.plain(goal.baseline().orElseThrow()) + ")";
            }
            case ATTAINMENT -> {
                BigDecimal den = lower ? value : target;
                if (den.signum() <= 0) {
                    return undefined("attainment is undefined: " + (lower ? "current" : "target") + " is "
                            + Num.plain(den) + ", not positive");
                }
                score = Num.div(lower ? target : value, den);
                how = "attainment " + bands.display(score) + " = " + (lower ? "target " + Num.plain(target)
                        + " / current " + Num.plain(value) + " (lower is better)"
                        : "current " + Num.plain(value) + " / target " + Num.plain(target));
            }
            case PACE_RATIO -> {
                BigDecimal expected = goal.expectedAt(asOf).orElseThrow();
                BigDecimal den = lower ? value : expected;
                if (den.signum() <= 0) {
                    return undefined("the pace ratio is undefined: " + (lower ? "current" : "expected") + " is "
                            + Num.plain(den) + ", not positive");
                }
                score = Num.div(lower ? expected : value, den);
                String elapsed = " on " + asOf + " (" + Num.pct(goal.elapsedFraction(asOf).orElseThrow())
                        + " of the period elapsed)";
                how = "pace ratio " + bands.display(score) + " = " + (lower ? "expected " + Num.fmt(expected)
                        + " / current " + Num.plain(value) + elapsed + " (lower is better)" : "current "
                        + Num.plain(value)
                        + " / expected " + Num.fmt(expected) + elapsed);
            }
            case PACE_GAP -> {
                Optional<BigDecimal> p = goal.progress(value);
                if (p.isEmpty()) {
                    return undefined("the pace gap is undefined: the target equals the baseline "
                            + Num.plain(goal.baseline().orElseThrow()));
                }
                BigDecimal expectedPct = goal.elapsedFraction(asOf).orElseThrow().multiply(Num.HUNDRED);
                BigDecimal actualPct = p.get().multiply(Num.HUNDRED);
                score = expectedPct.subtract(actualPct);
                how = "pace gap " + bands.display(score) + " points = expected " + Num.fmt(expectedPct)
                        + "% - actual " + Num.fmt(actualPct) + "% of the way on " + asOf;
            }
            case DISTANCE -> {
                if (target.signum() == 0) {
                    return undefined("the distance to the target is undefined: the target is 0");
                }
                BigDecimal abs = target.abs();
                score = Num.div(lower ? target.subtract(value) : value.subtract(target), abs);
                how = "distance " + bands.display(score) + " = " + (lower ? "(target " + Num.plain(target)
                        + " - current " + Num.plain(value) + ") / " + Num.plain(abs) + " (lower is better)"
                        : "(current " + Num.plain(value) + " - target " + Num.plain(target) + ") / "
                        + Num.plain(abs));
            }
            default -> {
                Optional<BigDecimal> f = forecast.valueAtDeadline(goal, value, asOf);
                if (f.isEmpty()) {
                    return undefined("no forecast is available on " + asOf);
                }
                BigDecimal den = lower ? f.get() : target;
                if (den.signum() <= 0) {
                    return undefined("the forecast ratio is undefined: " + (lower ? "forecast" : "target") + " is "
                            + Num.plain(den) + ", not positive");
                }
                score = Num.div(lower ? target : f.get(), den);
                how = "forecast ratio " + bands.display(score) + " = " + (lower ? "target " + Num.plain(target)
                        + " / forecast " + Num.plain(f.get()) + " at " + goal.deadline().orElseThrow()
                        + " (lower is better)" : "forecast " + Num.plain(f.get()) + " at " + goal.deadline()
                        .orElseThrow() + " / target " + Num.plain(target));
            }
        }
        Band band = bands.match(score);
        return Assessment.of(band, score, tag() + how + "; " + bands.explain(score, band));
    }

    private String basisName() {
        return basis.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String tag() {
        return "[" + name + "] ";
    }

    private Assessment none(String rule, String label, String why) {
        return new Assessment(Status.NONE, label, rule, Optional.empty(), tag() + label + ": " + why
                + ", so no status");
    }

    private Assessment undefined(String why) {
        return new Assessment(Status.NONE, "undefined", "undefined", Optional.empty(), tag() + why
                + ", so no status");
    }

    /** Returns {@code StatusPolicy[name, basis, bands]}. */
    @Override
    public String toString() {
        return "StatusPolicy[" + name + ", " + basis + ", " + bands.list() + "]";
    }

    /** A single-threaded builder of {@link StatusPolicy}; bands are required. */
    public static final class Builder {
        private final String name;
        private final Basis basis;
        private List<Band> bands = List.of();
        @Nullable private Direction direction;
        @Nullable private BigDecimal tooEarlyBelow;
        private boolean achievedIsGreen;
        private boolean pastDueIsRed;

        private Builder(String name, Basis basis) {
            this.name = name;
            this.basis = basis;
        }

        /**
         * Sets the bands, tried in order: all comparing the same way with strictly monotone thresholds, the last one
         * {@link Band#otherwise}.
         */
        public Builder bands(List<Band> bands) {
            this.bands = List.copyOf(bands);
            return this;
        }

        /** Sets the direction for every goal, instead of each goal's own; {@link Direction#NEUTRAL} is refused. */
        public Builder direction(Direction direction) {
            Objects.requireNonNull(direction, "direction");
            Checks.argument(direction != Direction.NEUTRAL,
                    "direction of a status policy must be HIGHER_IS_BETTER or LOWER_IS_BETTER, was %s", direction);
            this.direction = direction;
            return this;
        }

        /** Gives no status while less than {@code fraction} (in [0, 1]) of the period has elapsed. */
        public Builder tooEarlyBelow(BigDecimal fraction) {
            Objects.requireNonNull(fraction, "fraction");
            Checks.argument(fraction.signum() >= 0 && fraction.compareTo(BigDecimal.ONE) <= 0,
                    "tooEarlyBelow must be in [0, 1], was %s", fraction.toPlainString());
            this.tooEarlyBelow = fraction;
            return this;
        }

        /** Makes a goal whose target is met green, whatever the bands say. */
        public Builder achievedIsGreen(boolean enabled) {
            this.achievedIsGreen = enabled;
            return this;
        }

        /** Makes a goal past its deadline without meeting the target red, whatever the bands say. */
        public Builder pastDueIsRed(boolean enabled) {
            this.pastDueIsRed = enabled;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @throws IllegalArgumentException when the bands are missing, unordered or mixed
         */
        public StatusPolicy build() {
            return new StatusPolicy(this);
        }
    }
}
