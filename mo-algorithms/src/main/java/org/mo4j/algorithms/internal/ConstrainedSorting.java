package org.mo4j.algorithms.internal;

import org.mo4j.core.sorting.NonDominatedSorting;

/**
 * Non-dominated sorting under constrained domination (Deb, Pratap, Agarwal, Meyarivan 2002,
 * IEEE TEC 6(2), §V): feasible solutions come first and are ranked by Pareto dominance with
 * {@link NonDominatedSorting}; infeasible solutions follow, ranked by total violation alone
 * (equal violations share a rank, as the definition makes them mutually non-dominated).
 *
 * <p>O(sort of the feasible part + k log k) for k infeasible solutions; when every violation is 0
 * it is exactly {@link NonDominatedSorting#ranks(double[][])}.
 */
public final class ConstrainedSorting {

    private ConstrainedSorting() {}

    /**
     * The 0-based constrained rank of every solution.
     *
     * @param objectives one row per solution, rectangular and finite
     * @param violations the total violation of each solution, ≥ 0 (0 = feasible)
     * @throws IllegalArgumentException if the lengths differ or the objectives are invalid
     */
    public static int[] ranks(double[][] objectives, double[] violations) {
        int n = objectives.length;
        if (violations.length != n) {
            throw new IllegalArgumentException("violations has " + violations.length + " entries but objectives has "
                    + n + " rows (dimension mismatch)");
        }
        int feasible = 0;
        for (double v : violations) {
            if (v == 0) {
                feasible++;
            }
        }
        if (feasible == n) {
            return NonDominatedSorting.ranks(objectives);
        }
        int[] ranks = new int[n];
        double[][] sub = new double[feasible][];
        int[] subIndex = new int[feasible];
        int s = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (violations[i] == 0) {
                subIndex[s] = i;
                sub[s++] = objectives[i];
            }
        }
        int next = 0;
        if (feasible > 0) {
            int[] r = NonDominatedSorting.ranks(sub);
            for (int j = 0; j < feasible; j++) {
                ranks[subIndex[j]] = r[j];
                next = Math.max(next, r[j] + 1);
            }
        }
        // the infeasible indices, ordered by violation (stably, without boxing)
        int[] idx = new int[n - feasible];
        for (int i = 0; i < n; i++) {
            if (violations[i] != 0) {
                idx[k++] = i;
            }
        }
        Indices.sortByKey(idx, violations);
        double previous = Double.NaN;
        int rank = next - 1;
        for (int i : idx) {
            if (violations[i] != previous) {
                rank++;
                previous = violations[i];
            }
            ranks[i] = rank;
        }
        return ranks;
    }

    /** Whether each solution has constrained rank 0, from {@link #ranks}. */
    static boolean[] firstFront(int[] ranks) {
        boolean[] out = new boolean[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            out[i] = ranks[i] == 0;
        }
        return out;
    }
}
