package org.kpisdk.goals;

import java.math.BigDecimal;

/**
 * Whether an OKR is committed or aspirational (Google's OKR Playbook): it sets the score the objective is expected
 * to reach and hence its {@link OkrColours colour scale}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum OkrType {
    /** Must be delivered in full: expected score 1.0; schedules and resources are adjusted to deliver it. */
    COMMITTED(BigDecimal.ONE),
    /** A stretch: expected to average about 0.7; 0.6–0.7 counts as success. */
    ASPIRATIONAL(new BigDecimal("0.7"));

    private final BigDecimal expectedScore;

    OkrType(BigDecimal expectedScore) {
        this.expectedScore = expectedScore;
    }

    /** Returns the score an objective of this type is expected to reach: 1.0 or 0.7. */
    public BigDecimal expectedScore() {
        return expectedScore;
    }
}
