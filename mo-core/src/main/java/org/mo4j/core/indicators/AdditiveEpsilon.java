package org.mo4j.core.indicators;

import org.mo4j.core.internal.Arguments;

/**
 * Additive ε-indicator (Zitzler, Thiele, Laumanns, Fonseca &amp; da Fonseca 2003, "Performance
 * assessment of multiobjective optimizers: an analysis and review", IEEE TEC 7(2)): the smallest ε
 * such that every reference point is weakly dominated by some front point translated by −ε,
 *
 * <pre>  I_ε+(A, Z) = max_{z∈Z} min_{a∈A} max_i (a_i − z_i) </pre>
 *
 * <p>Lower is better; the value is ≤ 0 when A weakly dominates Z and can be negative. Same
 * definition as jMetal's {@code Epsilon} (the unary additive ε against a reference set).
 *
 * <p>Complexity O(|A|·|Z|·m) time, O(1) extra space.
 */
public final class AdditiveEpsilon {

    private AdditiveEpsilon() {}

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
        double eps = Double.NEGATIVE_INFINITY;
        for (double[] z : referenceFront) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] a : front) {
                double worst = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < z.length; i++) {
                    worst = Math.max(worst, a[i] - z[i]);
                }
                best = Math.min(best, worst);
            }
            eps = Math.max(eps, best);
        }
        return eps;
    }
}
