package org.kpisdk.funnel.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * A score × grade routing table: ordered routes, each with a minimum score and a minimum grade; a lead goes to the
 * first route it qualifies for, else to the fallback.
 *
 * <pre>{@code
 * LeadRouting routing = LeadRouting.builder()
 *         .route("sales", 100, Grade.B)          // hot and a good fit
 *         .route("nurture-fit", 0, Grade.B)      // a good fit, not yet engaged
 *         .route("nurture-hot", 100, Grade.F)    // engaged, poor fit
 *         .otherwise("recycle");
 * routing.route(120, Grade.B_PLUS);              // "sales"
 * routing.route(40, Grade.A);                    // "nurture-fit"
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@link Builder} is single-threaded.
 */
public final class LeadRouting {
    /**
     * One route.
     *
     * @param name the destination, such as {@code "sales"}
     * @param minScore the lowest score that qualifies (inclusive)
     * @param minGrade the lowest grade that qualifies (inclusive)
     */
    public record Route(String name, long minScore, Grade minGrade) {
        /** Validates. */
        public Route {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(minGrade, "minGrade");
            Checks.argument(!name.isBlank(), "route name must not be blank, was '%s'", name);
        }

        /** Returns whether a lead with {@code score} and {@code grade} qualifies. */
        public boolean accepts(long score, Grade grade) {
            return score >= minScore && grade.isAtLeast(minGrade);
        }
    }

    private final List<Route> routes;
    private final String fallback;

    private LeadRouting(List<Route> routes, String fallback) {
        this.routes = routes;
        this.fallback = fallback;
    }

    /** Returns an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the routes in the order they are tried. */
    public List<Route> routes() {
        return routes;
    }

    /** Returns the destination when no route qualifies. */
    public String fallback() {
        return fallback;
    }

    /** Returns the destination of a lead with {@code score} and {@code grade}. */
    public String route(long score, Grade grade) {
        Objects.requireNonNull(grade, "grade");
        for (Route r : routes) {
            if (r.accepts(score, grade)) {
                return r.name();
            }
        }
        return fallback;
    }

    /** Returns the destination of a lead with {@code score} and {@code grade}. */
    public String route(LeadScore score, LeadGrade grade) {
        return route(Objects.requireNonNull(score, "score").total(), Objects.requireNonNull(grade, "grade").grade());
    }

    @Override
    public String toString() {
        return "LeadRouting" + routes + " otherwise " + fallback;
    }

    /** Builds a {@link LeadRouting}. Single-threaded. */
    public static final class Builder {
        private final List<Route> routes = new ArrayList<>();

        private Builder() {
        }

        /** Adds a route tried after the ones already added. */
        public Builder route(String name, long minScore, Grade minGrade) {
            routes.add(new Route(name, minScore, minGrade));
            return this;
        }

        /** Returns the routing with {@code fallback} as the destination when no route qualifies. */
        public LeadRouting otherwise(String fallback) {
            Objects.requireNonNull(fallback, "fallback");
            Checks.argument(!fallback.isBlank(), "fallback must not be blank, was '%s'", fallback);
            return new LeadRouting(List.copyOf(routes), fallback);
        }
    }
}
