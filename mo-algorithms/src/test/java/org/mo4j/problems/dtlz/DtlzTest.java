package org.mo4j.problems.dtlz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/** Values worked out by hand from the formulas of Deb, Thiele, Laumanns, Zitzler 2005. */
class DtlzTest {

    private static final double EPS = 1e-12;
    private static final double R2 = Math.sqrt(0.5);

    /** x = (position..., then every distance variable = dist). */
    private static double[] x(int n, double dist, double... position) {
        double[] x = new double[n];
        Arrays.fill(x, dist);
        System.arraycopy(position, 0, x, 0, position.length);
        return x;
    }

    private static void assertObjectives(double[] expected, BenchmarkProblem p, double[] x) {
        assertArrayEquals(expected, p.evaluate(x).objectives(), 1e-12, p.name() + " at " + Arrays.toString(x));
    }

    @Test
    void defaultSizesAreThePapers() {
        assertEquals(7, new Dtlz1(3).numberOfVariables());
        assertEquals(12, new Dtlz2(3).numberOfVariables());
        assertEquals(12, new Dtlz3(3).numberOfVariables());
        assertEquals(14, new Dtlz4(5).numberOfVariables());
        assertEquals(11, new Dtlz5(2).numberOfVariables());
        assertEquals(19, new Dtlz6(10).numberOfVariables());
        assertEquals(22, new Dtlz7(3).numberOfVariables());
        assertEquals(4, new Dtlz7(4, 4).numberOfVariables());
    }

    @Test
    void dtlz1() {
        Dtlz1 p = new Dtlz1(3);
        // g = 100 (5 + 5 (0 - cos 0)) = 0: f = 0.5 (x1 x2, x1 (1 - x2), 1 - x1)
        assertObjectives(new double[] {0.125, 0.125, 0.25}, p, x(7, 0.5, 0.5, 0.5));
        assertObjectives(new double[] {0.5 * 0.2 * 0.7, 0.5 * 0.2 * 0.3, 0.5 * 0.8}, p, x(7, 0.5, 0.2, 0.7));
        // x_M = 0: each term 0.25 - cos(-10 pi) = -0.75, g = 100 (5 - 3.75) = 125, factor 126
        assertObjectives(new double[] {15.75, 15.75, 31.5}, p, x(7, 0, 0.5, 0.5));
        // two objectives: f = 0.5 (x1, 1 - x1) (1 + g)
        assertObjectives(new double[] {0.15, 0.35}, new Dtlz1(2), x(6, 0.5, 0.3));
    }

    @Test
    void dtlz2() {
        Dtlz2 p = new Dtlz2(3);
        // theta = pi/4 twice: (cos^2, cos sin, sin)
        assertObjectives(new double[] {0.5, 0.5, R2}, p, x(12, 0.5, 0.5, 0.5));
        // x_M = 0: g = 10 * 0.25 = 2.5
        assertObjectives(new double[] {1.75, 1.75, 3.5 * R2}, p, x(12, 0, 0.5, 0.5));
        assertObjectives(new double[] {1, 0, 0}, p, x(12, 0.5, 0, 0));
        assertObjectives(new double[] {0, 1, 0}, p, x(12, 0.5, 0, 1));
        // four objectives at x = (1/3, 1/3, 1/3): angles pi/6
        double c = Math.sqrt(3) / 2;
        assertObjectives(
                new double[] {c * c * c, c * c * 0.5, c * 0.5, 0.5},
                new Dtlz2(4),
                x(13, 0.5, 1.0 / 3, 1.0 / 3, 1.0 / 3));
    }

    @Test
    void dtlz3() {
        Dtlz3 p = new Dtlz3(3);
        assertObjectives(new double[] {0.5, 0.5, R2}, p, x(12, 0.5, 0.5, 0.5));
        // x_M = 0: g = 100 (10 + 10 (0.25 - 1)) = 250
        assertObjectives(new double[] {125.5, 125.5, 251 * R2}, p, x(12, 0, 0.5, 0.5));
        // x_M = 1: same g by symmetry
        assertObjectives(new double[] {251, 0, 0}, p, x(12, 1, 0, 0));
    }

    @Test
    void dtlz4() {
        Dtlz4 p = new Dtlz4(3);
        // x^100 = 0.5 gives theta = pi/4
        double h = Math.pow(0.5, 0.01);
        assertObjectives(new double[] {0.5, 0.5, R2}, p, x(12, 0.5, h, h));
        // x = 0.5: theta = 0.5^100 * pi/2, practically 0: f ~ (1, 0, 0)
        assertArrayEquals(
                new double[] {1, 0, 0}, p.evaluate(x(12, 0.5, 0.5, 0.5)).objectives(), 1e-29);
        assertObjectives(new double[] {0, 0, 3.5}, p, x(12, 0, 1, 0.5));
    }

    @Test
    void dtlz5() {
        Dtlz5 p = new Dtlz5(3);
        // g = 0: theta2 = pi/4 whatever x2
        assertObjectives(new double[] {0.5, 0.5, R2}, p, x(12, 0.5, 0.5, 0.9));
        // x_M = 0: g = 2.5, theta2 = pi / (4 * 3.5) (1 + 5 x2); x2 = 0 gives pi/14
        assertObjectives(
                new double[] {3.5 * Math.cos(Math.PI / 14), 3.5 * Math.sin(Math.PI / 14), 0}, p, x(12, 0, 0, 0));
        // x2 = 1/2 gives theta2 = pi/4 again
        assertObjectives(new double[] {1.75, 1.75, 3.5 * R2}, p, x(12, 0, 0.5, 0.5));
        // two objectives: DTLZ2
        assertObjectives(new Dtlz2(2).evaluate(x(11, 0.3, 0.2)).objectives(), new Dtlz5(2), x(11, 0.3, 0.2));
    }

