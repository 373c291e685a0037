package org.kpisdk.goals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The lint for a selection of KPIs: "choose about two KPIs per funnel stage — too many KPIs kill the KPI"
 * (DOMAIN Part 0, seeds 000 and 003).
 *
 * <pre>{@code
 * List<Finding> findings = KpiSelection.lint(List.of("reach", "impressions", "brand_mentions", "cpa"));
 * // WARNING kpis_per_stage: 3 KPIs at stage AWARENESS (reach, impressions, brand_mentions); ...
 * // INFO    empty_stage:    no KPI at stage ENGAGEMENT; ...
 * }</pre>
 *
 * <p>Rules: more than {@value #MAX_PER_STAGE} KPIs at one stage is a {@link Severity#WARNING}
 * ({@code kpis_per_stage}); a stage between the first and the last covered stage with no KPI is an
 * {@link Severity#INFO} ({@code empty_stage}); a metric whose stage is unknown is a {@link Severity#WARNING}
 * ({@code unknown_stage}). Duplicate ids count once.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class KpiSelection {
    /** The most KPIs per stage before the lint warns. */
    public static final int MAX_PER_STAGE = 2;

    private KpiSelection() {
    }

    /** Lints metric ids placed at their standard {@link FunnelStage#of stage}. */
    public static List<Finding> lint(Collection<String> metricIds) {
        return lint(metricIds, Map.of());
    }

    /**
     * Lints metric ids, placing each at the stage given in {@code stages} or else at its standard stage.
     *
     * @param metricIds the selected KPIs
     * @param stages    explicit stages that override the standard ones (custom metrics, another funnel reading)
     */
    public static List<Finding> lint(Collection<String> metricIds, Map<String, FunnelStage> stages) {
        Objects.requireNonNull(metricIds, "metricIds");
        Objects.requireNonNull(stages, "stages");
        Map<FunnelStage, List<String>> byStage = new EnumMap<>(FunnelStage.class);
        List<Finding> findings = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (String id : metricIds) {
            ids.add(Checks.metricId(id, "metricIds element"));
        }
        for (String id : ids) {
            FunnelStage stage = stages.containsKey(id) ? Objects.requireNonNull(stages.get(id), "stage of " + id)
                    : FunnelStage.of(id).orElse(FunnelStage.UNASSIGNED);
            if (stage == FunnelStage.UNASSIGNED) {
                findings.add(new Finding("unknown_stage", Severity.WARNING,
                        Checks.format("metric '%s' has no known funnel stage", id),
                        "pass its stage explicitly so the per-stage rule can count it"));
                continue;
            }
            byStage.computeIfAbsent(stage, s -> new ArrayList<>()).add(id);
        }
        byStage.forEach((stage, list) -> {
            if (list.size() > MAX_PER_STAGE) {
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
                            Checks.format("add one of %s to see where the funnel leaks",
                                    s.typicalMetrics().subList(0, Math.min(3, s.typicalMetrics().size())))));
                }
            }
        }
        return List.copyOf(findings);
    }
}
