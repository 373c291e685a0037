package org.kpisdk.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The colour scale of OKR scores. The default is Google's, with half-open bands: red [0, 0.4), yellow [0.4, 0.7),
 * green [0.7, ∞) (re:Work "Grade OKRs", Google's OKR Playbook, Doerr's <i>Measure What Matters</i>).
 *
 * <pre>{@code
 * OkrColours.google().assess(new BigDecimal("0.7")).status();      // GREEN
 * OkrColours.committed().assess(new BigDecimal("0.7")).status();   // YELLOW: a committed OKR expects 1.0
 * }</pre>
 *
 * <p>A committed OKR is expected to score 1.0, so {@link #committed()} keeps Google's red edge but is green only
 * from 1.0: red [0, 0.4), yellow [0.4, 1.0), green [1.0, ∞). This is the library's reading of "committed OKRs are
 * expected to score 1.0"; pass your own bands to {@link #of} for another.
 *
 * <p>Immutable and thread-safe.
 */
public final class OkrColours {
    private static final OkrColours GOOGLE = new OkrColours("Google OKR", List.of(
            Band.atLeast(new BigDecimal("0.7"), Status.GREEN, "delivered"),
            Band.atLeast(new BigDecimal("0.4"), Status.YELLOW, "made progress, fell short"),
            Band.otherwise(Status.RED, "failed to make real progress")));
    private static final OkrColours COMMITTED = new OkrColours("Google OKR, committed", List.of(
            Band.atLeast(BigDecimal.ONE, Status.GREEN, "delivered"),
            Band.atLeast(new BigDecimal("0.4"), Status.YELLOW, "committed but not delivered"),
            Band.otherwise(Status.RED, "failed to make real progress")));

    private final String name;
    private final Bands bands;

    private OkrColours(String name, List<Band> bands) {
        this.name = name;
        this.bands = new Bands(bands);
    }

    /** Returns Google's scale: red below 0.4, yellow below 0.7, green from 0.7 (for aspirational OKRs). */
    public static OkrColours google() {
        return GOOGLE;
    }

    /** Returns the scale of committed OKRs: red below 0.4, yellow below 1.0, green from 1.0. */
    public static OkrColours committed() {
        return COMMITTED;
    }

    /** Returns {@link #committed()} or {@link #google()} for the type. */
    public static OkrColours forType(OkrType type) {
        return Objects.requireNonNull(type, "type") == OkrType.COMMITTED ? COMMITTED : GOOGLE;
    }

    /** Returns a custom scale; bands as in {@link StatusPolicy.Builder#bands}. */
    public static OkrColours of(String name, List<Band> bands) {
        return new OkrColours(Checks.text(name, "name"), bands);
    }

    /** Returns the bands, best first. */
    public List<Band> bands() {
        return bands.list();
    }

    /** Returns the colour of a score, with the sentence that explains it. */
    public Assessment assess(BigDecimal score) {
        Objects.requireNonNull(score, "score");
        Band band = bands.match(score);
        return Assessment.of(band, score,
                "[" + name + "] score " + bands.display(score) + "; " + bands.explain(score, band));
    }

    /** Returns {@code OkrColours[name, bands]}. */
    @Override
    public String toString() {
        return "OkrColours[" + name + ", " + bands.list() + "]";
    }
}
