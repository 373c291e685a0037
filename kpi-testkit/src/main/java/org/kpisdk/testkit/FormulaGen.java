package org.kpisdk.testkit;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import org.kpisdk.core.value.Unit;

/**
 * Generators of random well-formed metric formulas, for parser round-trip laws and for fuzzing a team's own
 * catalog.
 *
 * <pre>{@code
 * Gen<String> any = FormulaGen.syntactic(List.of("likes", "impressions"), 5);   // well-formed, not typed
 * Gen<String> money = FormulaGen.typed(Unit.MONEY, 4);   // e.g. "(cost + cost * 2) / -(clicks_a ...)"
 * }</pre>
 *
 * <p>{@link #syntactic} draws any tree of numbers, names, unary minus, {@code + - * /}, calls and redundant
 * parentheses, with random spacing; literals are never zero, so no division by a literal zero arises.
 * {@link #typed} draws formulas over standard measures that are unit-correct for the requested unit
 * ({@link Unit#COUNT}, {@link Unit#RATIO} or {@link Unit#MONEY}), so they compile against the standard catalog.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class FormulaGen {
    private static final List<String> COUNTS = List.of("likes", "comments", "shares", "impressions", "ad_clicks",
            "sessions", "conversions", "first(followers)", "last(followers)", "coalesce(leads, 0)", "engagements");
    private static final List<String> RATIOS = List.of("ctr", "engagement_rate", "bounce_rate",
            "mean_of_rates(likes, impressions)");
    private static final List<String> MONEY = List.of("cost", "conversion_value", "revenue_attributed", "cpa",
            "coalesce(total_costs, 0)");
    private static final List<String> FUNCTIONS = List.of("first", "coalesce", "f", "mean_of_rates");

    private FormulaGen() {
    }

    /**
     * Returns syntactically well-formed formulas over {@code names} of depth at most {@code maxDepth}; they need
     * not resolve or type-check. Edge cases: a single name, a single number, a deep chain.
     */
    public static Gen<String> syntactic(List<String> names, int maxDepth) {
        Objects.requireNonNull(names, "names");
        if (names.isEmpty() || maxDepth < 1) {
            throw new IllegalArgumentException("need names and maxDepth >= 1, was " + names + ", " + maxDepth);
        }
        String first = names.get(0);
        return Gen.of(r -> any(r, names, r.nextInt(1, maxDepth + 1)),
                List.of(first, "42", "-(" + first + ")", first + " - (" + first + " - 1.50) / --" + first));
    }

    /** Returns unit-correct formulas over standard measures and metrics, of {@code unit} and depth ≤ maxDepth. */
    public static Gen<String> typed(Unit unit, int maxDepth) {
        Objects.requireNonNull(unit, "unit");
        if (unit != Unit.COUNT && unit != Unit.RATIO && unit != Unit.MONEY) {
            throw new IllegalArgumentException("unit must be COUNT, RATIO or MONEY, was " + unit);
        }
        String edge = unit == Unit.COUNT ? "likes" : unit == Unit.RATIO ? "likes / impressions" : "cost";
        return Gen.of(r -> typed(r, unit, r.nextInt(1, maxDepth + 1)), List.of(edge));
    }

    private static String any(SplittableRandom r, List<String> names, int depth) {
        if (depth <= 1) {
            return r.nextInt(4) == 0 ? number(r) : names.get(r.nextInt(names.size()));
        }
        return switch (r.nextInt(10)) {
            case 0 -> "-" + sp(r) + wrap(any(r, names, depth - 1));
            case 1 -> "(" + sp(r) + any(r, names, depth - 1) + sp(r) + ")";
            case 2 -> {
                String fn = FUNCTIONS.get(r.nextInt(FUNCTIONS.size()));
                int n = r.nextInt(1, 4);
                StringBuilder b = new StringBuilder(fn).append('(');
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? "," + sp(r) : "").append(any(r, names, depth - 1));
                }
                yield b.append(')').toString();
            }
            default -> {
                char op = "+-*/".charAt(r.nextInt(4));
                yield wrap(any(r, names, depth - 1)) + sp(r) + op + sp(r) + wrap(any(r, names, depth - 1));
            }
        };
    }

    private static String typed(SplittableRandom r, Unit unit, int depth) {
        if (depth <= 1) {
            List<String> leaves = unit == Unit.COUNT ? COUNTS : unit == Unit.RATIO ? RATIOS : MONEY;
            return leaves.get(r.nextInt(leaves.size()));
        }
        int d = depth - 1;
        return switch (unit) {
            case COUNT -> switch (r.nextInt(5)) {
                case 0 -> p(typed(r, Unit.COUNT, d)) + " + " + p(typed(r, Unit.COUNT, d));
                case 1 -> p(typed(r, Unit.COUNT, d)) + " - " + p(typed(r, Unit.COUNT, d));
                case 2 -> number(r) + " * " + p(typed(r, Unit.COUNT, d));
                case 3 -> "-" + p(typed(r, Unit.COUNT, d));
                default -> p(typed(r, Unit.COUNT, d)) + " * " + p(typed(r, Unit.RATIO, d));
            };
            case RATIO -> switch (r.nextInt(5)) {
                case 0 -> p(typed(r, Unit.COUNT, d)) + " / " + p(typed(r, Unit.COUNT, d));
                case 1 -> p(typed(r, Unit.RATIO, d)) + " + " + p(typed(r, Unit.RATIO, d));
                case 2 -> p(typed(r, Unit.MONEY, d)) + " / " + p(typed(r, Unit.MONEY, d));
                case 3 -> "1 - " + p(typed(r, Unit.RATIO, d));
                default -> p(typed(r, Unit.RATIO, d)) + " * " + p(typed(r, Unit.RATIO, d));
            };
            default -> switch (r.nextInt(5)) {
                case 0 -> p(typed(r, Unit.MONEY, d)) + " + " + p(typed(r, Unit.MONEY, d));
                case 1 -> p(typed(r, Unit.MONEY, d)) + " * " + p(typed(r, Unit.COUNT, d));
                case 2 -> p(typed(r, Unit.MONEY, d)) + " / " + p(typed(r, Unit.COUNT, d));
                case 3 -> number(r) + " * " + p(typed(r, Unit.MONEY, d));
                default -> "-" + p(typed(r, Unit.MONEY, d));
            };
        };
    }

    private static String p(String s) {
        return "(" + s + ")";
    }

    private static String wrap(String s) {
        return s.indexOf(' ') >= 0 || s.startsWith("-") ? "(" + s + ")" : s;
    }

    private static String number(SplittableRandom r) {
        long whole = r.nextInt(1, 1000);
        return switch (r.nextInt(3)) {
            case 0 -> Long.toString(whole);
            case 1 -> whole + "." + r.nextInt(1, 100);
            default -> "0." + r.nextInt(1, 10) + r.nextInt(10);
        };
    }

    private static String sp(SplittableRandom r) {
        return r.nextInt(3) == 0 ? "" : r.nextInt(5) == 0 ? "  " : " ";
    }
}
