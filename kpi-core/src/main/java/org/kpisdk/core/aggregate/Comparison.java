package org.kpisdk.core.aggregate;

import org.kpisdk.core.value.PeriodKey;

/**
 * The period a result row is compared with by a period-over-period {@link Query}.
 *
 * <pre>{@code
 * Query.builder().metric(ctr).grain(TimeGrain.MONTH).compareWith(Comparison.PREVIOUS_PERIOD).build();
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Comparison {
    /** The period just before: February for March, the previous ISO week, the previous day. */
    PREVIOUS_PERIOD,
    /** The period of the same grain that contains the start of this one moved back one calendar year. */
    SAME_PERIOD_LAST_YEAR;

    /** Returns the period {@code period} is compared with. */
    public PeriodKey baseOf(PeriodKey period) {
        if (this == PREVIOUS_PERIOD) {
            return period.previous();
        }
        return PeriodKey.of(period.start().minusYears(1), period.grain());
    }
}
