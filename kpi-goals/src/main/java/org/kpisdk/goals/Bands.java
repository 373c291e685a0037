package org.kpisdk.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A validated, ordered list of bands and the sentence that says which one matched. */
final class Bands {
    private final List<Band> bands;

    Bands(List<Band> bands) {
        this.bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
        Checks.argument(!this.bands.isEmpty(), "bands must not be empty");
        int last = this.bands.size() - 1;
        Checks.argument(this.bands.get(last).comparison() == Band.Comparison.OTHERWISE,
                "the last band must be Band.otherwise(...), was %s", this.bands.get(last));
        for (int i = 0; i < last; i++) {
            Band b = this.bands.get(i);
            Checks.argument(b.comparison() != Band.Comparison.OTHERWISE,
                    "only the last band may be Band.otherwise(...), band %d was", i);
            if (i > 0) {
                Band prev = this.bands.get(i - 1);
                Checks.argument(prev.comparison().higherMatches() == b.comparison().higherMatches(),
                        "bands must all compare the same way (all >=/> or all </<=), band %d is %s after %s", i,
                        b.comparison().symbol(), prev.comparison().symbol());
                int c = b.threshold().orElseThrow().compareTo(prev.threshold().orElseThrow());
                boolean ordered = b.comparison().higherMatches() ? c < 0 : c > 0;
                Checks.argument(ordered, "band thresholds must be strictly %s, band %d has %s after %s",
                        b.comparison().higherMatches() ? "decreasing" : "increasing", i,
                        b.threshold().orElseThrow().toPlainString(), prev.threshold().orElseThrow().toPlainString());
            }
        }
    }

    List<Band> list() {
        return bands;
    }

    Band match(BigDecimal score) {
        for (Band b : bands) {
            if (b.matches(score)) {
                return b;
            }
        }
        throw new AssertionError("the last band matches everything");
    }

    /**
     * The score rounded for display, unless rounding would make it look equal to a threshold it is not equal to;
     * then the exact value.
     */
    String display(BigDecimal score) {
        String rounded = Num.fmt(score);
        BigDecimal shown = new BigDecimal(rounded);
        for (Band b : bands) {
            if (b.threshold().isPresent() && shown.compareTo(b.threshold().get()) == 0
                    && score.compareTo(b.threshold().get()) != 0) {
                return Num.plain(score);
            }
        }
        return rounded;
    }

    /**
     * {@code "0.9 >= 0.81 and < 0.99, so YELLOW (behind)"}; a band whose colour is not its status's own names it:
     * {@code "0.8 >= 0.75 and < 0.85, so YELLOW (at risk, orange)"}.
     */
    String explain(BigDecimal score, Band matched) {
        String why;
        if (matched.comparison() != Band.Comparison.OTHERWISE) {
            BigDecimal t = matched.threshold().orElseThrow();
            why = display(score) + " " + matched.comparison().symbol() + " " + t.toPlainString();
            int at = bands.indexOf(matched);
            if (at > 0) {
                Band prev = bands.get(at - 1);
                why += " and " + prev.comparison().negationSymbol() + " " + prev.threshold().orElseThrow()
                        .toPlainString();
            }
        } else if (bands.size() == 1) {
            why = display(score) + " (a single band)";
        } else {
            Band prev = bands.get(bands.size() - 2);
            BigDecimal t = prev.threshold().orElseThrow();
            why = display(score) + " " + prev.comparison().negationSymbol() + " " + t.toPlainString();
        }
        String colour = matched.colour() == Colour.of(matched.status()) ? ""
                : ", " + matched.colour().name().toLowerCase(Locale.ROOT);
        return why + ", so " + matched.status() + " (" + matched.label() + colour + ")";
    }
}
