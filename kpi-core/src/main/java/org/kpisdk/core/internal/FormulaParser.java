package org.kpisdk.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.kpisdk.core.metric.FormulaException;

/**
 * A hand-written recursive-descent parser of metric formulas. Grammar:
 *
 * <pre>
 * formula := sum END
 * sum     := product (('+' | '-') product)*
 * product := unary (('*' | '/') unary)*
 * unary   := '-' unary | primary
 * primary := number | name | name '(' sum (',' sum)* ')' | '(' sum ')'
 * number  := digit+ ('.' digit+)?
 * name    := [a-z][a-z0-9_]*
 * </pre>
 *
 * <p>Text is limited to {@value #MAX_LENGTH} characters, nesting to {@value #MAX_DEPTH} levels and the tree's
 * height to {@value #MAX_HEIGHT}, checked before recursing, so hostile input gets a {@link FormulaException} rather
 * than a stack overflow. The canonical text
 * ({@link Formula#print()}, which adds a space around each operator and after each comma) is held to the same length
 * limit, so every accepted formula prints to text this parser accepts again. A division by a literal zero is refused
 * here. Names are not resolved: that is the caller's job.
 *
 * <p>Not API. Single-use and single-threaded: call {@link #parse(String)}.
 */
public final class FormulaParser {
    /** The longest formula text accepted, in characters, both as written and in canonical form. */
    public static final int MAX_LENGTH = 65_536;
    /**
     * The deepest nesting accepted: parentheses, unary minus, calls and changes of operator precedence each count
     * a level; the operands of one chain such as {@code a + b + c} share one (see {@link Formula#nesting()}).
     */
    public static final int MAX_DEPTH = 256;
    /**
     * The tallest formula tree accepted ({@link Formula#depth()}, where each operator of a chain adds a level): it
     * bounds the stack of every recursive walk, so a flat sum may have up to {@value} terms.
     */
    public static final int MAX_HEIGHT = 1_024;

    private final String text;
    private int pos;
    private int nesting;

    private FormulaParser(String text) {
        this.text = text;
    }

