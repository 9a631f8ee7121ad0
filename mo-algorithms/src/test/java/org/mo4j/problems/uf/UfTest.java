package org.mo4j.problems.uf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.ParetoSets;

/**
 * UF1–UF10 against (1) values worked out by hand from the formulas of the CEC 2009 report, (2) an
 * oracle that restates the report's formulas in its own terms (index sets J_i built as lists,
 * "2/|J| Σ" as twice a mean, the PS curve as in the report), at random points of the box, and
 * (3) the analytic Pareto sets: each true-front point, mapped back to its x, evaluates to itself.
 */
class UfTest {

    private static final double EPS = 1e-12;

    private static BenchmarkProblem uf(int k, int n) {
        return switch (k) {
            case 1 -> new Uf1(n);
            case 2 -> new Uf2(n);
            case 3 -> new Uf3(n);
            case 4 -> new Uf4(n);
            case 5 -> new Uf5(n);
            case 6 -> new Uf6(n);
            case 7 -> new Uf7(n);
            case 8 -> new Uf8(n);
            case 9 -> new Uf9(n);
            case 10 -> new Uf10(n);
            default -> throw new AssertionError(k);
        };
    }

    private static void assertObjectives(double[] expected, BenchmarkProblem p, double... x) {
        assertArrayEquals(expected, p.evaluate(x).objectives(), EPS, p + " at " + Arrays.toString(x));
    }

    // ---- (1) by hand

    @Test
    void handValuesTwoObjectives() {
        double r3 = Math.sqrt(3) / 2;
        // UF1, n = 3, x = 0: y_2 = -sin(2pi/3) = -sqrt(3)/2 (J2), y_3 = -sin(pi) = 0 (J1)
        assertObjectives(new double[] {0, 1 + 2 * 0.75}, new Uf1(3), 0, 0, 0);
        // UF2, n = 3, x = (1, 0, 0): j = 2: a = 0.3 cos(24pi + 8pi/3) + 0.6 = 0.45,
        // y_2 = -0.45 sin(6pi + 2pi/3); j = 3: a = 0.3 cos(28pi) + 0.6 = 0.9, y_3 = -0.9 cos(7pi) = 0.9
        assertObjectives(new double[] {1 + 2 * 0.81, 2 * 0.45 * 0.45 * 0.75}, new Uf2(3), 1, 0, 0);
        // UF3, n = 3, x = (1, 0.5, 0.5): y_2 = y_3 = -0.5
        assertObjectives(
                new double[] {
                    1 + 2 * (1 - 2 * Math.cos(-10 * Math.PI / Math.sqrt(3)) + 2),
                    2 * (1 - 2 * Math.cos(-10 * Math.PI / Math.sqrt(2)) + 2)
                },
                new Uf3(3),
                1,
                0.5,
                0.5);
        // UF3 on its Pareto set at x1 = 0: every x_j = 0
        assertObjectives(new double[] {0, 1}, new Uf3(3), 0, 0, 0);
        // UF4, n = 3, x = 0: h(y_2) = (sqrt 3/2) / (1 + e^sqrt 3), h(y_3) = 0
        assertObjectives(new double[] {0, 1 + 2 * r3 / (1 + Math.exp(Math.sqrt(3)))}, new Uf4(3), 0, 0, 0);
        // UF5, x1 = 0.025 on the PS: |sin(20 pi 0.025)| = 1, so both gain 1/20 + 0.1
        double[] x = new double[30];
        ParetoSets.uf(x, 0.025);
        assertObjectives(new double[] {0.175, 1.125}, new Uf5(), x);
        // UF5 off the PS, n = 3, x = 0: h(y_2) = 2 (3/4) - cos(4pi sqrt 3/2) + 1 (J2), h(y_3) = 0
        assertObjectives(
                new double[] {0, 1 + 2 * (1.5 - Math.cos(2 * Math.sqrt(3) * Math.PI) + 1)}, new Uf5(3), 0, 0, 0);
        // UF6, x1 = 0.125 on the PS: w = 2 (1/4 + 0.1) sin(pi/2) = 0.7
        ParetoSets.uf(x, 0.125);
        assertObjectives(new double[] {0.825, 1.575}, new Uf6(), x);
        // UF6, x1 = 0.375: sin(1.5 pi) < 0 so w = 0
        ParetoSets.uf(x, 0.375);
        assertObjectives(new double[] {0.375, 0.625}, new Uf6(), x);
        // UF7, x1 = 1/32: x1^(1/5) = 1/2
        ParetoSets.uf(x, 1.0 / 32);
        assertObjectives(new double[] {0.5, 0.5}, new Uf7(), x);
    }

