package org.mo4j.core.sorting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Random;
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

class ThreeObjectiveSortTest {

    static List<NdsCase> cases() {
        return RefData.ndsCases().stream().filter(c -> c.d() == 3).toList();
    }

    @Test
    void referenceDataHasThreeObjectiveCases() {
        org.junit.jupiter.api.Assertions.assertTrue(cases().size() >= 3);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesReferenceData(NdsCase c) {
        assertArrayEquals(c.ranks(), ThreeObjectiveSort.ranks(c.points()), c.name());
    }

    @Property(tries = 400)
    void agreesWithBruteForce(@ForAll("populations") double[][] p) {
        assertArrayEquals(BruteForceRanks.ranks(p), ThreeObjectiveSort.ranks(p));
    }

    @Property(tries = 300)
    void heavyTiesAgreeWithBruteForce(@ForAll("tiedPopulations") double[][] p) {
        assertArrayEquals(BruteForceRanks.ranks(p), ThreeObjectiveSort.ranks(p));
    }

    @Provide
    Arbitrary<double[][]> populations() {
        return Populations.of(200, 3, 3);
    }

    @Provide
    Arbitrary<double[][]> tiedPopulations() {
        return Populations.ofSmallIntegers(200, 3, 3);
    }

    /** Larger populations on integer grids (many ties and duplicates, radix presort) against ENS-BS. */
    @ParameterizedTest
    @ValueSource(ints = {3, 10, 100, 100_000})
    void agreesWithEnsBinarySearchOnLargeTiedGrid(int grid) {
        double[][] p = SortingFixtures.grid(new Random(6000 + grid), 3000, 3, grid);
        assertArrayEquals(EnsBinarySearch.ranks(p), ThreeObjectiveSort.ranks(p), "grid " + grid);
    }

    @Test
    void chainHasOneFrontPerPoint() {
        int[] perm = SortingFixtures.permutation(2000, new Random(3));
        assertArrayEquals(perm, ThreeObjectiveSort.ranks(SortingFixtures.chain(perm, 3)));
    }

    @Test
    void pointsOfEqualSumFormOneFront() {
        double[][] p = SortingFixtures.equalSumFront(40, 3, new Random(3));
        assertArrayEquals(new int[p.length], ThreeObjectiveSort.ranks(p));
        double[][] q = SortingFixtures.randomEqualSumFront(3000, 3, new Random(3003));
        assertArrayEquals(new int[q.length], ThreeObjectiveSort.ranks(q));
    }

    /**
     * Staircases that shrink: points along the first objective whose later members cover runs of
     * earlier ones in the projection, in both orientations of the second and third objectives.
     */
    @Test
    void laterPointsCoveringEarlierProjectionsAgreeWithBruteForce() {
        Random random = new Random(7);
        for (int t = 0; t < 50; t++) {
            int n = 50 + random.nextInt(150);
            double[][] p = new double[n][3];
            for (int i = 0; i < n; i++) {
                p[i][0] = i;
                p[i][1] = random.nextInt(20) - (t % 2 == 0 ? i / 10.0 : 0);
                p[i][2] = random.nextInt(20) - (t % 2 == 1 ? i / 10.0 : 0);
            }
            assertArrayEquals(BruteForceRanks.ranks(p), ThreeObjectiveSort.ranks(p), "t " + t);
        }
    }

    @Test
    void duplicatesAndSignedZerosShareRanks() {
        double[][] p = {{0.0, 2, 1}, {-0.0, 2, 1}, {-0.0, 1, 1}, {0.0, 1, -0.0}, {1, 1, 1}};
        assertArrayEquals(new int[] {2, 2, 1, 0, 2}, ThreeObjectiveSort.ranks(p));
        assertArrayEquals(new int[] {0, 0, 0}, ThreeObjectiveSort.ranks(new double[][] {{1, 2, 3}, {1, 2, 3}, {1, 2, 3}
        }));
        assertArrayEquals(new int[] {0}, ThreeObjectiveSort.ranks(new double[][] {{1, 2, 3}}));
        assertArrayEquals(new int[0], ThreeObjectiveSort.ranks(new double[0][]));
    }
}
