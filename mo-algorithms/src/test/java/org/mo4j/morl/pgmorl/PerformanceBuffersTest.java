package org.mo4j.morl.pgmorl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceBuffersTest {

    @Test
    void twoObjectivesKeepTheFarthestPerAngularSector() {
        // 2 sectors of π/4 around the origin (0,0): angle to the y axis below π/4 → sector 0
        PerformanceBuffers b = new PerformanceBuffers(new double[] {0, 0}, 2, 1);
        List<double[]> pts = List.of(
                new double[] {1, 3}, // sector 0, dist √10
                new double[] {1, 4}, // sector 0, farther
                new double[] {3, 1}, // sector 1
                new double[] {0, 5}, // not strictly above the origin: dropped
                new double[] {2, 1}); // sector 1, nearer
        assertArrayEquals(new int[] {1, 2}, b.select(pts));
        PerformanceBuffers two = new PerformanceBuffers(new double[] {0, 0}, 2, 2);
        assertArrayEquals(new int[] {1, 0, 2, 4}, two.select(pts));
    }

    @Test
    void moreObjectivesUseTheSimplexGridCappedAtTheCodesCount() {
        assertEquals(5050, new PerformanceBuffers(new double[3], 100, 2).directions());
        assertEquals(4368, new PerformanceBuffers(new double[6], 100, 2).directions()); // C(16, 5), 11 divisions
        PerformanceBuffers b = new PerformanceBuffers(new double[3], 2, 1); // the 3 axes
        List<double[]> pts = List.of(new double[] {5, 1, 1}, new double[] {1, 1, 4}, new double[] {6, 1, 1});
        assertArrayEquals(new int[] {1, 2}, b.select(pts)); // buffers in grid order: (0,0,1), (0,1,0), (1,0,0)
    }
}
