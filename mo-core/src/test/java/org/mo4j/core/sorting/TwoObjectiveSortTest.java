package org.mo4j.core.sorting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mo4j.core.testing.BruteForceRanks;

/**
 * The two-objective sweep on inputs large enough for its radix presort and its branch-free
 * search (reference data and properties against brute force are in {@link NonDominatedSortingTest}).
 */
class TwoObjectiveSortTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 10, 100, 100_000})
    void agreesWithEnsBinarySearchOnLargeTiedGrid(int grid) {
        for (int n : new int[] {1000, 1500, TwoObjectiveSort.SELECT_SEARCH_MIN_POINTS + 1}) {
            double[][] p = SortingFixtures.grid(new Random(7000 + grid), n, 2, grid);
            assertArrayEquals(EnsBinarySearch.ranks(p), TwoObjectiveSort.ranks(p), "grid " + grid + " n " + n);
        }
    }

    @Test
    void chainHasOneFrontPerPoint() {
        int[] perm = SortingFixtures.permutation(5000, new Random(2));
        assertArrayEquals(perm, TwoObjectiveSort.ranks(SortingFixtures.chain(perm, 2)));
    }

    /** Values of every sign and magnitude, signed zeros and near-ties in the low bits, against brute force. */
    @Test
    void mixedMagnitudesSignedZerosAndNearTiesAgreeWithBruteForce() {
        Random random = new Random(11);
        double[] pool = {
            -0.0,
            0.0,
            1e-300,
            -1e-300,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            1,
            Math.nextUp(1.0),
            Math.nextDown(1.0),
            -1,
            1e300,
            -1e300,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            0.5
        };
        for (int n : new int[] {300, 1200, 2500}) {
            double[][] p = new double[n][2];
            for (double[] row : p) {
                for (int j = 0; j < 2; j++) {
                    row[j] = random.nextBoolean() ? pool[random.nextInt(pool.length)] : random.nextGaussian();
                }
            }
            assertArrayEquals(BruteForceRanks.ranks(p), TwoObjectiveSort.ranks(p), "n " + n);
        }
    }
}
