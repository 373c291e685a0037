package org.kpisdk.core.metric;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Unit;

/** Unit arithmetic of metric formulas. */
final class Units {
    private Units() {
    }

    /** Returns the unit of {@code a / b}, or throws naming both when the quotient has no unit. */
    static Unit quotient(Unit a, Unit b, String context) {
        if (b == Unit.MONEY) {
            Checks.argument(a == Unit.MONEY, "unit clash in %s: %s / MONEY has no unit", context, a);
            return Unit.RATIO;
        }
        if (a == b || b == Unit.DURATION) {
            return Unit.RATIO;
        }
        if (a == Unit.MONEY || a == Unit.DURATION) {
            return a;
        }
        return Unit.RATIO;
    }

    /** Returns {@code chosen} if a value inferred as {@code inferred} may be declared as it. */
    static Unit checkOverride(String id, Unit inferred, Unit chosen) {
        boolean ok = inferred == chosen
                || (isDimensionless(inferred) && isDimensionless(chosen))
                || (inferred == Unit.COUNT && chosen == Unit.SCORE);
        Checks.argument(ok, "unit of metric '%s' cannot be declared %s: its formula gives %s", id, chosen, inferred);
        return chosen;
    }

    /** Returns the unit of {@code a + b} or {@code a - b}: both the same; a plain number adopts the other's unit. */
    static Unit sum(Unit a, Unit b, String context) {
        Checks.argument(a == b, "unit clash in %s: cannot add or subtract %s and %s", context, a, b);
        return a;
    }

    /** Returns the unit of a plain number added to a value of {@code unit}: not money, not a duration. */
    static Unit sumWithNumber(Unit unit, String context) {
        Checks.argument(unit != Unit.MONEY && unit != Unit.DURATION,
                "unit clash in %s: cannot add or subtract a plain number and %s", context, unit);
        return unit;
    }

    /**
     * Returns the unit of {@code a * b}: money or a duration times a count or ratio keeps its unit, a count times
     * a ratio is a count; money times money (or a duration) has no unit.
     */
    static Unit product(Unit a, Unit b, String context) {
        boolean aDim = a == Unit.MONEY || a == Unit.DURATION;
        boolean bDim = b == Unit.MONEY || b == Unit.DURATION;
        Checks.argument(!(aDim && bDim), "unit clash in %s: %s * %s has no unit", context, a, b);
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Unit unit) {
        return switch (unit) {
            case MONEY -> 5;
            case DURATION -> 4;
            case COUNT -> 3;
            case SCORE -> 2;
            case PERCENT -> 1;
            default -> 0;
        };
    }

    static boolean isDimensionless(Unit unit) {
        return unit == Unit.RATIO || unit == Unit.PERCENT || unit == Unit.SCORE || unit == Unit.PER_UNIT;
    }
}
