package org.mo4j.core.indicators;

import org.mo4j.core.internal.Arguments;

/**
 * Expected utility (Zintgraf, Kanters, Roijers, Oliehoek &amp; Beau 2015, "Quality assessment of
 * MORL algorithms: a utility-based approach"; as used by C-MORL, Liu et al. 2025): the mean over
 * weight vectors of the best linear utility reachable on the front.
 *
 * <p>mo4j minimises, so the utility of an objective vector f under weights w is −w·f and
 *
 * <pre>  EU(A, W) = (1/|W|) · Σ_{w∈W} max_{f∈A} (−w·f) = −(1/|W|) · Σ_{w∈W} min_{f∈A} w·f </pre>
 *
 * <p>This equals C-MORL's EU, mean_w max_G w·G, on returns G = −f: negate a maximised front (or
 * use {@link org.mo4j.core.problem.Problem#minimising}) before calling. Higher is better. Adding
 * dominated points never changes it (for non-negative weights). Weight vectors are usually
 * {@link org.mo4j.core.weights.WeightVectors#simplexGrid}.
 *
 * <p>Complexity O(|A|·|W|·m) time, O(1) extra space.
 */
public final class ExpectedUtility {

    private ExpectedUtility() {}

    /**
     * @param front   the objective vectors A (minimised), non-empty
     * @param weights the weight vectors W, non-empty, finite, non-negative, no row all zero, same
     *                dimension as the front
     * @throws IllegalArgumentException naming the offending argument
     */
    public static double of(double[][] front, double[][] weights) {
        int d = Inputs.weights("weights", weights);
        Arguments.nonEmptyFront("front", front, d, "weights");
        return compute(front, weights);
    }

    static double compute(double[][] front, double[][] weights) {
        double sum = 0;
        for (double[] w : weights) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] f : front) {
                double dot = 0;
                for (int i = 0; i < w.length; i++) {
                    dot += w[i] * f[i];
                }
                best = Math.min(best, dot);
            }
            sum += best;
        }
        return -sum / weights.length;
    }
}
