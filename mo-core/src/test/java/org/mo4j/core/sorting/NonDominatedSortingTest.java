package org.mo4j.core.sorting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mo4j.core.testing.BruteForceRanks;
import org.mo4j.core.testing.Populations;
import org.mo4j.core.testing.RefData;
import org.mo4j.core.testing.RefData.NdsCase;

class NonDominatedSortingTest {

    static List<NdsCase> cases() {
        return RefData.ndsCases();
    }

    static List<NdsCase> twoObjectiveCases() {
        return cases().stream().filter(c -> c.d() == 2).toList();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void ranksMatchReferenceData(NdsCase c) {
        assertArrayEquals(c.ranks(), NonDominatedSorting.ranks(c.points()), c.name());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void ensBinarySearchMatchesReferenceDataInAnyDimension(NdsCase c) {
        assertArrayEquals(c.ranks(), EnsBinarySearch.ranks(c.points()), c.name());
    }

    @ParameterizedTest
    @MethodSource("twoObjectiveCases")
    void twoObjectiveSweepMatchesReferenceData(NdsCase c) {
        assertArrayEquals(c.ranks(), TwoObjectiveSort.ranks(c.points()), c.name());
    }

    @Test
    void referenceDataCoversEveryDispatchedDimension() {
        assertTrue(twoObjectiveCases().size() >= 2);
        assertTrue(cases().stream().anyMatch(c -> c.d() >= 3));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void frontsOfReferenceDataGroupIndicesByExpectedRank(NdsCase c) {
        int[][] fronts = NonDominatedSorting.fronts(c.points());
        for (int k = 0; k < fronts.length; k++) {
            for (int i : fronts[k]) {
                assertEquals(k, c.ranks()[i], c.name() + " point " + i);
            }
        }
        assertEquals(
                c.points().length, Arrays.stream(fronts).mapToInt(f -> f.length).sum());
    }

    /** A shuffled chain in which each point dominates the next: one front per point, in every dimension. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void chainHasOneFrontPerPoint(int d) {
        int n = 50;
        int[] perm = SortingFixtures.permutation(n, new Random(d));
        double[][] p = SortingFixtures.chain(perm, d);
        assertArrayEquals(perm, NonDominatedSorting.ranks(p));
        assertArrayEquals(perm, EnsBinarySearch.ranks(p));
        assertArrayEquals(perm, BruteForceRanks.ranks(p));
    }

    @Test
    void emptyInputGivesEmptyResults() {
        assertEquals(0, NonDominatedSorting.ranks(new double[0][]).length);
        assertEquals(0, NonDominatedSorting.fronts(new double[0][]).length);
        assertEquals(0, NonDominatedSorting.fronts(new int[0]).length);
    }

    @Test
    void smallTwoObjectiveExampleWithTiesAndDuplicates() {
        double[][] p = {{1, 3}, {2, 2}, {1, 3}, {2, 3}, {3, 1}, {1, 4}, {2, 2}, {3, 3}};
        assertArrayEquals(new int[] {0, 0, 0, 1, 0, 1, 0, 2}, NonDominatedSorting.ranks(p));
        assertArrayEquals(new int[][] {{0, 1, 2, 4, 6}, {3, 5}, {7}}, NonDominatedSorting.fronts(p));
    }

    @Test
    void singleObjectiveRanksAreDenseRanksOfTheValues() {
        double[][] p = {{3}, {1}, {2}, {1}, {5}, {3}};
        assertArrayEquals(new int[] {2, 0, 1, 0, 3, 2}, NonDominatedSorting.ranks(p));
    }

    @Test
    void signedZerosAreEqualCoordinates() {
        double[][] two = {{-0.0, 1}, {0.0, 1}, {0.0, 0}};
        assertArrayEquals(new int[] {1, 1, 0}, NonDominatedSorting.ranks(two));
        double[][] three = {{0.0, 2, 1}, {-0.0, 2, 1}, {-0.0, 1, 1}};
        assertArrayEquals(new int[] {1, 1, 0}, NonDominatedSorting.ranks(three));
        assertArrayEquals(new int[] {0, 0}, NonDominatedSorting.ranks(new double[][] {{0.0}, {-0.0}}));
    }

    @Test
    void inputIsNotModified() {
        double[][] p = {{3, 1, 2}, {1, 2, 3}, {1, 2, 3}, {0, 5, 5}};
        double[][] copy = Arrays.stream(p).map(double[]::clone).toArray(double[][]::new);
        NonDominatedSorting.ranks(p);
        assertArrayEquals(copy, p);
    }

    @Property(tries = 500)
    void ranksAgreeWithBruteForce(@ForAll("anyDimension") double[][] p) {
        assertArrayEquals(BruteForceRanks.ranks(p), NonDominatedSorting.ranks(p));
    }

    @Property(tries = 300)
    void ensBinarySearchAgreesWithBruteForce(@ForAll("anyDimension") double[][] p) {
        if (p.length > 0) {
            assertArrayEquals(BruteForceRanks.ranks(p), EnsBinarySearch.ranks(p));
        }
    }

    @Property(tries = 300)
    void twoObjectiveSweepAgreesWithBruteForce(@ForAll("twoObjectives") double[][] p) {
        assertArrayEquals(BruteForceRanks.ranks(p), TwoObjectiveSort.ranks(p));
    }

    @Property(tries = 300)
    void singleObjectiveSortAgreesWithBruteForce(@ForAll("oneObjective") double[][] p) {
        assertArrayEquals(BruteForceRanks.ranks(p), SingleObjectiveSort.ranks(p));
    }

    @Property(tries = 300)
    void frontsPartitionIndicesInAscendingOrderConsistentWithRanks(@ForAll("anyDimension") double[][] p) {
        int[] ranks = NonDominatedSorting.ranks(p);
        int[][] fronts = NonDominatedSorting.fronts(p);
        boolean[] seen = new boolean[p.length];
        for (int k = 0; k < fronts.length; k++) {
            assertTrue(fronts[k].length > 0, "front " + k + " is empty");
            for (int t = 0; t < fronts[k].length; t++) {
                int i = fronts[k][t];
                assertTrue(t == 0 || fronts[k][t - 1] < i, "indices ascend within a front");
                assertTrue(!seen[i], "index " + i + " appears twice");
                seen[i] = true;
                assertEquals(k, ranks[i]);
            }
        }
        for (int i = 0; i < p.length; i++) {
            assertTrue(seen[i], "index " + i + " is in no front");
        }
    }

    @Property(tries = 300)
    void frontsAreOrderedByDominance(@ForAll("anyDimension") double[][] p) {
        int[][] fronts = NonDominatedSorting.fronts(p);
        for (int k = 0; k < fronts.length; k++) {
            for (int i : fronts[k]) {
                for (int later = k; later < fronts.length; later++) {
                    for (int j : fronts[later]) {
                        assertTrue(
                                !BruteForceRanks.dominates(p[j], p[i]),
                                j + " in front " + later + " dominates " + i + " in front " + k);
                    }
                }
                if (k > 0) {
                    assertTrue(
                            Arrays.stream(fronts[k - 1]).anyMatch(j -> BruteForceRanks.dominates(p[j], p[i])),
                            i + " in front " + k + " is dominated by no point of front " + (k - 1));
                }
            }
        }
    }

    @Property(tries = 200)
    void frontsOfRanksInvertsGrouping(@ForAll("anyDimension") double[][] p) {
        int[] ranks = NonDominatedSorting.ranks(p);
        int[] back = new int[ranks.length];
        int[][] fronts = NonDominatedSorting.fronts(ranks);
        for (int k = 0; k < fronts.length; k++) {
            for (int i : fronts[k]) {
                back[i] = k;
            }
        }
        assertArrayEquals(ranks, back);
    }

    @Provide
    Arbitrary<double[][]> anyDimension() {
        return Populations.of(60, 1, 6);
    }

    @Provide
    Arbitrary<double[][]> twoObjectives() {
        return Populations.of(60, 2, 2);
    }

    @Provide
    Arbitrary<double[][]> oneObjective() {
        return Populations.of(60, 1, 1);
    }

    /** Integer-grid points (ties and duplicates) on both sides of the ENS-BS / ENS-NDT boundary. */
    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void dispatchAroundEnsNdtBoundaryAgreesWithBruteForce(int d) {
        // d = 3 no longer depends on n, but stays as a tied-grid check of the dispatched sweep
        Random random = new Random(4000 + d);
        for (int n : new int[] {NonDominatedSorting.ENS_NDT_MIN_POINTS - 1, NonDominatedSorting.ENS_NDT_MIN_POINTS}) {
            double[][] p = SortingFixtures.grid(random, n, d, 6);
            assertArrayEquals(BruteForceRanks.ranks(p), NonDominatedSorting.ranks(p), "n " + n + " d " + d);
        }
    }

    /** Large inputs: three objectives go to the staircase sweep, four to ENS-NDT; every algorithm agrees. */
    @ParameterizedTest
    @ValueSource(ints = {3, 4})
    void dispatchOfLargeInputsAgreesAcrossAlgorithms(int d) {
        double[][] p = SortingFixtures.grid(new Random(5000 + d), 50_000, d, 1000);
        int[] ranks = NonDominatedSorting.ranks(p);
        assertArrayEquals(EnsNdTree.ranks(p), ranks, "ENS-NDT, d " + d);
        assertArrayEquals(DivideAndConquerSort.ranks(p), ranks, "divide and conquer, d " + d);
        if (d == 3) {
            assertArrayEquals(ThreeObjectiveSort.ranks(p), ranks, "three-objective sweep");
        }
    }

    private static String fail(Function<Object, Object> call) {
        return assertThrows(IllegalArgumentException.class, () -> call.apply(null))
                .getMessage();
    }

    @Test
    void badPointsAreRejectedNamingTheArgument() {
        assertEquals("points must not be null", fail(x -> NonDominatedSorting.ranks(null)));
        assertEquals(
                "points[1] has 3 objectives, points[0] has 2 (ragged array)",
                fail(x -> NonDominatedSorting.ranks(new double[][] {{1, 2}, {1, 2, 3}})));
        assertEquals(
                "points[1] must not be null", fail(x -> NonDominatedSorting.fronts(new double[][] {{1, 2}, null})));
        assertEquals(
                "points[0][1] must be finite, was NaN",
                fail(x -> NonDominatedSorting.ranks(new double[][] {{1, Double.NaN}})));
        assertEquals(
                "points[1][0] must be finite, was Infinity",
                fail(x -> NonDominatedSorting.fronts(new double[][] {{1, 2, 3}, {Double.POSITIVE_INFINITY, 0, 0}})));
        assertEquals(
                "points[0][0] must be finite, was -Infinity",
                fail(x -> NonDominatedSorting.ranks(new double[][] {{Double.NEGATIVE_INFINITY}})));
        assertEquals("points[0] has no objectives", fail(x -> NonDominatedSorting.ranks(new double[][] {{}})));
    }

    @Test
    void badRanksAreRejectedNamingTheArgument() {
        assertEquals("ranks must not be null", fail(x -> NonDominatedSorting.fronts((int[]) null)));
        assertEquals("ranks[1] must be in [0, 2), was -1", fail(x -> NonDominatedSorting.fronts(new int[] {0, -1})));
        assertEquals("ranks[0] must be in [0, 2), was 2", fail(x -> NonDominatedSorting.fronts(new int[] {2, 0})));
        assertEquals(
                "ranks must use every rank from 0 to 2, rank 1 is missing",
                fail(x -> NonDominatedSorting.fronts(new int[] {0, 2, 0})));
    }
}
