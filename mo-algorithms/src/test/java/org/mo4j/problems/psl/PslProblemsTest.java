package org.mo4j.problems.psl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;

/** Values worked out by hand from the formulas of SVH-PSL's {@code problem.py}. */
class PslProblemsTest {

    private static final double EPS = 1e-14;

    private static void assertObjectives(double[] expected, BenchmarkProblem p, double... x) {
        assertArrayEquals(expected, p.evaluate(x).objectives(), EPS, p.name() + " at " + Arrays.toString(x));
    }

    private static double[] filled(int n, double v) {
        double[] x = new double[n];
        Arrays.fill(x, v);
        return x;
    }

    private static boolean dominates(double[] a, double[] b) {
        boolean strict = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
            strict |= a[i] < b[i];
        }
        return strict;
    }

    @Test
    void vlmop2OnTheSegmentAndOffIt() {
        Vlmop2 p = new Vlmop2();
        assertEquals(6, p.numberOfVariables());
        assertEquals(2, p.numberOfObjectives());
        assertEquals(-2, p.bounds().lower(3));
        assertEquals(2, p.bounds().upper(5));
        assertArrayEquals(new double[] {1.1, 1.1}, p.referencePoint());
        double c = 1 / Math.sqrt(6);
        // x_i = c: sum (x - c)^2 = 0, sum (x + c)^2 = 6 * 4/6 = 4
        assertObjectives(new double[] {0, 1 - Math.exp(-4)}, p, filled(6, c));
        assertObjectives(new double[] {1 - Math.exp(-4), 0}, p, filled(6, -c));
        // x = 0: both sums are 6 * 1/6 = 1
        assertObjectives(new double[] {1 - Math.exp(-1), 1 - Math.exp(-1)}, p, filled(6, 0));
        // off the segment: x = e_1 gives sums 2 - 2c and 2 + 2c; its mean 1/6 in every coordinate
        // gives 7/6 - 2c and 7/6 + 2c, and dominates it
        double[] off = {1, 0, 0, 0, 0, 0};
        assertObjectives(new double[] {1 - Math.exp(-(2 - 2 * c)), 1 - Math.exp(-(2 + 2 * c))}, p, off);
        double[] mean = p.evaluate(filled(6, 1.0 / 6)).objectives();
        assertArrayEquals(new double[] {1 - Math.exp(-(7.0 / 6 - 2 * c)), 1 - Math.exp(-(7.0 / 6 + 2 * c))}, mean, EPS);
        assertTrue(dominates(mean, p.evaluate(off).objectives()));
        // the corner (2, ..., 2): sum (2 - c)^2 = 6 (4 - 4c + 1/6) = 25 - 24c
        assertObjectives(new double[] {1 - Math.exp(-(25 - 24 * c)), 1 - Math.exp(-(25 + 24 * c))}, p, filled(6, 2));
        // n = 1: c = 1
        assertObjectives(new double[] {1 - Math.exp(-1), 1 - Math.exp(-9)}, new Vlmop2(1), 2);
    }

    @Test
    void vlmop2FrontIsTheImageOfTheSegment() {
        Vlmop2 p = new Vlmop2(4);
        double[][] front = p.trueFront(5);
        assertEquals(5, front.length);
        // s = sqrt(n) t = 1, 0.5, 0, -0.5, -1
        assertArrayEquals(new double[] {0, 1 - Math.exp(-4)}, front[0], EPS);
        assertArrayEquals(new double[] {1 - Math.exp(-0.25), 1 - Math.exp(-2.25)}, front[1], EPS);
        assertArrayEquals(new double[] {1 - Math.exp(-1), 1 - Math.exp(-1)}, front[2], EPS);
        assertArrayEquals(new double[] {1 - Math.exp(-4), 0}, front[4], EPS);
        for (int i = 0; i < 5; i++) {
            double t = (1 - 0.5 * i) / Math.sqrt(4);
            assertArrayEquals(front[i], p.evaluate(filled(4, t)).objectives(), 1e-15);
        }
        assertEquals(1, p.trueFront(1).length);
    }

    @Test
    void f2OnItsParetoSetAndOffIt() {
        F2 p = new F2();
        assertEquals(6, p.numberOfVariables());
        assertArrayEquals(new double[] {1.1, 1.1}, p.referencePoint());
        // n = 6: theta_2..6 = 1, 1.75, 2.5, 3.25, 4; x_i = 0.25^(theta_i / 2)
        double[] onSet = {0.25, 0.5, Math.pow(0.25, 0.875), Math.pow(0.25, 1.25), Math.pow(0.25, 1.625), 0.0625};
        assertObjectives(new double[] {0.25, 0.5}, p, onSet);
        assertObjectives(new double[] {1, 0}, p, filled(6, 1));
        assertObjectives(new double[] {0, 1}, p, filled(6, 0));
        // x = (0.25, 0, ..., 0): y_i = -0.25^(theta_i / 2); J1 = {3, 5}, J2 = {2, 4, 6}
        // g1 = 1 + (2^-3.5 + 2^-6.5) / 2, g2 = 1 + (2^-2 + 2^-5 + 2^-8) / 3
        double g1 = 1 + (Math.pow(2, -3.5) + Math.pow(2, -6.5)) / 2;
        double g2 = 1 + (0.25 + 0.03125 + 0.00390625) / 3;
        double[] off = {0.25, 0, 0, 0, 0, 0};
        assertObjectives(new double[] {0.25 * g1, g2 - Math.sqrt(g2) / 2}, p, off);
        assertTrue(dominates(p.evaluate(onSet).objectives(), p.evaluate(off).objectives()));
        // x1 = 0, the rest 1: f1 = 0, g2 = 2, f2 = g2 = 2
        double[] x = filled(6, 1);
        x[0] = 0;
        assertObjectives(new double[] {0, 2}, p, x);
        // n = 3: theta_2 = 1, theta_3 = 4; x = (0.36, 0.6, 0.1296) is on the set
        assertObjectives(new double[] {0.36, 0.4}, new F2(3), 0.36, 0.6, 0.1296);
    }

    @Test
    void f2FrontIsZdt1s() {
        double[][] front = new F2().trueFront(3);
        assertArrayEquals(new double[] {0, 1}, front[0], EPS);
        assertArrayEquals(new double[] {0.5, 1 - Math.sqrt(0.5)}, front[1], EPS);
        assertArrayEquals(new double[] {1, 0}, front[2], EPS);
    }

    @Test
    void sizesAreChecked() {
        assertEquals(
                "variables must be >= 3, was 2",
                assertThrows(IllegalArgumentException.class, () -> new F2(2)).getMessage());
        assertEquals(
                "variables must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new Vlmop2(0))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Vlmop2().evaluate(filled(6, 2.5)));
        assertThrows(IllegalArgumentException.class, () -> new F2().evaluate(filled(6, -0.1)));
    }

    @Test
    void registeredByName() {
        assertEquals(6, Problems.create("vlmop2").numberOfVariables());
        assertEquals(10, Problems.create("VLMOP2::10").numberOfVariables());
        assertEquals(6, Problems.create("f2:2").numberOfVariables());
        assertEquals(3, Problems.create("f2::3").numberOfVariables());
        assertEquals("F2", Problems.create("f2").name());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Problems.create("f2::2"))
                .getMessage()
                .contains("variables must be >= 3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Problems.create("vlmop2:3"))
                .getMessage()
                .contains("objectives must be 2"));
    }
}
