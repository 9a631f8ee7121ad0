package org.mo4j.core.indicators;

import org.mo4j.core.internal.Arguments;

/**
 * IGD+ (Ishibuchi, Masuda, Tanigaki &amp; Nojima 2015, "Modified distance calculation in generational
 * distance and inverted generational distance", EMO 2015): IGD with a dominance-aware distance,
 *
 * <pre>  IGD+(A, Z) = (1/|Z|) · Σ_{z∈Z} min_{a∈A} d+(z, a),   d+(z, a) = sqrt( Σ_i max(a_i − z_i, 0)² ) </pre>
 *
 * <p>Only the amounts by which a is worse than z count, so a front point that weakly dominates z
 * is at distance 0 from it. IGD+ is weakly Pareto-compliant and never exceeds IGD with p = 1.
 * Same definition as pymoo's {@code IGDPlus} and jMetal's {@code InvertedGenerationalDistancePlus}.
 * Lower is better.
 *
 * <p>Complexity O(|A|·|Z|·m) time, O(1) extra space.
 */
public final class InvertedGenerationalDistancePlus {

    private InvertedGenerationalDistancePlus() {}

    /**
     * @param front          the approximation A, non-empty
     * @param referenceFront the reference Z, non-empty, same number of objectives
     * @throws IllegalArgumentException naming the offending argument
     */
    public static double of(double[][] front, double[][] referenceFront) {
        int d = Arguments.nonEmptyFront("referenceFront", referenceFront);
        Arguments.nonEmptyFront("front", front, d, "referenceFront");
        return compute(front, referenceFront);
    }

    static double compute(double[][] front, double[][] referenceFront) {
        double sum = 0;
        for (double[] z : referenceFront) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] a : front) {
                double s = 0;
                for (int i = 0; i < z.length; i++) {
                    double t = Math.max(a[i] - z[i], 0);
                    s += t * t;
                }
                best = Math.min(best, s);
            }
            sum += Math.sqrt(best);
        }
        return sum / referenceFront.length;
    }
}
