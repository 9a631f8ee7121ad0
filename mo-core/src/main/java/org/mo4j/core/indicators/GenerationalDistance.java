package org.mo4j.core.indicators;

import org.mo4j.core.internal.Arguments;

/**
 * Generational distance (Van Veldhuizen &amp; Lamont 1998): how far an approximation front lies from
 * a reference front,
 *
 * <pre>  GD_p(A, Z) = (1/|A|) · ( Σ_{a∈A} d(a, Z)^p )^(1/p),   d(a, Z) = min_{z∈Z} ‖a − z‖₂ </pre>
 *
 * <p>Lower is better; GD is 0 exactly when every point of A lies on a point of Z.
 *
 * <p><b>Convention.</b> {@link #of(double[][], double[][])} uses p = 1, the mean Euclidean distance
 * to the nearest reference point, as pymoo's {@code GD}. jMetal's {@code GenerationalDistance}
 * uses p = 2 by default, i.e. {@code sqrt(Σ d²)/|A|}: pass {@code p = 2} to
 * {@link #of(double[][], double[][], double)} to reproduce it. Neither library normalises inside
 * the indicator, nor does this one (see {@link Normalization}).
 *
 * <p>Complexity O(|A|·|Z|·m) time, O(1) extra space.
 */
public final class GenerationalDistance {

    private GenerationalDistance() {}

    /** GD with p = 1 (pymoo): the mean over {@code front} of the distance to the nearest reference point. */
    public static double of(double[][] front, double[][] referenceFront) {
        return of(front, referenceFront, 1);
    }

    /**
     * GD with exponent {@code p}.
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
        return compute(front, referenceFront, p);
    }

    /** The unchecked kernel; also computes IGD with the roles of the fronts swapped. */
    static double compute(double[][] from, double[][] to, double p) {
        double sum = 0;
        for (double[] a : from) {
            double dist = Inputs.distanceToNearest(a, to);
            sum += p == 1 ? dist : Math.pow(dist, p);
        }
        return (p == 1 ? sum : Math.pow(sum, 1 / p)) / from.length;
    }
}
