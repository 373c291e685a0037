package org.kpisdk.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An OKR objective: a name, {@link OkrType committed or aspirational}, weighted {@link KeyResult key results} and
 * optional child objectives aligned under it.
 *
 * <pre>{@code
 * Objective o = Objective.builder("Grow the community", OkrType.ASPIRATIONAL)
 *         .keyResult(KeyResult.metric("Followers 10k -> 20k", bd("10000"), bd("20000"), bd("16000")))
 *         .keyResult(KeyResult.binary("Launch the ambassador programme", false))
 *         .build();
 * o.score();            // 0.3 = (0.6 + 0) / 2
 * o.assess().status();  // RED on Google's scale
 * o.lint();             // [] : two key results is within 2..5
 * }</pre>
 *
 * <p>Score: the weighted mean of the key results' clamped progress, {@code Σ wᵢ pᵢ / Σ wᵢ}; with child objectives,
 * Synergita's rule {@code (weighted key-result mean + Σ child scores) / (1 + number of children)}; an objective
 * with children only scores the mean of its children. {@link #rawScore()} does the same with raw progress, so
 * over-achievement shows. Weights must be non-negative (checked by {@link KeyResult#withWeight}) and not all zero.
 *
 * <p>Immutable and thread-safe.
 */
public final class Objective {
    /** Fewest key results before {@link #lint()} warns. */
    public static final int MIN_KEY_RESULTS = 2;
    /** Most key results before {@link #lint()} warns. */
    public static final int MAX_KEY_RESULTS = 5;

    private final String name;
    private final OkrType type;
    private final List<KeyResult> keyResults;
    private final List<Objective> children;

    private Objective(String name, OkrType type, List<KeyResult> keyResults, List<Objective> children) {
        this.name = name;
        this.type = type;
        this.keyResults = List.copyOf(keyResults);
        this.children = List.copyOf(children);
        Checks.argument(!this.keyResults.isEmpty() || !this.children.isEmpty(),
                "objective '%s' must have at least one key result or child objective, had none", name);
        if (!this.keyResults.isEmpty()) {
            BigDecimal total = BigDecimal.ZERO;
            for (KeyResult kr : this.keyResults) {
                total = total.add(kr.weight());
            }
            Checks.argument(total.signum() > 0, "weights of the key results of objective '%s' must not all be zero,"
                    + " were all 0 over %d key results", name, this.keyResults.size());
        }
    }

    /** Returns a builder of an objective. */
    public static Builder builder(String name, OkrType type) {
        return new Builder(Checks.text(name, "name"), Objects.requireNonNull(type, "type"));
    }

    /** Returns the name. */
    public String name() {
        return name;
    }

    /** Returns committed or aspirational. */
    public OkrType type() {
        return type;
    }

    /** Returns the key results in the order added. */
    public List<KeyResult> keyResults() {
        return keyResults;
    }

    /** Returns the child objectives in the order added. */
    public List<Objective> children() {
        return children;
    }

    /** Returns the score from clamped key-result progress, in [0, 1]. */
    public BigDecimal score() {
        return score(false);
    }

    /** Returns the score from raw key-result progress (over-achievement above 1, regress below 0). */
    public BigDecimal rawScore() {
        return score(true);
    }

    private BigDecimal score(boolean raw) {
        BigDecimal childSum = BigDecimal.ZERO;
        for (Objective child : children) {
            childSum = childSum.add(child.score(raw));
        }
        if (keyResults.isEmpty()) {
            return Num.div(childSum, BigDecimal.valueOf(children.size()));
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (KeyResult kr : keyResults) {
            weighted = weighted.add(kr.weight().multiply(raw ? kr.rawProgress() : kr.progress()));
            weights = weights.add(kr.weight());
        }
        BigDecimal mean = Num.div(weighted, weights);
        return children.isEmpty() ? mean : Num.div(mean.add(childSum), BigDecimal.valueOf(1L + children.size()));
    }

    /** Returns the score this type of objective is expected to reach: 1.0 committed, 0.7 aspirational. */
    public BigDecimal expectedScore() {
        return type.expectedScore();
    }

    /** Returns the colour of {@link #score()} on the scale of this objective's {@link OkrType type}. */
    public Assessment assess() {
        return OkrColours.forType(type).assess(score());
    }

    /**
     * Returns the shape findings of this objective and its children: a warning ({@code key_result_count}) when an
     * objective with key results, or with no children, has fewer than {@value #MIN_KEY_RESULTS} or more than
     * {@value #MAX_KEY_RESULTS} key results (Google: about three per objective).
     */
    public List<Finding> lint() {
        List<Finding> out = new ArrayList<>();
        lint(out);
        return List.copyOf(out);
    }

    private void lint(List<Finding> out) {
        int n = keyResults.size();
        if ((n > 0 || children.isEmpty()) && (n < MIN_KEY_RESULTS || n > MAX_KEY_RESULTS)) {
            out.add(new Finding("key_result_count", Severity.WARNING,
                    Checks.format("objective '%s' has %d key result%s; %d to %d are recommended, about three", name,
                            n, n == 1 ? "" : "s", MIN_KEY_RESULTS, MAX_KEY_RESULTS),
                    n < MIN_KEY_RESULTS ? "add key results that show the objective is reached"
                            : "keep the key results that matter most and move the rest to another objective"));
        }
        for (Objective child : children) {
            child.lint(out);
        }
    }

    /** Returns {@code Objective[name, TYPE, n key results, m children]}. */
    @Override
    public String toString() {
        return "Objective[" + name + ", " + type + ", " + keyResults.size() + " key results, " + children.size()
                + " children]";
    }

    /** A single-threaded builder of {@link Objective}s. */
    public static final class Builder {
        private final String name;
        private final OkrType type;
        private final List<KeyResult> keyResults = new ArrayList<>();
        private final List<Objective> children = new ArrayList<>();

        private Builder(String name, OkrType type) {
            this.name = name;
            this.type = type;
        }

        /** Adds a key result. */
        public Builder keyResult(KeyResult keyResult) {
            keyResults.add(Objects.requireNonNull(keyResult, "keyResult"));
            return this;
        }

        /** Adds a child objective aligned under this one. */
        public Builder child(Objective child) {
            children.add(Objects.requireNonNull(child, "child"));
            return this;
        }

        /**
         * Builds the objective.
         *
         * @throws IllegalArgumentException when it has neither key results nor children, or all weights are zero
         */
        public Objective build() {
            return new Objective(name, type, keyResults, children);
        }
    }
}
