package org.mo4j.algorithms.moead;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mo4j.core.weights.WeightVectors;

/** Weight vectors, neighbourhoods and the two aggregation functions against oracles and hand values. */
class DecompositionTest {

    @Test
    void twoObjectivesGetEvenlySpacedWeights() {
        double[][] w = Decomposition.weights(2, 5);
        assertArrayEquals(new double[][] {{0, 1}, {0.25, 0.75}, {0.5, 0.5}, {0.75, 0.25}, {1, 0}}, w);
    }

    @Test
    void aLatticeSizeGivesTheLatticeAndAnyOtherSizeEnergyWeights() {
        assertArrayEquals(WeightVectors.simplexLattice(3, 23), Decomposition.weights(3, 300));
        double[][] w = Decomposition.weights(3, 20);
        assertEquals(20, w.length);
        for (double[] row : w) {
            assertEquals(1.0, row[0] + row[1] + row[2], 1e-9);
            assertTrue(row[0] >= 0 && row[1] >= 0 && row[2] >= 0);
        }
        assertArrayEquals(w, Decomposition.weights(3, 20)); // fixed seed
        assertEquals(4, Decomposition.weights(1, 4).length);
    }

    /** Oracle: sort all indices by (squared distance, itself first, index). */
    private static int[] nearest(double[][] w, int i, int t) {
        return IntStream.range(0, w.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> j == i ? -1 : squared(w[i], w[j]))
                        .thenComparingInt(j -> j))
                .limit(t)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static double squared(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return s;
    }

    @Property(tries = 200)
    void neighbourhoodsAreTheTNearestItselfFirst(
            @ForAll @IntRange(min = 2, max = 40) int n,
            @ForAll @IntRange(min = 1, max = 4) int m,
            @ForAll @IntRange(min = 1, max = 40) int t,
            @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] w = new double[n][m];
        for (double[] row : w) {
            for (int k = 0; k < m; k++) {
                row[k] = r.nextInt(4) / 3.0; // coarse values, so ties happen
            }
        }
        int tt = Math.min(t, n);
        int[][] got = Decomposition.neighbourhoods(w, tt);
        for (int i = 0; i < n; i++) {
            assertArrayEquals(nearest(w, i, tt), got[i], "subproblem " + i);
        }
    }

    @Test
    void tchebycheffIsTheLargestWeightedDistanceWithZeroWeightsAsTenToTheMinusFour() {
        Decomposition d = new Decomposition(new double[][] {{0, 1}, {0.25, 0.75}}, 2, Aggregation.TCHEBYCHEFF, 5);
        d.updateIdeal(new double[] {1, 2});
        d.updateIdeal(new double[] {3, 0.5});
        // z* = (1, 0.5)
        assertEquals(Math.max(0.25 * 2, 0.75 * 0.5), d.g(new double[] {3, 1}, 1), 1e-15);
        assertEquals(Math.max(1e-4 * 1000, 1 * 0.5), d.g(new double[] {1001, 1}, 0), 1e-12);
        assertEquals(1e-4 * 5001, d.g(new double[] {5002, 0.5}, 0), 1e-12);
    }

    @Test
    void pbiIsTheDistanceAlongTheWeightPlusThetaTimesTheDistanceFromIt() {
        Decomposition d = new Decomposition(new double[][] {{1, 1}, {1, 0}}, 2, Aggregation.PBI, 5);
        d.updateIdeal(new double[] {0, 0});
        // f = (2, 0): along (1,1)/√2 the projection is √2 and the distance from the line √2
        assertEquals(Math.sqrt(2) + 5 * Math.sqrt(2), d.g(new double[] {2, 0}, 0), 1e-12);
        // f = (3, 4) with weight (1, 0): d1 = 3, d2 = 4
        assertEquals(3 + 5 * 4, d.g(new double[] {3, 4}, 1), 1e-12);
        // the penalty weighs the distance from the direction only
        Decomposition zero = new Decomposition(new double[][] {{1, 0}}, 1, Aggregation.PBI, 0);
        zero.updateIdeal(new double[] {0, 0});
        assertEquals(3, zero.g(new double[] {3, 4}, 0), 1e-12);
    }

    @Test
    void aggregationNamesParseAndBadOnesAreNamed() {
        assertEquals(Aggregation.PBI, Aggregation.parse("PBI"));
        assertEquals(Aggregation.TCHEBYCHEFF, Aggregation.parse("tchebycheff"));
        assertEquals(Aggregation.TCHEBYCHEFF, Aggregation.parse("tch"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Aggregation.parse("ws"));
        assertEquals("aggregation must be tchebycheff or pbi, was 'ws'", e.getMessage());
        assertTrue(Arrays.stream(Aggregation.values()).allMatch(a -> Aggregation.parse(a.label()) == a));
    }
}
