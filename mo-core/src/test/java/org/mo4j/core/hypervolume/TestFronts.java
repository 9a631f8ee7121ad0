package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

/**
 * Test fronts and checks for the contribution algorithms: random fronts built to hit degenerate
 * cases, point removal, and the common assertion on a contributions vector.
 */
final class TestFronts {

    private TestFronts() {}

    /** A reference point with every coordinate in [0.5, 1.5). */
    static double[] reference(int d, Random random) {
        double[] ref = new double[d];
        for (int j = 0; j < d; j++) {
            ref[j] = 0.5 + random.nextDouble();
        }
        return ref;
    }

    /**
     * n points in [-1, 2)^d where each coordinate is, with probability 1/8, the reference
     * point's (on the box boundary), with 1/4 a copy of an earlier point's coordinate (ties),
     * and otherwise uniform; one point in six (after the first) is an exact duplicate.
     */
    static double[][] withCopiedCoordinates(int n, double[] ref, Random random) {
        int d = ref.length;
        double[][] front = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                int kind = random.nextInt(8);
                if (kind == 0) {
                    front[i][j] = ref[j];
                } else if (kind <= 2 && i > 0) {
                    front[i][j] = front[random.nextInt(i)][j];
                } else {
                    front[i][j] = -1 + 3 * random.nextDouble();
                }
            }
            if (i > 0 && random.nextInt(6) == 0) {
                front[i] = front[random.nextInt(i)].clone();
            }
        }
        return front;
    }

    /** {@code front} without its point {@code i} (rows shared). */
    static double[][] without(double[][] front, int i) {
        double[][] rest = new double[front.length - 1][];
        System.arraycopy(front, 0, rest, 0, i);
        System.arraycopy(front, i + 1, rest, i, front.length - i - 1);
        return rest;
    }

    /**
     * Asserts that {@code c} has one non-negative entry per point, within {@link Tolerance#REL}
     * of max(hv, 1) of the independently computed {@code check} and, with {@code oracle}, of the
     * grid oracle's HV(S) - HV(S \ p) ({@code hv} then being the oracle's HV(S)).
     */
    static void assertContributions(
            double[][] front, double[] ref, double[] c, double[] check, double hv, boolean oracle) {
        double tolerance = Tolerance.REL * Math.max(hv, 1);
        assertEquals(front.length, c.length);
        for (int i = 0; i < front.length; i++) {
            assertTrue(c[i] >= 0, "contribution " + i + " is negative: " + c[i]);
            assertTrue(
                    Math.abs(c[i] - check[i]) <= tolerance, "contribution " + i + " = " + c[i] + ", check " + check[i]);
            if (oracle) {
                double lost = hv - GridOracle.hypervolume(without(front, i), ref);
                assertTrue(
                        Math.abs(c[i] - lost) <= tolerance,
                        "contribution " + i + " = " + c[i] + ", HV(S) - HV(S \\ p) = " + lost);
            }
        }
    }
}
