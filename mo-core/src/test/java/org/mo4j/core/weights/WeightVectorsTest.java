package org.mo4j.core.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class WeightVectorsTest {

    private static final double TOL = 1e-12;

    @Test
    void latticeIsInLexicographicOrder() {
        double[][] w = WeightVectors.simplexLattice(3, 2);
        // k = (0,0,2),(0,1,1),(0,2,0),(1,0,1),(1,1,0),(2,0,0), divided by 2; C(4,2) = 6
        double[][] expected = {{0, 0, 1}, {0, .5, .5}, {0, 1, 0}, {.5, 0, .5}, {.5, .5, 0}, {1, 0, 0}};
        assertEquals(expected.length, w.length);
        for (int i = 0; i < w.length; i++) {
            assertArrayEquals(expected[i], w[i], "row " + i);
        }
    }

    @Test
    void gridWithStepAQuarterIsTheFiveDivisionsOfTheSegment() {
        double[][] w = WeightVectors.simplexGrid(2, 0.25);
        double[][] expected = {{0, 1}, {.25, .75}, {.5, .5}, {.75, .25}, {1, 0}};
        assertEquals(expected.length, w.length);
        for (int i = 0; i < w.length; i++) {
            assertArrayEquals(expected[i], w[i], "row " + i);
        }
        assertEquals(66, WeightVectors.simplexGrid(3, 0.1).length); // C(12, 2)
    }

    @Test
    void twoLayerShrinksTheInnerLayerHalfwayToTheCentroid() {
        double[][] w = WeightVectors.twoLayer(3, 1, 1);
        // outer: the vertices; inner: vertex/2 + 1/6, e.g. (0,0,1) -> (1/6, 1/6, 2/3)
        assertEquals(6, w.length);
        assertArrayEquals(new double[] {0, 0, 1}, w[0]);
        assertArrayEquals(new double[] {1.0 / 6, 1.0 / 6, 2.0 / 3}, w[3], TOL);
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 6, 1.0 / 6}, w[5], TOL);
        // Deb & Jain's 8-objective setting: C(10,7) + C(9,7) = 120 + 36
        assertEquals(156, WeightVectors.twoLayer(8, 3, 2).length);
    }

    @Property(tries = 60)
    void latticeHasTheBinomialCountOfDistinctVectorsSummingToOne(
            @ForAll @IntRange(min = 1, max = 6) int m, @ForAll @IntRange(min = 1, max = 12) int h) {
        double[][] w = WeightVectors.simplexLattice(m, h);
        long expected = binomial(h + m - 1, m - 1);
        assertEquals(expected, w.length);
        assertEquals(expected, WeightVectors.latticeSize(m, h));
        Set<List<Double>> distinct = new HashSet<>();
        for (double[] v : w) {
            double sum = 0;
            for (double x : v) {
                assertTrue(x >= 0 && x <= 1);
                assertEquals(Math.round(x * h), x * h, 1e-9, "component is a multiple of 1/H");
                sum += x;
            }
            assertEquals(1, sum, TOL);
            distinct.add(java.util.Arrays.stream(v).boxed().toList());
        }
        assertEquals(w.length, distinct.size());
    }

    @Property(tries = 30)
    void twoLayerVectorsSumToOneAndInnerOnesAreInterior(
            @ForAll @IntRange(min = 2, max = 6) int m,
            @ForAll @IntRange(min = 1, max = 4) int h1,
            @ForAll @IntRange(min = 1, max = 4) int h2) {
        double[][] w = WeightVectors.twoLayer(m, h1, h2);
        int outer = (int) binomial(h1 + m - 1, m - 1);
        assertEquals(outer + binomial(h2 + m - 1, m - 1), w.length);
        for (int k = 0; k < w.length; k++) {
            assertEquals(1, java.util.Arrays.stream(w[k]).sum(), TOL);
            if (k >= outer) {
                for (double x : w[k]) {
                    assertTrue(x >= 1.0 / (2 * m) - TOL, "inner vector is at least 1/(2m) everywhere");
                }
            }
        }
    }

    /** C(n, k) from Pascal's triangle, independent of the implementation's product formula. */
    private static long binomial(int n, int k) {
        long[] row = new long[n + 1];
        row[0] = 1;
        for (int i = 1; i <= n; i++) {
            for (int j = i; j > 0; j--) {
                row[j] += row[j - 1];
            }
        }
        return row[k];
    }

    private static String rejection(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void rejectsInvalidInputNamingTheArgument() {
        assertEquals("m must be at least 1, was 0", rejection(() -> WeightVectors.simplexLattice(0, 3)));
        assertEquals("divisions must be at least 1, was -1", rejection(() -> WeightVectors.simplexLattice(3, -1)));
        assertEquals(
                "step must be 1/H for an integer H >= 1, was 0.3 (1/step = 3.3333333333333335)",
                rejection(() -> WeightVectors.simplexGrid(3, 0.3)));
        assertEquals(
                "step must be 1/H for an integer H >= 1, was 2.0 (1/step = 0.5)",
                rejection(() -> WeightVectors.simplexGrid(3, 2)));
        assertEquals("step must be finite and > 0, was NaN", rejection(() -> WeightVectors.simplexGrid(3, Double.NaN)));
        assertEquals("innerDivisions must be at least 1, was 0", rejection(() -> WeightVectors.twoLayer(3, 2, 0)));
        assertEquals("outerDivisions must be at least 1, was 0", rejection(() -> WeightVectors.twoLayer(3, 0, 1)));
        assertTrue(rejection(() -> WeightVectors.simplexLattice(20, 40))
                .startsWith("simplexLattice(m=20, divisions=40) would have"));
        assertEquals("m must be at least 1, was 0", rejection(() -> WeightVectors.latticeSize(0, 1)));
    }
}
