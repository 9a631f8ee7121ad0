package org.mo4j.surrogates.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mo4j.core.problem.Bounds;

class MapSamplingTest {

    @Test
    void plainMapRequestsTwiceTheParameterCountOneHotsFirstThenFilteredGrid() {
        double[][] c = MapSampling.plainMap(2, new SplittableRandom(1));
        assertEquals(12, c.length);
        assertArrayEquals(new double[] {1, 0}, c[0]);
        assertArrayEquals(new double[] {0, 1}, c[1]);
        for (int k = 2; k < c.length; k++) {
            double[] p = c[k];
            assertFalse(p[0] + p[1] == 1.0, Arrays.toString(p));
            assertFalse(p[0] == p[1], Arrays.toString(p));
            for (double v : p) {
                assertTrue(v >= 0 && v <= 1);
                assertEquals(0, Math.abs(v * 4 - Math.rint(v * 4)), 1e-12, "on the 5-point grid: " + v);
            }
        }
        assertEquals(20, MapSampling.plainMap(3, new SplittableRandom(1)).length);
    }

    @Test
    void nestedDesignHasTheCodesIsotropicShareAndDropsOneToTheHalving() {
        double[][] c = MapSampling.combined(2, 20, 0.2, 0, new SplittableRandom(3));
        // 20 - 2 one-hots = 18; 3 isotropic -> 1 isotropic + 1 perturbed; 15 grid; 19 in all
        assertEquals(19, c.length);
        assertEquals(c[0][0], c[0][1]);
        assertArrayEquals(new double[] {1, 0}, c[2]);
        assertArrayEquals(new double[] {0, 1}, c[3]);
    }

    @Test
    void isDeterministicPerSeed() {
        assertTrue(Arrays.deepEquals(
                MapSampling.combined(3, 30, 0.2, 0.2, new SplittableRandom(7)),
                MapSampling.combined(3, 30, 0.2, 0.2, new SplittableRandom(7))));
        assertFalse(Arrays.deepEquals(
                MapSampling.plainMap(3, new SplittableRandom(7)), MapSampling.plainMap(3, new SplittableRandom(8))));
    }

    @Test
    void rejectsBadShares() {
        assertThrows(IllegalArgumentException.class, () -> MapSampling.combined(2, 2, 0, 0, new SplittableRandom(1)));
        assertThrows(
                IllegalArgumentException.class, () -> MapSampling.combined(2, 10, 0.7, 0.6, new SplittableRandom(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> MapSampling.combined(2, 10, Double.NaN, 0, new SplittableRandom(1)));
    }

    @Test
    void latinHypercubeHasOnePointPerStratumOnEveryAxis() {
        Bounds b = new Bounds(new double[] {-3, 0, 10}, new double[] {3, 1, 20});
        double[][] x = LatinHypercube.sample(25, b, new SplittableRandom(4));
        for (int j = 0; j < 3; j++) {
            boolean[] seen = new boolean[25];
            for (double[] p : x) {
                int s = (int) ((p[j] - b.lower(j)) / (b.upper(j) - b.lower(j)) * 25);
                assertFalse(seen[s]);
                seen[s] = true;
            }
        }
        assertTrue(Arrays.deepEquals(x, LatinHypercube.sample(25, b, new SplittableRandom(4))));
    }
}
