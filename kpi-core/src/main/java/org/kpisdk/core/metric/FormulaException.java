package org.kpisdk.core.metric;

import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * A metric formula that cannot be used: a syntax error, an unknown reference, a unit clash, a division by a literal
 * zero, or text too long or nested too deeply. The message names the position and the offending token.
 *
 * <pre>{@code
 * try {
 *     MetricDefinition.builder("bad").expression("(likes + comments / impressions", catalog);
 * } catch (FormulaException e) {
 *     e.position();   // 31: where the closing parenthesis is missing
 *     e.token();      // "end of formula"
 * }
 * }</pre>
 *
 * <p>Immutable after construction; safe to pass between threads.
 */
public final class FormulaException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int EXCERPT = 60;

    private final int position;
    private final String token;
    private final String problem;

    /**
     * Creates an exception for a problem found at {@code position} (0-based index into {@code formula}) on
     * {@code token}.
     */
    public FormulaException(String problem, String formula, int position, String token) {
        super(message(Objects.requireNonNull(problem, "problem"), Objects.requireNonNull(formula, "formula"),
                position, Objects.requireNonNull(token, "token")));
        this.position = position;
        this.token = token;
        this.problem = problem;
    }

    private static String message(String problem, String formula, int position, String token) {
        int from = Math.max(0, Math.min(position, formula.length()) - EXCERPT / 2);
        int to = Math.min(formula.length(), from + EXCERPT);
        String excerpt = (from > 0 ? "…" : "") + formula.substring(from, to) + (to < formula.length() ? "…" : "");
        return Checks.format("%s at position %d (%s) in formula '%s'", problem, position,
                token.startsWith("end of") || token.startsWith("formula") ? token : "'" + token + "'", excerpt);
    }

    /** Returns the 0-based index in the formula text where the problem was found. */
    public int position() {
        return position;
    }

    /** Returns the offending token as written, or a description such as {@code end of formula}. */
    public String token() {
        return token;
    }

    /** Returns what is wrong, without the position and excerpt. */
    public String problem() {
        return problem;
    }
}
