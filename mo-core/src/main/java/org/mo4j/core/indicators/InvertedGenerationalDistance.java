package org.mo4j.core.indicators;

import org.mo4j.core.internal.Arguments;

/**
 * Inverted generational distance (Coello Coello &amp; Reyes Sierra 2004): how well an approximation
 * front covers a reference front,
 *
 * <pre>  IGD_p(A, Z) = (1/|Z|) · ( Σ_{z∈Z} d(z, A)^p )^(1/p),   d(z, A) = min_{a∈A} ‖z − a‖₂ </pre>
 *
 * <p>Lower is better. IGD is not Pareto-compliant: prefer {@link InvertedGenerationalDistancePlus}
 * when comparing algorithms.
 *
 * <p><b>Convention.</b> {@link #of(double[][], double[][])} uses p = 1, the mean over reference
 * points of the distance to the nearest front point, as pymoo's {@code IGD}. jMetal's
 * {@code InvertedGenerationalDistance} uses p = 2 by default ({@code sqrt(Σ d²)/|Z|}); pass
 * {@code p = 2} to reproduce it.
 *
 * <p>Complexity O(|A|·|Z|·m) time, O(1) extra space.
 */
public final class InvertedGenerationalDistance {

    private InvertedGenerationalDistance() {}

    /** IGD with p = 1 (pymoo). */
    public static double of(double[][] front, double[][] referenceFront) {
        return of(front, referenceFront, 1);
    }

    /**
     * IGD with exponent {@code p}.
     *
     * @param front          the approximation A, non-empty
     * @param referenceFront the reference Z, non-empty, same number of objectives
     * @param p              the exponent, finite and &gt; 0
     * @throws IllegalArgumentException naming the offending argument
     */
    public static double of(double[][] front, double[][] referenceFront, double p) {
        int d = Arguments.nonEmptyFront("referenceFront", referenceFront);
        Arguments.nonEmptyFront("front", front, d, "referenceFront");
        Arguments.positive("p", p);
        return GenerationalDistance.compute(referenceFront, front, p);
    }
}