    @Test
    void handValuesThreeObjectives() {
        // n = 5: J1 = {4}, J2 = {5}, J3 = {3}; x1 = x2 = 0 makes the PS value 0
        assertObjectives(new double[] {1, 0, 0}, new Uf8(5), 0, 0, 0, 0, 0);
        assertObjectives(new double[] {3, 2, 2}, new Uf8(5), 0, 0, 1, 1, 1);
        // UF10: y = 0.5 gives h = 4/4 - cos(4pi) + 1 = 1
        assertObjectives(new double[] {3, 2, 2}, new Uf10(5), 0, 0, 0.5, 0.5, 0.5);
        // UF9 at x1 = 0.5, x2 = 1 on the PS surface: w = 1.1, f = (0.5 (1.1 + 1), 0.5 (1.1 + 1), 0)
        double[] x = new double[5];
        org.mo4j.problems.ParetoSets.uf3(x, 0.5, 1);
        assertObjectives(new double[] {1.05, 1.05, 0}, new Uf9(5), x);
        // UF9 at x1 = 0.2 (w = 0), x2 = 0.5: (0.1, 0.4, 0.5)
        org.mo4j.problems.ParetoSets.uf3(x, 0.2, 0.5);
        assertObjectives(new double[] {0.1, 0.4, 0.5}, new Uf9(5), x);
    }

    // ---- (2) the oracle

    /** The report's J_i for two objectives (i = 1: odd j ≥ 3; i = 2: even j ≥ 2) or three. */
    private static List<Integer> indexSet(int i, int objectives, int n) {
        List<Integer> js = new ArrayList<>();
        for (int j = objectives == 2 ? 2 : 3; j <= n; j++) {
            boolean in = objectives == 2 ? (i == 1 ? j % 2 == 1 : j % 2 == 0) : Math.floorMod(j - i, 3) == 0;
            if (in) {
                js.add(j);
            }
        }
        return js;
    }

    /** 2 × the mean of h(x_j − ps(j)) over J_i. */
    private interface Ps {
        double at(int j);
    }

    private static double twiceMean(List<Integer> js, double[] x, Ps ps, DoubleUnaryOperator h) {
        double s = 0;
        for (int j : js) {
            s += h.applyAsDouble(x[j - 1] - ps.at(j));
        }
        return 2 * s / js.size();
    }

    /** UF3/UF6's (2/|J|)(4 Σ y² − 2 Π cos(20 y π / √j) + 2). */
    private static double cosineTerm(List<Integer> js, double[] x, Ps ps) {
        double s = 0;
        double p = 1;
        for (int j : js) {
            double y = x[j - 1] - ps.at(j);
            s += y * y;
            p *= Math.cos(20 * y * Math.PI / Math.sqrt(j));
        }
        return 2 * (4 * s - 2 * p + 2) / js.size();
    }

