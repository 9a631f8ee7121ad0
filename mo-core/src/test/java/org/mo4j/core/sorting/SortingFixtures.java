package org.mo4j.core.sorting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic inputs shared by the sorting tests: integer grids (ties and duplicates), shuffled
 * chains (one front per point) and single fronts of equal coordinate sum.
 */
final class SortingFixtures {

    private SortingFixtures() {}

    /** n points with coordinates drawn uniformly from {@code {-size/2, ..., size - 1 - size/2}}. */
    static double[][] grid(Random random, int n, int d, int size) {
        double[][] p = new double[n][d];
        for (double[] row : p) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextInt(size) - size / 2;
            }
        }
        return p;
    }

    /** A random permutation of {@code 0..n-1}. */
    static int[] permutation(int n, Random random) {
        int[] perm = IndexSort.identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }

    /**
     * A shuffled chain in which point i has rank {@code perm[i]}: strictly increasing in the
     * first objective along the chain, non-decreasing with ties in the others.
     */
    static double[][] chain(int[] perm, int d) {
        double[][] p = new double[perm.length][d];
        for (int i = 0; i < perm.length; i++) {
            for (int j = 0; j < d; j++) {
                p[i][j] = j == 0 ? perm[i] : Math.floor(perm[i] / (j + 1.0));
            }
        }
        return p;
    }

    /**
     * Every integer point of {@code d} non-negative coordinates summing to {@code sum} (no two
     * distinct ones dominate each other), with a tenth of them repeated, shuffled: one front of
     * heavily tied points.
     */
    static double[][] equalSumFront(int sum, int d, Random random) {
        List<double[]> rows = new ArrayList<>();
        compositions(sum, d, new double[d], 0, rows);
        int distinct = rows.size();
        for (int t = 0; t < distinct / 10; t++) {
            rows.add(rows.get(random.nextInt(distinct)).clone());
        }
        Collections.shuffle(rows, random);
        return rows.toArray(double[][]::new);
    }

    /** n random integer points on the hyperplane of coordinate sum {@code 1000 d}: one front. */
    static double[][] randomEqualSumFront(int n, int d, Random random) {
        double[][] p = new double[n][d];
        for (double[] row : p) {
            int sum = 0;
            for (int j = 0; j < d - 1; j++) {
                row[j] = random.nextInt(1001);
                sum += (int) row[j];
            }
            row[d - 1] = 1000 * d - sum;
        }
        return p;
    }

    private static void compositions(int rest, int d, double[] row, int j, List<double[]> out) {
        if (j == d - 1) {
            row[j] = rest;
            out.add(row.clone());
            return;
        }
        for (int v = 0; v <= rest; v++) {
            row[j] = v;
            compositions(rest - v, d, row, j + 1, out);
        }
    }
}
