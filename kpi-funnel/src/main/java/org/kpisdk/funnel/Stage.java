package org.kpisdk.funnel;

import java.util.List;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.metric.MetricDefinition;

/**
 * One named stage of a marketing funnel with the ids of the KPIs that measure it.
 *
 * <pre>{@code
 * Stage awareness = Stage.ofMetrics("awareness", StandardMetrics.REACH, StandardMetrics.IMPRESSIONS);
 * Stage custom = Stage.of("awareness", "reach", "impressions");   // the same stage, by catalog id
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param name the stage name, not blank
 * @param kpis the metric ids (catalog ids such as {@code reach}) that measure the stage; may be empty, which
 *             {@link StageModel#lint()} reports
 */
public record Stage(String name, List<String> kpis) {
    /** Validates the name and the KPI ids and copies the list. */
    public Stage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kpis, "kpis");
        Checks.argument(!name.isBlank(), "stage name must not be blank, was '%s'", name);
        kpis = List.copyOf(kpis);
        for (int i = 0; i < kpis.size(); i++) {
            String id = kpis.get(i);
            Checks.argument(!id.isBlank(), "kpis[%d] of stage '%s' must not be blank, was '%s'", i, name, id);
            Checks.argument(kpis.indexOf(id) == i, "kpis of stage '%s' must be distinct, '%s' appears twice", name,
                    id);
        }
    }

    /** Returns a stage named {@code name} measured by {@code kpis}. */
    public static Stage of(String name, String... kpis) {
        return new Stage(name, List.of(kpis));
    }

    /** Returns a stage named {@code name} measured by the metrics {@code kpis}, kept as their ids. */
    public static Stage ofMetrics(String name, MetricDefinition... kpis) {
        String[] ids = new String[kpis.length];
        for (int i = 0; i < kpis.length; i++) {
            ids[i] = Objects.requireNonNull(kpis[i], "kpis element").id();
        }
        return of(name, ids);
    }
}
