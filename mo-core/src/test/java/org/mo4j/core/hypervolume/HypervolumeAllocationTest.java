package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mo4j.core.testing.Allocations;

/**
 * The d = 3 and d = 4 sweeps allocate their arrays once per call and nothing per point: the bytes
 * one call allocates stay within what its arrays take (counted from the code, per point inside
 * the box), with less slack than one 16-byte object per point would need at n = 20,000.
 */
class HypervolumeAllocationTest {

    private static final int N = 20_000;

    /** Uniform points: HV4D+ allocates for every point inside the box, and sweeps these quickly. */
    private static double[][] uniform(int d, long seed) {
        Random random = new Random(seed);
        double[][] f = new double[N][d];
        for (double[] p : f) {
            for (int j = 0; j < d; j++) {
                p[j] = random.nextDouble();
            }
        }
        return f;
    }

    /** Points of the simplex: none dominates another, so every one stays in every array. */
    private static double[][] simplex(int d, long seed) {
        Random random = new Random(seed);
        double[][] f = new double[N][d];
        for (double[] p : f) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                p[j] = -Math.log(1 - random.nextDouble());
                sum += p[j];
            }
            for (int j = 0; j < d; j++) {
                p[j] /= sum;
            }
        }
        return f;
    }

    private static void assertWithin(String what, Runnable call, long limit) {
        OptionalLong bytes = Allocations.bytes(call, 200, 5);
        if (bytes.isEmpty()) {
            return; // no HotSpot allocation counter on this JVM
        }
        long perCall = bytes.getAsLong() / 5;
        assertTrue(perCall <= limit, () -> what + " allocated " + perCall + " bytes per call, limit " + limit);
    }

    @Test
    void threeObjectiveSweepAllocatesNothingPerPoint() {
        double[][] f = simplex(3, 1);
        double[] ref = {1.1, 1.1, 1.1};
        // inside, third, three coordinate arrays, two key orders (indices, packed keys, scratch)
        // and the ranks: at most 80 bytes per point, plus the radix counts and headers.
        assertWithin("Hv3d.volume", () -> Hv3d.volume(f, ref), 84L * N + (128 << 10));
    }

    @Test
    void fourObjectiveSweepAllocatesNothingPerPoint() {
        double[][] f = uniform(4, 2);
        double[] ref = {1.1, 1.1, 1.1, 1.1};
        // inside, fourth, the key order, the row references and the sweep's nine arrays: at most
        // 88 bytes per point, plus the radix counts and headers.
        assertWithin("Hv4dPlus.volume", () -> Hv4dPlus.volume(f, ref), 90L * N + (100 << 10));
    }
}
