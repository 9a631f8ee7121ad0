package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mo4j.core.internal.KeySort;

/**
 * The 2D sweep on inputs large enough for its radix sort: integer grids (ties, duplicates; every
 * area exact, so compared for equality with cell counting) and first objectives that differ only
 * in their lowest bits (which the packed keys drop, so the exact finishing of runs is needed).
 */
class Hv2dTest {

    private static final int SIZE = 120;

    @ParameterizedTest
    @ValueSource(ints = {50, KeySort.RADIX_MIN - 1, KeySort.RADIX_MIN, 3000})
    void gridVolumeAndContributionsEqualCellCounts(int n) {
        Random random = new Random(n);
        double[][] p = new double[n][2];
        for (double[] row : p) {
            row[0] = random.nextInt(SIZE + 10); // some outside the box
            row[1] = random.nextInt(SIZE);
        }
        double[] ref = {SIZE, SIZE};
        int[][] cover = new int[SIZE][SIZE]; // cover[a][b]: number of points weakly dominating cell (a, b)
        int[][] only = new int[SIZE][SIZE]; // the index of one such point
        for (int i = 0; i < n; i++) {
            for (int a = (int) p[i][0]; a < SIZE; a++) {
                for (int b = (int) p[i][1]; b < SIZE; b++) {
                    cover[a][b]++;
                    only[a][b] = i;
                }
            }
        }
        double volume = 0;
        double[] contributions = new double[n];
        for (int a = 0; a < SIZE; a++) {
            for (int b = 0; b < SIZE; b++) {
                volume += cover[a][b] > 0 ? 1 : 0;
                if (cover[a][b] == 1) {
                    contributions[only[a][b]]++;
                }
            }
        }
        assertEquals(volume, Hv2d.volume(p, ref), "n " + n);
        assertArrayEquals(contributions, Hv2d.contributions(p, ref), "n " + n);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 5000})
    void firstObjectivesDifferingInLowestBitsGiveExactVolume(int n) {
        Random random = new Random(n);
        double[][] p = new double[n][2];
        for (int i = 0; i < n; i++) {
            p[i][0] = 0.5 + i * Math.ulp(0.5) * (1 + random.nextInt(3));
            p[i][1] = 0.25 + random.nextInt(n) * 1e-6;
        }
        shuffle(p, random);
        double[] ref = {1, 1};
        double[][] sorted = p.clone();
        Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        BigDecimal exact = BigDecimal.ZERO;
        double low = ref[1];
        for (double[] q : sorted) {
            if (q[1] < low) {
                exact = exact.add(new BigDecimal(ref[0])
                        .subtract(new BigDecimal(q[0]))
                        .multiply(new BigDecimal(low).subtract(new BigDecimal(q[1]))));
                low = q[1];
            }
        }
        double expected = exact.doubleValue();
        assertEquals(expected, Hv2d.volume(p, ref), 1e-15 * expected, "n " + n);
    }

    private static void shuffle(double[][] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double[] t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