    static double[] oracle(int k, double[] x) {
        int n = x.length;
        double x1 = x[0];
        DoubleUnaryOperator sq = y -> y * y;
        if (k <= 7) {
            List<Integer> j1 = indexSet(1, 2, n);
            List<Integer> j2 = indexSet(2, 2, n);
            Ps sine = j -> Math.sin(6 * Math.PI * x1 + j * Math.PI / n);
            switch (k) {
                case 1:
                    return new double[] {x1 + twiceMean(j1, x, sine, sq), 1 - Math.sqrt(x1) + twiceMean(j2, x, sine, sq)
                    };
                case 2: {
                    Ps c = j -> (0.3 * x1 * x1 * Math.cos(24 * Math.PI * x1 + 4 * j * Math.PI / n) + 0.6 * x1)
                            * Math.cos(6 * Math.PI * x1 + j * Math.PI / n);
                    Ps s = j -> (0.3 * x1 * x1 * Math.cos(24 * Math.PI * x1 + 4 * j * Math.PI / n) + 0.6 * x1)
                            * Math.sin(6 * Math.PI * x1 + j * Math.PI / n);
                    return new double[] {x1 + twiceMean(j1, x, c, sq), 1 - Math.sqrt(x1) + twiceMean(j2, x, s, sq)};
                }
                case 3: {
                    Ps pow = j -> Math.pow(x1, 0.5 * (1.0 + 3.0 * (j - 2) / (n - 2)));
                    return new double[] {x1 + cosineTerm(j1, x, pow), 1 - Math.sqrt(x1) + cosineTerm(j2, x, pow)};
                }
                case 4: {
                    DoubleUnaryOperator h = t -> Math.abs(t) / (1 + Math.exp(2 * Math.abs(t)));
                    return new double[] {x1 + twiceMean(j1, x, sine, h), 1 - x1 * x1 + twiceMean(j2, x, sine, h)};
                }
                case 5: {
                    DoubleUnaryOperator h = t -> 2 * t * t - Math.cos(4 * Math.PI * t) + 1;
                    double w = (1.0 / 20 + 0.1) * Math.abs(Math.sin(20 * Math.PI * x1));
                    return new double[] {x1 + w + twiceMean(j1, x, sine, h), 1 - x1 + w + twiceMean(j2, x, sine, h)};
                }
                case 6: {
                    double w = Math.max(0, 2 * (1.0 / 4 + 0.1) * Math.sin(4 * Math.PI * x1));
                    return new double[] {x1 + w + cosineTerm(j1, x, sine), 1 - x1 + w + cosineTerm(j2, x, sine)};
                }
                default: {
                    double r = Math.pow(x1, 1.0 / 5);
                    return new double[] {r + twiceMean(j1, x, sine, sq), 1 - r + twiceMean(j2, x, sine, sq)};
                }
            }
        }
        double x2 = x[1];
        Ps ps = j -> 2 * x2 * Math.sin(2 * Math.PI * x1 + j * Math.PI / n);
        DoubleUnaryOperator h = k == 10 ? t -> 4 * t * t - Math.cos(8 * Math.PI * t) + 1 : sq;
        double d1 = twiceMean(indexSet(1, 3, n), x, ps, h);
        double d2 = twiceMean(indexSet(2, 3, n), x, ps, h);
        double d3 = twiceMean(indexSet(3, 3, n), x, ps, h);
        if (k == 9) {
            double w = Math.max(0, 1.1 * (1 - 4 * (2 * x1 - 1) * (2 * x1 - 1)));
            return new double[] {0.5 * (w + 2 * x1) * x2 + d1, 0.5 * (w - 2 * x1 + 2) * x2 + d2, 1 - x2 + d3};
        }
        double a = 0.5 * Math.PI * x1;
        double b = 0.5 * Math.PI * x2;
        return new double[] {Math.cos(a) * Math.cos(b) + d1, Math.cos(a) * Math.sin(b) + d2, Math.sin(a) + d3};
    }

