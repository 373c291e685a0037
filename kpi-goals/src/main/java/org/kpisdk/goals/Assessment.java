package org.kpisdk.goals;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A status with the reason for it: the vendor-style label, the rule that fired, the score the bands were applied to
 * and a sentence that explains it with the numbers.
 *
 * <pre>{@code
 * Assessment a = StatusPolicy.recruiterflow().assess(goal, Optional.of(current), asOf);
 * a.status();        // YELLOW
 * a.label();         // "behind"
 * a.colour();        // YELLOW: the band's colour, which a vendor may set apart from the status (ORANGE...)
 * a.rule();          // "band"
 * a.explanation();   // "[Recruiterflow] pace ratio 0.9 = current 90 / expected 100 on 2026-02-20 (50% of the
 *                    //  period elapsed); 0.9 >= 0.81 and < 0.99, so YELLOW (behind)"
 * }</pre>
 *
 * <p>Rules: {@code band} (a band matched the score), {@code no_data}, {@code achieved}, {@code past_due},
 * {@code too_early} (the guards of {@link StatusPolicy}), {@code undefined} (the score cannot be computed, such as
 * a ratio to a zero target).
 *
 * <p>Immutable and thread-safe.
 *
 * @param status      the colour, or {@link Status#NONE}
 * @param label       the label of the band or guard, such as {@code "on track"}
 * @param rule        which rule fired
 * @param score       the value the bands were applied to, when one was computed
 * @param explanation the sentence that explains the status with its numbers
 * @param colour      the colour to show: the matched band's, else {@link Colour#of(Status) the status's own}
 */
public record Assessment(Status status, String label, String rule, Optional<BigDecimal> score, String explanation,
        Colour colour) {
    /** Validates that no part is null, the texts are not blank and the colour fits the status. */
    public Assessment {
        Objects.requireNonNull(status, "status");
        Checks.text(label, "label");
        Checks.text(rule, "rule");
        Objects.requireNonNull(score, "score");
        Checks.text(explanation, "explanation");
        Objects.requireNonNull(colour, "colour");
        Checks.argument(colour.fits(status), "colour %s must fit status %s (it fits %s)", colour, status,
                colour.statuses());
    }

    /** Returns an assessment in the colour of its status ({@link Colour#of(Status)}). */
    public Assessment(Status status, String label, String rule, Optional<BigDecimal> score, String explanation) {
        this(status, label, rule, score, explanation, Colour.of(Objects.requireNonNull(status, "status")));
    }

    /** Returns the assessment a matched band gives: its status, label and colour, rule {@code band}. */
    static Assessment of(Band band, BigDecimal score, String explanation) {
        return new Assessment(band.status(), band.label(), "band", Optional.of(score), explanation, band.colour());
    }
}
