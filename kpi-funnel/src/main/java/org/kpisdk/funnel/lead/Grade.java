package org.kpisdk.funnel.lead;

import java.util.Locale;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * A profile-fit grade on Pardot's 13-step scale, from {@link #F} (worst) to {@link #A_PLUS} (best); one step is a
 * third of a letter.
 *
 * <pre>{@code
 * Grade.D.plusThirds(10);          // A_PLUS: ten 1/3 steps take D to A+
 * Grade.B.plusThirds(-20);         // F: clamped at the bottom
 * Grade.parse("B-");               // B_MINUS ("B−" with a minus sign is read too)
 * Grade.B_PLUS.isAtLeast(Grade.B); // true
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Grade {
    /** F, the bottom of the scale. */
    F("F"),
    /** D−. */
    D_MINUS("D-"),
    /** D, where every lead starts. */
    D("D"),
    /** D+. */
    D_PLUS("D+"),
    /** C−. */
    C_MINUS("C-"),
    /** C. */
    C("C"),
    /** C+. */
    C_PLUS("C+"),
    /** B−. */
    B_MINUS("B-"),
    /** B. */
    B("B"),
    /** B+. */
    B_PLUS("B+"),
    /** A−. */
    A_MINUS("A-"),
    /** A. */
    A("A"),
    /** A+, the top of the scale. */
    A_PLUS("A+");

    private static final Grade[] VALUES = values();

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** Returns the grade {@code thirds} steps higher (lower if negative), clamped to {@link #F} … {@link #A_PLUS}. */
    // The declaration order F … A+ is the grade scale itself: a third of a letter is one constant.
    @SuppressWarnings("EnumOrdinal")
    public Grade plusThirds(int thirds) {
        long index = (long) ordinal() + thirds;
        return VALUES[(int) Math.max(0, Math.min(VALUES.length - 1, index))];
    }

    /** Returns whether this grade is {@code other} or better. */
    public boolean isAtLeast(Grade other) {
        return compareTo(Objects.requireNonNull(other, "other")) >= 0;
    }

    /** Returns the label, such as {@code "B-"}; {@link #parse} reads it back. */
    public String label() {
        return label;
    }

    /**
     * Parses a label such as {@code "A+"}, {@code "B-"} or {@code "B−"} (U+2212), ignoring case and surrounding
     * spaces.
     *
     * @throws IllegalArgumentException if the text is not a grade
     */
    public static Grade parse(CharSequence text) {
        String s = text.toString().strip().replace('\u2212', '-').toUpperCase(Locale.ROOT);
        for (Grade g : VALUES) {
            if (g.label.equals(s)) {
                return g;
            }
        }
        throw new IllegalArgumentException(Checks.format(
                "grade must be one of F, D-, D, D+, C-, C, C+, B-, B, B+, A-, A, A+, was '%s'", text));
    }

    @Override
    public String toString() {
        return label;
    }
}
