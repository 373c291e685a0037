package org.kpisdk.funnel;

import java.util.Objects;

/**
 * One finding of {@link StageModel#lint()}: a stage whose KPI list is weak, with the reason.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param stage   the stage name
 * @param kind    what is wrong
 * @param message a sentence that names the stage, its KPI count and the rule
 */
public record StageFinding(String stage, Kind kind, String message) {
    /** Checks that no part is null. */
    public StageFinding {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The kinds of finding. */
    public enum Kind {
        /** The stage has no KPI: nothing tells whether it works. */
        NO_KPI,
        /** The stage has more than {@value StageModel#MAX_KPIS_PER_STAGE} KPIs: "too many KPIs kill the KPI". */
        TOO_MANY_KPIS
    }
}
