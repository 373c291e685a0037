package org.kpisdk.funnel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.metric.FunnelStage;
import org.kpisdk.core.metric.StandardMetrics;

/**
 * An ordered list of funnel stages, each with its KPIs; the default is the social-media funnel awareness →
 * engagement → consideration → conversion → loyalty → advocacy (DOMAIN.md D.6) with two KPIs per stage.
 *
 * <pre>{@code
 * StageModel model = StageModel.defaults();
 * model.lint();                                            // [] : every stage has one or two KPIs
 * FunnelCounts counts = model.counts(120_000, 9_000, 2_400, 300, 90, 12);
 * counts.stepConversion(3);                                // 300/2400 (consideration → conversion)
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class StageModel {
    /** The most KPIs a stage should have before {@link #lint()} reports it. */
    public static final int MAX_KPIS_PER_STAGE = 2;

    private static final StageModel DEFAULTS = new StageModel(List.of(
            Stage.ofMetrics(FunnelStage.AWARENESS.id(), StandardMetrics.REACH, StandardMetrics.IMPRESSIONS),
            Stage.ofMetrics(FunnelStage.ENGAGEMENT.id(), StandardMetrics.ENGAGEMENT_RATE, StandardMetrics.AMPLIFICATION_RATE),
            Stage.ofMetrics(FunnelStage.CONSIDERATION.id(), StandardMetrics.SOCIAL_CTR, StandardMetrics.SESSIONS),
            Stage.ofMetrics(FunnelStage.CONVERSION.id(), StandardMetrics.SOCIAL_MEDIA_CONVERSION_RATE, StandardMetrics.CPA),
            Stage.ofMetrics(FunnelStage.LOYALTY.id(), StandardMetrics.CSAT, StandardMetrics.UNSUBSCRIBE_RATE),
            Stage.ofMetrics(FunnelStage.ADVOCACY.id(), StandardMetrics.NPS, StandardMetrics.NET_SENTIMENT)));

    private final List<Stage> stages;

    private StageModel(List<Stage> stages) {
        this.stages = stages;
    }

    /**
     * Returns the default model, each stage named by {@link FunnelStage#id()} and measured by two metrics of
     * {@link StandardMetrics#catalog()} at that stage: awareness ({@code reach}, {@code impressions}), engagement
     * ({@code engagement_rate}, {@code amplification_rate}), consideration ({@code social_ctr}, {@code sessions}),
     * conversion ({@code social_media_conversion_rate}, {@code cpa}), loyalty ({@code csat},
     * {@code unsubscribe_rate}), advocacy ({@code nps}, {@code net_sentiment}).
     *
     * <p>DOMAIN D.6 also names KPIs the catalog has no formula for; the nearest catalog metric stands in: lead
     * conversion rate → site sessions (D.6's "site visits"), retention → the unsubscribe rate (a list's churn),
     * lifetime value → CSAT (CLV needs a lifespan and lives in {@code org.kpisdk.core.roi}), referral rate → net
     * sentiment (D.6's "sentiment").
     */
    public static StageModel defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a model of the given stages, in funnel order.
     *
     * @throws IllegalArgumentException if the list is empty or two stages share a name
     */
    public static StageModel of(List<Stage> stages) {
        Objects.requireNonNull(stages, "stages");
        List<Stage> copy = List.copyOf(stages);
        Checks.argument(!copy.isEmpty(), "stages must not be empty, was []");
        Set<String> names = new HashSet<>();
        for (Stage s : copy) {
            Checks.argument(names.add(s.name()), "stage names must be distinct, '%s' appears twice", s.name());
        }
        return new StageModel(copy);
    }

    /** Returns a model of the given stages, in funnel order. */
    public static StageModel of(Stage... stages) {
        return of(List.of(stages));
    }

    /** Returns the stages in funnel order. */
    public List<Stage> stages() {
        return stages;
    }

    /** Returns the stage names in funnel order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(stages.size());
        for (Stage s : stages) {
            names.add(s.name());
        }
        return List.copyOf(names);
    }

    /** Returns the stage called {@code name}, if any. */
    public Optional<Stage> stage(String name) {
        Objects.requireNonNull(name, "name");
        for (Stage s : stages) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Reports the stages with no KPI or with more than {@value #MAX_KPIS_PER_STAGE}, in funnel order; an empty list
     * when the model is sound. Weak models are findings, not exceptions.
     */
    public List<StageFinding> lint() {
        List<StageFinding> findings = new ArrayList<>();
        for (Stage s : stages) {
            int n = s.kpis().size();
            if (n == 0) {
                findings.add(new StageFinding(s.name(), StageFinding.Kind.NO_KPI,
                        Checks.format("stage '%s' has no KPI: give it at least one", s.name())));
            } else if (n > MAX_KPIS_PER_STAGE) {
                findings.add(new StageFinding(s.name(), StageFinding.Kind.TOO_MANY_KPIS, Checks.format(
                        "stage '%s' has %d KPIs, more than %d: too many KPIs kill the KPI", s.name(), n,
                        MAX_KPIS_PER_STAGE)));
            }
        }
        return List.copyOf(findings);
    }

    /**
     * Returns the funnel counts of this model, one count per stage in funnel order.
     *
     * @throws IllegalArgumentException if the number of counts differs from the number of stages, or a count is
     *                                  negative
     */
    public FunnelCounts counts(long... counts) {
        return FunnelCounts.of(names(), counts);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof StageModel stageModel && stageModel.stages.equals(stages);
    }

    @Override
    public int hashCode() {
        return stages.hashCode();
    }

    @Override
    public String toString() {
        return "StageModel" + stages;
    }
}
