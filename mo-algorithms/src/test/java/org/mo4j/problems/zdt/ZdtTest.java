package org.mo4j.problems.zdt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/** Values worked out by hand from the formulas of Zitzler, Deb, Thiele 2000. */
class ZdtTest {

    private static final double EPS = 1e-12;

    private static double[] x(int n, double first, double rest) {
        double[] x = new double[n];
        Arrays.fill(x, rest);
        x[0] = first;
        return x;
    }

    private static void assertObjectives(double[] expected, BenchmarkProblem p, double[] x) {
        assertArrayEquals(expected, p.evaluate(x).objectives(), EPS, p.name() + " at " + Arrays.toString(x));
    }

    @Test
    void zdt1OnAndOffTheParetoSet() {
        Zdt1 p = new Zdt1();
        assertEquals(30, p.numberOfVariables());
        // g = 1: f2 = 1 - sqrt(0.25)
        assertObjectives(new double[] {0.25, 0.5}, p, x(30, 0.25, 0));
        // g = 1 + 9*29/29 = 10: f2 = 10 (1 - sqrt(0.025)) = 10 - sqrt(2.5)
        assertObjectives(new double[] {0.25, 10 - Math.sqrt(2.5)}, p, x(30, 0.25, 1));
        // n = 5, x = (1, .5, .5, .5, .5): g = 1 + 9*2/4 = 5.5, f2 = 5.5 (1 - sqrt(1/5.5))
        assertObjectives(new double[] {1, 5.5 - Math.sqrt(5.5)}, new Zdt1(5), x(5, 1, 0.5));
    }

    @Test
    void zdt2OnAndOffTheParetoSet() {
        Zdt2 p = new Zdt2();
        assertObjectives(new double[] {0.5, 0.75}, p, x(30, 0.5, 0));
        // g = 10: f2 = 10 (1 - 0.05^2) = 9.975
        assertObjectives(new double[] {0.5, 9.975}, p, x(30, 0.5, 1));
    }

    @Test
    void zdt3OnAndOffTheParetoSet() {
        Zdt3 p = new Zdt3();
        // sin(10 pi * 0.05) = 1: f2 = 1 - sqrt(0.05) - 0.05
        assertObjectives(new double[] {0.05, 0.95 - Math.sqrt(0.05)}, p, x(30, 0.05, 0));
        // g = 10, f1 = 0.05: f2 = 10 (1 - sqrt(0.005) - 0.005)
        assertObjectives(new double[] {0.05, 10 * (0.995 - Math.sqrt(0.005))}, p, x(30, 0.05, 1));
        assertEquals(1 - Math.sqrt(0.5), p.evaluate(x(30, 0.5, 0)).objective(1), 1e-14);
    }

    @Test
    void zdt3PiecesMatchThePublishedIntervals() {
        // The intervals of f1 on ZDT3's front as published with ten digits, e.g. in pymoo's ZDT3
        // (regions [0, 0.0830015349], [0.182228728, 0.2577623634], [0.4093136748, 0.4538821041],
        // [0.6183967944, 0.6525117038], [0.8233317983, 0.8518328654]).
        double[][] published = {
            {0, 0.0830015349},
            {0.182228728, 0.2577623634},
            {0.4093136748, 0.4538821041},
            {0.6183967944, 0.6525117038},
            {0.8233317983, 0.8518328654}
        };
        Fronts.RecordSet pieces = Zdt3.pieces();
        assertEquals(published.length, pieces.intervals());
        for (int j = 0; j < published.length; j++) {
            assertArrayEquals(published[j], pieces.interval(j), 1e-9, "piece " + j);
        }
    }

