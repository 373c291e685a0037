package org.kpisdk.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of checking a goal against the five SMART criteria: the findings, in criterion order. A criterion
 * passes when it has no {@link Severity#ERROR} finding; warnings and notes do not fail it.
 *
 * <pre>{@code
 * SmartReport report = validator.validate(goal, history);
 * report.isSmart();                                  // false
 * report.passed(SmartCriterion.ACHIEVABLE);          // false
 * report.findings(SmartCriterion.ACHIEVABLE);        // [ERROR ACHIEVABLE: needs +4.66% per month ...]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param goal     the goal checked
 * @param findings every finding, in criterion order
 */
public record SmartReport(Goal goal, List<SmartFinding> findings) {
    /** Copies the findings. */
    public SmartReport {
        Objects.requireNonNull(goal, "goal");
        findings = List.copyOf(findings);
    }

    /** Returns the findings of one criterion. */
    public List<SmartFinding> findings(SmartCriterion criterion) {
        Objects.requireNonNull(criterion, "criterion");
        List<SmartFinding> list = new ArrayList<>();
        for (SmartFinding f : findings) {
            if (f.criterion() == criterion) {
                list.add(f);
            }
        }
        return List.copyOf(list);
    }

    /** Returns whether {@code criterion} has no {@link Severity#ERROR} finding. */
    public boolean passed(SmartCriterion criterion) {
        for (SmartFinding f : findings(criterion)) {
            if (f.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }

    /** Returns whether every criterion passed. */
    public boolean isSmart() {
        for (SmartFinding f : findings) {
            if (f.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }
}
