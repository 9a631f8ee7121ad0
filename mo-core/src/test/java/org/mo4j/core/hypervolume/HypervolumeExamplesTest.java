package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Small fronts whose hypervolume and contributions are worked out by hand in the comments. */
class HypervolumeExamplesTest {

    @Test
    void oneObjectiveIsTheGapFromTheMinimumToRef() {
        double[][] front = {{0.5}, {0.25}, {0.75}, {3}};
        // Union of [0.25, 1], [0.5, 1], [0.75, 1]: length 0.75; only 0.25 is exclusive down to 0.5.
        assertEquals(0.75, Hypervolume.of(front, new double[] {1}));
        assertArrayEquals(new double[] {0, 0.25, 0, 0}, Hypervolume.contributions(front, new double[] {1}));
    }

    @Test
    void twoObjectiveStaircaseAndItsExclusiveRectangles() {
        double[][] front = {{1, 2}, {2, 1}, {2.5, 2.5}};
        // ref (3, 3): boxes 2x1 and 1x2 overlap in 1x1, so 3; (2.5, 2.5) lies inside their union.
        // (1, 2) alone covers [1, 2) x [2, 3) = 1, (2, 1) alone [2, 3) x [1, 2) = 1.
        assertEquals(3, Hypervolume.of(front, new double[] {3, 3}));
        assertArrayEquals(new double[] {1, 1, 0}, Hypervolume.contributions(front, new double[] {3, 3}));
    }

    @Test
    void pointDominatedOnlyByOneOtherShrinksThatOnesContribution() {
        double[][] front = {{0, 0}, {1, 1}};
        // ref (2, 2): (0, 0) covers 4, of which (1, 1) also covers [1, 2)^2 = 1.
        assertArrayEquals(new double[] {3, 0}, Hypervolume.contributions(front, new double[] {2, 2}));
    }

    @Test
    void duplicatesContributeNothingButCountOnce() {
        double[][] front = {{0, 0, 0}, {0, 0, 0}, {0.5, 0.5, 0.5}};
        double[] ref = {1, 1, 1};
        assertEquals(1, Hypervolume.of(front, ref));
        assertArrayEquals(new double[] {0, 0, 0}, Hypervolume.contributions(front, ref));
    }

    @Test
    void pointsOnOrBeyondTheReferenceBoxAddNothing() {
        double[][] front = {{1, 0, 0, 0}, {0, 0, 0, 2}, {0.5, 0.5, 0.5, 0.5}};
        double[] ref = {1, 1, 1, 1};
        assertEquals(0.0625, Hypervolume.of(front, ref));
        assertArrayEquals(new double[] {0, 0, 0.0625}, Hypervolume.contributions(front, ref));
    }

    @Test
    void emptyFrontHasZeroHypervolumeAndNoContributions() {
        assertEquals(0, Hypervolume.of(new double[0][], new double[] {1, 1, 1, 1, 1}));
        assertEquals(0, Hypervolume.contributions(new double[0][], new double[] {1, 1}).length);
    }

    @Test
    void fourObjectiveCornerCubes() {
        // a = (0,0,0,1) covers 8, b = (1,1,1,0) covers 2, overlap [1,2]^4 = 1, union 9.
        double[][] front = {{0, 0, 0, 1}, {1, 1, 1, 0}};
        double[] ref = {2, 2, 2, 2};
        assertEquals(9, Hypervolume.of(front, ref));
        assertArrayEquals(new double[] {7, 1}, Hypervolume.contributions(front, ref));
    }
}