    /**
     * Parses {@code text} into a tree.
     *
     * @throws FormulaException naming the position and the offending token
     */
    public static Formula parse(String text) {
        Objects.requireNonNull(text, "formula");
        if (text.length() > MAX_LENGTH) {
            throw new FormulaException(Checks.format("formula is %,d characters long, the limit is %,d",
                    text.length(), MAX_LENGTH), text.substring(0, 100), 0, "formula too long");
        }
        FormulaParser parser = new FormulaParser(text);
        parser.skipSpace();
        if (parser.pos == text.length()) {
            throw new FormulaException("formula is empty", text, 0, "end of formula");
        }
        Formula f = parser.sum();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            char c = text.charAt(parser.pos);
            String problem = c == ')' ? "unbalanced ')': no '(' to close" : "expected an operator or the end";
            throw parser.error(problem, parser.pos, parser.tokenAt(parser.pos));
        }
        int canonical = f.print().length();
        if (canonical > MAX_LENGTH) {
            // Found by fuzzing's round-trip contract: without this, formula() could print text parse() refuses.
            throw new FormulaException(Checks.format("formula in canonical form (one space around each operator "
                    + "and after each comma) is %,d characters long, the limit is %,d", canonical, MAX_LENGTH),
                    text.substring(0, Math.min(text.length(), 100)), 0, "formula too long");
        }
        return f;
    }

    private Formula sum() {
        Formula left = product();
        while (true) {
            skipSpace();
            if (pos >= text.length() || (peek() != '+' && peek() != '-')) {
                return left;
            }
            char op = peek();
            int at = pos++;
            left = checkDepth(Formula.Binary.of(op, left, product(), at), at, String.valueOf(op));
        }
    }

    private Formula product() {
        Formula left = unary();
        while (true) {
            skipSpace();
            if (pos >= text.length() || (peek() != '*' && peek() != '/')) {
                return left;
            }
            char op = peek();
            int at = pos++;
            Formula right = unary();
            if (op == '/' && isLiteralZero(right)) {
                throw error("division by a literal zero", right.position(), right.print());
            }
            left = checkDepth(Formula.Binary.of(op, left, right, at), at, String.valueOf(op));
        }
    }

    private static boolean isLiteralZero(Formula f) {
        Formula g = f;
        while (g instanceof Formula.Neg) {
            g = ((Formula.Neg) g).operand();
        }
        return g instanceof Formula.Num && ((Formula.Num) g).value().signum() == 0;
    }

    private Formula unary() {
        skipSpace();
        if (pos < text.length() && peek() == '-') {
            int at = pos++;
            enter(at, "-");
            Formula operand = unary();
            nesting--;
            return checkDepth(Formula.Neg.of(operand, at), at, "-");
        }
        return primary();
    }

    private Formula primary() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expected a number, a name or '('", pos, "end of formula");
        }
        char c = peek();
        int at = pos;
        if (c == '(') {
            pos++;
            enter(at, "(");
            Formula inner = sum();
            skipSpace();
            if (pos >= text.length()) {
                throw error("unbalanced '(' opened at position " + at + ": expected ')'", pos, "end of formula");
            }
            if (peek() != ')') {
                throw error("expected ')' to close '(' at position " + at, pos, tokenAt(pos));
            }
            pos++;
            nesting--;
            return inner;
        }
        if (c >= '0' && c <= '9') {
            return number();
        }
        if (c >= 'a' && c <= 'z') {
            String name = name();
            skipSpace();
            if (pos < text.length() && peek() == '(') {
                return call(name, at);
            }
            return new Formula.Ref(name, at);
        }
        if (c == ')') {
            throw error("expected a number, a name or '(' but found ')'", pos, ")");
        }
        if (c >= 'A' && c <= 'Z') {
            throw error("names are lowercase snake case", pos, tokenAt(pos));
        }
        throw error("unexpected character", pos, tokenAt(pos));
    }

    private Formula call(String function, int at) {
        int open = pos++;
        enter(open, "(");
        List<Formula> args = new ArrayList<>();
        skipSpace();
        if (pos < text.length() && peek() == ')') {
            throw error("function " + function + " needs at least one argument", pos, ")");
        }
        while (true) {
            args.add(sum());
            skipSpace();
            if (pos >= text.length()) {
                throw error("unbalanced '(' of " + function + "( at position " + open + ": expected ')'", pos,
                        "end of formula");
            }
            char c = peek();
            if (c == ')') {
                pos++;
                break;
            }
            if (c != ',') {
                throw error("expected ',' or ')' in the arguments of " + function, pos, tokenAt(pos));
            }
            pos++;
        }
        nesting--;
        return checkDepth(Formula.Call.of(function, args, at), at, function);
    }

    private Formula number() {
        int start = pos;
        while (pos < text.length() && peek() >= '0' && peek() <= '9') {
            pos++;
        }
        if (pos < text.length() && peek() == '.') {
            pos++;
            int fraction = pos;
            while (pos < text.length() && peek() >= '0' && peek() <= '9') {
                pos++;
            }
            if (pos == fraction) {
                throw error("a number needs digits after '.'", start, text.substring(start, pos));
            }
        }
        if (pos < text.length() && (Character.isLetter(peek()) || peek() == '_')) {
            throw error("a number must not run into a name", start, tokenAt(start));
        }
        if (pos - start > 40) {
            throw error("a number may have at most 40 characters", start, text.substring(start, start + 40) + "…");
        }
        return new Formula.Num(new BigDecimal(text.substring(start, pos)), start);
    }

    private String name() {
        int start = pos;
        while (pos < text.length() && isNameChar(peek())) {
            pos++;
        }
        if (pos - start > 64) {
            throw error("a name may have at most 64 characters", start, text.substring(start, start + 64) + "…");
        }
        if (pos < text.length() && peek() >= 'A' && peek() <= 'Z') {
            throw error("names are lowercase snake case", start, tokenAt(start));
        }
        return text.substring(start, pos);
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }

    private void enter(int at, String token) {
        if (++nesting > MAX_DEPTH) {
            throw error("formula nests deeper than " + MAX_DEPTH + " levels", at, token);
        }
    }

    private Formula checkDepth(Formula f, int at, String token) {
        if (f.nesting() > MAX_DEPTH) {
            throw error("formula nests deeper than " + MAX_DEPTH + " levels", at, token);
        }
        if (f.depth() > MAX_HEIGHT) {
            throw error("formula tree is more than " + MAX_HEIGHT + " levels high (each operator of a chain such "
                    + "as a + b + c adds one)", at, token);
        }
        return f;
    }

    private char peek() {
        return text.charAt(pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Returns the token starting at {@code at}: a name, a number or one character. */
    private String tokenAt(int at) {
        int end = at;
        while (end < text.length() && end - at < 64
                && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        return end == at ? String.valueOf(text.charAt(at)) : text.substring(at, end);
    }

    private FormulaException error(String problem, int at, String token) {
        return new FormulaException(problem, text, at, token);
    }
}
