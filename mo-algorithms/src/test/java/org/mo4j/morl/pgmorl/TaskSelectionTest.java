package org.mo4j.morl.pgmorl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TaskSelectionTest {

    private static final double[] REF = {0, 0};

    @Test
    void theGreedyChoiceTakesTheLargestHypervolumeGainEachTime() {
        // front (1,10), (10,1): hypervolume 19 above (0,0)
        double[][] front = {{1, 10}, {10, 1}};
        double[][] pred = {
            {6, 6}, // 44 alone
            {2, 9.5}, // 27.5 alone; 44 + 3.5 after (6,6)
            {5, 5}, // 35 alone; dominated after (6,6)
            {9, 3}, // 35 alone; 44 + 6 after (6,6)
        };
        assertArrayEquals(new int[] {0, 3, 1}, TaskSelection.greedy(pred, front, REF, 3, 0));
    }

    @Test
    void sparsityOutweighsHypervolumeOnlyForALargeAlpha() {
        double[][] front = {{1, 10}, {10, 1}};
        // (6,6): hypervolume 44, sparsity (5² + 4²)·2 / 2 = 41; (5.5,5.5): 39.25 and 4.5²·4 / 2 = 40.5
        double[][] pred = {{6, 6}, {5.5, 5.5}};
        assertArrayEquals(new int[] {0}, TaskSelection.greedy(pred, front, REF, 1, 0));
        assertArrayEquals(new int[] {0}, TaskSelection.greedy(pred, front, REF, 1, 1)); // 3 > -1.25
        assertArrayEquals(new int[] {1}, TaskSelection.greedy(pred, front, REF, 1, 10)); // -366 < -365.75
    }

    @Test
    void tiesGoToTheFirstAndCandidatesRunOut() {
        double[][] front = {{1, 1}};
        double[][] pred = {{2, 2}, {2, 2}};
        assertArrayEquals(new int[] {0, 1}, TaskSelection.greedy(pred, front, REF, 5, 0));
    }

    @Test
    void hypervolumeIgnoresPointsBelowTheReference() {
        assertEquals(4, TaskSelection.hypervolume(List.of(new double[] {2, 2}, new double[] {-1, 5}), REF), 1e-12);
    }

    @Property(tries = 300)
    void addingOnePointToAFrontIsTheNonDominatedFilterOfBoth(@ForAll("seeds") long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int m = 2 + rng.nextInt(2);
        List<double[]> points = new ArrayList<>();
        for (int i = rng.nextInt(12); i >= 0; i--) {
            double[] p = new double[m];
            for (int j = 0; j < m; j++) {
                p[j] = rng.nextInt(4); // a coarse grid: ties and copies are common
            }
            points.add(p);
        }
        List<double[]> front = TaskSelection.nonDominated(points);
        double[] p = new double[m];
        for (int j = 0; j < m; j++) {
            p[j] = rng.nextInt(4);
        }
        List<double[]> both = new ArrayList<>(front);
        both.add(p);
        List<double[]> expected = TaskSelection.nonDominated(both);
        List<double[]> actual = TaskSelection.with(front, p);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.get(i));
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Test
    void nonDominatedKeepsOneOfEqualPoints() {
        List<double[]> nd = TaskSelection.nonDominated(
                List.of(new double[] {1, 2}, new double[] {1, 2}, new double[] {0, 1}, new double[] {2, 1}));
        assertEquals(2, nd.size());
    }
}
