package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An intermediate value a goal should reach by a date, for incremental check-ins ("20,000 followers by June").
 *
 * <p>Immutable and thread-safe.
 *
 * @param date  the date by which the value is due
 * @param value the value due by then
 */
public record Milestone(LocalDate date, BigDecimal value) {
    /** Validates that neither part is null. */
    public Milestone {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
    }
}
