package org.kpisdk.funnel.lead;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kpisdk.core.internal.Checks;

/**
 * A grading profile: criteria whose matches raise a lead's grade from the starting {@link Grade#D} and whose
 * non-matches lower it, each by its weight in thirds of a letter.
 *
 * <pre>{@code
 * GradingProfile profile = GradingProfile.of("enterprise", List.of(
 *         GradingCriterion.of("company_size", 2, "1000+", "500-999"),
 *         GradingCriterion.of("industry", 2, "software"),
 *         GradingCriterion.of("job_title", 3, "cto", "vp engineering")));
 * LeadGrade g = profile.grade(Map.of("company_size", "1000+", "industry", "software"));   // D + 4/3 = C
 * }</pre>
 *
 * <p>Clamping: all adjustments are summed first and the sum is clamped once to {@link Grade#F} … {@link Grade#A_PLUS},
 * so the grade does not depend on the order of the criteria. Immutable and thread-safe.
 *
 * @param name the profile name
 * @param criteria the criteria (copied)
 */
public record GradingProfile(String name, List<GradingCriterion> criteria) {
    /** The grade every lead starts at. */
    public static final Grade START = Grade.D;

    /** Validates and copies. */
    public GradingProfile {
        Objects.requireNonNull(name, "name");
        Checks.argument(!name.isBlank(), "name must not be blank, was '%s'", name);
        criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria"));
    }

    /** Returns the profile named {@code name} with {@code criteria}. */
    public static GradingProfile of(String name, List<GradingCriterion> criteria) {
        return new GradingProfile(name, criteria);
    }

    /**
     * Returns Pardot's default profile: company size, industry, location, job title and department (attributes
     * {@code "company_size"}, {@code "industry"}, {@code "location"}, {@code "job_title"}, {@code "department"}),
     * each weighing two thirds of a letter, with the values that match for your business.
     */
    public static GradingProfile pardotDefault(Set<String> companySizes, Set<String> industries, Set<String> locations,
            Set<String> jobTitles, Set<String> departments) {
        return of("default", List.of(new GradingCriterion("company_size", 2, companySizes),
                new GradingCriterion("industry", 2, industries), new GradingCriterion("location", 2, locations),
                new GradingCriterion("job_title", 2, jobTitles), new GradingCriterion("department", 2, departments)));
    }

    /** Returns the grade of a lead with {@code profile} attributes. */
    public LeadGrade grade(Map<String, String> profile) {
        Objects.requireNonNull(profile, "profile");
        int thirds = 0;
        int matched = 0;
        int notMatched = 0;
        int unknown = 0;
        for (GradingCriterion c : criteria) {
            switch (c.evaluate(profile)) {
                case MATCH -> {
                    thirds += c.thirds();
                    matched++;
                }
                case NOT_MATCH -> {
                    thirds -= c.thirds();
                    notMatched++;
                }
                default -> unknown++;
            }
        }
        return new LeadGrade(START.plusThirds(thirds), thirds, matched, notMatched, unknown);
    }
}