    @Test
    void dtlz6() {
        Dtlz6 p = new Dtlz6(3);
        assertObjectives(new double[] {0.5, 0.5, R2}, p, x(12, 0, 0.5, 0.1));
        // x_M = 1: g = 10, theta2 = pi / 44 at x2 = 0
        assertObjectives(new double[] {11 * Math.cos(Math.PI / 44), 11 * Math.sin(Math.PI / 44), 0}, p, x(12, 1, 0, 0));
        // x_M = 2^-10: g = 10 * 2^-1 = 5, theta2 = pi/24 (1 + 10 x2); x2 = 0.5 gives pi/4
        assertObjectives(new double[] {3, 3, 6 * R2}, p, x(12, Math.pow(2, -10), 0.5, 0.5));
    }

    @Test
    void dtlz7() {
        Dtlz7 p = new Dtlz7(3);
        // x_M = 0: g = 1; sin(3 pi / 2) = -1: h = 3, f3 = 2 h
        assertObjectives(new double[] {0.5, 0.5, 6}, p, x(22, 0, 0.5, 0.5));
        // sin(pi / 2) = 1: each term (1/6)/2 * 2 = 1/6, h = 3 - 1/3, f3 = 16/3
        assertObjectives(new double[] {1.0 / 6, 1.0 / 6, 16.0 / 3}, p, x(22, 0, 1.0 / 6, 1.0 / 6));
        // x_M = 1: g = 10, f3 = 11 * 3
        assertObjectives(new double[] {0, 0, 33}, p, x(22, 1, 0, 0));
        // two objectives, x = (1, 0...): f2 = 2 (2 - 1/2 (1 + sin 3 pi)) = 3
        assertObjectives(new double[] {1, 3}, new Dtlz7(2), x(21, 0, 1));
    }

    @Test
    void dtlz7PiecesMatchThePublishedIntervals() {
        // pymoo's DTLZ7 front regions for each f_i, i < m: [0, 0.2514118360], [0.6316265307, 0.8594008566]
        Fronts.RecordSet pieces = Dtlz7.pieces();
        assertEquals(2, pieces.intervals());
        assertArrayEquals(new double[] {0, 0.2514118360}, pieces.interval(0), 1e-9);
        assertArrayEquals(new double[] {0.6316265307, 0.8594008566}, pieces.interval(1), 1e-9);
    }

    @Test
    void linearAndSphericalFrontsSatisfyTheirEquations() {
        for (int m = 2; m <= 6; m++) {
            double[][] lin = new Dtlz1(m).trueFront(100);
            for (double[] f : lin) {
                assertEquals(0.5, Arrays.stream(f).sum(), EPS);
            }
            for (BenchmarkProblem p : new BenchmarkProblem[] {new Dtlz2(m), new Dtlz3(m), new Dtlz4(m)}) {
                for (double[] f : p.trueFront(100)) {
                    assertEquals(1, Arrays.stream(f).map(v -> v * v).sum(), EPS);
                }
            }
        }
    }

    @Test
    void latticeFrontsRoundTheCountToTheNearestLatticeSize() {
        // m = 3: sizes 91 (H = 12) and 105 (H = 13); 92 is nearer 91, 100 nearer 105
        assertEquals(91, new Dtlz2(3).trueFront(92).length);
        assertEquals(105, new Dtlz2(3).trueFront(100).length);
        assertEquals(91, new Dtlz1(3).trueFront(91).length);
        assertEquals(50, new Dtlz1(2).trueFront(50).length);
        // never fewer than m points (H >= 1)
        assertEquals(5, new Dtlz1(5).trueFront(1).length);
        // DTLZ7: c^(m-1), c = round(n^(1/(m-1)))
        assertEquals(100, new Dtlz7(3).trueFront(100).length);
        assertEquals(125, new Dtlz7(4).trueFront(100).length);
    }

    @Test
    void degenerateFrontsOnlyWhereAnalytic() {
        for (int m = 2; m <= 3; m++) {
            assertTrue(new Dtlz5(m).hasTrueFront());
            assertTrue(new Dtlz6(m).hasTrueFront());
        }
        assertFalse(new Dtlz5(4).hasTrueFront());
        assertFalse(new Dtlz6(5).hasTrueFront());
        assertThrows(UnsupportedOperationException.class, () -> new Dtlz5(4).trueFront(10));
        for (double[] f : new Dtlz5(3).trueFront(50)) {
            assertEquals(f[0], f[1], EPS);
            assertEquals(1, f[0] * f[0] + f[1] * f[1] + f[2] * f[2], EPS);
        }
    }

    @Test
    void referencePoints() {
        assertArrayEquals(new double[] {0.55, 0.55, 0.55}, new Dtlz1(3).referencePoint());
        assertArrayEquals(new double[] {1.1, 1.1, 1.1, 1.1}, new Dtlz3(4).referencePoint());
        assertArrayEquals(new double[] {1.1, 1.1, 6.6}, new Dtlz7(3).referencePoint(), 1e-12);
    }

    @Test
    void rejectsBadSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Dtlz2(1));
        assertEquals("objectives must be >= 2, was 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Dtlz2(5, 4));
        assertEquals(
                "variables must be >= objectives (5) so that k = variables - objectives + 1 >= 1, was 4",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Dtlz7(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Dtlz1(3).trueFront(0));
    }
}
