package org.kpisdk.funnel.lead;

import java.util.Objects;

/**
 * A lead's grade with how it came about.
 *
 * <pre>{@code
 * LeadGrade g = profile.grade(Map.of("industry", "software", "location", "Mars"));
 * g.grade();       // D: +2/3 − 2/3 from the start at D
 * g.isAssessed();  // true: at least one criterion was known (Pardot shows no grade before that)
 * }</pre>
 *
 * @param grade the grade after clamping
 * @param thirds the sum of all adjustments in thirds of a letter, before clamping
 * @param matched how many criteria matched
 * @param notMatched how many criteria did not match
 * @param unknown how many criteria were unknown
 *
 * <p>Immutable, thread-safe and value-based.
 */
public record LeadGrade(Grade grade, int thirds, int matched, int notMatched, int unknown) {
    /** Checks the grade is present. */
    public LeadGrade {
        Objects.requireNonNull(grade, "grade");
    }

    /** Returns whether any criterion was matched or not matched (Pardot displays no grade before). */
    public boolean isAssessed() {
        return matched + notMatched > 0;
    }
}
