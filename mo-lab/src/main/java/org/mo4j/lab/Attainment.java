package org.mo4j.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Empirical attainment surfaces of two-objective fronts (Fonseca &amp; Fleming 1996, "On the
 * performance assessment and comparison of stochastic multiobjective optimizers"; Knowles 2005): the
 * k-th attainment surface of n runs bounds the points weakly dominated by the fronts of at least k
 * runs; the median (50%) surface, k = ⌈n/2⌉, is the typical outcome of an algorithm.
 *
 * <p>For minimised f = (f₁, f₂), let aᵢ(x) = min {f₂ : (f₁, f₂) in run i, f₁ ≤ x}. A point (x, y) is
 * attained by run i iff aᵢ(x) ≤ y, so by at least k runs iff y ≥ L(x), the k-th smallest aᵢ(x).
 * L is a non-increasing step function that changes only at the f₁ values of the points; the
 * surface's corners are the points (x, L(x)) where it drops. O(U·n) after sorting, U the distinct f₁
 * values of all runs.
 */
public final class Attainment {

    private Attainment() {}

    /**
     * The corners of the {@code level}-attainment surface of {@code fronts}, by increasing f₁ (and
     * strictly decreasing f₂): a non-dominated set.
     *
     * @param fronts two-objective fronts, one per run (any may be empty)
     * @param level  k, 1 ≤ k ≤ number of fronts
     * @throws IllegalArgumentException if a point does not have 2 finite objectives or k is out of
     *                                  range
     */
    public static double[][] surface(List<double[][]> fronts, int level) {
        int n = fronts.size();
        if (level < 1 || level > n) {
            throw new IllegalArgumentException("level must be in 1.." + n + ", was " + level);
        }
        double[][][] runs = new double[n][][];
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[][] f = fronts.get(i);
            for (int j = 0; j < f.length; j++) {
                if (f[j].length != 2 || !Double.isFinite(f[j][0]) || !Double.isFinite(f[j][1])) {
                    throw new IllegalArgumentException(
                            "fronts[" + i + "][" + j + "] must have 2 finite objectives, was " + Arrays.toString(f[j]));
                }
                xs.add(f[j][0]);
            }
            runs[i] = f.clone();
            Arrays.sort(runs[i], Comparator.comparingDouble(p -> p[0]));
        }
        double[] x =
                xs.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
        int[] next = new int[n];
        double[] best = new double[n];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        double[] sorted = new double[n];
        List<double[]> corners = new ArrayList<>();
        double last = Double.POSITIVE_INFINITY;
        for (double xv : x) {
            for (int i = 0; i < n; i++) {
                while (next[i] < runs[i].length && runs[i][next[i]][0] <= xv) {
                    best[i] = Math.min(best[i], runs[i][next[i]][1]);
                    next[i]++;
                }
            }
            System.arraycopy(best, 0, sorted, 0, n);
            Arrays.sort(sorted);
            double l = sorted[level - 1];
            if (l < last) {
                corners.add(new double[] {xv, l});
                last = l;
            }
        }
        return corners.toArray(double[][]::new);
    }

    /** The median surface: level ⌈n/2⌉. */
    public static double[][] median(List<double[][]> fronts) {
        return surface(fronts, (fronts.size() + 1) / 2);
    }
}
