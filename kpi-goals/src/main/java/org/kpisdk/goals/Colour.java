package org.kpisdk.goals;

import java.util.Objects;

import javax.annotation.Nullable;

/**
 * The colour a vendor paints a status band in, kept beside the traffic-light {@link Status} it rolls up to.
 *
 * <p>Vendors use more colours than a traffic light: DashboardSmashboard's card has an orange "at risk" band between
 * its yellow "needs attention" and red "critical", and Power BI scorecards let each status have its own colour. A
 * {@link Band} keeps the vendor's colour for display, while its {@link Status} (green, yellow, red or none) keeps
 * {@link Status#weakest} roll-ups comparable across vendors. Each colour fits only the statuses that mean the same:
 *
 * <pre>{@code
 * Colour.ORANGE.fits(Status.YELLOW);   // true: a warning between yellow and red
 * Colour.ORANGE.fits(Status.GREEN);    // false: a band cannot be orange and on track
 * Colour.of(Status.RED);               // RED, the colour of a band that names none
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Colour {
    /** Blue: exceeded, completed (fits {@link Status#GREEN}). */
    BLUE(Status.GREEN),
    /** Green: on track, reached (fits {@link Status#GREEN}). */
    GREEN(Status.GREEN),
    /** Yellow: behind, needs attention (fits {@link Status#YELLOW}). */
    YELLOW(Status.YELLOW),
    /** Amber: the British traffic light's middle colour (fits {@link Status#YELLOW}). */
    AMBER(Status.YELLOW),
    /** Orange: at risk, between yellow and red (fits {@link Status#YELLOW} or {@link Status#RED}). */
    ORANGE(Status.YELLOW, Status.RED),
    /** Red: off track, critical, past due (fits {@link Status#RED}). */
    RED(Status.RED),
    /** Grey: no status, not started, too early (fits {@link Status#NONE}). */
    GREY(Status.NONE);

    private final Status fits;
    @Nullable private final Status alsoFits;

    Colour(Status fits) {
        this(fits, null);
    }

    Colour(Status fits, @Nullable Status alsoFits) {
        this.fits = fits;
        this.alsoFits = alsoFits;
    }

    /** Returns the colour of a status when a band names none: GREEN, YELLOW, RED, or GREY for {@link Status#NONE}. */
    public static Colour of(Status status) {
        return switch (Objects.requireNonNull(status, "status")) {
            case GREEN -> GREEN;
            case YELLOW -> YELLOW;
            case RED -> RED;
            default -> GREY;
        };
    }

    /** Returns whether a band of this colour may roll up to {@code status}. */
    public boolean fits(Status status) {
        Objects.requireNonNull(status, "status");
        return status == fits || status == alsoFits;
    }

    /** The statuses this colour fits, for messages. */
    String statuses() {
        return alsoFits == null ? fits.name() : fits + " or " + alsoFits;
    }
}
