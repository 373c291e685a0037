package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import javax.annotation.Nullable;

import org.kpisdk.core.aggregate.Change;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.analysis.KpiSeries;
import org.kpisdk.core.analysis.PeriodOverPeriod;
import org.kpisdk.core.metric.FunnelStage;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.value.Dimensions;

/**
 * KPIs side by side: value, target, reference, status, trend and explanation per metric and scope, grouped by
 * funnel stage. This is the "score KPIs" API other tools call.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.builder(LocalDate.of(2026, 7, 1), StatusPolicy.recruiterflow())
 *         .values(Dimensions.of("channel", "instagram"), Map.of(
 *                 "engagement_rate_by_impressions", Optional.of(new BigDecimal("0.041")),
 *                 "reach", Optional.of(new BigDecimal("120000"))))
 *         .goal(engagementGoal)
 *         .references(References.instagramCompetitor("Rival Co"))
 *         .trend("reach", Dimensions.of("channel", "instagram"), new BigDecimal("0.08"))
 *         .build();
 * card.byStage().get(FunnelStage.ENGAGEMENT).get(0).status().status();   // GREEN, YELLOW, RED or NONE
 *
 * // From the aggregation engine: an observation table, a query, its result.
 * QueryResult result = Query.builder().metric(StandardMetrics.ENGAGEMENT_RATE_BY_IMPRESSIONS)
 *         .where("channel", "instagram").groupBy("content_type").grain(TimeGrain.MONTH)
 *         .build().execute(table);
 * Scorecard fromQuery = Scorecard.of(asOf, StatusPolicy.recruiterflow(), result, goals,
 *         References.instagramCompetitor("Rival Co"));
 * }</pre>
 *
 * <p>Targets across scopes: {@link Builder#targets} gives a metric a default target for every scope and overrides
 * for some ({@link Targets}), as HubSpot goals or Power BI targets do; a row without its own goal then gets a
 * target-only goal with the most specific target, and its explanation says where the target came from.
 *
 * <pre>{@code
 * Scorecard byChannel = Scorecard.builder(asOf, StatusPolicy.attainment())
 *         .values(cpaByChannel)                                          // a query grouped by channel
 *         .targets(Targets.of(StandardMetrics.CPA, new BigDecimal("25"))
 *                 .with(Dimensions.of("channel", "instagram"), new BigDecimal("40")))
 *         .build();
 * }</pre>
 *
 * <p>Rows come from every (metric, scope) that has a value or a goal, and from every override of a
 * {@link Targets} that applies to no other row of its metric (a row with no data, so that no target is silently
 * dropped). A row's goal is the goal with the same metric and scope, else the target-only goal of the metric's
 * {@link Targets} ({@link Targets#goalFor}); its reference is the applicable reference
 * ({@link Reference#appliesTo}) with the largest scope, the first added on a tie; its stage is the one set with
 * {@link Builder#stage}, else the metric's standard {@link FunnelStage#of stage}, else
 * {@link FunnelStage#UNASSIGNED}. Rows are ordered by stage, metric id and scope.
 *
 * <p>Immutable and thread-safe.
 */
public final class Scorecard {
    private final LocalDate asOf;
    private final List<ScorecardRow> rows;

    private Scorecard(LocalDate asOf, List<ScorecardRow> rows) {
        this.asOf = asOf;
        this.rows = List.copyOf(rows);
    }

