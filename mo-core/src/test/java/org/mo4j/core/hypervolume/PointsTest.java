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

    /**
     * Rows on a small grid (ties in every coordinate): sorted from the last coordinate, no row
     * weakly dominates an earlier, different row, and the rows are a permutation of the input.
     */
    @Property
    void sortLexFromLastPutsDominatorsFirst(
            @ForAll @Size(max = 200) int[] seeds, @ForAll @IntRange(min = 1, max = 6) int k) {
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
                assertTrue(
                        !Points.weaklyDominates(rows[b], rows[a], k) || Arrays.equals(rows[a], rows[b]),
                        "row " + b + " dominates earlier row " + a);
            }
        }
        Comparator<double[]> order = (x, y) -> Points.compareFromLast(x, y, k);
        Arrays.sort(before, order);
        assertArrayEquals(before, rows);
    }
}
