package org.kpisdk.goals;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One band of a status scale: a comparison of the score with a threshold, and the status, label and colour it gives.
 * Bands are tried in order and the first that matches wins; the last band is {@link #otherwise}. Each band is
 * half-open on the side of its threshold, and the comparison says which side is closed.
 *
 * <pre>{@code
 * List<Band> google = List.of(
 *         Band.atLeast(new BigDecimal("0.7"), Status.GREEN, "on track"),   // [0.7, ∞)
 *         Band.atLeast(new BigDecimal("0.4"), Status.YELLOW, "progress"),  // [0.4, 0.7)
 *         Band.otherwise(Status.RED, "failed to make real progress"));     // (−∞, 0.4)
 *
 * // A vendor's fourth colour: orange for display, yellow in roll-ups.
 * Band atRisk = Band.atLeast(new BigDecimal("0.75"), Status.YELLOW, "at risk").withColour(Colour.ORANGE);
 * }</pre>
 *
 * <p>The {@link #status} is the traffic light that {@link Status#weakest} rolls up; the {@link #colour} is the one
 * the vendor paints, {@link Colour#of(Status) the status's own} unless set, and must {@link Colour#fits fit} the
 * status.
 *
 * <p>Immutable and thread-safe.
 *
 * @param comparison how the score is compared with the threshold
 * @param threshold  the threshold; empty only for {@link Comparison#OTHERWISE}
 * @param status     the status given when the band matches
 * @param label      the label given when the band matches, such as {@code "on track"}
 * @param colour     the colour the vendor paints the band in
 */
public record Band(Comparison comparison, Optional<BigDecimal> threshold, Status status, String label,
        Colour colour) {
    /** How a band compares the score with its threshold. */
    public enum Comparison {
        /** {@code score >= threshold}. */
        AT_LEAST(">="),
        /** {@code score > threshold}. */
        ABOVE(">"),
        /** {@code score < threshold}. */
        BELOW("<"),
        /** {@code score <= threshold}. */
        AT_MOST("<="),
        /** Matches every score: the last band. */
        OTHERWISE("any");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        /** Returns the symbol, such as {@code ">="}. */
        public String symbol() {
            return symbol;
        }

        boolean higherMatches() {
            return this == AT_LEAST || this == ABOVE;
        }

        boolean test(BigDecimal score, BigDecimal threshold) {
            int c = score.compareTo(threshold);
            return switch (this) {
                case AT_LEAST -> c >= 0;
                case ABOVE -> c > 0;
                case BELOW -> c < 0;
                case AT_MOST -> c <= 0;
                default -> true;
            };
        }

        /** The comparison that holds when this one fails. */
        String negationSymbol() {
            return switch (this) {
                case AT_LEAST -> "<";
                case ABOVE -> "<=";
                case BELOW -> ">=";
                case AT_MOST -> ">";
                default -> "any";
            };
        }
    }

    /**
     * Validates that a threshold is present exactly when the comparison needs one and that the colour fits the
     * status.
     */
    public Band {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(status, "status");
        Checks.text(label, "label");
        Objects.requireNonNull(colour, "colour");
        Checks.argument(threshold.isPresent() == (comparison != Comparison.OTHERWISE),
                "threshold must be present exactly when comparison is not OTHERWISE, was %s with %s", comparison,
                threshold);
        Checks.argument(colour.fits(status), "colour %s must fit status %s (it fits %s), band '%s'", colour, status,
                colour.statuses(), label);
    }

    /** Returns a band in the colour of its status ({@link Colour#of(Status)}). */
    public Band(Comparison comparison, Optional<BigDecimal> threshold, Status status, String label) {
        this(comparison, threshold, status, label, Colour.of(Objects.requireNonNull(status, "status")));
    }

    /**
     * Returns this band painted in the vendor's {@code colour}.
     *
     * @throws IllegalArgumentException when the colour does not {@link Colour#fits fit} the band's status
     */
    public Band withColour(Colour colour) {
        return new Band(comparison, threshold, status, label, colour);
    }

    /** Returns a band for {@code score >= threshold}. */
    public static Band atLeast(BigDecimal threshold, Status status, String label) {
        return new Band(Comparison.AT_LEAST, Optional.of(threshold), status, label);
    }

    /** Returns a band for {@code score > threshold}. */
    public static Band above(BigDecimal threshold, Status status, String label) {
        return new Band(Comparison.ABOVE, Optional.of(threshold), status, label);
    }

    /** Returns a band for {@code score < threshold}. */
    public static Band below(BigDecimal threshold, Status status, String label) {
        return new Band(Comparison.BELOW, Optional.of(threshold), status, label);
    }

    /** Returns a band for {@code score <= threshold}. */
    public static Band atMost(BigDecimal threshold, Status status, String label) {
        return new Band(Comparison.AT_MOST, Optional.of(threshold), status, label);
    }

    /** Returns the last band, which matches every score the earlier bands did not. */
    public static Band otherwise(Status status, String label) {
        return new Band(Comparison.OTHERWISE, Optional.empty(), status, label);
    }

    boolean matches(BigDecimal score) {
        return comparison == Comparison.OTHERWISE || comparison.test(score, threshold.orElseThrow());
    }
}
