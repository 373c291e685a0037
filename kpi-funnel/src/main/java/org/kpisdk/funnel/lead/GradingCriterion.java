package org.kpisdk.funnel.lead;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.kpisdk.core.internal.Checks;

/**
 * One criterion of a grading profile, as data: a profile attribute, the values that match (compared ignoring case
 * and surrounding spaces) and a weight of one, two or three thirds of a letter.
 *
 * <pre>{@code
 * GradingCriterion industry = GradingCriterion.of("industry", 2, "software", "saas");
 * industry.evaluate(Map.of("industry", "SaaS"));      // MATCH: raises the grade by 2/3 of a letter
 * industry.evaluate(Map.of("industry", "retail"));    // NOT_MATCH: lowers it by 2/3
 * industry.evaluate(Map.of());                        // UNKNOWN: leaves it
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param attribute the profile attribute, not blank
 * @param thirds the weight in thirds of a letter: 1, 2 or 3
 * @param matching the values that match, normalised to lower case (not empty)
 */
public record GradingCriterion(String attribute, int thirds, Set<String> matching) {
    /** The outcome of a criterion for one lead. */
    public enum Outcome {
        /** The attribute has a matching value: the grade rises. */
        MATCH,
        /** The attribute has a value that does not match: the grade falls. */
        NOT_MATCH,
        /** The attribute is missing or blank: the grade stays. */
        UNKNOWN
    }

    /** Validates and normalises. */
    public GradingCriterion {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(matching, "matching");
        Checks.argument(!attribute.isBlank(), "attribute must not be blank, was '%s'", attribute);
        Checks.argument(thirds >= 1 && thirds <= 3, "thirds must be 1, 2 or 3, was %d", thirds);
        Checks.argument(!matching.isEmpty(), "matching values of '%s' must not be empty", attribute);
        Set<String> normalised = new TreeSet<>();
        for (String v : matching) {
            normalised.add(normalise(Objects.requireNonNull(v, "matching value")));
        }
        matching = Set.copyOf(normalised);
    }

    /** Returns the criterion on {@code attribute} with {@code thirds} weight matching any of {@code values}. */
    public static GradingCriterion of(String attribute, int thirds, String... values) {
        return new GradingCriterion(attribute, thirds, Set.of(values));
    }

    private static String normalise(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** Returns the outcome for a lead's profile attributes. */
    public Outcome evaluate(Map<String, String> profile) {
        String value = Objects.requireNonNull(profile, "profile").get(attribute);
        if (value == null || value.isBlank()) {
            return Outcome.UNKNOWN;
        }
        return matching.contains(normalise(value)) ? Outcome.MATCH : Outcome.NOT_MATCH;
    }
}
