package org.mo4j.problems.cdtlz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.ParetoSets;

/** Values worked out by hand from Jain &amp; Deb 2014 (C-DTLZ). */
class ConstrainedDtlzTest {

    private static final double EPS = 1e-12;
    private static final double R2 = Math.sqrt(0.5);

    private static double[] x(int n, double dist, double... position) {
        double[] x = new double[n];
        Arrays.fill(x, dist);
        System.arraycopy(position, 0, x, 0, position.length);
        return x;
    }

    @Test
    void c1Dtlz1() {
        C1Dtlz1 p = new C1Dtlz1(3);
        assertEquals(7, p.numberOfVariables());
        assertEquals(1, p.numberOfConstraints());
        // on DTLZ1's front f = (1/8, 1/8, 1/4): g = 0.25/0.6 + 0.25/0.5 - 1 = -f_3/3
        Evaluation e = p.evaluate(x(7, 0.5, 0.5, 0.5));
        assertArrayEquals(new double[] {0.125, 0.125, 0.25}, e.objectives(), EPS);
        assertArrayEquals(new double[] {-0.25 / 3}, e.constraints(), EPS);
        // x_M = 0: f = (15.75, 15.75, 31.5), g = 31.5/0.6 + 31.5/0.5 - 1 = 52.5 + 63 - 1
        assertArrayEquals(new double[] {114.5}, p.evaluate(x(7, 0, 0.5, 0.5)).constraints(), 1e-9);
        assertFalse(p.evaluate(x(7, 0, 0.5, 0.5)).isFeasible());
        for (double[] f : p.trueFront(50)) {
            assertEquals(0.5, Arrays.stream(f).sum(), EPS);
        }
    }

    @Test
    void c2Dtlz2() {
        C2Dtlz2 p = new C2Dtlz2(3);
        assertEquals(0.4, p.radius());
        assertEquals(0.5, new C2Dtlz2(5).radius());
        assertEquals(0.5, new C2Dtlz2(2).radius());
        // f = (1, 0, 0) is the corner e_1: (f_1 - 1)^2 + 0 - 0.16
        assertArrayEquals(new double[] {-0.16}, p.evaluate(x(12, 0.5, 0, 0)).constraints(), EPS);
        // f = (1/2, 1/2, 1/sqrt 2): nearest the centre c = 1/sqrt 3
        double c = 1 / Math.sqrt(3);
        double centre = 2 * Math.pow(0.5 - c, 2) + Math.pow(R2 - c, 2) - 0.16;
        assertArrayEquals(
                new double[] {centre}, p.evaluate(x(12, 0.5, 0.5, 0.5)).constraints(), EPS);
        assertTrue(centre < 0);
        // f = (cos(pi/8), 0, sin(pi/8)) (x = (0.25, 0)): distance^2 to e_1 = 2 - 2 cos(pi/8) = 0.152 < 0.16
        assertArrayEquals(
                new double[] {2 - 2 * Math.cos(Math.PI / 8) - 0.16},
                p.evaluate(x(12, 0.5, 0.25, 0)).constraints(),
                EPS);
        // the front: on the sphere and feasible, at least n points
        for (int m = 2; m <= 4; m++) {
            C2Dtlz2 q = new C2Dtlz2(m);
            double[][] front = q.trueFront(100);
            assertTrue(front.length >= 100, m + ": " + front.length);
            for (double[] f : front) {
                assertEquals(1, Arrays.stream(f).map(v -> v * v).sum(), EPS);
                assertTrue(q.constraint(f) <= 0);
            }
        }
    }

    @Test
    void c3Dtlz4() {
        C3Dtlz4 p = new C3Dtlz4(3);
        assertEquals(3, p.numberOfConstraints());
        // DTLZ4's own front is infeasible: g_j = 1 - (1 - 3/4 f_j^2) = 3/4 f_j^2
        double h = Math.pow(0.5, 0.01);
        Evaluation e = p.evaluate(x(12, 0.5, h, h));
        assertArrayEquals(new double[] {0.5, 0.5, R2}, e.objectives(), EPS);
        assertArrayEquals(new double[] {0.1875, 0.1875, 0.375}, e.constraints(), EPS);
        // radius 2 on the f_3 axis: g = 1 with every distance variable 0.5 + sqrt(0.1)
        e = p.evaluate(x(12, 0.5 + Math.sqrt(0.1), 1, 0.5));
        assertEquals(2, e.objective(2), 1e-12);
        assertEquals(0, e.constraints()[2], 1e-12);
        assertEquals(-3, e.constraints()[0], 1e-12);
        // the front: F(f) = sum f^2 - 3/4 max f^2 = 1 on every point, inside the reference point
        for (double[] f : p.trueFront(100)) {
            double s = Arrays.stream(f).map(v -> v * v).sum();
            double max = Arrays.stream(f).max().orElseThrow();
            assertEquals(1, s - 0.75 * max * max, EPS);
            assertTrue(max <= 2 + EPS);
        }
    }

    @Test
    void rejectsBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> new C2Dtlz2(1));
        assertThrows(IllegalArgumentException.class, () -> new C3Dtlz4(4, 3));
    }

    @Test
    void randomParetoOptimalXOfC3Dtlz4LiesOnTheBoundary() {
        Random rnd = new Random(3);
        for (int m = 2; m <= 5; m++) {
            C3Dtlz4 p = new C3Dtlz4(m);
            for (int t = 0; t < 20; t++) {
                Evaluation e = p.evaluate(ParetoSets.sample(p, rnd));
                double max = Arrays.stream(e.constraints()).max().orElseThrow();
                assertEquals(0, max, 1e-9, "the active constraint at " + e);
            }
        }
    }
}
