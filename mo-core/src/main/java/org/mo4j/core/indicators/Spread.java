package org.mo4j.core.indicators;

import java.util.Arrays;
import java.util.Comparator;
import org.mo4j.core.internal.Arguments;

/**
 * Spread (diversity) indicators Δ; lower is better, 0 is a perfectly even front reaching the
 * reference extremes.
 *
 * <p><b>{@link #of Generalised spread}</b> (Zhou, Jin, Zhang, Sendhoff &amp; Tsang 2006, "Combining
 * model-based and genetics-based offspring generation for multi-objective optimization using a
 * convergence criterion", CEC 2006), for any number m of objectives:
 *
 * <pre>  Δ(A, Z) = ( Σ_{k=1}^{m} d(e_k, A) + Σ_{a∈A} |d(a, A∖a) − d̄| ) / ( Σ_{k=1}^{m} d(e_k, A) + |A|·d̄ ) </pre>
 *
 * where e_k is the extreme reference point of objective k (the point of Z with the largest k-th
 * value; on ties the first in row order, where jMetal's choice depends on its earlier in-place
 * sorts of Z), d(p, S) = min_{s∈S} ‖p − s‖₂, d(a, A∖a) is the distance
 * from a to its nearest other point of A (a different row: a duplicate is at distance 0), and d̄ is
 * the mean of those. This is jMetal's {@code GeneralizedSpread}, except that jMetal skips
 * zero-distance neighbours, so the two differ when A holds duplicate points. Complexity
 * O(|A|²·m + |Z|·m).
 *
 * <p><b>{@link #deb Deb's spread}</b> (Deb, Pratap, Agarwal &amp; Meyarivan 2002, "A fast and elitist
 * multiobjective genetic algorithm: NSGA-II", IEEE TEC 6(2)), two objectives only: sort A
 * lexicographically (by f₁, then f₂), let d_i be the N − 1 distances between consecutive points and
 * d̄ their mean, and d_f, d_l the distances from the first and last point of A to the first and last
 * point of Z sorted the same way (its extremes):
 *
 * <pre>  Δ = ( d_f + d_l + Σ_{i=1}^{N−1} |d_i − d̄| ) / ( d_f + d_l + (N − 1)·d̄ ) </pre>
 *
 * as jMetal's {@code Spread}. Complexity O(|A| log |A| + |Z| log |Z|).
 *
 * <p><b>Edge cases</b> (both): a front with fewer than 2 points, or whose points are all identical,
 * has no spread to measure, and Δ = 1, as jMetal. For identical points the formula gives 1 anyway
 * unless the extremes coincide with them, where it is 0/0 (jMetal's {@code Spread} then returns
 * NaN; this class returns 1). Unlike jMetal, neither method sorts or otherwise modifies its input.
 */
public final class Spread {

    private static final Comparator<double[]> LEXICOGRAPHIC = Arrays::compare;

    private Spread() {}

    /**
     * The generalised spread Δ of {@code front} against the extremes of {@code referenceFront}.
     *
     * @param front          the approximation A, non-empty, m ≥ 2 objectives
     * @param referenceFront the reference Z, non-empty, same number of objectives
     * @throws IllegalArgumentException naming the offending argument
     */
    public static double of(double[][] front, double[][] referenceFront) {
        int d = Arguments.nonEmptyFront("referenceFront", referenceFront);
        if (d < 2) {
            throw new IllegalArgumentException("referenceFront must have at least 2 objectives, had " + d);
        }
        Arguments.nonEmptyFront("front", front, d, "referenceFront");
        return generalised(front, extremes(referenceFront));
    }

    /**
     * The extreme points of {@code referenceFront}, one per objective: row k is the point with the
     * largest k-th value (first in row order on ties). Copies, O(|Z|·m).
     */
    static double[][] extremes(double[][] referenceFront) {
        int m = referenceFront[0].length;
        double[][] e = new double[m][];
        for (int k = 0; k < m; k++) {
            double[] best = referenceFront[0];
            for (double[] z : referenceFront) {
                if (z[k] > best[k]) {
                    best = z;
                }
            }
            e[k] = best.clone();
        }
        return e;
    }

    static double generalised(double[][] front, double[][] extremes) {
        int n = front.length;
        if (allIdentical(front)) {
            return 1;
        }
        double[] nearest = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    best = Math.min(best, Inputs.euclidean(front[i], front[j]));
                }
            }
            nearest[i] = best;
            mean += best;
        }
        mean /= n;
        double extremeSum = 0;
        for (double[] e : extremes) {
            extremeSum += Inputs.distanceToNearest(e, front);
        }
        double deviation = 0;
        for (double v : nearest) {
            deviation += Math.abs(v - mean);
        }
        return (extremeSum + deviation) / (extremeSum + n * mean);
    }

    /**
     * Deb's spread Δ for two objectives.
     *
     * @param front          the approximation A, non-empty, exactly 2 objectives
     * @param referenceFront the reference Z, non-empty, exactly 2 objectives
     * @throws IllegalArgumentException naming the offending argument, also when m ≠ 2
     */
    public static double deb(double[][] front, double[][] referenceFront) {
        int d = Arguments.nonEmptyFront("referenceFront", referenceFront);
        if (d != 2) {
            throw new IllegalArgumentException(
                    "referenceFront must have exactly 2 objectives for Deb's spread, had " + d);
        }
        Arguments.nonEmptyFront("front", front, d, "referenceFront");
        if (allIdentical(front)) {
            return 1;
        }
        double[][] a = front.clone();
        Arrays.sort(a, LEXICOGRAPHIC);
        double[] first = referenceFront[0];
        double[] last = referenceFront[0];
        for (double[] z : referenceFront) {
            if (LEXICOGRAPHIC.compare(z, first) < 0) {
                first = z;
            }
            if (LEXICOGRAPHIC.compare(z, last) > 0) {
                last = z;
            }
        }
        double df = Inputs.euclidean(a[0], first);
        double dl = Inputs.euclidean(a[a.length - 1], last);
        int gaps = a.length - 1;
        double[] gap = new double[gaps];
        double mean = 0;
        for (int i = 0; i < gaps; i++) {
            gap[i] = Inputs.euclidean(a[i], a[i + 1]);
            mean += gap[i];
        }
        mean /= gaps;
        double deviation = 0;
        for (double g : gap) {
            deviation += Math.abs(g - mean);
        }
        return (df + dl + deviation) / (df + dl + gaps * mean);
    }

    /** True when the front has fewer than 2 points or all its points are equal. */
    private static boolean allIdentical(double[][] front) {
        for (double[] p : front) {
            for (int i = 0; i < p.length; i++) {
                if (p[i] != front[0][i]) {
                    return false;
                }
            }
        }
        return true;
    }
}
