package org.mo4j.problems.wfg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.ParetoSets;
import org.mo4j.problems.internal.Fronts;

/**
 * Values worked out by hand from the definitions of Huband, Hingston, Barone, While 2006 (the
 * transformations of Table X, the problems of Table XIV). M = 2, k = 2, l = 4 unless stated.
 */
class WfgTest {

    private static final double EPS = 1e-12;

    /** z_i = 2i * y_i. */
    private static double[] z(double... y) {
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            z[i] = 2.0 * (i + 1) * y[i];
        }
        return z;
    }

    private static void assertObjectives(double[] expected, BenchmarkProblem p, double[] x) {
        assertArrayEquals(expected, p.evaluate(x).objectives(), EPS, p + " at " + Arrays.toString(x));
    }

    @Test
    void transformationsAtTheirDefiningPoints() {
        // s_linear: 0 at A, 1 at both ends
        assertEquals(0, WfgTransforms.sLinear(0.35, 0.35));
        assertEquals(1, WfgTransforms.sLinear(0, 0.35), EPS);
        assertEquals(1, WfgTransforms.sLinear(1, 0.35), EPS);
        // s_decept(y, 0.35, 0.001, 0.05): 0 at A, 1 at A +- B, C = 0.05 at y = 0 (1 + 0.349 (-349.95/0.349 + 1000))
        assertEquals(0, WfgTransforms.sDecept(0.35, 0.35, 0.001, 0.05), EPS);
        assertEquals(1, WfgTransforms.sDecept(0.351, 0.35, 0.001, 0.05), 1e-9);
        assertEquals(0.05, WfgTransforms.sDecept(0, 0.35, 0.001, 0.05), 1e-12);
        // s_multi: 0 at C ((1 + cos((4A+2) pi / 2)) / (B + 2) = 0), 1 at y = 0 ((1 + 1 + 4B/4) / (B + 2))
        assertEquals(0, WfgTransforms.sMulti(0.35, 30, 10, 0.35), EPS);
        assertEquals(1, WfgTransforms.sMulti(0, 30, 10, 0.35), EPS);
        assertEquals(1, WfgTransforms.sMulti(0, 30, 95, 0.35), EPS);
        // b_flat(y, 0.8, 0.75, 0.85): A on [B, C], 0 at 0, 1 at 1, linear between
        assertEquals(0.8, WfgTransforms.bFlat(0.8, 0.8, 0.75, 0.85), EPS);
        assertEquals(0, WfgTransforms.bFlat(0, 0.8, 0.75, 0.85), EPS);
        assertEquals(1, WfgTransforms.bFlat(1, 0.8, 0.75, 0.85), EPS);
        assertEquals(0.4, WfgTransforms.bFlat(0.375, 0.8, 0.75, 0.85), EPS);
        // b_param exponent: B + (C - B) * 2uA = 0.02 + 1.96 u for u < 0.5; 0.02 + 49.98 * (A + (2u - 1)(1 - A)) for u >
        // 0.5
        assertEquals(0.02 + 1.96 * 0.3, WfgTransforms.bParamExponent(0.3, 0.98 / 49.98, 0.02, 50), EPS);
        double a = 0.98 / 49.98;
        assertEquals(0.02 + 49.98 * (a + 0.6 * (1 - a)), WfgTransforms.bParamExponent(0.8, a, 0.02, 50), 1e-10);
        // r_nonsep: (1, 1) with A = 2 gives 2/3, (1, 0) gives 1; four ones with A = 4 give 4/10
        assertEquals(2.0 / 3, WfgTransforms.rNonsep(new double[] {1, 1}, 0, 2, 2), EPS);
        assertEquals(1, WfgTransforms.rNonsep(new double[] {1, 0}, 0, 2, 2), EPS);
        assertEquals(0.4, WfgTransforms.rNonsep(new double[] {1, 1, 1, 1}, 0, 4, 4), EPS);
        // r_sum
        assertEquals(
                (2 * 0.5 + 4 * 0.25) / 6, WfgTransforms.rSum(new double[] {0.5, 0.25}, new double[] {2, 4}, 0, 2), EPS);
    }

    @Test
    void shapes() {
        double[] x = {0.5, 1.0 / 3};
        // M = 3: concave = (sin sin, sin cos, cos) of (pi/4, pi/6)
        double s = Math.sqrt(0.5);
        assertEquals(s * 0.5, WfgTransforms.concave(x, 1), EPS);
        assertEquals(s * Math.sqrt(3) / 2, WfgTransforms.concave(x, 2), EPS);
        assertEquals(s, WfgTransforms.concave(x, 3), EPS);
        assertEquals((1 - s) * (1 - Math.sqrt(3) / 2), WfgTransforms.convex(x, 1), EPS);
        assertEquals((1 - s) * 0.5, WfgTransforms.convex(x, 2), EPS);
        assertEquals(1 - s, WfgTransforms.convex(x, 3), EPS);
        assertEquals(0.5 / 3, WfgTransforms.linear(x, 1), EPS);
        assertEquals(0.5 * 2 / 3, WfgTransforms.linear(x, 2), EPS);
        assertEquals(0.5, WfgTransforms.linear(x, 3), EPS);
        // mixed with A = 5 at x = 0.5: 1 - 0.5 - cos(5.5 pi) / (10 pi) = 0.5
        assertEquals(0.5, WfgTransforms.mixed(0.5, 5, 1), EPS);
        // disc with A = 5 at x = 0.2: 1 - 0.2 cos^2(pi) = 0.8
        assertEquals(0.8, WfgTransforms.disc(0.2, 5, 1, 1), EPS);
    }

    @Test
    void allZeroInput() {
        // WFG1: distance s_linear -> 1, b_flat(1) = 1, positions b_poly(0) = 0: x_M = 1, x_1 = 0:
        // f = (1 + 2 (1 - cos 0), 1 + 4 mixed(0)) = (1, 5)
        assertObjectives(new double[] {1, 5}, new Wfg1(2, 2, 4), new double[6]);
        // WFG2, WFG3: pairs (1, 1) -> 2/3: x_M = 2/3, x_1 = 0: (2/3, 2/3 + 4)
        assertObjectives(new double[] {2.0 / 3, 14.0 / 3}, new Wfg2(2, 2, 4), new double[6]);
        assertObjectives(new double[] {2.0 / 3, 14.0 / 3}, new Wfg3(2, 2, 4), new double[6]);
        // WFG3, M = 3, k = 4: x_1 = 0, x_2 = (2/3)(0 - 0.5) + 0.5 = 1/6 (A_2 = 0), f_3 = 2/3 + 6
        assertObjectives(new double[] {2.0 / 3, 2.0 / 3, 20.0 / 3}, new Wfg3(3, 4, 4), new double[8]);
        // WFG4: s_multi(0) = 1 everywhere: x_M = 1, x_1 = 1: (1 + 2 sin(pi/2), 1 + 4 cos(pi/2))
        assertObjectives(new double[] {3, 1}, new Wfg4(2, 2, 4), new double[6]);
        // WFG5: s_decept(0) = 0.05 everywhere: x_M = x_1 = 0.05
        assertObjectives(
                new double[] {0.05 + 2 * Math.sin(0.025 * Math.PI), 0.05 + 4 * Math.cos(0.025 * Math.PI)},
                new Wfg5(2, 2, 4),
                new double[6]);
        // WFG6: distance s_linear -> 1, r_nonsep(1,1,1,1; 4) = 0.4; positions 0: (0.4, 4.4)
        assertObjectives(new double[] {0.4, 4.4}, new Wfg6(2, 2, 4), new double[6]);
        // WFG7, WFG8: b_param(0, ...) = 0, distance s_linear(0) = 1: (1, 5)
        assertObjectives(new double[] {1, 5}, new Wfg7(2, 2, 4), new double[6]);
        assertObjectives(new double[] {1, 5}, new Wfg8(2, 2, 4), new double[6]);
        // WFG9: positions s_decept(0) = 0.05, r_nonsep(0.05, 0.05; 2) = 0.1/3; distance s_multi(0) = 1 -> 0.4
        double x1 = 0.1 / 3;
        assertObjectives(
                new double[] {0.4 + 2 * Math.sin(x1 * Math.PI / 2), 0.4 + 4 * Math.cos(x1 * Math.PI / 2)},
                new Wfg9(2, 2, 4),
                new double[6]);
    }

    @Test
    void matchesMoeaFrameworksPublishedCornerValues() {
        // MOEA Framework's WFG1Test..WFG9Test (test/org/moeaframework/problem/WFG) evaluate
        // WFGi(2) at the lower and upper bounds, with 6 decimals. Its sizes are k = 1, l = 10
        // (inferred: WFG6's 0.181818 = 10/55 is r_nonsep of ten ones with A = 10).
        double[][][] published = {
            {{1, 5}, {3, 1}},
            {{0.666667, 4.666667}, {2.666667, 0.666667}},
            {{0.666667, 4.666667}, {2.666667, 0.666667}},
            {{3, 1}, {3, 1}},
            {{0.206918, 4.037669}, {0.206918, 4.037669}},
            {{0.181818, 4.181818}, {2.181818, 0.181818}},
            {{1, 5}, {3, 1}},
            {{1, 5}, {3, 1}},
            {{0.338736, 4.169488}, {0.338736, 4.169488}},
        };
        Wfg[] problems = {
            new Wfg1(2, 1, 10),
            new Wfg2(2, 1, 10),
            new Wfg3(2, 1, 10),
            new Wfg4(2, 1, 10),
            new Wfg5(2, 1, 10),
            new Wfg6(2, 1, 10),
            new Wfg7(2, 1, 10),
            new Wfg8(2, 1, 10),
            new Wfg9(2, 1, 10)
        };
        for (int i = 0; i < problems.length; i++) {
            Wfg p = problems[i];
            assertArrayEquals(
                    published[i][0], p.evaluate(p.bounds().lower()).objectives(), 1e-6, p + " at the lower bounds");
            assertArrayEquals(
                    published[i][1], p.evaluate(p.bounds().upper()).objectives(), 1e-6, p + " at the upper bounds");
        }
    }

    @Test
    void paretoOptimalInputs() {
        // distance parameters at 0.35, positions at 0.35 (s_multi, s_decept -> 0): x_1 = 0, f = (0, 4)
        double[] y = {0.35, 0.35, 0.35, 0.35, 0.35, 0.35};
        assertObjectives(new double[] {0, 4}, new Wfg4(2, 2, 4), z(y));
        assertObjectives(new double[] {0, 4}, new Wfg5(2, 2, 4), z(y));
        // WFG1, k = 4, l = 1 (z_5 = 3.5 is exactly 0.35 z_max): positions y = 2^-50 ->
        // b_poly(., 0.02) = 0.5 -> x_1 = 0.5: f = (2 (1 - cos(pi/4)), 4 mixed(0.5)) = (2 - sqrt 2, 2)
        double v = Math.pow(2, -50);
        assertObjectives(new double[] {2 - Math.sqrt(2), 2}, new Wfg1(2, 4, 1), z(v, v, v, v, 0.35));
        // WFG3: positions 0.3: x_1 = 0.3, f = (0.6, 4 * 0.7)
        assertObjectives(new double[] {0.6, 2.8}, new Wfg3(2, 2, 4), z(0.3, 0.3, 0.35, 0.35, 0.35, 0.35));
        // WFG2: positions 0.2: x_1 = 0.2, f = (2 (1 - cos(0.1 pi)), 4 (1 - 0.2 cos^2(pi))) = (.., 3.2)
        assertObjectives(
                new double[] {2 * (1 - Math.cos(0.1 * Math.PI)), 3.2},
                new Wfg2(2, 2, 4),
                z(0.2, 0.2, 0.35, 0.35, 0.35, 0.35));
        // WFG6: positions (1, 0): r_nonsep = (1 + 1 + 0 + 1) / 3 = 1: x_1 = 1, f = (2, 0)
        assertArrayEquals(
                new double[] {2, 0},
                new Wfg6(2, 2, 4).evaluate(z(1, 0, 0.35, 0.35, 0.35, 0.35)).objectives(),
                1e-15);
    }

    @Test
    void paretoOptimalInputsOfTheBiasedProblemsLieOnTheSphere() {
        Random rnd = new Random(7);
        for (int m = 2; m <= 4; m++) {
            for (Wfg p : new Wfg[] {new Wfg4(m), new Wfg5(m), new Wfg6(m), new Wfg7(m), new Wfg8(m), new Wfg9(m)}) {
                for (int trial = 0; trial < 20; trial++) {
                    double[] f = p.evaluate(ParetoSets.sample(p, rnd)).objectives();
                    double r = 0;
                    for (int j = 0; j < m; j++) {
                        r += Math.pow(f[j] / (2 * (j + 1)), 2);
                    }
                    assertEquals(1, r, 1e-9, p + " at f = " + Arrays.toString(f));
                }
            }
        }
    }

    @Test
    void wfg2PiecesAreTheStrictRecordsOfDisc() {
        Fronts.RecordSet pieces = Wfg2.pieces();
        // disc(x) = 1 - x cos^2(5 pi x) falls (slope -1) through x = 0, 0.2, ..., 1 where cos^2 = 1,
        // so its local minima lie just past 0.2 j, the last at the end x = 1 (disc(1) = 0)
        assertEquals(6, pieces.intervals());
        assertEquals(0, pieces.interval(0)[0]);
        for (int j = 0; j < 5; j++) {
            double b = pieces.interval(j)[1];
            assertTrue(b > 0.2 * j && b < 0.2 * j + 0.05, "piece " + j + " ends at " + b);
            // the local minimum: disc' = -cos^2(5 pi x) + 5 pi x sin(10 pi x) = 0
            assertEquals(
                    0, -Math.pow(Math.cos(5 * Math.PI * b), 2) + 5 * Math.PI * b * Math.sin(10 * Math.PI * b), 1e-9);
        }
        assertEquals(1, pieces.interval(5)[1]);
        for (int j = 1; j < 6; j++) {
            // each piece starts where disc comes back down to the previous piece's minimum
            double a = pieces.interval(j)[0];
            double prev = WfgTransforms.disc(pieces.interval(j - 1)[1], 5, 1, 1);
            assertEquals(prev, WfgTransforms.disc(a, 5, 1, 1), 1e-12);
        }
    }

    @Test
    void wfg3HasAFrontOnlyForTwoObjectives() {
        assertTrue(new Wfg3(2).hasTrueFront());
        assertFalse(new Wfg3(3).hasTrueFront());
        assertThrows(UnsupportedOperationException.class, () -> new Wfg3(3).trueFront(10));
        for (double[] f : new Wfg3(2).trueFront(50)) {
            assertEquals(1, f[0] / 2 + f[1] / 4, EPS);
        }
    }

    @Test
    void wfg3ForThreeObjectivesHasPointsOffTheDegenerateLine() {
        // the reason trueFront is not offered for M >= 3: with t_M = eps and t_2 = 1 the point
        // (x_1 > 2/3) is dominated by no point of the line {(x_1 * 0.5 * 2, 4 x_1 * 0.5, 6 (1 - x_1))}
        Wfg3 p = new Wfg3(3, 2, 2);
        double eps = 0.01;
        double x1 = 0.9;
        // y_3 = y_4 = 0.35 + d gives s_linear = d / 0.65 and r_nonsep(same, same) = (2/3) d / 0.65
        double d = eps * 1.5 * 0.65;
        double[] f = p.evaluate(z(x1, 1, 0.35 + d, 0.35 + d)).objectives();
        for (int i = 0; i <= 100_000; i++) {
            double t = i / 100_000.0;
            double[] g = {t, 2 * t, 6 * (1 - t)};
            boolean dominates = g[0] <= f[0] && g[1] <= f[1] && g[2] <= f[2];
            assertFalse(dominates, "line point " + Arrays.toString(g) + " dominates " + Arrays.toString(f));
        }
    }

    @Test
    void defaultsAndReferencePoint() {
        Wfg4 p = new Wfg4(3);
        assertEquals(4, p.positionParameters());
        assertEquals(20, p.distanceParameters());
        assertEquals(24, p.numberOfVariables());
        assertArrayEquals(new double[] {3, 5, 7}, p.referencePoint());
        assertEquals(48, p.bounds().upper(23));
        assertEquals(22, new Wfg1(2).numberOfVariables());
    }

    @Test
    void concaveFrontsLieOnTheScaledSphere() {
        for (int m = 2; m <= 5; m++) {
            for (double[] f : new Wfg9(m).trueFront(120)) {
                double r = 0;
                for (int j = 0; j < m; j++) {
                    r += Math.pow(f[j] / (2 * (j + 1)), 2);
                }
                assertEquals(1, r, EPS);
            }
        }
    }

    @Test
    void rejectsBadParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Wfg2(2, 2, 5));
        assertEquals("l must be even for WFG2, was 5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Wfg3(3, 4, 3));
        assertEquals("l must be even for WFG3, was 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Wfg4(3, 3, 10));
        assertEquals("k must be a positive multiple of objectives - 1 (2), was 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Wfg5(1));
        assertEquals("objectives must be >= 2, was 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Wfg6(2, 2, 0));
        assertEquals("l must be at least 1, was 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Wfg7(2, 0, 4));
        new Wfg2(2, 2, 6);
        new Wfg1(2, 2, 5);
    }
}
