package org.mo4j.morl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MorlMetricsTest {

    /** Deep Sea Treasure's undiscounted front, (treasure, −steps). */
    static final double[][] DST = {
        {0.7, -1},
        {8.2, -3},
        {11.5, -5},
        {14.0, -7},
        {15.1, -8},
        {16.1, -9},
        {19.6, -13},
        {20.3, -14},
        {22.4, -17},
        {23.7, -19}
    };

    @Test
    void deepSeaTreasuresFrontHasTheCheckedHypervolumeAndUtility() {
        // ALGORITHMS.md §1.2: HV with ref (0, −25) = 401.8; EU over 101 evenly spaced weights = 6.766
        MorlMetrics m = MorlMetrics.of(DST, new double[] {0, -25}, 0.01);
        assertEquals(401.8, m.hypervolume(), 1e-9);
        assertEquals(6.766, m.expectedUtility(), 5e-4);
        assertEquals(994.3, MorlMetrics.of(DST, new double[] {0, -50}, 0.01).hypervolume(), 1e-9);
    }

    @Test
    void sparsityIsTheSumOfSquaredGapsOverNMinusOne() {
        double[][] f = {{0, 3}, {1, 1}, {3, 0}};
        // objective 1: gaps 1, 2 → 5; objective 2: gaps 1, 2 → 5; (5 + 5) / 2
        assertEquals(5.0, MorlMetrics.of(f, new double[] {-1, -1}, 0.5).sparsity(), 1e-15);
    }

    @Test
    void preferenceGridsAreTheCodesDepthFirstGrids() {
        assertArrayEquals(new double[][] {{0, 1}, {1, 0}}, PreferenceGrid.of(2, 0, 1, 1));
        assertEquals(6, PreferenceGrid.of(2, 0, 1, 0.2).length);
        assertEquals(6, PreferenceGrid.of(6, 0, 1, 1).length);
        assertEquals(6, PreferenceGrid.of(3, 0, 1, 0.5).length);
        double[][] mujoco = PreferenceGrid.of(3, 0.2, 0.8, 0.3);
        double[][] expected = {
            {0.2, 0.2, 0.6}, {0.2, 0.5, 0.3}, {0.2, 0.8, 0.0}, {0.5, 0.2, 0.3}, {0.5, 0.5, 0.0}, {0.8, 0.2, 0.0}
        };
        assertEquals(expected.length, mujoco.length);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], mujoco[i], 1e-12);
        }
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MorlMetrics.of(new double[0][], new double[] {0, 0}, 0.5));
        assertThrows(IllegalArgumentException.class, () -> MorlMetrics.of(DST, new double[] {0, 0, 0}, 0.5));
        assertThrows(IllegalArgumentException.class, () -> PreferenceGrid.of(0, 0, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> PreferenceGrid.of(2, 0, 1, Double.NaN));
    }
}
