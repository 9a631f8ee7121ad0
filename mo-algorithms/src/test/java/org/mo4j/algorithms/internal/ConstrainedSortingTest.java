package org.mo4j.algorithms.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mo4j.core.dominance.Dominance;
import org.mo4j.core.dominance.Relation;

/** Constrained ranks against a brute-force peeling under Dominance.compareConstrained. */
class ConstrainedSortingTest {

    @Test
    void ranksMatchBruteForceConstrainedDomination() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rng.nextInt(40);
            int m = 2 + rng.nextInt(3);
            double[][] f = new double[n][m];
            double[] cv = new double[n];
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < m; d++) {
                    f[i][d] = rng.nextInt(5);
                }
                cv[i] = rng.nextInt(3) == 0 ? rng.nextInt(4) * 0.5 : 0;
            }
            assertArrayEquals(bruteForce(f, cv), ConstrainedSorting.ranks(f, cv), "trial " + trial);
        }
    }

    private static int[] bruteForce(double[][] f, double[] cv) {
        int n = f.length;
        int[] rank = new int[n];
        java.util.Arrays.fill(rank, -1);
        int assigned = 0;
        for (int r = 0; assigned < n; r++) {
            boolean[] now = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (rank[i] >= 0) {
                    continue;
                }
                boolean dominated = false;
                for (int j = 0; j < n && !dominated; j++) {
                    dominated = rank[j] < 0
                            && j != i
                            && Dominance.compareConstrained(f[j], cv[j], f[i], cv[i]) == Relation.DOMINATES;
                }
                now[i] = !dominated;
            }
            for (int i = 0; i < n; i++) {
                if (now[i]) {
                    rank[i] = r;
                    assigned++;
                }
            }
        }
        return rank;
    }
}
