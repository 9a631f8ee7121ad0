package org.mo4j.core.testing;

/**
 * Test oracle for non-dominated sorting: O(n² m) dominance matrix, then repeated peeling of the
 * points no remaining point dominates. Written for obviousness, not speed.
 */
public final class BruteForceRanks {

    private BruteForceRanks() {}

    /** Whether {@code a} Pareto-dominates {@code b} (minimisation). */
    public static boolean dominates(double[] a, double[] b) {
        boolean strictly = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
            if (a[i] < b[i]) {
                strictly = true;
            }
        }
        return strictly;
    }

    /** 0-based ranks by peeling. */
    public static int[] ranks(double[][] points) {
        int n = points.length;
        boolean[][] dom = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                dom[i][j] = dominates(points[i], points[j]);
            }
        }
        int[] ranks = new int[n];
        boolean[] done = new boolean[n];
        int remaining = n;
        for (int front = 0; remaining > 0; front++) {
            boolean[] inFront = new boolean[n];
            for (int j = 0; j < n; j++) {
                if (done[j]) {
                    continue;
                }
                boolean dominated = false;
                for (int i = 0; i < n && !dominated; i++) {
                    dominated = !done[i] && dom[i][j];
                }
                inFront[j] = !dominated;
            }
            for (int j = 0; j < n; j++) {
                if (inFront[j]) {
                    ranks[j] = front;
                    done[j] = true;
                    remaining--;
                }
            }
        }
        return ranks;
    }
}
