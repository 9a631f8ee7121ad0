package org.mo4j.core.sorting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mo4j.core.testing.Populations;

class CrowdingDistanceTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void knownAnswerTwoObjectives() {
        // f1 range 10: (1,6) gets (5-0)/10, (5,5) gets (10-1)/10; f2 range 10: (5,5) gets (6-0)/10, (1,6) gets
        // (10-5)/10
        double[][] front = {{5, 5}, {0, 10}, {10, 0}, {1, 6}};
        assertArrayEquals(new double[] {1.5, INF, INF, 1.0}, CrowdingDistance.of(front), 1e-12);
    }

    @Test
    void constantObjectiveAddsNothingAndMakesNoExtremes() {
        double[][] front = {{5, 7, 5}, {0, 7, 10}, {10, 7, 0}, {1, 7, 6}};
        assertArrayEquals(new double[] {1.5, INF, INF, 1.0}, CrowdingDistance.of(front), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0}, CrowdingDistance.of(new double[][] {{2, 3}, {2, 3}, {2, 3}}));
    }

    @Test
    void extremesOfEveryObjectiveAreInfinite() {
        // (0,9,5) is extreme in f1, (9,0,5) in f2, (4,4,0) and (5,5,9) in f3; only (3,3,3) is interior
        double[][] front = {{0, 9, 5}, {3, 3, 3}, {9, 0, 5}, {4, 4, 0}, {5, 5, 9}};
        double[] cd = CrowdingDistance.of(front);
        assertArrayEquals(new double[] {INF, INF, INF, INF}, new double[] {cd[0], cd[2], cd[3], cd[4]});
        // neighbours of 3: 0 and 4 in f1 and f2, 0 and 5 in f3; every range is 9
        assertEquals((4 - 0) / 9.0 + (4 - 0) / 9.0 + (5 - 0) / 9.0, cd[1], 1e-12);
    }

    @Test
    void hugeFiniteRangesDoNotOverflow() {
        double max = Double.MAX_VALUE;
        double[][] front = {{-max, 3}, {-1e308, 2}, {0, 1}, {max, 0}};
        // f1 range is 2 max, beyond double range; f2 range is 3
        double[] cd = CrowdingDistance.of(front);
        assertEquals(0.5 + 2 / 3.0, cd[1], 1e-12);
        assertEquals((max / 2 + 1e308 / 2) / max + 2 / 3.0, cd[2], 1e-12);
        assertEquals(INF, cd[0]);
        assertEquals(INF, cd[3]);
    }

    @Test
    void frontsOfAtMostTwoPointsAreAllInfinite() {
        assertEquals(0, CrowdingDistance.of(new double[0][]).length);
        assertArrayEquals(new double[] {INF}, CrowdingDistance.of(new double[][] {{1, 2}}));
        assertArrayEquals(new double[] {INF, INF}, CrowdingDistance.of(new double[][] {{1, 2}, {1, 2}}));
        assertArrayEquals(
                new double[] {INF, INF}, CrowdingDistance.of(new double[][] {{1, 2}, {0, 0}, {2, 1}}, new int[] {2, 0
                }));
    }

    @Test
    void subsetReadsOnlyTheSelectedRows() {
        double[][] points = {{5, 5}, {Double.NaN}, {0, 10}, null, {10, 0}, {1, 6}};
        assertArrayEquals(
                new double[] {1.0, INF, 1.5, INF}, CrowdingDistance.of(points, new int[] {5, 4, 0, 2}), 1e-12);
    }

    @Test
    void inputIsNotModified() {
        double[][] front = {{3, 1}, {1, 3}, {2, 2}, {0, 4}};
        double[][] copy = Arrays.stream(front).map(double[]::clone).toArray(double[][]::new);
        int[] subset = {3, 0, 2};
        CrowdingDistance.of(front);
        CrowdingDistance.of(front, subset);
        assertArrayEquals(copy, front);
        assertArrayEquals(new int[] {3, 0, 2}, subset);
    }

    @Property(tries = 300)
    void subsetVersionEqualsFullVersionOnTheSubsetsPoints(@ForAll("populationAndSubset") Object[] input) {
        double[][] points = (double[][]) input[0];
        int[] subset = (int[]) input[1];
        double[][] selected = Arrays.stream(subset).mapToObj(i -> points[i]).toArray(double[][]::new);
        assertArrayEquals(CrowdingDistance.of(selected), CrowdingDistance.of(points, subset));
    }

    @Property(tries = 300)
    void invariantToThePointsOrder(
            @ForAll @IntRange(max = 30) int n, @ForAll @IntRange(min = 1, max = 5) int m, @ForAll Random random) {
        // continuous coordinates: no ties, so no tie-breaking by position
        double[][] front = new double[n][m];
        for (double[] p : front) {
            Arrays.setAll(p, j -> random.nextDouble());
        }
        int[] perm = permutation(n, random);
        double[][] shuffled = Arrays.stream(perm).mapToObj(i -> front[i]).toArray(double[][]::new);
        double[] cd = CrowdingDistance.of(front);
        double[] aligned = Arrays.stream(perm).mapToDouble(i -> cd[i]).toArray();
        assertArrayEquals(aligned, CrowdingDistance.of(shuffled));
    }

    @Provide
    Arbitrary<Object[]> populationAndSubset() {
        return Populations.of(30, 1, 4)
                .filter(p -> p.length > 0)
                .flatMap(p -> Arbitraries.integers()
                        .between(0, p.length - 1)
                        .list()
                        .ofMaxSize(p.length)
                        .map(subset -> new Object[] {
                            p, subset.stream().mapToInt(Integer::intValue).toArray()
                        }));
    }

    private static int[] permutation(int n, Random random) {
        int[] perm = IndexSort.identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }

    private static String fail(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void badFrontIsRejectedNamingTheArgument() {
        assertEquals("front must not be null", fail(() -> CrowdingDistance.of(null)));
        assertEquals(
                "front[1] has 1 objectives, front[0] has 2 (ragged array)",
                fail(() -> CrowdingDistance.of(new double[][] {{1, 2}, {1}})));
        assertEquals(
                "front[0][0] must be finite, was NaN",
                fail(() -> CrowdingDistance.of(new double[][] {{Double.NaN, 2}})));
        assertEquals(
                "front[1][1] must be finite, was -Infinity",
                fail(() -> CrowdingDistance.of(new double[][] {{1, 2}, {1, Double.NEGATIVE_INFINITY}})));
    }

    @Test
    void badSubsetArgumentsAreRejectedNamingTheArgument() {
        double[][] points = {{1, 2}, {2, 1}, null, {1, 2, 3}, {Double.POSITIVE_INFINITY, 0}, {}};
        assertEquals("points must not be null", fail(() -> CrowdingDistance.of(null, new int[] {0})));
        assertEquals("subset must not be null", fail(() -> CrowdingDistance.of(points, null)));
        assertEquals("subset[1] must be in [0, 6), was 6", fail(() -> CrowdingDistance.of(points, new int[] {0, 6})));
        assertEquals("subset[0] must be in [0, 6), was -1", fail(() -> CrowdingDistance.of(points, new int[] {-1})));
        assertEquals("points[2] must not be null", fail(() -> CrowdingDistance.of(points, new int[] {0, 2})));
        assertEquals(
                "points[3] has 3 objectives, points[1] has 2 (ragged array)",
                fail(() -> CrowdingDistance.of(points, new int[] {1, 3})));
        assertEquals(
                "points[4][0] must be finite, was Infinity", fail(() -> CrowdingDistance.of(points, new int[] {1, 4})));
        assertEquals(
                "points[4][0] must be finite, was Infinity", fail(() -> CrowdingDistance.of(points, new int[] {4, 1})));
        assertEquals(
                "points[5] must have at least one coordinate, was empty",
                fail(() -> CrowdingDistance.of(points, new int[] {5})));
    }
}
