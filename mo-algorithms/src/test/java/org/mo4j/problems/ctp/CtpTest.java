package org.mo4j.problems.ctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.BenchmarkProblem;

/** Values worked out by hand from Deb, Pratap, Meyarivan 2001 (CTP). */
class CtpTest {

    private static final double EPS = 1e-12;

    @Test
    void ctp1() {
        Ctp1 p = new Ctp1();
        assertEquals(2, p.numberOfVariables());
        // x = (0.5, 0): g = 1, f2 = e^-0.5; constraints 0.858 e^(-0.2705) - f2 > 0 (cut away), 0.728 e^(-0.1475) - f2
        Evaluation e = p.evaluate(new double[] {0.5, 0});
        assertArrayEquals(new double[] {0.5, Math.exp(-0.5)}, e.objectives(), EPS);
        assertArrayEquals(
                new double[] {0.858 * Math.exp(-0.2705) - Math.exp(-0.5), 0.728 * Math.exp(-0.1475) - Math.exp(-0.5)},
                e.constraints(),
                EPS);
        assertFalse(e.isFeasible());
        // x = (0.1, 0): the unconstrained front is feasible there
        assertTrue(p.evaluate(new double[] {0.1, 0}).isFeasible());
        // x = (0.5, 1): g = 2, f2 = 2 e^-0.25
        assertArrayEquals(
                new double[] {0.5, 2 * Math.exp(-0.25)},
                p.evaluate(new double[] {0.5, 1}).objectives(),
                EPS);
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
        assertArrayEquals(
                new double[] {0}, new Ctp2().evaluate(new double[] {0, 0}).constraints(), EPS);
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
        assertEquals(
                new Ctp6().evaluate(x).constraints()[0], new Ctp8().evaluate(x).constraints()[0]);
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
        for (BenchmarkProblem p : new BenchmarkProblem[] {
            new Ctp2(), new Ctp3(), new Ctp4(), new Ctp5(), new Ctp6(), new Ctp7(), new Ctp8()
        }) {
            assertFalse(p.hasTrueFront());
            assertThrows(UnsupportedOperationException.class, () -> p.trueFront(10));
            assertEquals(1.1, p.referencePoint()[0]);
        }
    }

    @Test
    void rejectsBadSizes() {
        assertEquals(
                "variables must be >= 2, was 1",
                assertThrows(IllegalArgumentException.class, () -> new Ctp3(1)).getMessage());
    }
}
