package org.mo4j.core.sorting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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

class DivideAndConquerSortTest {

    /** Reference cases with at least two objectives (the class's domain). */
    static List<NdsCase> cases() {
        return RefData.ndsCases().stream().filter(c -> c.d() >= 2).toList();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesReferenceData(NdsCase c) {
        assertArrayEquals(c.ranks(), DivideAndConquerSort.ranks(c.points()), c.name());
    }

    /** Pure divide and conquer (no pairwise base case) and a tiny threshold, on the same cases. */
    @ParameterizedTest
    @MethodSource("cases")
    void matchesReferenceDataWithoutOrWithTinyPairwiseBaseCase(NdsCase c) {
        assertArrayEquals(c.ranks(), DivideAndConquerSort.ranks(c.points(), 0), c.name() + " threshold 0");
        assertArrayEquals(c.ranks(), DivideAndConquerSort.ranks(c.points(), 3), c.name() + " threshold 3");
    }

    @Property(tries = 300)
    void agreesWithBruteForce(@ForAll("populations") double[][] p) {
        if (p.length > 0) {
            assertArrayEquals(BruteForceRanks.ranks(p), DivideAndConquerSort.ranks(p));
        }
    }

    @Property(tries = 300)
    void recursionWithSmallOrNoBaseCaseAgreesWithBruteForce(
            @ForAll("populations") double[][] p, @ForAll @IntRange(min = 0, max = 64) int threshold) {
        if (p.length > 0) {
            assertArrayEquals(
                    BruteForceRanks.ranks(p), DivideAndConquerSort.ranks(p, threshold), "threshold " + threshold);
        }
    }

    @Property(tries = 200)
    void heavyTiesAgreeWithBruteForceWithAndWithoutBaseCase(@ForAll("tiedPopulations") double[][] p) {
        if (p.length > 0) {
            int[] expected = BruteForceRanks.ranks(p);
            assertArrayEquals(expected, DivideAndConquerSort.ranks(p, 0), "threshold 0");
            assertArrayEquals(expected, DivideAndConquerSort.ranks(p, 1), "threshold 1");
            assertArrayEquals(expected, DivideAndConquerSort.ranks(p), "default threshold");
        }
    }

    @Provide
    Arbitrary<double[][]> populations() {
        return Populations.of(200, 3, 8);
    }

    @Provide
    Arbitrary<double[][]> tiedPopulations() {
        return Populations.ofSmallIntegers(200, 2, 8);
    }

    /**
     * Larger populations on an integer grid (many ties, some duplicates) against ENS-BS, and
     * against the public entry (which dispatches them to ENS-NDT).
     */
    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6})
    void agreesWithEnsBinarySearchOnLargeTiedGrid(int m) {
        Random random = new Random(1000 + m);
        for (int grid : new int[] {3, 10, 100}) {
            double[][] p = SortingFixtures.grid(random, 2000, m, grid);
            int[] expected = EnsBinarySearch.ranks(p);
            assertArrayEquals(expected, DivideAndConquerSort.ranks(p), "m " + m + " grid " + grid);
            assertArrayEquals(expected, DivideAndConquerSort.ranks(p, 0), "m " + m + " grid " + grid + " pure");
            assertArrayEquals(expected, NonDominatedSorting.ranks(p), "m " + m + " grid " + grid + " dispatched");
        }
    }

    /** A shuffled chain (every point dominates the next, ties in all but the first objective). */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 8})
    void chainHasOneFrontPerPoint(int d) {
        int n = 300;
        int[] perm = SortingFixtures.permutation(n, new Random(d));
        double[][] p = SortingFixtures.chain(perm, d);
        assertArrayEquals(perm, DivideAndConquerSort.ranks(p));
        assertArrayEquals(perm, DivideAndConquerSort.ranks(p, 0));
    }

    @Test
    void duplicatesAndSignedZerosShareRanks() {
        double[][] p = {{0.0, 2, 1}, {-0.0, 2, 1}, {-0.0, 1, 1}, {0.0, 1, -0.0}, {1, 1, 1}};
        int[] expected = {2, 2, 1, 0, 2};
        assertArrayEquals(expected, DivideAndConquerSort.ranks(p));
        assertArrayEquals(expected, DivideAndConquerSort.ranks(p, 0));
    }

    @Test
    void singlePointAndAllEqualPoints() {
        assertArrayEquals(new int[] {0}, DivideAndConquerSort.ranks(new double[][] {{1, 2, 3}}));
        assertArrayEquals(
                new int[] {0, 0, 0}, DivideAndConquerSort.ranks(new double[][] {{1, 2, 3}, {1, 2, 3}, {1, 2, 3}}, 0));
    }
}
