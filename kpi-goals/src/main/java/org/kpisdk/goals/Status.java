package org.kpisdk.goals;

import java.util.Collection;
import java.util.Objects;

/**
 * A traffic-light status: green "all good, do it again", yellow "can improve", red "fix it now" (seed 001), or none
 * when no status applies (no data, too early in the period).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Status {
    /** On track, reached or exceeded. */
    GREEN,
    /** Behind, needs attention. */
    YELLOW,
    /** At risk, off track, past due. */
    RED,
    /** No status: no data, no goal, or too early to judge. */
    NONE;

    /**
     * Returns the weakest status among {@code statuses}, ignoring {@link #NONE}: the roll-up of key-result statuses
     * to their objective in Perdoo, kept separate from the objective's progress score. {@link #NONE} when every
     * status is {@link #NONE} or there are none.
     *
     * <pre>{@code
     * Status.weakest(List.of(Status.GREEN, Status.NONE, Status.YELLOW));   // YELLOW
     * }</pre>
     */
    public static Status weakest(Collection<Status> statuses) {
        Objects.requireNonNull(statuses, "statuses");
        Status weakest = NONE;
        for (Status s : statuses) {
            Objects.requireNonNull(s, "statuses element");
            if (s != NONE && (weakest == NONE || s.compareTo(weakest) > 0)) {
                weakest = s;
            }
        }
        return weakest;
    }
}
