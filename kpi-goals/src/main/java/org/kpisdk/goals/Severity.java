package org.kpisdk.goals;

/**
 * How serious a finding is: an {@link #ERROR} fails its criterion or rule, the others only advise.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Severity {
    /** Worth knowing; nothing to fix. */
    INFO,
    /** A weakness worth fixing; the criterion still passes. */
    WARNING,
    /** The criterion or rule fails. */
    ERROR
}
