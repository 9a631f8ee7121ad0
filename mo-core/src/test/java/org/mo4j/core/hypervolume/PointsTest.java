package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PointsTest {

    /** Pairs drawn from a small grid, so equal keys (ties) are common. */
    @Property
    void sortPairsSortsByTheFirstArrayAndKeepsEveryPair(
            @ForAll @Size(max = 300) int[] seeds, @ForAll @IntRange(min = 1, max = 50) int levels) {
        int n = seeds.length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = Math.floorMod(seeds[i], levels) / (double) levels;
            ys[i] = Math.floorMod(seeds[i] / 7, 13);
        }
        double[][] before = new double[n][];
        for (int i = 0; i < n; i++) {
            before[i] = new double[] {xs[i], ys[i]};
        }
        Points.sortPairs(xs, ys, n);
        for (int i = 1; i < n; i++) {
            assertTrue(xs[i - 1] <= xs[i], "not sorted at " + i);
        }
        double[][] after = new double[n][];
        for (int i = 0; i < n; i++) {
            after[i] = new double[] {xs[i], ys[i]};
        }
        Comparator<double[]> lex = Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]);
        Arrays.sort(before, lex);
        Arrays.sort(after, lex);
        assertArrayEquals(before, after);
    }

    /**
     * Rows on a small grid (ties in every coordinate): sorted from the last coordinate, no row
     * weakly dominates an earlier, different row, and the rows are a permutation of the input.
     */
    @Property
    void sortLexFromLastPutsDominatorsFirst(@ForAll @Size(max = 200) int[] seeds,
            @ForAll @IntRange(min = 1, max = 6) int k) {
        int n = seeds.length;
        double[][] rows = new double[n][k];
        for (int i = 0; i < n; i++) {
            int v = seeds[i];
            for (int j = 0; j < k; j++) {
                rows[i][j] = Math.floorMod(v, 4);
                v /= 4;
            }
        }
        double[][] before = rows.clone();
        Points.sortLexFromLast(rows, 0, n, k);
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                assertTrue(!Points.weaklyDominates(rows[b], rows[a], k) || Arrays.equals(rows[a], rows[b]),
                        "row " + b + " dominates earlier row " + a);
            }
        }
        Comparator<double[]> order = (x, y) -> Points.compareFromLast(x, y, k);
        Arrays.sort(before, order);
        assertArrayEquals(before, rows);
    }
}
