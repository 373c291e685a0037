package org.kpisdk.core.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import javax.annotation.Nullable;

/**
 * The syntax tree of a metric formula, as read by {@link FormulaParser}. Nodes remember the position they were
 * read at (for error messages) but equality ignores it, so {@code parse(print(f))} equals {@code f}.
 *
 * <p>Not API.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Formula {
    /** Returns the 0-based index in the source text where this node starts (its operator, for a binary node). */
    int position();

    /**
     * Returns the height of the tree below and including this node: how deep a recursive walk goes, where every
     * operator of a chain such as {@code a + b + c} adds a level.
     */
    int depth();

    /**
     * Returns how deeply this node nests: parentheses around an operation, unary minus, calls and a change of
     * operator precedence each add a level, but the operands of one left-associative chain of the same precedence
     * ({@code a + b - c + d}) share one, so a flat sum of any length nests 2 levels.
     */
    default int nesting() {
        return 1;
    }

    /** Returns the canonical text: minimal parentheses, one space around binary operators. */
    default String print() {
        StringBuilder out = new StringBuilder();
        FormulaPrinter.print(this, out);
        return out.toString();
    }

    /**
     * A non-negative decimal literal, compared by value and scale.
     *
     * @param value    the literal
     * @param position where it was read
     */
    record Num(BigDecimal value, int position) implements Formula {
        /** Validates the value. */
        public Num {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public int depth() {
            return 1;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Num num && num.value.equals(value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    /**
     * A reference to a base measure or a metric by id.
     *
     * @param name     the id
     * @param position where it was read
     */
    record Ref(String name, int position) implements Formula {
        /** Validates the name. */
        public Ref {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public int depth() {
            return 1;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Ref ref && ref.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    /**
     * Unary minus.
     *
     * @param operand  the negated formula
     * @param position where the minus sign was read
     * @param depth    the depth of this node
     */
    record Neg(Formula operand, int position, int depth) implements Formula {
        /** Returns the negation of {@code operand}. */
        public static Neg of(Formula operand, int position) {
            return new Neg(operand, position, operand.depth() + 1);
        }

        @Override
        public int nesting() {
            return operand.nesting() + 1;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Neg neg && neg.operand.equals(operand);
        }

        @Override
        public int hashCode() {
            return -operand.hashCode();
        }
    }

    /**
     * A binary operation {@code + - * /}.
     *
     * @param op       the operator character
     * @param left     the left operand
     * @param right    the right operand
     * @param position where the operator was read
     * @param depth    the depth of this node
     * @param nesting  the nesting of this node (see {@link Formula#nesting()})
     */
    record Binary(char op, Formula left, Formula right, int position, int depth, int nesting) implements Formula {
        /** Returns {@code left op right}. */
        public static Binary of(char op, Formula left, Formula right, int position) {
            int precedence = op == '+' || op == '-' ? 1 : 2;
            int leftNesting = left instanceof Binary b && b.precedence() == precedence ? left.nesting()
                    : left.nesting() + 1;
            return new Binary(op, left, right, position, Math.max(left.depth(), right.depth()) + 1,
                    Math.max(leftNesting, right.nesting() + 1));
        }

        /** Returns 1 for {@code + -}, 2 for {@code * /}. */
        public int precedence() {
            return op == '+' || op == '-' ? 1 : 2;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            if (!(o instanceof Binary that)) {
                return false;
            }
            return op == that.op && left.equals(that.left) && right.equals(that.right);
        }

        @Override
        public int hashCode() {
            return Objects.hash(op, left, right);
        }
    }

    /**
     * A function call such as {@code first(followers)} or {@code coalesce(leads, 0)}.
     *
     * @param function the function name
     * @param args     the arguments, at least one
     * @param position where the function name was read
     * @param depth    the depth of this node
     */
    record Call(String function, List<Formula> args, int position, int depth) implements Formula {
        /** Returns {@code function(args)}. */
        public static Call of(String function, List<Formula> args, int position) {
            int depth = 0;
            for (Formula a : args) {
                depth = Math.max(depth, a.depth());
            }
            return new Call(function, List.copyOf(args), position, depth + 1);
        }

        @Override
        public int nesting() {
            int nesting = 0;
            for (Formula a : args) {
                nesting = Math.max(nesting, a.nesting());
            }
            return nesting + 1;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            if (!(o instanceof Call that)) {
                return false;
            }
            return function.equals(that.function) && args.equals(that.args);
        }

        @Override
        public int hashCode() {
            return Objects.hash(function, args);
        }
    }
}
