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

    static boolean isDimensionless(Unit unit) {
        return unit == Unit.RATIO || unit == Unit.PERCENT || unit == Unit.SCORE;
    }
}
