package org.kpisdk.goals;

import java.util.Objects;

/**
 * One finding of a SMART check: the criterion, its severity, the reason with the numbers, and a hint to fix it.
 *
 * <pre>{@code
 * SmartFinding f = report.findings(SmartCriterion.TIME_BOUND).get(0);
 * f.reason();   // "the deadline 2026-01-31 is not after today, 2026-03-01"
 * f.hint();     // "set a deadline after 2026-03-01"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param criterion the SMART criterion checked
 * @param severity  {@link Severity#ERROR} fails the criterion; the others advise
 * @param reason    what is wrong, with the numbers
 * @param hint      how to fix it
 */
public record SmartFinding(SmartCriterion criterion, Severity severity, String reason, String hint) {
    /** Validates that no part is null or blank. */
    public SmartFinding {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(severity, "severity");
        Checks.text(reason, "reason");
        Checks.text(hint, "hint");
    }

    /** Returns {@code "ERROR TIME_BOUND: reason (hint)"}. */
    @Override
    public String toString() {
        return severity + " " + criterion + ": " + reason + " (" + hint + ")";
    }
}