    @Test
    void zdt4OnAndOffTheParetoSet() {
        Zdt4 p = new Zdt4();
        assertEquals(10, p.numberOfVariables());
        assertEquals(-5, p.bounds().lower(1));
        assertEquals(0, p.bounds().lower(0));
        // g = 1 + 90 + 9 (0 - 10 cos 0) = 1
        assertObjectives(new double[] {0.25, 0.5}, p, x(10, 0.25, 0));
        // x_i = 0.5: x^2 - 10 cos(2 pi) = -9.75, g = 91 - 87.75 = 3.25, f2 = 3.25 - sqrt(0.25 * 3.25)
        assertObjectives(new double[] {0.25, 3.25 - Math.sqrt(0.8125)}, p, x(10, 0.25, 0.5));
        // x_i = 5: 25 - 10 cos(20 pi) = 15, g = 91 + 135 = 226
        assertObjectives(new double[] {1, 226 - Math.sqrt(226)}, p, x(10, 1, 5));
    }

    @Test
    void zdt6OnAndOffTheParetoSet() {
        Zdt6 p = new Zdt6();
        assertEquals(10, p.numberOfVariables());
        assertObjectives(new double[] {1, 0}, p, x(10, 0, 0));
        // x1 = 1/12: sin(pi/2) = 1, f1 = 1 - exp(-1/3)
        double f1 = 1 - Math.exp(-1.0 / 3);
        assertObjectives(new double[] {f1, 1 - f1 * f1}, p, x(10, 1.0 / 12, 0));
        // x_i = 1: g = 1 + 9 * 1^0.25 = 10
        assertObjectives(new double[] {f1, 10 * (1 - f1 * f1 / 100)}, p, x(10, 1.0 / 12, 1));
        // x_i = 1/16 for i >= 2: g = 1 + 9 * (1/16)^0.25 = 5.5
        assertObjectives(new double[] {1, 5.5 * (1 - 1 / 30.25)}, p, x(10, 0, 1.0 / 16));
    }

    @Test
    void zdt6FrontStartsAtThePublishedMinimumOfF1() {
        // 0.2807753191 is the published left end of ZDT6's front (e.g. jMetal's and pymoo's fronts),
        // found numerically there; the closed form here gives 0.28077531882 (3e-10 below it)
        assertEquals(0.2807753191, Zdt6.F1_MIN, 1e-9);
        assertEquals(Zdt6.F1_MIN, new Zdt6().trueFront(10)[0][0]);
        // no x1 gives a smaller f1
        for (int i = 0; i <= 100_000; i++) {
            assertTrue(Zdt6.f1(i / 100_000.0) >= Zdt6.F1_MIN - 1e-15);
        }
    }

    @Test
    void frontsAreTheAnalyticCurves() {
        for (double[] f : new Zdt1().trueFront(101)) {
            assertEquals(1 - Math.sqrt(f[0]), f[1], EPS);
        }
        for (double[] f : new Zdt4().trueFront(101)) {
            assertEquals(1 - Math.sqrt(f[0]), f[1], EPS);
        }
        for (double[] f : new Zdt2().trueFront(101)) {
            assertEquals(1 - f[0] * f[0], f[1], EPS);
        }
        for (double[] f : new Zdt6().trueFront(101)) {
            assertEquals(1 - f[0] * f[0], f[1], EPS);
        }
        double[][] zdt3 = new Zdt3().trueFront(200);
        assertEquals(200, zdt3.length);
        assertArrayEquals(new double[] {0, 1}, zdt3[0]);
        assertEquals(0.8518328654, zdt3[199][0], 1e-9);
        // phi(0.8518328654) = -0.7733690123 (evaluated independently)
        assertEquals(-0.7733690123, zdt3[199][1], 1e-9);
    }

    @Test
    void zdt3FrontIsNotDominatedByAnyFeasibleObjectiveVectorOnAFineGrid() {
        // every objective vector is dominated by (f1, phi(f1)) with g = 1, so scanning phi suffices
        double[][] front = new Zdt3().trueFront(500);
        for (int i = 0; i <= 200_000; i++) {
            double t = i / 200_000.0;
            double v = Zdt3.phi(t);
            for (double[] f : front) {
                if (t <= f[0] && v <= f[1] && (t < f[0] || v < f[1])) {
                    fail("(" + t + ", " + v + ") dominates " + Arrays.toString(f));
                }
            }
        }
    }

    @Test
    void rejectsTooFewVariables() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Zdt1(1));
        assertEquals("variables must be >= 2, was 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Zdt6(0));
    }
}
