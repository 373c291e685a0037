package org.kpisdk.goals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.kpisdk.core.metric.FunnelStage;
import org.kpisdk.core.metric.MetricCatalog;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMetrics;

/**
 * The lint for a selection of KPIs: "choose about two KPIs per funnel stage — too many KPIs kill the KPI"
 * (DOMAIN Part 0, seeds 000 and 003).
 *
 * <pre>{@code
 * List<Finding> findings = KpiSelection.lint(List.of("reach", "impressions", "brand_mentions", "cpa"));
 * // WARNING kpis_per_stage: 3 KPIs at stage AWARENESS (reach, impressions, brand_mentions); ...
 * // INFO    empty_stage:    no KPI at stage ENGAGEMENT; ...
 * KpiSelection.lint(List.of("engagement_rate", "engagement_rate_by_reach"));
 * // WARNING same_family:    engagement_rate and engagement_rate_by_reach are variants of one KPI ...
 * }</pre>
 *
 * <p>Each metric is resolved in a {@link MetricCatalog} ({@link StandardMetrics#catalog()} by default) and sits at
 * the metric's {@linkplain MetricDefinition#stage() stage}. The variants of one
 * {@linkplain MetricDefinition#family() family} count as one KPI. Rules: more than {@value #MAX_PER_STAGE} KPIs at
 * one stage is a {@link Severity#WARNING} ({@code kpis_per_stage}); two or more variants of one family are a
 * {@link Severity#WARNING} ({@code same_family}: the selection measures one KPI twice); a stage between the first
 * and the last covered stage with no KPI is an {@link Severity#INFO} ({@code empty_stage}); a metric whose stage is
 * unknown (not in the catalog, or {@link FunnelStage#UNASSIGNED}) is a {@link Severity#WARNING}
 * ({@code unknown_stage}). Duplicate ids count once.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class KpiSelection {
    /** The most KPIs per stage before the lint warns. */
    public static final int MAX_PER_STAGE = 2;

    private KpiSelection() {
    }

    /** Lints metric ids resolved in the standard catalog, each at its stage. */
    public static List<Finding> lint(Collection<String> metricIds) {
        return lint(metricIds, Map.of());
    }

    /**
     * Lints metric ids resolved in the standard catalog, placing each at the stage given in {@code stages} or else
     * at its metric's stage.
     *
     * @param metricIds the selected KPIs
     * @param stages    explicit stages that override the catalog's (custom metrics, another funnel reading)
     */
    public static List<Finding> lint(Collection<String> metricIds, Map<String, FunnelStage> stages) {
        return lint(metricIds, stages, StandardMetrics.catalog());
    }

    /**
     * Lints metric ids resolved in {@code catalog} (whose custom metrics declare their own family and stage),
     * placing each at the stage given in {@code stages} or else at its metric's stage.
     */
    public static List<Finding> lint(Collection<String> metricIds, Map<String, FunnelStage> stages,
            MetricCatalog catalog) {
        Objects.requireNonNull(metricIds, "metricIds");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(catalog, "catalog");
        Map<FunnelStage, Map<String, List<String>>> byStage = new EnumMap<>(FunnelStage.class);
        List<Finding> findings = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (String id : metricIds) {
            ids.add(Checks.metricId(id, "metricIds element"));
        }
        for (String id : ids) {
            Optional<MetricDefinition> metric = catalog.metric(id);
            FunnelStage stage = stages.containsKey(id) ? Objects.requireNonNull(stages.get(id), "stage of " + id)
                    : metric.map(MetricDefinition::stage).orElse(FunnelStage.UNASSIGNED);
            if (stage == FunnelStage.UNASSIGNED) {
                findings.add(new Finding("unknown_stage", Severity.WARNING,
                        Checks.format("metric '%s' has no known funnel stage", id),
                        "pass its stage explicitly so the per-stage rule can count it"));
                continue;
            }
            String family = metric.map(MetricDefinition::family).orElse(id);
            byStage.computeIfAbsent(stage, s -> new LinkedHashMap<>()).computeIfAbsent(family,
                    f -> new ArrayList<>()).add(id);
        }
        byStage.forEach((stage, families) -> {
            families.forEach((family, variants) -> {
                if (variants.size() > 1) {
                    findings.add(new Finding("same_family", Severity.WARNING,
                            Checks.format("%s are variants of one KPI (family %s) and count once",
                                    String.join(" and ", variants), family),
                            "keep the variant the objective is judged by and report the others as diagnostics"));
                }
            });
            if (families.size() > MAX_PER_STAGE) {
                List<String> list = new ArrayList<>();
                families.values().forEach(variants -> list.add(variants.get(0)));
                findings.add(new Finding("kpis_per_stage", Severity.WARNING,
                        Checks.format("%d KPIs at stage %s (%s); about %d per stage keeps the scorecard readable",
                                list.size(), stage, String.join(", ", list), MAX_PER_STAGE),
                        Checks.format("keep the %d that best reflect the objective at %s and report the others as "
                                + "diagnostics", MAX_PER_STAGE, stage)));
            }
        });
        if (!byStage.isEmpty()) {
            // An EnumMap's keys come in stage order.
            List<FunnelStage> used = new ArrayList<>(byStage.keySet());
            FunnelStage first = used.get(0);
            FunnelStage last = used.get(used.size() - 1);
            for (FunnelStage s : FunnelStage.values()) {
                if (s.compareTo(first) > 0 && s.compareTo(last) < 0 && !byStage.containsKey(s)) {
                    findings.add(new Finding("empty_stage", Severity.INFO,
                            Checks.format("no KPI at stage %s, between %s and %s", s, first, last),
                            Checks.format("add one of %s to see where the funnel leaks", typical(s, catalog))));
                }
            }
        }
        return List.copyOf(findings);
    }

    /** The first three family defaults of the catalog at {@code stage}, in catalog order. */
    private static List<String> typical(FunnelStage stage, MetricCatalog catalog) {
        List<String> ids = new ArrayList<>();
        for (MetricDefinition m : catalog.metrics()) {
            if (m.stage() == stage && m.family().equals(m.id()) && ids.size() < 3) {
                ids.add(m.id());
            }
        }
        return ids;
    }
}