    /** Returns a builder of a scorecard assessed on {@code asOf} with {@code policy}. */
    public static Builder builder(LocalDate asOf, StatusPolicy policy) {
        return new Builder(Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Returns the scorecard of an aggregation result: {@code builder(asOf, policy).values(result).goals(goals)
     * .references(references).build()}; see {@link Builder#values(QueryResult)} for how rows, scopes and trends
     * are read.
     *
     * @throws IllegalArgumentException as {@link Builder#goal}, when two goals share a metric and scope or a goal
     *                                  names no metric
     */
    public static Scorecard of(LocalDate asOf, StatusPolicy policy, QueryResult result, Collection<Goal> goals,
            Collection<Reference> references) {
        return builder(asOf, policy).values(result).goals(goals).references(references).build();
    }

    /** Returns the day of the assessment. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Returns every row, ordered by stage, metric id and scope. */
    public List<ScorecardRow> rows() {
        return rows;
    }

    /** Returns the rows grouped by funnel stage, stages in funnel order, only stages that have rows. */
    public Map<FunnelStage, List<ScorecardRow>> byStage() {
        Map<FunnelStage, List<ScorecardRow>> map = new EnumMap<>(FunnelStage.class);
        for (ScorecardRow r : rows) {
            map.computeIfAbsent(r.stage(), s -> new ArrayList<>()).add(r);
        }
        map.replaceAll((s, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(map);
    }

    /** Returns the row of a metric in a scope, if any. */
    public Optional<ScorecardRow> row(String metricId, Dimensions scope) {
        for (ScorecardRow r : rows) {
            if (r.metricId().equals(metricId) && r.scope().equals(scope)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Returns one line per row: stage, metric, scope, value, target, status and explanation. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Scorecard as of ").append(asOf);
        for (ScorecardRow r : rows) {
            sb.append('\n').append(r.stage()).append(' ').append(r.metricId()).append(' ').append(r.scope())
                    .append(": ").append(r.value().map(Num::fmt).orElse("no data")).append(" / target ")
                    .append(r.target().map(Num::fmt).orElse("-")).append(' ').append(r.status().status())
                    .append(" - ").append(r.explanation());
        }
        return sb.toString();
    }

    private static final class Key {
        final String metricId;
        final Dimensions scope;

        Key(String metricId, Dimensions scope) {
            this.metricId = metricId;
            this.scope = scope;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Key key && key.metricId.equals(metricId) && key.scope.equals(scope);
        }

        @Override
        public int hashCode() {
            return metricId.hashCode() * 31 + scope.hashCode();
        }
    }

    /** A single-threaded builder of {@link Scorecard}s. */
    public static final class Builder {
        private final LocalDate asOf;
        private final StatusPolicy policy;
        private final Map<Key, Optional<BigDecimal>> values = new LinkedHashMap<>();
        private final Map<Key, Goal> goals = new LinkedHashMap<>();
        private final List<Reference> references = new ArrayList<>();
        private final Map<Key, BigDecimal> trends = new HashMap<>();
        private final Map<String, FunnelStage> stages = new HashMap<>();
        private final Map<String, Targets> targets = new LinkedHashMap<>();
        private final Map<String, MetricDefinition> definitions = new HashMap<>();
        private ValueForecast forecast = ValueForecast.linearRunRate();

        private Builder(LocalDate asOf, StatusPolicy policy) {
            this.asOf = asOf;
            this.policy = policy;
        }

        /** Sets the value of a metric in a scope; empty means no data. A later call replaces an earlier one. */
        public Builder value(String metricId, Dimensions scope, Optional<BigDecimal> value) {
            Checks.metricId(metricId, "metricId");
            Objects.requireNonNull(scope, "scope");
            values.put(new Key(metricId, scope), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets the value of a metric in a scope. */
        public Builder value(String metricId, Dimensions scope, BigDecimal value) {
            return value(metricId, scope, Optional.of(Objects.requireNonNull(value, "value")));
        }

        /** Sets the values of several metrics in one scope: metric id to value, empty for no data. */
        public Builder values(Dimensions scope, Map<String, Optional<BigDecimal>> valuesById) {
            Objects.requireNonNull(valuesById, "valuesById");
            new TreeMap<>(valuesById).forEach((id, v) -> value(id, scope, v));
            return this;
        }

        /**
         * Sets the values (and trends) of every metric of an aggregation result, one scope per group.
         *
         * <p>A group's scope is its grouping dimensions plus every filter of the query that keeps a single value of
         * a dimension it does not group by: a query {@code where("channel", "instagram").groupBy("content_type")}
         * yields the scopes {@code {channel=instagram, content_type=video}} and so on, which is how goals are
         * scoped. An undefined metric value (a rate over zero impressions) is a row with no data.
         *
         * <p>A query without a time grain gives each group's value. A query with a grain gives, per scope, the
         * value of the latest period that starts on or before the scorecard's day ({@code asOf}); later periods
         * are ignored and a scope with none is left out. Its trend is the relative change against the query's
         * {@link org.kpisdk.core.aggregate.Comparison} when the query has one, else the period-over-period relative
         * change of the scope's series ({@link PeriodOverPeriod#relativeChange}); no trend when that is undefined
         * (the previous period missing, undefined or zero).
         */
        public Builder values(QueryResult result) {
            Objects.requireNonNull(result, "result");
            Query query = result.query();
            // Per scope, its rows up to asOf; rows come in period order per group, so the last one is the latest.
            Map<Dimensions, List<QueryResult.Row>> byScope = new LinkedHashMap<>();
            for (QueryResult.Row row : result.rows()) {
                if (row.period().isEmpty() || !row.period().get().start().isAfter(asOf)) {
                    byScope.computeIfAbsent(QueryResults.scopeOf(query, row), k -> new ArrayList<>()).add(row);
                }
            }
            for (Map.Entry<Dimensions, List<QueryResult.Row>> e : byScope.entrySet()) {
                Dimensions scope = e.getKey();
                List<QueryResult.Row> rows = e.getValue();
                QueryResult.Row row = rows.get(rows.size() - 1);
                for (MetricDefinition metric : query.metrics()) {
                    String id = metric.id();
                    definitions.put(id, metric);
                    value(id, scope, row.value(id).value());
                    if (row.period().isPresent()) {
                        trendOf(query, rows, id).ifPresent(t -> trend(id, scope, t));
                    }
                }
            }
            return this;
        }

        /** The change of the last row: the query's comparison, else the last period-over-period relative change. */
        private static Optional<BigDecimal> trendOf(Query query, List<QueryResult.Row> rows, String id) {
            QueryResult.Row row = rows.get(rows.size() - 1);
            Optional<Change> change = row.change(id);
            if (change.isPresent()) {
                return change.get().relativeChange();
            }
            KpiSeries series = QueryResults.series(query.grain().orElseThrow(), rows, id);
            OptionalDouble t = PeriodOverPeriod.relativeChange(series).value(series.size() - 1);
            return t.isPresent() ? Optional.of(BigDecimal.valueOf(t.getAsDouble())) : Optional.empty();
        }

        /**
         * Adds a goal; its row is the goal's metric in the goal's scope.
         *
         * @throws IllegalArgumentException when the goal names no metric, or another goal has its metric and scope
         */
        public Builder goal(Goal goal) {
            Objects.requireNonNull(goal, "goal");
            String id = goal.metricId().orElseThrow(() -> new IllegalArgumentException(
                    "goal '" + goal.name() + "' must name a metric to appear on a scorecard"));
            Key key = new Key(id, goal.scope());
            Goal previous = goals.putIfAbsent(key, goal);
            goal.metric().ifPresent(m -> definitions.putIfAbsent(id, m));
            Checks.argument(previous == null, "goals '%s' and '%s' both target %s %s; keep one per metric and scope",
                    previous == null ? "" : previous.name(), goal.name(), id, goal.scope());
            return this;
        }

        /** Adds goals. */
        public Builder goals(Collection<Goal> goals) {
            goals.forEach(this::goal);
            return this;
        }

        /**
         * Adds the targets of a metric across scopes: each row of the metric without its own {@link #goal} is
         * assessed against a target-only goal with the most specific target ({@link Targets#goalFor}).
         *
         * @throws IllegalArgumentException when targets of the same metric were added before
         */
        public Builder targets(Targets targets) {
            Objects.requireNonNull(targets, "targets");
            Targets previous = this.targets.putIfAbsent(targets.metricId(), targets);
            Checks.argument(previous == null, "targets of %s were already added (%s); add overrides with "
                    + "Targets.with instead, was %s", targets.metricId(), previous, targets);
            definitions.putIfAbsent(targets.metricId(), targets.metric());
            return this;
        }

        /** Adds a reference. */
        public Builder reference(Reference reference) {
            references.add(Objects.requireNonNull(reference, "reference"));
            return this;
        }

        /** Adds references. */
        public Builder references(Collection<Reference> references) {
            references.forEach(this::reference);
            return this;
        }

        /** Sets the trend of a metric in a scope, such as the period-over-period change. */
        public Builder trend(String metricId, Dimensions scope, BigDecimal change) {
            Checks.metricId(metricId, "metricId");
            trends.put(new Key(metricId, Objects.requireNonNull(scope, "scope")),
                    Objects.requireNonNull(change, "change"));
            return this;
        }

        /** Places a metric at a funnel stage, overriding the stage of its definition. */
        public Builder stage(String metricId, FunnelStage stage) {
            stages.put(Checks.metricId(metricId, "metricId"), Objects.requireNonNull(stage, "stage"));
            return this;
        }

        /** Sets the forecast used by a {@link StatusPolicy.Basis#FORECAST} policy; run rate by default. */
        public Builder forecast(ValueForecast forecast) {
            this.forecast = Objects.requireNonNull(forecast, "forecast");
            return this;
        }

        /**
         * Builds the scorecard, assessing every row.
         *
         * @throws IllegalArgumentException when a row's scope has two equally specific overrides of a
         *                                  {@link Targets} with different targets
         */
        public Scorecard build() {
            Map<Key, Boolean> keys = new LinkedHashMap<>();
            values.keySet().forEach(k -> keys.put(k, Boolean.TRUE));
            goals.keySet().forEach(k -> keys.put(k, Boolean.TRUE));
            for (Targets t : targets.values()) {
                for (Dimensions override : t.overrides().keySet()) {
                    boolean covered = false;
                    for (Key k : keys.keySet()) {
                        covered |= k.metricId.equals(t.metricId()) && k.scope.containsAll(override);
                    }
                    if (!covered) {
                        keys.put(new Key(t.metricId(), override), Boolean.TRUE);
                    }
                }
            }
            List<ScorecardRow> rows = new ArrayList<>();
            for (Key key : keys.keySet()) {
                rows.add(row(key));
            }
            rows.sort(Comparator.comparing(ScorecardRow::stage).thenComparing(ScorecardRow::metricId)
                    .thenComparing(r -> r.scope().toString()));
            return new Scorecard(asOf, rows);
        }

        private ScorecardRow row(Key key) {
            Optional<BigDecimal> value = values.getOrDefault(key, Optional.empty());
            Optional<Goal> goal = Optional.ofNullable(goals.get(key));
            Optional<String> targetSource = Optional.empty();
            Targets metricTargets = targets.get(key.metricId);
            if (goal.isEmpty() && metricTargets != null) {
                goal = Optional.of(metricTargets.goalFor(key.scope));
                targetSource = Optional.of(metricTargets.sourceFor(key.scope));
            }
            Optional<Reference> reference = Optional.empty();
            Optional<MetricDefinition> metric = Optional.ofNullable(definitions.get(key.metricId))
                    .or(() -> Identities.standard(key.metricId));
            for (Reference r : references) {
                boolean applies = metric.isPresent() ? r.appliesTo(metric.get(), key.scope)
                        : r.appliesTo(key.metricId, key.scope);
                if (applies
                        && (reference.isEmpty() || r.scope().size() > reference.get().scope().size())) {
                    reference = Optional.of(r);
                }
            }
            Optional<BigDecimal> trend = Optional.ofNullable(trends.get(key));
            FunnelStage stage = stages.containsKey(key.metricId) ? stages.get(key.metricId)
                    : metric.map(MetricDefinition::stage).orElse(FunnelStage.UNASSIGNED);
            Assessment status = goal.isPresent() ? policy.assess(goal.get(), value, asOf, forecast)
                    : new Assessment(Status.NONE, "no goal", "no_goal", Optional.empty(),
                    "no goal for " + key.metricId + " " + key.scope + ", so no status");
            StringBuilder why = new StringBuilder(status.explanation());
            targetSource.ifPresent(source -> why.append("; ").append(source));
            if (reference.isPresent()) {
                Reference r = reference.get();
                why.append("; ").append(value.isPresent() ? r.describe(value.get())
                        : r.label() + ": " + Num.fmt(r.value()));
            }
            trend.ifPresent(t -> why.append("; trend ").append(t.signum() > 0 ? "+" : "").append(Num.fmt(t)));
            return new ScorecardRow(stage, key.metricId, key.scope, value, goal, reference, status, trend,
                    why.toString());
        }
    }
}
