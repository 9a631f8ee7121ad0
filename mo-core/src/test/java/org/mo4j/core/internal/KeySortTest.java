package org.mo4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeySortTest {

    /**
     * Below and above the radix threshold: the order is a permutation, ascending in the key, and
     * two indices are out of key order only inside a run whose packed keys agree above the index
     * bits (where callers finish exactly); signed zeros, extremes and near-ties included.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 100, KeySort.RADIX_MIN - 1, KeySort.RADIX_MIN, 5000})
    void orderIsAscendingUpToTruncatedRuns(int n) {
        Random random = new Random(31L * n);
        double[] pool = {
            -0.0,
            0.0,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            1,
            Math.nextUp(1.0),
            Math.nextDown(1.0),
            -1,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY
        };
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            key[i] = random.nextInt(4) == 0 ? pool[random.nextInt(pool.length)] : random.nextGaussian() * 1e3;
        }
        int[] order = new int[n];
        long[] sorted = KeySort.order(key, n, order);
        int low = KeySort.indexBits(n);

        boolean[] seen = new boolean[n];
        for (int k = 0; k < n; k++) {
            assertTrue(!seen[order[k]], "index repeated at " + k);
            seen[order[k]] = true;
            assertEquals(order[k], (int) (sorted[k] & ((1L << low) - 1)), "packed index at " + k);
        }
        for (int k = 1; k < n; k++) {
            double a = key[order[k - 1]] + 0.0;
            double b = key[order[k]] + 0.0;
            boolean sameRun = sorted[k - 1] >> low == sorted[k] >> low;
            assertTrue(a <= b || sameRun, "keys " + a + " > " + b + " across runs at " + k);
        }
    }

    @Test
    void sortableBitsOrderTheDoublesAndMergeSignedZeros() {
        double[] xs = {
            Double.NEGATIVE_INFINITY,
            -Double.MAX_VALUE,
            -1,
            -Double.MIN_VALUE,
            0.0,
            Double.MIN_VALUE,
            1,
            Double.MAX_VALUE,
            Double.POSITIVE_INFINITY
        };
        for (int i = 1; i < xs.length; i++) {
            assertTrue(KeySort.sortableBits(xs[i - 1]) < KeySort.sortableBits(xs[i]), "at " + xs[i]);
        }
        assertEquals(KeySort.sortableBits(0.0), KeySort.sortableBits(-0.0));
    }

    /** The raw sort agrees with the JDK's sort of the same longs, on both paths. */
    @ParameterizedTest
    @ValueSource(ints = {10, KeySort.RADIX_MIN, 4096})
    void sortMatchesJdkSort(int n) {
        Random random = new Random(n);
        int low = KeySort.indexBits(n);
        long mask = (1L << low) - 1;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = (KeySort.sortableBits(random.nextGaussian()) & ~mask) | i;
        }
        long[] expected = packed.clone();
        Arrays.sort(expected);
        long[] actual = KeySort.sort(packed, new long[n], n);
        assertEquals(Arrays.toString(expected), Arrays.toString(Arrays.copyOf(actual, n)));
    }
}
