package org.mo4j.algorithms.nsga3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mo4j.core.weights.WeightVectors;

/** NSGA-III's niching on hand-made fronts. */
class NichingTest {

    @Test
    void fillsEmptyNichesWithTheirNearestMembersAcrossAScaledFront() {
        // three directions in two objectives; the front is the segment from (0, 10) to (1, 0), so
        // normalisation must rescale f2 by 10 for the middle direction to see the middle point
        double[][] dirs = {{1, 0}, {0.5, 0.5}, {0, 1}};
        double[][] f = {{0, 10}, {1, 0}, {0.5, 5}, {0.45, 5.5}, {0.9, 1}, {0.1, 9}};
        Niching niching = new Niching(dirs);
        int[] last = {0, 1, 2, 3, 4, 5};
        int[] picks = niching.select(f, new int[0], last, last, 3, new SplittableRandom(1));
        Arrays.sort(picks);
        assertArrayEquals(new int[] {0, 1, 2}, picks);
    }

    @Test
    void prefersTheNicheNotYetRepresentedByTheChosenFronts() {
        double[][] dirs = WeightVectors.simplexLattice(2, 2); // (0,1), (½,½), (1,0)
        // already chosen: the two extremes; candidates: one near the middle, two near f1 = 0
        double[][] f = {{0, 1}, {1, 0}, {0.5, 0.5}, {0.05, 0.95}, {0.02, 0.99}};
        Niching niching = new Niching(dirs);
        for (long seed = 0; seed < 20; seed++) {
            int[] picks = niching.select(
                    f, new int[] {0, 1}, new int[] {2, 3, 4}, new int[] {0, 1, 2, 3, 4}, 1, new SplittableRandom(seed));
            assertEquals(2, picks[0]);
        }
    }

    @Test
    void selectsDistinctMembersEvenWhenAllCrowdOneNiche() {
        double[][] dirs = WeightVectors.simplexLattice(3, 4);
        double[][] f = new double[30][];
        SplittableRandom rng = new SplittableRandom(9);
        for (int i = 0; i < f.length; i++) {
            double a = 0.3 + 0.01 * rng.nextDouble();
            f[i] = new double[] {a, 0.3 + 0.01 * rng.nextDouble(), 1 - a};
        }
        int[] all = new int[30];
        for (int i = 0; i < 30; i++) {
            all[i] = i;
        }
        int[] picks = new Niching(dirs).select(f, new int[0], all, all, 17, rng);
        assertEquals(17, Arrays.stream(picks).distinct().count());
        assertTrue(Arrays.stream(picks).allMatch(i -> i >= 0 && i < 30));
    }

    @Test
    void defaultPopulationSizesFollowThePaper() {
        assertEquals(92, ReferenceDirections.populationSize(ReferenceDirections.defaults(3).length));
        assertEquals(212, ReferenceDirections.populationSize(ReferenceDirections.defaults(5).length));
        assertEquals(156, ReferenceDirections.populationSize(ReferenceDirections.defaults(8).length));
        assertEquals(276, ReferenceDirections.populationSize(ReferenceDirections.defaults(10).length));
        assertEquals(136, ReferenceDirections.populationSize(ReferenceDirections.defaults(15).length));
    }
}
