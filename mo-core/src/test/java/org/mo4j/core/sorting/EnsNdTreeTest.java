package org.mo4j.core.sorting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mo4j.core.testing.BruteForceRanks;
import org.mo4j.core.testing.Populations;
import org.mo4j.core.testing.RefData;
import org.mo4j.core.testing.RefData.NdsCase;

class EnsNdTreeTest {

    /** Bucket sizes from the deepest trees (1, 2) through the default to one that rarely splits. */
    private static final int[] BUCKET_SIZES = {1, 2, 3, EnsNdTree.DEFAULT_BUCKET_SIZE, 64};

    static List<NdsCase> cases() {
        return RefData.ndsCases();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesReferenceDataWithEveryBucketSize(NdsCase c) {
        assertArrayEquals(c.ranks(), EnsNdTree.ranks(c.points()), c.name());
        for (int b : BUCKET_SIZES) {
            assertArrayEquals(c.ranks(), EnsNdTree.ranks(c.points(), b), c.name() + " bucket " + b);
        }
    }

    @Property(tries = 300)
    void agreesWithBruteForce(@ForAll("populations") double[][] p, @ForAll @IntRange(min = 1, max = 9) int bucketSize) {
        if (p.length > 0) {
            assertArrayEquals(BruteForceRanks.ranks(p), EnsNdTree.ranks(p, bucketSize), "bucket " + bucketSize);
        }
    }

    @Property(tries = 200)
    void heavyTiesAgreeWithBruteForceInDeepAndShallowTrees(@ForAll("tiedPopulations") double[][] p) {
        if (p.length > 0) {
            int[] expected = BruteForceRanks.ranks(p);
            assertArrayEquals(expected, EnsNdTree.ranks(p, 1), "bucket 1");
            assertArrayEquals(expected, EnsNdTree.ranks(p, 2), "bucket 2");
            assertArrayEquals(expected, EnsNdTree.ranks(p), "default bucket");
        }
    }

    @Provide
    Arbitrary<double[][]> populations() {
        return Populations.of(200, 3, 8);
    }

    @Provide
    Arbitrary<double[][]> tiedPopulations() {
        return Populations.ofSmallIntegers(200, 3, 8);
    }

    /** Larger populations on integer grids (many ties, some duplicates) against ENS-BS. */
    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6})
    void agreesWithEnsBinarySearchOnLargeTiedGrid(int m) {
        Random random = new Random(2000 + m);
        for (int grid : new int[] {3, 10, 100}) {
            double[][] p = SortingFixtures.grid(random, 2000, m, grid);
            int[] expected = EnsBinarySearch.ranks(p);
            assertArrayEquals(expected, EnsNdTree.ranks(p), "m " + m + " grid " + grid);
            assertArrayEquals(expected, EnsNdTree.ranks(p, 1), "m " + m + " grid " + grid + " bucket 1");
            assertArrayEquals(expected, EnsNdTree.ranks(p, 2), "m " + m + " grid " + grid + " bucket 2");
        }
    }

    /** A shuffled chain (every point dominates the next, ties in all but the first objective). */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8})
    void chainHasOneFrontPerPoint(int d) {
        int n = 300;
        int[] perm = SortingFixtures.permutation(n, new Random(d));
        double[][] p = SortingFixtures.chain(perm, d);
        for (int b : BUCKET_SIZES) {
            assertArrayEquals(perm, EnsNdTree.ranks(p, b), "d " + d + " bucket " + b);
        }
    }

    /**
     * Every integer point with coordinate sum 12 (so no two distinct ones dominate each other),
     * shuffled, with some points repeated: a single front of heavily tied points.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void pointsOfEqualSumFormOneFront(int d) {
        double[][] p = SortingFixtures.equalSumFront(12, d, new Random(d));
        int[] zeros = new int[p.length];
        for (int b : BUCKET_SIZES) {
            assertArrayEquals(zeros, EnsNdTree.ranks(p, b), "d " + d + " n " + p.length + " bucket " + b);
        }
    }

    /** 2000 random integer points on the hyperplane of coordinate sum 1000 d: one front. */
    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6})
    void largeRandomPointsOfEqualSumFormOneFront(int d) {
        double[][] p = SortingFixtures.randomEqualSumFront(2000, d, new Random(3000 + d));
        int[] zeros = new int[p.length];
        assertArrayEquals(zeros, EnsNdTree.ranks(p), "d " + d);
        assertArrayEquals(zeros, EnsNdTree.ranks(p, 1), "d " + d + " bucket 1");
    }

    @Test
    void duplicatesAndSignedZerosShareRanks() {
        double[][] p = {{0.0, 2, 1}, {-0.0, 2, 1}, {-0.0, 1, 1}, {0.0, 1, -0.0}, {1, 1, 1}};
        int[] expected = {2, 2, 1, 0, 2};
        for (int b : BUCKET_SIZES) {
            assertArrayEquals(expected, EnsNdTree.ranks(p, b), "bucket " + b);
        }
    }

    /** Signed zeros on a split objective: -0.0 and 0.0 must land on the same side of every split. */
    @Test
    void signedZerosOnSplitObjectiveStayTied() {
        double[][] p = {{0, -0.0, 3}, {1, 0.0, 2}, {2, -0.0, 1}, {3, 0.0, 0}, {4, 0.0, 3}, {5, -0.0, 2}};
        assertArrayEquals(BruteForceRanks.ranks(p), EnsNdTree.ranks(p, 1));
    }

    @Test
    void singlePointAllEqualPointsAndBadBucketSize() {
        assertArrayEquals(new int[] {0}, EnsNdTree.ranks(new double[][] {{1, 2, 3}}, 1));
        assertArrayEquals(new int[] {0, 0, 0}, EnsNdTree.ranks(new double[][] {{1, 2, 3}, {1, 2, 3}, {1, 2, 3}}, 1));
        assertThrows(IllegalArgumentException.class, () -> EnsNdTree.ranks(new double[][] {{1, 2, 3}}, 0));
    }
}
