package org.mo4j.algorithms.moead;

import java.util.Locale;

/**
 * How MOEA/D turns subproblem j's weight vector λ and the ideal point z* into one scalar to
 * minimise (Zhang &amp; Li 2007, section II):
 *
 * <ul>
 *   <li>{@link #TCHEBYCHEFF}: g(x | λ, z*) = max_i λ_i |f_i(x) − z*_i|, with a zero weight counted
 *       as 10⁻⁴ (as jMetal does; the paper leaves it 0, which lets the two extreme subproblems keep
 *       weakly dominated points);</li>
 *   <li>{@link #PBI}: penalty-based boundary intersection, g = d₁ + θ d₂ with
 *       d₁ = |(f(x) − z*)ᵀ λ| / ‖λ‖ the distance along the weight's direction and d₂ the distance
 *       from that direction; the penalty θ is a setting of the algorithm (default 5, the paper's).</li>
 * </ul>
 *
 * <p>Both cost O(m) per evaluation of g. Tchebycheff reaches every Pareto-optimal point of any
 * front shape; PBI spreads solutions more evenly along the weights on concave fronts.
 */
public enum Aggregation {
    /** The weighted Tchebycheff distance to the ideal point. */
    TCHEBYCHEFF,
    /** Penalty-based boundary intersection. */
    PBI;

    /**
     * The aggregation named {@code text}, ignoring case: {@code tchebycheff} (also {@code tch}) or
     * {@code pbi}.
     *
     * @throws IllegalArgumentException naming the value when it is neither
     */
    public static Aggregation parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "tchebycheff", "tch" -> TCHEBYCHEFF;
            case "pbi" -> PBI;
            default -> throw new IllegalArgumentException("aggregation must be tchebycheff or pbi, was '" + text + "'");
        };
    }

    /** The lower-case name {@link #parse} reads. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