    @Property(tries = 400)
    void agreesWithTheOracleAtRandomPoints(
            @ForAll @IntRange(min = 1, max = 10) int k, @ForAll @IntRange(min = 5, max = 40) int n, @ForAll long seed) {
        BenchmarkProblem p = uf(k, n);
        Random rnd = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = p.bounds().lower(i)
                    + rnd.nextDouble() * (p.bounds().upper(i) - p.bounds().lower(i));
        }
        assertArrayEquals(oracle(k, x), p.evaluate(x).objectives(), 1e-12, p + " at " + Arrays.toString(x));
    }

    // ---- (3) the Pareto sets

    /** The x of the report's Pareto set whose image is the front point f. */
    private static double[] preimage(BenchmarkProblem p, double[] f) {
        int n = p.numberOfVariables();
        double[] x = new double[n];
        switch (p.name()) {
            case "UF1", "UF4", "UF5", "UF6" -> ParetoSets.uf(x, f[0]);
            case "UF7" -> ParetoSets.uf(x, Math.pow(f[0], 5));
            case "UF2", "UF3" -> x = paretoSetAt(p, f[0]);
            case "UF8", "UF10" -> {
                double x1 = 2 / Math.PI * Math.asin(Math.min(1, f[2]));
                double x2 = 2 / Math.PI * Math.atan2(f[1], f[0]);
                ParetoSets.uf3(x, x1, x2);
            }
            case "UF9" -> {
                double x2 = 1 - f[2];
                double x1 = x2 == 0 ? 0 : f[0] / (f[0] + f[1]);
                ParetoSets.uf3(x, x1, x2);
            }
            default -> throw new AssertionError(p.name());
        }
        return x;
    }

    /** UF2's and UF3's Pareto-set curves at x1, from the report. */
    private static double[] paretoSetAt(BenchmarkProblem p, double x1) {
        int n = p.numberOfVariables();
        double[] x = new double[n];
        x[0] = x1;
        for (int j = 2; j <= n; j++) {
            if (p.name().equals("UF3")) {
                x[j - 1] = Math.pow(x1, 0.5 * (1 + 3.0 * (j - 2) / (n - 2)));
            } else {
                double a = 0.3 * x1 * x1 * Math.cos(24 * Math.PI * x1 + 4 * j * Math.PI / n) + 0.6 * x1;
                double theta = 6 * Math.PI * x1 + j * Math.PI / n;
                x[j - 1] = j % 2 == 1 ? a * Math.cos(theta) : a * Math.sin(theta);
            }
        }
        return x;
    }

    @Test
    void trueFrontPointsAreImagesOfTheParetoSet() {
        for (int k = 1; k <= 10; k++) {
            for (int n : new int[] {k <= 7 ? 3 : 5, 10, 30}) {
                BenchmarkProblem p = uf(k, n);
                for (int count : new int[] {1, 2, 7, 60}) {
                    for (double[] f : p.trueFront(count)) {
                        double[] x = preimage(p, f);
                        assertArrayEquals(
                                f, p.evaluate(x).objectives(), 1e-9, p + ": front point " + Arrays.toString(f));
                    }
                }
            }
        }
    }

    @Test
    void frontSizes() {
        assertEquals(50, new Uf1().trueFront(50).length);
        assertEquals(21, new Uf5().trueFront(3).length);
        assertEquals(21, new Uf5().trueFront(500).length);
        double[][] uf6 = new Uf6().trueFront(9);
        assertEquals(9, uf6.length);
        assertArrayEquals(new double[] {0, 1}, uf6[0]);
        assertArrayEquals(new double[] {0.25, 0.75}, uf6[1]);
        assertArrayEquals(new double[] {0.5, 0.5}, uf6[4]);
        assertArrayEquals(new double[] {0.75, 0.25}, uf6[5]);
        assertArrayEquals(new double[] {1, 0}, uf6[8]);
        assertEquals(1, new Uf6().trueFront(1).length);
        // UF8: the 91-point lattice (H = 12) for 91; UF9: its pieces keep about half of 2n
        assertEquals(91, new Uf8().trueFront(91).length);
        for (int n : new int[] {10, 100, 1000}) {
            int size = new Uf9().trueFront(n).length;
            assertTrue(size >= 0.7 * n && size <= 1.5 * n, "UF9 front of " + size + " points for " + n);
        }
    }

    @Test
    void boundsAndDefaults() {
        for (int k = 1; k <= 10; k++) {
            BenchmarkProblem p = uf(k, 30);
            assertEquals(30, p.numberOfVariables());
            assertEquals(k <= 7 ? 2 : 3, p.numberOfObjectives());
            int unit = k == 3 ? 30 : (k <= 7 ? 1 : 2);
            double r = k == 4 || k >= 8 ? 2 : 1;
            for (int i = 0; i < 30; i++) {
                assertEquals(i < unit ? 0 : -r, p.bounds().lower(i), p + " lower " + i);
                assertEquals(i < unit ? 1 : r, p.bounds().upper(i), p + " upper " + i);
            }
            assertArrayEquals(
                    p.numberOfObjectives() == 2 ? new double[] {1.1, 1.1} : new double[] {1.1, 1.1, 1.1},
                    p.referencePoint());
            assertEquals("UF" + k, p.name());
        }
        assertEquals(30, new Uf1().numberOfVariables());
        assertEquals(30, new Uf9().numberOfVariables());
    }

    @Test
    void tooFewVariablesAreRejected() {
        assertEquals(
                "variables must be >= 3, was 2",
                assertThrows(IllegalArgumentException.class, () -> new Uf1(2)).getMessage());
        assertEquals(
                "variables must be >= 5, was 4",
                assertThrows(IllegalArgumentException.class, () -> new Uf9(4)).getMessage());
    }
}
