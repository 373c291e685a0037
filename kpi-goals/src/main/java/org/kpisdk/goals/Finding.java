package org.kpisdk.goals;

import java.util.Objects;

/**
 * One finding of a lint (KPI selection, OKR shape): the rule that fired, its severity, the reason with the numbers
 * and a hint to fix it.
 *
 * <pre>{@code
 * Finding f = KpiSelection.lint(List.of("reach", "impressions", "brand_mentions")).get(0);
 * f.rule();     // "kpis_per_stage"
 * f.reason();   // "3 KPIs at stage AWARENESS (reach, impressions, brand_mentions); about two per stage ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule     a stable snake-case id of the rule
 * @param severity how serious it is
 * @param reason   what is wrong, with the numbers
 * @param hint     how to fix it
 */
public record Finding(String rule, Severity severity, String reason, String hint) {
    /** Validates that no part is null or blank. */
    public Finding {
        Checks.text(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Checks.text(reason, "reason");
        Checks.text(hint, "hint");
    }
}
