package org.mo4j.algorithms.spea2;

import org.mo4j.algorithms.internal.Indices;

/**
 * SPEA2's fitness assignment and environmental selection (Zitzler, Laumanns, Thiele 2001, sections
 * 3.1 and 3.2) over the union of archive and offspring, under constrained domination (a smaller
 * total violation dominates; equal violations compare by Pareto dominance when feasible and are
 * mutually non-dominated when infeasible).
 *
 * <p>Fitness F(i) = R(i) + D(i): the raw fitness R(i) = Σ S(j) over the j that dominate i, where the
 * strength S(j) counts the solutions j dominates; the density D(i) = 1 / (σ_i^k + 2), σ_i^k the
 * Euclidean distance in objective space to the k-th nearest other solution, k = ⌊√M⌋ for M
 * solutions. Selection keeps every non-dominated solution (F &lt; 1); too few are filled up with the
 * best dominated ones by F (ties to the lower index); too many are truncated one at a time,
 * removing the solution whose sorted distances to the remaining ones are lexicographically
 * smallest (ties to the lower index).
 *
 * <p>Cost for M solutions in m objectives: O(M² m) for dominance and distances, O(M² log M) to sort
 * the neighbour lists, truncation O(M²) per removal in the worst case (usually the first distances
 * already differ). Allocates O(M²) per call.
 */
final class EnvironmentalSelection {

    private EnvironmentalSelection() {}

    /** The chosen members' indices (in increasing order of index) and their fitness values. */
    record Selected(int[] members, double[] fitness) {}

    /** Whether a constrained-dominates b. */
    static boolean dominates(double[] a, double cva, double[] b, double cvb) {
        if (cva != cvb) {
            return cva < cvb;
        }
        if (cva > 0) {
            return false;
        }
        boolean strictly = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
            if (a[k] < b[k]) {
                strictly = true;
            }
        }
        return strictly;
    }

    /** F(i) for every solution, and the distance matrix into {@code dist}. */
    static double[] fitness(double[][] f, double[] cv, double[][] dist) {
        int n = f.length;
        boolean[][] dom = new boolean[n][n];
        int[] strength = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && dominates(f[i], cv[i], f[j], cv[j])) {
                    dom[i][j] = true;
                    strength[i]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = 0;
                for (int k = 0; k < f[i].length; k++) {
                    double d = f[i][k] - f[j][k];
                    s += d * d;
                }
                dist[i][j] = Math.sqrt(s);
                dist[j][i] = dist[i][j];
            }
        }
        int k = (int) Math.floor(Math.sqrt(n));
        double[] out = new double[n];
        double[] row = new double[Math.max(0, n - 1)];
        for (int i = 0; i < n; i++) {
            double raw = 0;
            for (int j = 0; j < n; j++) {
                if (dom[j][i]) {
                    raw += strength[j];
                }
            }
            double sigma = 0;
            if (n > 1) {
                int c = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        row[c++] = dist[i][j];
                    }
                }
                java.util.Arrays.sort(row);
                sigma = row[Math.min(k, n - 1) - 1];
            }
            out[i] = raw + 1.0 / (sigma + 2.0);
        }
        return out;
    }

    /**
     * The {@code capacity} solutions of {@code f} (with total violations {@code cv}) SPEA2 keeps, or
     * all when there are no more.
     */
    static Selected select(double[][] f, double[] cv, int capacity) {
        int n = f.length;
        double[][] dist = new double[n][n];
        double[] fit = fitness(f, cv, dist);
        int nonDominated = 0;
        for (double v : fit) {
            if (v < 1) {
                nonDominated++;
            }
        }
        int[] chosen;
        if (nonDominated <= capacity) {
            int[] order = Indices.identity(n);
            Indices.sortByKey(order, fit);
            chosen = java.util.Arrays.copyOf(order, Math.min(capacity, n));
        } else {
            int[] front = new int[nonDominated];
            int c = 0;
            for (int i = 0; i < n; i++) {
                if (fit[i] < 1) {
                    front[c++] = i;
                }
            }
            chosen = truncate(front, dist, capacity);
        }
        java.util.Arrays.sort(chosen);
        double[] chosenFitness = new double[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            chosenFitness[i] = fit[chosen[i]];
        }
        return new Selected(chosen, chosenFitness);
    }

    /** The members of {@code front} that survive SPEA2's truncation down to {@code capacity}. */
    static int[] truncate(int[] front, double[][] dist, int capacity) {
        int s = front.length;
        // neighbours[a]: the other positions of front, nearest first (stable: ties to the lower position)
        int[][] neighbours = new int[s][s - 1];
        double[] key = new double[s];
        for (int a = 0; a < s; a++) {
            int[] order = new int[s - 1];
            int c = 0;
            for (int b = 0; b < s; b++) {
                if (b != a) {
                    order[c++] = b;
                }
                key[b] = dist[front[a]][front[b]];
            }
            Indices.sortByKey(order, key);
            neighbours[a] = order;
        }
        boolean[] removed = new boolean[s];
        for (int left = s; left > capacity; left--) {
            int worst = -1;
            for (int a = 0; a < s; a++) {
                if (!removed[a] && (worst < 0 || closer(a, worst, neighbours, removed, front, dist))) {
                    worst = a;
                }
            }
            removed[worst] = true;
        }
        int[] out = new int[capacity];
        int c = 0;
        for (int a = 0; a < s; a++) {
            if (!removed[a]) {
                out[c++] = front[a];
            }
        }
        return out;
    }

    /** Whether a's sorted distances to the remaining solutions are lexicographically below b's. */
    private static boolean closer(int a, int b, int[][] neighbours, boolean[] removed, int[] front, double[][] dist) {
        int[] na = neighbours[a];
        int[] nb = neighbours[b];
        int i = 0;
        int j = 0;
        while (true) {
            while (i < na.length && removed[na[i]]) {
                i++;
            }
            while (j < nb.length && removed[nb[j]]) {
                j++;
            }
            if (i == na.length || j == nb.length) {
                return false; // equal throughout: the lower position (b, seen first) stays the choice
            }
            double da = dist[front[a]][front[na[i]]];
            double db = dist[front[b]][front[nb[j]]];
            if (da != db) {
                return da < db;
            }
            i++;
            j++;
        }
    }
}
