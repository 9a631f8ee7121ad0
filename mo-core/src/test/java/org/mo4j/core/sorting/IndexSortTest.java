package org.mo4j.core.sorting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mo4j.core.internal.KeySort;

class IndexSortTest {

    /**
     * The lexicographic order (packed-key presort, both below and above the radix threshold, then
     * exact finishing of tied runs) against a plain stable sort with a row comparator, on values
     * of every sign and magnitude, signed zeros, near-ties in the lowest bits and duplicates.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 17, 500, KeySort.RADIX_MIN, 5000})
    void lexicographicOrderMatchesStableComparatorSort(int n) {
        Random random = new Random(n);
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
        for (int d : new int[] {1, 2, 3}) {
            double[][] p = new double[n][d];
            for (double[] row : p) {
                for (int j = 0; j < d; j++) {
                    row[j] = random.nextInt(3) == 0
                            ? pool[random.nextInt(pool.length)]
                            : random.nextBoolean() ? random.nextInt(4) : random.nextGaussian() * 1e3;
                }
            }
            Integer[] boxed = new Integer[n];
            Arrays.setAll(boxed, i -> i);
            Arrays.sort(boxed, (a, b) -> compare(p[a], p[b])); // stable
            int[] expected = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, IndexSort.lexicographic(p), "n " + n + " d " + d);
        }
    }

    private static int compare(double[] a, double[] b) {
        for (int j = 0; j < a.length; j++) {
            if (a[j] < b[j]) {
                return -1;
            }
            if (a[j] > b[j]) {
                return 1;
            }
        }
        return 0;
    }
}
