package org.mo4j.core.indicators;

import org.mo4j.core.internal.Arguments;

/**
 * The R2 indicator with the weighted Tchebycheff utility (Brockhoff, Wagner &amp; Trautmann 2012,
 * "On the properties of the R2 indicator", GECCO 2012),
 *
 * <pre>  R2(A, W, z*) = (1/|W|) · Σ_{w∈W} min_{a∈A} max_i w_i · |z*_i − a_i| </pre>
 *
 * <p>z* is an ideal (utopian) point, W a set of non-negative, non-zero weight vectors (for example
 * {@link org.mo4j.core.weights.WeightVectors#simplexLattice}). Lower is better. It is weakly
 * Pareto-compliant when z* weakly dominates every point of A.
 *
 * <p>Complexity O(|A|·|W|·m) time, O(1) extra space.
 */
public final class R2 {

    private R2() {}

    /**
     * @param front   the approximation A, non-empty
     * @param weights the weight vectors W, non-empty, finite, non-negative, no row all zero
     * @param ideal   the ideal point z*, finite, same dimension as the weights
     * @throws IllegalArgumentException naming the offending argument
     */
    public static double of(double[][] front, double[][] weights, double[] ideal) {
        int d = Inputs.weights("weights", weights);
        Arguments.point("ideal", ideal, d, "weights");
        Arguments.nonEmptyFront("front", front, d, "weights");
        return compute(front, weights, ideal);
    }

    static double compute(double[][] front, double[][] weights, double[] ideal) {
        double sum = 0;
        for (double[] w : weights) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] a : front) {
                double worst = 0;
                for (int i = 0; i < w.length; i++) {
                    worst = Math.max(worst, w[i] * Math.abs(ideal[i] - a[i]));
                }
                best = Math.min(best, worst);
            }
            sum += best;
        }
        return sum / weights.length;
    }
}
