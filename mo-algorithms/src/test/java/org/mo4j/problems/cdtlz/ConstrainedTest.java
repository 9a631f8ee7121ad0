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
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.ParetoSets;
import org.mo4j.problems.ctp.Ctp1;
import org.mo4j.problems.ctp.Ctp1Pareto;
import org.mo4j.problems.ctp.Ctp2;
import org.mo4j.problems.ctp.Ctp3;
import org.mo4j.problems.ctp.Ctp4;
import org.mo4j.problems.ctp.Ctp5;
import org.mo4j.problems.ctp.Ctp6;
import org.mo4j.problems.ctp.Ctp7;
import org.mo4j.problems.ctp.Ctp8;

/** Values worked out by hand from Jain &amp; Deb 2014 (C-DTLZ) and Deb, Pratap, Meyarivan 2001 (CTP). */
class ConstrainedTest {

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
        assertArrayEquals(new double[] {centre}, p.evaluate(x(12, 0.5, 0.5, 0.5)).constraints(), EPS);
        assertTrue(centre < 0);
        // f = (cos(pi/8), 0, sin(pi/8)) (x = (0.25, 0)): distance^2 to e_1 = 2 - 2 cos(pi/8) = 0.152 < 0.16
        assertArrayEquals(new double[] {2 - 2 * Math.cos(Math.PI / 8) - 0.16},
                p.evaluate(x(12, 0.5, 0.25, 0)).constraints(), EPS);
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
    void ctp1() {
        Ctp1 p = new Ctp1();
        assertEquals(2, p.numberOfVariables());
        // x = (0.5, 0): g = 1, f2 = e^-0.5; constraints 0.858 e^(-0.2705) - f2 > 0 (cut away), 0.728 e^(-0.1475) - f2
        Evaluation e = p.evaluate(new double[] {0.5, 0});
        assertArrayEquals(new double[] {0.5, Math.exp(-0.5)}, e.objectives(), EPS);
        assertArrayEquals(new double[] {0.858 * Math.exp(-0.2705) - Math.exp(-0.5), 0.728 * Math.exp(-0.1475) - Math.exp(-0.5)},
                e.constraints(), EPS);
        assertFalse(e.isFeasible());
        // x = (0.1, 0): the unconstrained front is feasible there
        assertTrue(p.evaluate(new double[] {0.1, 0}).isFeasible());
        // x = (0.5, 1): g = 2, f2 = 2 e^-0.25
        assertArrayEquals(new double[] {0.5, 2 * Math.exp(-0.25)}, p.evaluate(new double[] {0.5, 1}).objectives(), EPS);
    }

    @Test
    void ctp1FrontPointsAreFeasibleAndReachedExactlyAtTheirG() {
        Ctp1 p = new Ctp1();
        for (double[] f : p.trueFront(101)) {
            double g = Ctp1Pareto.gFor(f[0], f[1]);
            Evaluation e = p.evaluate(new double[] {f[0], g - 1});
            assertEquals(f[1], e.objective(1), 1e-12);
            for (double c : e.constraints()) {
                assertTrue(c <= 1e-12, Arrays.toString(f) + " violates by " + c);
            }
            // and the least feasible f2 at this f1: a slightly smaller g is infeasible (or off the box)
            if (g > 1 + 1e-6) {
                assertFalse(p.evaluate(new double[] {f[0], g - 1 - 1e-6}).isFeasible());
            }
        }
        // the front follows e^-f1, then the first constraint's boundary (from f1 = 1/3), then the
        // second's (from ln(0.858/0.728)/0.246 = 0.668)
        double[][] front = p.trueFront(301);
        assertEquals(Math.exp(-0.3), front[90][1], EPS);
        assertEquals(0.858 * Math.exp(-0.541 * 0.5), front[150][1], EPS);
        assertEquals(0.728 * Math.exp(-0.295), front[300][1], EPS);
    }

    @Test
    void ctp2To8Values() {
        // CTP2 at x = (0, 0): f = (0, 1), u = v = 0: constraint value exactly 0 (feasible)
        assertArrayEquals(new double[] {0}, new Ctp2().evaluate(new double[] {0, 0}).constraints(), EPS);
        // CTP2 at x = (0.5, 0): f2 = 1 - sqrt(0.5); theta = -0.2 pi
        double f2 = 1 - Math.sqrt(0.5);
        double ct = Math.cos(0.2 * Math.PI);
        double st = Math.sin(0.2 * Math.PI);
        double u = ct * (f2 - 1) + st * 0.5;
        double v = -st * (f2 - 1) + ct * 0.5;
        double expected = 0.2 * Math.pow(Math.abs(Math.sin(10 * Math.PI * v)), 6) - u;
        Evaluation e = new Ctp2().evaluate(new double[] {0.5, 0});
        assertArrayEquals(new double[] {0.5, f2}, e.objectives(), EPS);
        assertEquals(expected, e.constraints()[0], EPS);
        assertEquals(0.2867, expected, 1e-4); // u = -0.27817, v = 0.82013 by hand
        // CTP5 (c = 2): v^2 inside the sine
        double expected5 = 0.1 * Math.sqrt(Math.abs(Math.sin(10 * Math.PI * v * v))) - u;
        assertEquals(expected5, new Ctp5().evaluate(new double[] {0.5, 0}).constraints()[0], EPS);
        // CTP8 has CTP6's constraint first
        double[] x = {0.3, 4};
        assertEquals(new Ctp6().evaluate(x).constraints()[0], new Ctp8().evaluate(x).constraints()[0]);
        assertEquals(2, new Ctp8().numberOfConstraints());
        assertEquals(20, new Ctp6().bounds().upper(1));
        assertEquals(1, new Ctp7().bounds().upper(1));
    }

    @Test
    void ctpReferencePointsBoundTheFronts() {
        // the feasible points (0, F) named in the Javadoc, which bound every Pareto-optimal f2
        assertTrue(new Ctp2().evaluate(new double[] {0, 0}).isFeasible());
        assertTrue(new Ctp6().evaluate(new double[] {0, 2.8}).isFeasible());
        assertTrue(new Ctp8().evaluate(new double[] {0, 2.8}).isFeasible());
        double f = 1 / (5 * Math.sin(0.05 * Math.PI));
        Evaluation e7 = new Ctp7().evaluate(new double[] {0, f - 1});
        assertTrue(e7.isFeasible(), e7.toString());
        assertTrue(new Ctp7().referencePoint()[1] > 1.1 * f);
        assertTrue(new Ctp6().referencePoint()[1] > 1.1 * 3.8);
        for (BenchmarkProblem p : new BenchmarkProblem[] {new Ctp2(), new Ctp3(), new Ctp4(), new Ctp5(), new Ctp6(), new Ctp7(), new Ctp8()}) {
            assertFalse(p.hasTrueFront());
            assertThrows(UnsupportedOperationException.class, () -> p.trueFront(10));
            assertEquals(1.1, p.referencePoint()[0]);
        }
    }

    @Test
    void rejectsBadSizes() {
        assertEquals("variables must be >= 2, was 1",
                assertThrows(IllegalArgumentException.class, () -> new Ctp3(1)).getMessage());
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
