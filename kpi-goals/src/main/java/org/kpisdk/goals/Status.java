package org.kpisdk.goals;

/**
 * A traffic-light status: green "all good, do it again", yellow "can improve", red "fix it now" (seed 001), or none
 * when no status applies (no data, too early in the period).
 */
public enum Status {
    /** On track, reached or exceeded. */
    GREEN,
    /** Behind, needs attention. */
    YELLOW,
    /** At risk, off track, past due. */
    RED,
    /** No status: no data, no goal, or too early to judge. */
    NONE
}
