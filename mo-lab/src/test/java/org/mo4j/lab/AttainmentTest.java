package org.mo4j.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AttainmentTest {

    @Test
    void byHand() {
        double[][] a = {{1, 4}, {3, 1}};
        double[][] b = {{2, 3}};
        double[][] c = {{4, 2}};
        List<double[][]> fronts = List.of(a, b, c);
        // Best case (level 1): the union's non-dominated points.
        assertArrayEquals(new double[][] {{1, 4}, {2, 3}, {3, 1}}, Attainment.surface(fronts, 1));
        // Median (level 2): at x = 2 runs a (4) and b (3) attain y = 4; at x = 3, a gives 1 and b 3: 3;
        // at x = 4, a 1, b 3, c 2: second smallest 2.
        assertArrayEquals(new double[][] {{2, 4}, {3, 3}, {4, 2}}, Attainment.median(fronts));
        // Worst case (level 3): only from x = 4, max(1, 3, 2) = 3.
        assertArrayEquals(new double[][] {{4, 3}}, Attainment.surface(fronts, 3));
        assertThrows(IllegalArgumentException.class, () -> Attainment.surface(fronts, 4));
        assertThrows(
                IllegalArgumentException.class,
                () -> Attainment.surface(List.<double[][]>of(new double[][] {{1, 2, 3}}), 1));
    }

    /** How many runs have a point weakly dominating z. */
    static int attainedBy(List<double[][]> fronts, double[] z) {
        int n = 0;
        for (double[][] f : fronts) {
            for (double[] p : f) {
                if (p[0] <= z[0] && p[1] <= z[1]) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    @Property(tries = 100)
    void aPointIsOnOrAboveTheSurfaceIffAtLeastKRunsAttainIt(
            @ForAll @IntRange(min = 1, max = 6) int runs, @ForAll long seed) {
        Random r = new Random(seed);
        List<double[][]> fronts = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double[][] f = new double[r.nextInt(5)][];
            for (int j = 0; j < f.length; j++) {
                f[j] = new double[] {r.nextInt(8), r.nextInt(8)};
            }
            fronts.add(f);
        }
        int k = 1 + r.nextInt(runs);
        double[][] corners = Attainment.surface(fronts, k);
        for (int t = 0; t < 50; t++) {
            double[] z = {r.nextInt(10) - 0.5 * r.nextInt(2), r.nextInt(10) - 0.5 * r.nextInt(2)};
            boolean onOrAbove = false;
            for (double[] c : corners) {
                onOrAbove |= c[0] <= z[0] && c[1] <= z[1];
            }
            assertEquals(attainedBy(fronts, z) >= k, onOrAbove, () -> "z = " + z[0] + "," + z[1] + " k = " + k);
        }
        // Each corner is attained by k runs: the surface is tight.
        for (double[] c : corners) {
            assertEquals(true, attainedBy(fronts, c) >= k);
        }
    }
}
