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
}
