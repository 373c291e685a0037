package org.kpisdk.core.internal;

/** Prints a {@link Formula} in canonical form, with the fewest parentheses that keep its tree. */
final class FormulaPrinter {
    private static final int UNARY = 3;
    private static final int ATOM = 4;

    private FormulaPrinter() {
    }

    static void print(Formula f, StringBuilder out) {
        if (f instanceof Formula.Num num) {
            out.append(num.value().toPlainString());
        } else if (f instanceof Formula.Ref ref) {
            out.append(ref.name());
        } else if (f instanceof Formula.Neg neg) {
            out.append('-');
            child(neg.operand(), UNARY, out);
        } else if (f instanceof Formula.Binary b) {
            child(b.left(), b.precedence(), out);
            out.append(' ').append(b.op()).append(' ');
            // Operators associate to the left: a right operand of the same precedence keeps its parentheses.
            child(b.right(), b.precedence() + 1, out);
        } else {
            Formula.Call c = (Formula.Call) f;
            out.append(c.function()).append('(');
            for (int i = 0; i < c.args().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                print(c.args().get(i), out);
            }
            out.append(')');
        }
    }

    private static void child(Formula f, int minPrecedence, StringBuilder out) {
        boolean parens = precedence(f) < minPrecedence;
        if (parens) {
            out.append('(');
        }
        print(f, out);
        if (parens) {
            out.append(')');
        }
    }

    private static int precedence(Formula f) {
        if (f instanceof Formula.Binary binary) {
            return binary.precedence();
        }
        return f instanceof Formula.Neg ? UNARY : ATOM;
    }
}
