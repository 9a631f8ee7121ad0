package org.mo4j.problems.maf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.wfg.Wfg1;
import org.mo4j.problems.wfg.Wfg2;
import org.mo4j.problems.wfg.Wfg9;

/**
 * MaF1–MaF7 against (1) values worked out by hand from Cheng et al. 2017, (2) an oracle that
 * restates the formulas in the order jMetal's MaF01–MaF07 compute them (f_m first, then the
 * running product of cosines towards f_1), at random points, and (3) the analytic Pareto sets:
 * each true-front point, mapped back to its x, evaluates to itself.
 */
class MafTest {

    private static final double EPS = 1e-12;

    static BenchmarkProblem maf(int k, int m, int n) {
        return switch (k) {
            case 1 -> new Maf1(m, n);
            case 2 -> new Maf2(m, n);
            case 3 -> new Maf3(m, n);
            case 4 -> new Maf4(m, n);
            case 5 -> new Maf5(m, n);
            case 6 -> new Maf6(m, n);
            case 7 -> new Maf7(m, n);
            default -> throw new AssertionError(k);
        };
    }

    private static void assertObjectives(double[] expected, BenchmarkProblem p, double... x) {
        assertArrayEquals(expected, p.evaluate(x).objectives(), EPS, p + " at " + Arrays.toString(x));
    }

    private static double[] x(int n, double... head) {
        double[] x = new double[n];
        Arrays.fill(x, 0.5);
        System.arraycopy(head, 0, x, 0, head.length);
        return x;
    }

    // ---- (1) by hand

    @Test
    void handValues() {
        // MaF1, m = 3, on the PS at x = (0.5, 0.5): y = (0.25, 0.25, 0.5), f = 1 - y
        assertObjectives(new double[] {0.75, 0.75, 0.5}, new Maf1(3), x(12, 0.5, 0.5));
        // MaF1 off the PS: x_M = 1, g = 10 * 0.25 = 2.5, f = 3.5 (1 - y) at x = (1, 0): y = (0, 1, 0)
        double[] x = new double[12];
        Arrays.fill(x, 1);
        x[1] = 0;
        assertObjectives(new double[] {3.5, 0, 3.5}, new Maf1(3), x);
        // MaF2, m = 2, n = 5: c = floor(4 / 2) = 2, groups {x2, x3} -> g1, {x4, x5} -> g2;
        // x1 = 0.5 gives theta = pi/4; x2 = x3 = 1 gives g1 = 2 * 0.0625
        double r = Math.sqrt(0.5);
        assertObjectives(new double[] {r * 1.125, r}, new Maf2(2, 5), 0.5, 1, 1, 0.5, 0.5);
        // MaF3, m = 2, on the PS at x1 = 0.5: u = (r, r): f = (r^4, r^2) = (1/4, 1/2)
        assertObjectives(new double[] {0.25, 0.5}, new Maf3(2), x(11, 0.5));
        // MaF3 off the PS, m = 2, n = 2: x = (0, 0): g = 100 (1 + 0.25 - cos(-10 pi)) = 25,
        // f = ((1 * 26)^4, 0)
        assertObjectives(new double[] {Math.pow(26, 4), 0}, new Maf3(2, 2), 0, 0);
        // MaF4, m = 3, on the PS at x = (0, 0): u = (1, 0, 0): f = (0, 4, 8)
        assertObjectives(new double[] {0, 4, 8}, new Maf4(3), x(12, 0, 0));
        // MaF5, m = 3, on the PS at x = (1, 1): angles pi/2: u = (0, 0, 1): f = (0, 0, 2)
        assertObjectives(new double[] {0, 0, 2}, new Maf5(3), x(12, 1, 1));
        // MaF5 at x = (0.5, 0): 0.5^100 pi/2 is below 1e-30: u = (1, 0, 0): f = (8, 0, 0) within ulps
        assertObjectives(new double[] {8, 0, 0}, new Maf5(3), x(12, 0.5, 0));
        // MaF6, m = 3, on the PS at x1 = 0: theta = (0, pi/4): f = (r, r, 0)
        assertObjectives(new double[] {r, r, 0}, new Maf6(3), x(12, 0, 0.9));
        // MaF6 off the PS, m = 3, n = 3, x = (0, 1, 1): g = 0.25, theta_2 = pi (1 + 0.5) / 5,
        // radius 26
        double t = Math.PI * 1.5 / 5;
        assertObjectives(new double[] {26 * Math.cos(t), 26 * Math.sin(t), 0}, new Maf6(3, 3), 0, 1, 1);
        // MaF7, m = 2, on the PS at x1 = 0: f = (0, 2 * 2) (g = 1, h = 2)
        double[] z = new double[21];
        assertObjectives(new double[] {0, 4}, new Maf7(2), z);
    }

    @Test
    void handValuesMaf8AndMaf13() {
        // MaF8: the centre is 1 from every vertex; vertex A_m = (0, 1) is 0 from itself and
        // 2 sin(pi i / m) from A_i
        assertObjectives(new double[] {1, 1, 1, 1, 1}, new Maf8(5), 0, 0);
        double[] f = new Maf8(4).evaluate(new double[] {0, 1}).objectives();
        assertArrayEquals(new double[] {Math.sqrt(2), 2, Math.sqrt(2), 0}, f, EPS);
        // far away, (0, -10000) is about 10000 from all
        assertEquals(10001, new Maf8(3).evaluate(new double[] {0, -10000}).objective(2), 1e-9);
        // MaF13, m = 4, n = 5 on the PS at x = (0, 0): f = (0, 0, 1, 0 + 0 + 1)
        assertObjectives(new double[] {0, 0, 1, 1}, new Maf13(4), 0, 0, 0, 0, 0);
        // off the PS: y_3 = y_4 = y_5 = 1 (x1 = x2 = 0): d = 2 each, f4 = 2^2 + 2^10 + 3^10 + 2
        assertObjectives(
                new double[] {2, 2, 3, 4 + Math.pow(2, 10) + Math.pow(3, 10) + 2}, new Maf13(4), 0, 0, 1, 1, 1);
    }

    @Property(tries = 200)
    void maf10To12EvaluateTheirWfgProblem(
            @ForAll @IntRange(min = 2, max = 6) int m,
            @ForAll @IntRange(min = 0, max = 5) int half,
            @ForAll long seed) {
        int n = m - 1 + 2 * (half + 1);
        BenchmarkProblem[][] pairs = {
            {new Maf10(m, n), new Wfg1(m, m - 1, n - m + 1)},
            {new Maf11(m, n), new Wfg2(m, m - 1, n - m + 1)},
            {new Maf12(m, n), new Wfg9(m, m - 1, n - m + 1)}
        };
        Random rnd = new Random(seed);
        for (BenchmarkProblem[] pair : pairs) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rnd.nextDouble() * pair[1].bounds().upper(i);
            }
            assertEquals(pair[1].evaluate(x), pair[0].evaluate(x));
            assertArrayEquals(pair[1].referencePoint(), pair[0].referencePoint());
            assertArrayEquals(pair[1].trueFront(50), pair[0].trueFront(50));
            assertEquals(pair[1].bounds(), pair[0].bounds());
        }
    }

    /** MaF13 as jMetal's MaF13 computes it (index lists, then f4 from f1–f3). */
    static double[] oracle13(int m, double[] x) {
        int n = x.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = x[i] - 2 * x[1] * Math.sin(2 * Math.PI * x[0] + (i + 1) * Math.PI / n);
        }
        double[] sub = new double[4];
        int[] count = new int[4];
        int[] start = {4, 5, 3, 4};
        int[] step = {3, 3, 3, 1};
        for (int s = 0; s < 4; s++) {
            for (int i = start[s]; i <= n; i += step[s]) {
                sub[s] += y[i - 1] * y[i - 1];
                count[s]++;
            }
            sub[s] = 2 * sub[s] / count[s];
        }
        double[] f = new double[m];
        f[0] = Math.sin(Math.PI * x[0] / 2) + sub[0];
        f[1] = Math.cos(Math.PI * x[0] / 2) * Math.sin(Math.PI * x[1] / 2) + sub[1];
        f[2] = Math.cos(Math.PI * x[0] / 2) * Math.cos(Math.PI * x[1] / 2) + sub[2];
        for (int i = 3; i < m; i++) {
            f[i] = f[0] * f[0] + Math.pow(f[1], 10) + Math.pow(f[2], 10) + sub[3];
        }
        return f;
    }

    @Property(tries = 200)
    void maf13AgreesWithTheOracle(
            @ForAll @IntRange(min = 3, max = 8) int m, @ForAll @IntRange(min = 5, max = 30) int n, @ForAll long seed) {
        BenchmarkProblem p = new Maf13(m, n);
        Random rnd = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = p.bounds().lower(i)
                    + rnd.nextDouble() * (p.bounds().upper(i) - p.bounds().lower(i));
        }
        double[] expected = oracle13(m, x);
        double[] actual = p.evaluate(x).objectives();
        for (int i = 0; i < m; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])), p + " f" + i);
        }
    }

    @Property(tries = 100)
    void maf8IsTheDistanceToThePolygonsVertices(@ForAll @IntRange(min = 3, max = 12) int m, @ForAll long seed) {
        Random rnd = new Random(seed);
        double[] x = {rnd.nextDouble() * 4 - 2, rnd.nextDouble() * 4 - 2};
        double[] f = new Maf8(m).evaluate(x).objectives();
        for (int i = 1; i <= m; i++) {
            // the paper's vertex A_i = (sin(2 pi i / m), cos(2 pi i / m)) is objective i's
            double ax = Math.sin(2 * Math.PI * i / m);
            double ay = Math.cos(2 * Math.PI * i / m);
            assertEquals(Math.hypot(x[0] - ax, x[1] - ay), f[i - 1], 1e-12);
        }
    }

    @Test
    void maf13FrontPointsAreImagesOfTheParetoSet() {
        for (int m : new int[] {3, 4, 7}) {
            for (int n : new int[] {5, 9}) {
                BenchmarkProblem p = new Maf13(m, n);
                for (double[] f : p.trueFront(60)) {
                    double x1 = 2 / Math.PI * Math.asin(Math.min(1, f[0]));
                    double x2 = 2 / Math.PI * Math.atan2(f[1], f[2]);
                    double[] x = new double[n];
                    x[0] = x1;
                    x[1] = x2;
                    for (int j = 3; j <= n; j++) {
                        x[j - 1] = 2 * x2 * Math.sin(2 * Math.PI * x1 + j * Math.PI / n);
                    }
                    assertArrayEquals(f, p.evaluate(x).objectives(), 1e-9, p + ": " + Arrays.toString(f));
                }
            }
        }
    }

    @Test
    void maf8FrontIsThePolygonsImage() {
        for (int m : new int[] {3, 4, 5, 10}) {
            Maf8 p = new Maf8(m);
            double d = 2 * Math.sin(Math.PI * (m / 2) / m);
            assertArrayEquals(
                    java.util.Collections.nCopies(m, 1.1 * d).stream()
                            .mapToDouble(v -> v)
                            .toArray(),
                    p.referencePoint(),
                    EPS);
            for (int count : new int[] {1, 50, 500}) {
                double[][] front = p.trueFront(count);
                assertEquals(count, front.length, 0.5 * count + 5, p + " front size for " + count);
                for (double[] f : front) {
                    // recover x from x . (A_i - A_m) = (f_m^2 - f_i^2) / 2 for i = 1, 2 (|A_i| = 1)
                    double[] a1 = {Math.sin(2 * Math.PI / m), Math.cos(2 * Math.PI / m) - 1};
                    double[] a2 = {Math.sin(4 * Math.PI / m), Math.cos(4 * Math.PI / m) - 1};
                    double r1 = (f[m - 1] * f[m - 1] - f[0] * f[0]) / 2;
                    double r2 = (f[m - 1] * f[m - 1] - f[1] * f[1]) / 2;
                    double det = a1[0] * a2[1] - a1[1] * a2[0];
                    double[] x = {(r1 * a2[1] - a1[1] * r2) / det, (a1[0] * r2 - r1 * a2[0]) / det};
                    assertArrayEquals(f, p.evaluate(x).objectives(), 1e-9, p + ": " + Arrays.toString(f));
                    // x lies in the polygon: on the inner side of every edge A_i A_i+1
                    for (int i = 1; i <= m; i++) {
                        double ax = Math.sin(2 * Math.PI * i / m);
                        double ay = Math.cos(2 * Math.PI * i / m);
                        double bx = Math.sin(2 * Math.PI * (i + 1) / m);
                        double by = Math.cos(2 * Math.PI * (i + 1) / m);
                        double cross = (bx - ax) * (x[1] - ay) - (by - ay) * (x[0] - ax);
                        assertEquals(true, cross <= 1e-9, p + ": x = " + Arrays.toString(x) + " outside edge " + i);
                    }
                }
            }
        }
    }

    // ---- MaF9: the multi-line distance minimisation problem and its infeasible regions

    /** The paper's vertex A_i = (sin(2 pi i / m), cos(2 pi i / m)), i taken modulo m (1-based). */
    private static double[] vertex(int m, int i) {
        double a = 2 * Math.PI * Math.floorMod(i - 1, m) / m + 2 * Math.PI / m;
        return new double[] {Math.sin(a), Math.cos(a)};
    }

    /** Distance from x to the line through a and b, as PlatEMO's Point2Line computes it. */
    private static double lineDistance(double[] x, double[] a, double[] b) {
        return Math.abs((a[0] - x[0]) * (b[1] - x[1]) - (b[0] - x[0]) * (a[1] - x[1]))
                / Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    /** MaF9's objectives as the paper states them: f_i = d(x, line A_i A_i+1), from the vertices. */
    static double[] oracle9(int m, double[] x) {
        double[] f = new double[m];
        for (int i = 1; i <= m; i++) {
            f[i - 1] = lineDistance(x, vertex(m, i), vertex(m, i + 1));
        }
        return f;
    }

    /** Where the lines through p1, p2 and through p3, p4 meet (parametrically, from the vertices). */
    private static double[] meet(double[] p1, double[] p2, double[] p3, double[] p4) {
        double d1x = p2[0] - p1[0];
        double d1y = p2[1] - p1[1];
        double d2x = p4[0] - p3[0];
        double d2y = p4[1] - p3[1];
        double s = ((p3[0] - p1[0]) * d2y - (p3[1] - p1[1]) * d2x) / (d1x * d2y - d1y * d2x);
        return new double[] {p1[0] + s * d1x, p1[1] + s * d1y};
    }

    /**
     * The infeasible regions as the authors' code builds them (PlatEMO's MaF9): for each vertex j
     * and t = 1 .. ceil(m / 2 - 2), the chain A_j .. A_j+t and its reflection through the meeting
     * point of the lines A_j-1 A_j and A_j+t A_j+t+1; each as its vertices in order.
     */
    static java.util.List<double[][]> regions9(int m) {
        java.util.List<double[][]> out = new java.util.ArrayList<>();
        for (int t = 1; t <= (int) Math.ceil(m / 2.0 - 2); t++) {
            for (int j = 1; j <= m; j++) {
                double[] c = meet(vertex(m, j - 1), vertex(m, j), vertex(m, j + t), vertex(m, j + t + 1));
                double[][] poly = new double[2 * (t + 1)][];
                for (int s = 0; s <= t; s++) {
                    double[] a = vertex(m, j + s);
                    poly[s] = a;
                    poly[t + 1 + s] = new double[] {2 * c[0] - a[0], 2 * c[1] - a[1]};
                }
                out.add(poly);
            }
        }
        return out;
    }

    /** Whether x lies inside a polygon, by its winding number (the sum of the angles it sees). */
    private static boolean winds(double[][] poly, double[] x) {
        double turn = 0;
        for (int k = 0; k < poly.length; k++) {
            double[] a = poly[k];
            double[] b = poly[(k + 1) % poly.length];
            double ax = a[0] - x[0];
            double ay = a[1] - x[1];
            double bx = b[0] - x[0];
            double by = b[1] - x[1];
            turn += Math.atan2(ax * by - ay * bx, ax * bx + ay * by);
        }
        return Math.abs(turn) > Math.PI;
    }

    /** The distance from x to the boundary of a polygon given by its vertices. */
    private static double boundaryDistance(double[][] poly, double[] x) {
        double d = Double.POSITIVE_INFINITY;
        for (int k = 0; k < poly.length; k++) {
            double[] a = poly[k];
            double[] b = poly[(k + 1) % poly.length];
            // the nearest point of the segment: an end, or the foot of the perpendicular
            double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
            double along = ((x[0] - a[0]) * (b[0] - a[0]) + (x[1] - a[1]) * (b[1] - a[1])) / len;
            double near = along <= 0
                    ? Math.hypot(x[0] - a[0], x[1] - a[1])
                    : along >= len ? Math.hypot(x[0] - b[0], x[1] - b[1]) : lineDistance(x, a, b);
            d = Math.min(d, near);
        }
        return d;
    }

    private static double[][] regularPolygon(int m) {
        double[][] p = new double[m][];
        for (int i = 1; i <= m; i++) {
            p[i - 1] = vertex(m, i);
        }
        return p;
    }

    @Test
    void maf9HandValues() {
        // the centre is cos(pi / m) (the inradius) from every edge's line, and feasible
        for (int m : new int[] {3, 5, 10}) {
            double[] r = new double[m];
            Arrays.fill(r, Math.cos(Math.PI / m));
            org.mo4j.core.problem.Evaluation e = new Maf9(m).evaluate(new double[] {0, 0});
            assertArrayEquals(r, e.objectives(), EPS);
            assertArrayEquals(new double[] {0}, e.constraints());
        }
        // the vertex A_3 = (0, 1) of the triangle: the opposite side y = -1/2 is 1.5 away, the
        // two sides through A_3 are 0 away
        assertObjectives(new double[] {1.5, 0, 0}, new Maf9(3), 0, 1);
        // the square's vertex A_4 = (0, 1): the lines A_1 A_2 (x - y = 1) and A_2 A_3 (x + y = -1)
        // are 2 / sqrt(2) away, the two through A_4 are 0 away
        double q = Math.sqrt(2);
        assertObjectives(new double[] {q, q, 0, 0}, new Maf9(4), 0, 1);
        // m = 5: the lines A_4 A_5 and A_1 A_2 meet at the pentagram's tip I = phi^2 u beyond the
        // edge A_5 A_1, u = (sin(pi/5), cos(pi/5)) its outward normal, phi^2 = (3 + sqrt 5) / 2.
        // f_4 = f_1 = 0 there, f_5 = phi^2 - cos(pi/5), and I is the centre of its region, the
        // rectangle A_5, A_1, 2I - A_5, 2I - A_1 (equal diagonals along the two lines), whose
        // shorter side is the edge (2 sin(pi/5)): I is sin(pi/5) deep
        double phi2 = (3 + Math.sqrt(5)) / 2;
        double c = Math.cos(Math.PI / 5);
        double s = Math.sin(Math.PI / 5);
        org.mo4j.core.problem.Evaluation tip = new Maf9(5).evaluate(new double[] {phi2 * s, phi2 * c});
        assertEquals(0, tip.objective(0), 1e-12);
        assertEquals(0, tip.objective(3), 1e-12);
        assertEquals(phi2 - c, tip.objective(4), 1e-12);
        assertEquals(s, tip.constraints()[0], 1e-12);
        // 0.01 beyond the edge's midpoint: 0.01 deep (the edge is the nearest side of the region)
        double[] beyond = {(c + 0.01) * s, (c + 0.01) * c};
        assertEquals(0.01, new Maf9(5).evaluate(beyond).constraints()[0], 1e-12);
        assertEquals(0.01, new Maf9(5).evaluate(beyond).objective(4), 1e-12);
        // 0.01 inside: feasible
        assertEquals(
                0,
                new Maf9(5)
                        .evaluate(new double[] {(c - 0.01) * s, (c - 0.01) * c})
                        .constraints()[0]);
        // a square and a triangle have no infeasible region: the tip of the triangle's extended
        // sides is feasible
        assertEquals(0, new Maf9(4).evaluate(new double[] {5, 5}).constraints()[0]);
        assertEquals(0, new Maf9(3).evaluate(new double[] {0, -10000}).constraints()[0]);
        // far away, (0, -10000) is 10000 - 1/2 below the triangle's side y = -1/2
        assertEquals(10000 - 0.5, new Maf9(3).evaluate(new double[] {0, -10000}).objective(0), 1e-9);
    }

    @Property(tries = 300)
    void maf9AgreesWithTheOracle(
            @ForAll @IntRange(min = 3, max = 12) int m,
            @ForAll @IntRange(min = 0, max = 2) int scale,
            @ForAll long seed) {
        Maf9 p = new Maf9(m);
        java.util.List<double[][]> regions = regions9(m);
        double[][] polygon = regularPolygon(m);
        Random rnd = new Random(seed);
        double w = new double[] {1.5, 4, 10000}[scale];
        for (int t = 0; t < 50; t++) {
            double[] x = {(2 * rnd.nextDouble() - 1) * w, (2 * rnd.nextDouble() - 1) * w};
            org.mo4j.core.problem.Evaluation e = p.evaluate(x);
            double[] expected = oracle9(m, x);
            // the oracle's cross product (a - x) x (b - x) cancels terms of size |x|^2: allow that
            double tol = 1e-12 + 1e-15 * (x[0] * x[0] + x[1] * x[1]);
            for (int i = 0; i < m; i++) {
                assertEquals(expected[i], e.objective(i), tol, p + " f" + i);
            }
            // the region test is ambiguous within rounding of a boundary: skip those x
            double margin = boundaryDistance(polygon, x);
            double depth = 0;
            for (double[][] region : regions) {
                margin = Math.min(margin, boundaryDistance(region, x));
                if (winds(region, x) && !winds(polygon, x)) {
                    depth = Math.max(depth, boundaryDistance(region, x));
                }
            }
            if (margin < 1e-9) {
                continue;
            }
            double g = e.constraints()[0];
            assertEquals(depth, g, 1e-12, p + " g at " + Arrays.toString(x));
            assertEquals(depth > 0, g > 0, p + " feasibility at " + Arrays.toString(x));
        }
    }

    /**
     * Whether some point y of the polygon has f(y) <= f componentwise (then strictly somewhere,
     * as sum f(y) = m cos(pi/m) < sum f for f = f(x), x outside). On the polygon f_i(y) = r -
     * <y, u_i>, so such y exist iff the 2D set {r - f_i <= <y, u_i> <= r for all i} is not empty;
     * being bounded, it then has a vertex where two of its 2m lines meet: try every pair.
     */
    private static boolean dominatedByThePolygon(int m, double[] f) {
        double r = Math.cos(Math.PI / m);
        double[][] u = new double[m][];
        for (int i = 1; i <= m; i++) {
            double[] a = vertex(m, i);
            double[] b = vertex(m, i + 1);
            double mx = (a[0] + b[0]) / 2;
            double my = (a[1] + b[1]) / 2;
            double len = Math.hypot(mx, my);
            u[i - 1] = new double[] {mx / len, my / len};
        }
        for (int a = 0; a < 2 * m; a++) {
            for (int b = a + 1; b < 2 * m; b++) {
                int i = a % m;
                int j = b % m;
                double det = u[i][0] * u[j][1] - u[i][1] * u[j][0];
                if (Math.abs(det) < 1e-9) {
                    continue;
                }
                double ci = a < m ? r : r - f[i];
                double cj = b < m ? r : r - f[j];
                double yx = (ci * u[j][1] - u[i][1] * cj) / det;
                double yy = (u[i][0] * cj - ci * u[j][0]) / det;
                boolean ok = true;
                for (int k = 0; k < m && ok; k++) {
                    double d = u[k][0] * yx + u[k][1] * yy;
                    ok = d <= r + 1e-12 && d >= r - f[k] - 1e-12;
                }
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }

    @Property(tries = 100)
    void maf9ParetoSetIsThePolygon(@ForAll @IntRange(min = 3, max = 12) int m, @ForAll long seed) {
        // every feasible x outside the polygon is dominated by a point of the polygon (and so the
        // regions removed, the polygon is the Pareto set), and the polygon is feasible; the
        // regions matter: without them some x outside would not be dominated (checked for m = 5)
        Maf9 p = new Maf9(m);
        Random rnd = new Random(seed);
        for (int t = 0; t < 40; t++) {
            double radius = 1 + rnd.nextDouble() * (t % 2 == 0 ? 4 : 100);
            double angle = rnd.nextDouble() * 2 * Math.PI;
            double[] x = {radius * Math.sin(angle), radius * Math.cos(angle)};
            org.mo4j.core.problem.Evaluation e = p.evaluate(x);
            if (e.isFeasible()) {
                assertTrue(dominatedByThePolygon(m, e.objectives()), p + ": feasible " + Arrays.toString(x));
            }
            // a point of the polygon's interior: feasible
            double[] y = {x[0] / radius * 0.999 * Math.cos(Math.PI / m), x[1] / radius * 0.999 * Math.cos(Math.PI / m)};
            assertEquals(0, p.evaluate(y).constraints()[0], p + ": " + Arrays.toString(y));
        }
    }

    @Test
    void maf9RegionsHoldPointsThePolygonDoesNotDominate() {
        // the reason for the regions: the pentagram's tips (m = 5) are not dominated
        double phi2 = (3 + Math.sqrt(5)) / 2;
        double[] tip = {phi2 * Math.sin(Math.PI / 5), phi2 * Math.cos(Math.PI / 5)};
        org.mo4j.core.problem.Evaluation e = new Maf9(5).evaluate(tip);
        assertEquals(false, dominatedByThePolygon(5, e.objectives()));
        assertEquals(false, e.isFeasible());
    }

    @Test
    void maf9FrontIsThePolygonsImage() {
        assertArrayEquals(new double[] {1.65, 1.65, 1.65}, new Maf9(3).referencePoint(), EPS);
        double q = 1.1 * Math.sqrt(2);
        assertArrayEquals(new double[] {q, q, q, q}, new Maf9(4).referencePoint(), EPS);
        for (int m : new int[] {3, 4, 5, 6, 10}) {
            Maf9 p = new Maf9(m);
            double r = Math.cos(Math.PI / m);
            double[] max = new double[m];
            for (int count : new int[] {1, 50, 2000}) {
                double[][] front = p.trueFront(count);
                assertEquals(count, front.length, 0.5 * count + 5, p + " front size for " + count);
                for (double[] f : front) {
                    // on the polygon the distances sum to m r
                    assertEquals(m * r, Arrays.stream(f).sum(), 1e-12, p + ": " + Arrays.toString(f));
                    // recover x from <x, u_i> = r - f_i for the first two edges; it is feasible
                    double[][] u = new double[2][];
                    for (int i = 0; i < 2; i++) {
                        double a = (2 * i + 3) * Math.PI / m;
                        u[i] = new double[] {Math.sin(a), Math.cos(a)};
                    }
                    double det = u[0][0] * u[1][1] - u[0][1] * u[1][0];
                    double c0 = r - f[0];
                    double c1 = r - f[1];
                    double[] x = {(c0 * u[1][1] - u[0][1] * c1) / det, (u[0][0] * c1 - c0 * u[1][0]) / det};
                    org.mo4j.core.problem.Evaluation e = p.evaluate(x);
                    assertArrayEquals(f, e.objectives(), 1e-9, p + ": " + Arrays.toString(f));
                    // feasible, but for rounding where x is recovered on an edge the regions touch
                    assertTrue(e.constraints()[0] <= 1e-12, p + ": " + Arrays.toString(x));
                    for (int i = 0; i < m; i++) {
                        max[i] = Math.max(max[i], f[i]);
                    }
                }
            }
            // the reference point is 1.1 x the nadir point, which the lattice reaches at a vertex
            for (int i = 0; i < m; i++) {
                assertEquals(p.referencePoint()[i], 1.1 * max[i], 1e-12, p + " objective " + i);
            }
        }
    }

    @Test
    void maf9RejectsBadArguments() {
        assertEquals(
                "objectives must be >= 3, was 2",
                assertThrows(IllegalArgumentException.class, () -> new Maf9(2)).getMessage());
        Maf9 p = new Maf9(5);
        assertEquals("MaF9", p.name());
        assertEquals(2, p.numberOfVariables());
        assertEquals(1, p.numberOfConstraints());
        assertEquals(10000, p.bounds().upper(0));
        assertEquals(
                "x has 3 coordinates but MaF9 has 2 variables (dimension mismatch)",
                assertThrows(IllegalArgumentException.class, () -> p.evaluate(new double[3]))
                        .getMessage());
        assertEquals(
                "x[1] must lie in [-10000.0, 10000.0], was 10001.0",
                assertThrows(IllegalArgumentException.class, () -> p.evaluate(new double[] {0, 10001}))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.trueFront(0));
    }

    /** MaF15 as jMetal's MaF15 computes it: the linked copy of x, then each group's eta. */
    static double[] oracle15(int m, double[] x0, int[] sub) {
        int n = x0.length;
        double[] x = x0.clone();
        for (int i = m - 1; i < n; i++) {
            x[i] = (1 + Math.cos((i + 1) / (double) n * Math.PI / 2)) * x[i] - 10 * x[0];
        }
        int[] len = new int[m + 1];
        for (int i = 0; i < m; i++) {
            len[i + 1] = len[i] + 2 * sub[i];
        }
        double[] g = new double[m];
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0; j < 2; j++) {
                double[] tx = Arrays.copyOfRange(x, len[i] + m - 1 + j * sub[i], len[i] + m - 1 + (j + 1) * sub[i]);
                double sq = 0;
                double prod = 1;
                for (int q = 0; q < tx.length; q++) {
                    sq += tx[q] * tx[q];
                    prod *= Math.cos(tx[q] / Math.sqrt(q + 1));
                }
                s += i % 2 == 0 ? sq / 4000 - prod + 1 : sq;
            }
            g[i] = s / (2 * sub[i]);
        }
        double[] f = new double[m];
        f[m - 1] = (1 - Math.sin(Math.PI * x[0] / 2)) * (1 + g[m - 1]);
        double p = 1;
        for (int i = m - 2; i > 0; i--) {
            p *= Math.cos(Math.PI * x[m - i - 2] / 2);
            f[i] = (1 - p * Math.sin(Math.PI * x[m - i - 1] / 2)) * (1 + g[i] + g[i + 1]);
        }
        f[0] = (1 - p * Math.cos(Math.PI * x[m - 2] / 2)) * (1 + g[0] + g[1]);
        return f;
    }

    @Property(tries = 200)
    void maf15AgreesWithTheOracle(
            @ForAll @IntRange(min = 2, max = 8) int m,
            @ForAll @IntRange(min = 0, max = 60) int extra,
            @ForAll long seed) {
        int requested = 20 * m + extra;
        Maf15 p = new Maf15(m, requested);
        int[] sub = Maf15.groups(m, requested);
        Random rnd = new Random(seed);
        double[] x = new double[p.numberOfVariables()];
        for (int i = 0; i < x.length; i++) {
            x[i] = p.bounds().upper(i) * rnd.nextDouble();
        }
        double[] expected = oracle15(m, x, sub);
        double[] actual = p.evaluate(x).objectives();
        for (int i = 0; i < m; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])), p + " f" + i);
        }
    }

    /** MaF14 as jMetal's MaF14 computes it. */
    static double[] oracle14(int m, double[] x0, int[] sub) {
        int n = x0.length;
        double[] x = x0.clone();
        for (int i = m - 1; i < n; i++) {
            x[i] = (1 + (i + 1) / (double) n) * x[i] - 10 * x[0];
        }
        int[] len = new int[m + 1];
        for (int i = 0; i < m; i++) {
            len[i + 1] = len[i] + 2 * sub[i];
        }
        double[] g = new double[m];
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0; j < 2; j++) {
                double[] tx = Arrays.copyOfRange(x, len[i] + m - 1 + j * sub[i], len[i] + m - 1 + (j + 1) * sub[i]);
                if (i % 2 == 0) {
                    for (double v : tx) {
                        s += v * v - 10 * Math.cos(2 * Math.PI * v) + 10;
                    }
                } else {
                    for (int q = 0; q < tx.length - 1; q++) {
                        s += 100 * Math.pow(tx[q] * tx[q] - tx[q + 1], 2) + Math.pow(tx[q] - 1, 2);
                    }
                }
            }
            g[i] = s / (2 * sub[i]);
        }
        double[] f = new double[m];
        f[m - 1] = (1 - x[0]) * (1 + g[m - 1]);
        double p = 1;
        for (int i = m - 2; i > 0; i--) {
            p *= x[m - i - 2];
            f[i] = p * (1 - x[m - i - 1]) * (1 + g[i]);
        }
        f[0] = p * x[m - 2] * (1 + g[0]);
        return f;
    }

    @Property(tries = 200)
    void maf14AgreesWithTheOracle(
            @ForAll @IntRange(min = 2, max = 8) int m,
            @ForAll @IntRange(min = 0, max = 60) int extra,
            @ForAll long seed) {
        int requested = 20 * m + extra;
        Maf14 p = new Maf14(m, requested);
        int[] sub = Maf15.groups(m, requested);
        Random rnd = new Random(seed);
        double[] x = new double[p.numberOfVariables()];
        for (int i = 0; i < x.length; i++) {
            x[i] = p.bounds().upper(i) * rnd.nextDouble();
        }
        double[] expected = oracle14(m, x, sub);
        double[] actual = p.evaluate(x).objectives();
        for (int i = 0; i < m; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])), p + " f" + i);
        }
    }

    @Test
    void maf14FrontAndItsReach() {
        for (int m : new int[] {2, 3, 5, 10}) {
            Maf14 p = new Maf14(m);
            assertTrue(p.hasTrueFront(), p.toString());
            for (double[] f : p.trueFront(60)) {
                // the simplex lattice: x_1 = 1 - f_m, then x_j = 1 - f_{m-j+1} / (x_1 ... x_{j-1})
                double[] x = new double[p.numberOfVariables()];
                double prod = 1;
                for (int j = 0; j < m - 1; j++) {
                    double y = f[m - 1 - j];
                    x[j] = prod == 0 ? 0 : Math.max(0, Math.min(1, 1 - y / prod));
                    prod *= x[j];
                }
                org.mo4j.problems.ParetoSets.maf14(x, m, p);
                assertArrayEquals(f, p.evaluate(x).objectives(), 1e-9, p + ": " + Arrays.toString(f));
            }
        }
        // m = 15, N = 300: the first Rosenbrock variable sits at i / n < 0.1, out of reach at x_1 = 1
        Maf14 wide = new Maf14(15);
        assertEquals(false, wide.hasTrueFront());
        assertThrows(UnsupportedOperationException.class, () -> wide.trueFront(10));
    }

    @Test
    void maf15SizesAndFront() {
        // m = 3, N = 60: c = (0.342, 0.855..., 0.470...), round(c / sum c * 60) = (12, 31, 17),
        // halves rounded up (6, 16, 9): n = 2 + 2 * 31 = 64
        assertArrayEquals(new int[] {6, 16, 9}, Maf15.groups(3, 60));
        assertEquals(64, new Maf15(3).numberOfVariables());
        assertEquals(10, new Maf15(3).bounds().upper(2));
        assertEquals(1, new Maf15(3).bounds().upper(1));
        for (int m : new int[] {2, 3, 5}) {
            Maf15 p = new Maf15(m);
            for (double[] f : p.trueFront(50)) {
                double[] u = new double[m];
                for (int i = 0; i < m; i++) {
                    u[i] = 1 - f[i];
                }
                double[] theta = angles(u);
                double[] x = new double[p.numberOfVariables()];
                for (int j = 0; j < m - 1; j++) {
                    x[j] = Math.max(0, Math.min(1, 2 * theta[j] / Math.PI));
                }
                org.mo4j.problems.ParetoSets.maf15(x, m);
                assertArrayEquals(f, p.evaluate(x).objectives(), 1e-9, p + ": " + Arrays.toString(f));
            }
        }
    }

    // ---- (2) jMetal's order of computation

    static double[] oracle(int k, int m, double[] x) {
        int n = x.length;
        double[] f = new double[m];
        if (k == 7) {
            double s = 0;
            for (int i = m - 1; i < n; i++) {
                s += x[i];
            }
            double g = 1 + 9 * s / (n - m + 1);
            double h = m;
            for (int i = 0; i < m - 1; i++) {
                f[i] = x[i];
                h -= x[i] / (1 + g) * (1 + Math.sin(3 * Math.PI * x[i]));
            }
            f[m - 1] = (1 + g) * h;
            return f;
        }
        if (k == 2) {
            int c = (n - m + 1) / m;
            double[] g = new double[m];
            double[] th = new double[m - 1];
            for (int i = 0; i < m - 1; i++) {
                for (int j = m + i * c - 1; j < m + (i + 1) * c - 1; j++) {
                    g[i] += Math.pow(x[j] / 2 - 0.25, 2);
                }
                th[i] = Math.PI / 2 * (x[i] / 2 + 0.25);
            }
            for (int j = m + (m - 1) * c - 1; j < n; j++) {
                g[m - 1] += Math.pow(x[j] / 2 - 0.25, 2);
            }
            f[m - 1] = Math.sin(th[0]) * (1 + g[m - 1]);
            double p = 1;
            for (int i = m - 2; i > 0; i--) {
                p *= Math.cos(th[m - i - 2]);
                f[i] = p * Math.sin(th[m - i - 1]) * (1 + g[i]);
            }
            f[0] = p * Math.cos(th[m - 2]) * (1 + g[0]);
            return f;
        }
        double g = 0;
        for (int i = m - 1; i < n; i++) {
            double d = x[i] - 0.5;
            g += k == 3 || k == 4 ? d * d - Math.cos(20 * Math.PI * d) : d * d;
        }
        if (k == 3 || k == 4) {
            g = 100 * (n - m + 1 + g);
        }
        if (k == 1) {
            double p = 1;
            f[m - 1] = x[0] * (1 + g);
            for (int i = m - 2; i > 0; i--) {
                p *= x[m - i - 2];
                f[i] = (1 + g) * (1 - p * (1 - x[m - i - 1]));
            }
            f[0] = (1 - p * x[m - 2]) * (1 + g);
            return f;
        }
        double[] th = new double[m - 1];
        for (int i = 0; i < m - 1; i++) {
            double xi = k == 5 ? Math.pow(x[i], 100) : x[i];
            th[i] = k == 6 && i > 0 ? Math.PI * (1 + 2 * g * x[i]) / (4 * (1 + g)) : Math.PI * xi / 2;
        }
        double radius = k == 6 ? 1 + 100 * g : k == 4 ? 1 : 1 + g;
        double[] s = new double[m];
        s[m - 1] = Math.sin(th[0]) * radius;
        double p = 1;
        for (int i = m - 2; i > 0; i--) {
            p *= Math.cos(th[m - i - 2]);
            s[i] = p * Math.sin(th[m - i - 1]) * radius;
        }
        s[0] = p * Math.cos(th[m - 2]) * radius;
        for (int i = 0; i < m; i++) {
            f[i] = switch (k) {
                case 3 -> i == m - 1 ? s[i] * s[i] : Math.pow(s[i], 4);
                case 4 -> Math.pow(2, i + 1) * (1 - s[i]) * (1 + g);
                case 5 -> Math.pow(2, m - i) * s[i];
                default -> s[i];
            };
        }
        return f;
    }

    @Property(tries = 400)
    void agreesWithTheOracleAtRandomPoints(
            @ForAll @IntRange(min = 1, max = 7) int k,
            @ForAll @IntRange(min = 2, max = 10) int m,
            @ForAll @IntRange(min = 0, max = 25) int extra,
            @ForAll long seed) {
        int n = m + extra;
        BenchmarkProblem p = maf(k, m, n);
        Random rnd = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble();
        }
        double[] expected = oracle(k, m, x);
        double[] actual = p.evaluate(x).objectives();
        for (int i = 0; i < m; i++) {
            // MaF3's fourth powers of (1 + g) up to 10^4 reach 10^16: compare relatively
            assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])), p + " f" + i);
        }
    }

    // ---- (3) the Pareto sets

    /** Angles θ with the DTLZ sphere of radius 1 at θ equal to the unit vector u. */
    private static double[] angles(double[] u) {
        int m = u.length;
        double[] theta = new double[m - 1];
        for (int j = 0; j < m - 1; j++) {
            double rest = 0;
            for (int i = 0; i < m - 1 - j; i++) {
                rest += u[i] * u[i];
            }
            theta[j] = Math.atan2(u[m - 1 - j], Math.sqrt(rest));
        }
        return theta;
    }

    private static double[] preimage(int k, BenchmarkProblem p, double[] f) {
        int m = f.length;
        double[] x = new double[p.numberOfVariables()];
        Arrays.fill(x, k == 7 ? 0 : 0.5);
        double[] u = new double[m];
        switch (k) {
            case 1 -> {
                // y = 1 - f; y_m = 1 - x_1, y_{m-i} = x_1 ... x_i (1 - x_{i+1})
                double prod = 1;
                for (int i = 0; i < m - 1; i++) {
                    double y = 1 - f[m - 1 - i];
                    x[i] = prod == 0 ? 0 : 1 - y / prod;
                    prod *= x[i];
                }
                return clamped(x);
            }
            case 7 -> {
                System.arraycopy(f, 0, x, 0, m - 1);
                return x;
            }
            case 2, 6 -> u = f.clone();
            case 3 -> {
                for (int i = 0; i < m - 1; i++) {
                    u[i] = Math.pow(f[i], 0.25);
                }
                u[m - 1] = Math.sqrt(f[m - 1]);
            }
            case 4 -> {
                for (int i = 0; i < m; i++) {
                    u[i] = 1 - f[i] / Math.pow(2, i + 1);
                }
            }
            case 5 -> {
                for (int i = 0; i < m; i++) {
                    u[i] = f[i] / Math.pow(2, m - i);
                }
            }
            default -> throw new AssertionError(k);
        }
        double[] theta = angles(u);
        for (int j = 0; j < (k == 6 ? 1 : m - 1); j++) {
            double t = 2 * theta[j] / Math.PI;
            x[j] = switch (k) {
                case 2 -> 2 * (t - 0.25);
                case 5 -> Math.pow(t, 0.01);
                default -> t;
            };
        }
        return clamped(x);
    }

    /** x within [0, 1] (an inverse computed in floating point can overshoot by an ulp). */
    private static double[] clamped(double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(0, Math.min(1, x[i]));
        }
        return x;
    }

    @Test
    void trueFrontPointsAreImagesOfTheParetoSet() {
        for (int k = 1; k <= 7; k++) {
            for (int m : new int[] {2, 3, 4, 6}) {
                BenchmarkProblem p = maf(k, m, m + 9);
                for (int count : new int[] {1, 2, 10, 100}) {
                    for (double[] f : p.trueFront(count)) {
                        double[] x = preimage(k, p, f);
                        double[] back = p.evaluate(x).objectives();
                        for (int i = 0; i < m; i++) {
                            assertEquals(
                                    f[i], back[i], 1e-9 * Math.max(1, Math.abs(f[i])), p + ": " + Arrays.toString(f));
                        }
                    }
                }
            }
        }
    }

    @Test
    void referencePointsAreOnePointOneTimesTheNadir() {
        double c = Math.cos(Math.PI / 8);
        double s = Math.sin(3 * Math.PI / 8);
        double r = Math.sqrt(0.5);
        assertArrayEquals(new double[] {1.1, 1.1, 1.1}, new Maf1(3).referencePoint(), EPS);
        assertArrayEquals(new double[] {1.1 * c * c, 1.1 * c * s, 1.1 * s}, new Maf2(3).referencePoint(), EPS);
        assertArrayEquals(new double[] {1.1, 1.1, 1.1, 1.1}, new Maf3(4).referencePoint(), EPS);
        assertArrayEquals(new double[] {2.2, 4.4, 8.8, 17.6}, new Maf4(4).referencePoint(), EPS);
        assertArrayEquals(new double[] {17.6, 8.8, 4.4, 2.2}, new Maf5(4).referencePoint(), EPS);
        assertArrayEquals(new double[] {1.1 * r * r, 1.1 * r * r, 1.1 * r, 1.1}, new Maf6(4).referencePoint(), EPS);
        assertArrayEquals(new double[] {1.1, 1.1, 6.6}, new Maf7(3).referencePoint(), EPS);
        // each reference point is 1.1 x the componentwise maximum of a dense front
        for (int k = 1; k <= 7; k++) {
            for (int m : new int[] {2, 3, 5}) {
                BenchmarkProblem p = maf(k, m, m + 9);
                double[] max = new double[m];
                for (double[] f : p.trueFront(3000)) {
                    for (int i = 0; i < m; i++) {
                        max[i] = Math.max(max[i], f[i]);
                    }
                }
                double[] ref = p.referencePoint();
                for (int i = 0; i < m; i++) {
                    // the sample reaches the nadir but for DTLZ7's f_i < m (its pieces end below 1)
                    double tol = k == 7 && i < m - 1 ? 0.2 : 1e-9;
                    assertEquals(ref[i], 1.1 * max[i], tol * ref[i], p + " objective " + i);
                }
            }
        }
    }

    @Test
    void defaultsNamesAndBadSizes() {
        for (int k = 1; k <= 7; k++) {
            BenchmarkProblem p = switch (k) {
                case 1 -> new Maf1(5);
                case 2 -> new Maf2(5);
                case 3 -> new Maf3(5);
                case 4 -> new Maf4(5);
                case 5 -> new Maf5(5);
                case 6 -> new Maf6(5);
                default -> new Maf7(5);
            };
            assertEquals("MaF" + k, p.name());
            assertEquals(5, p.numberOfObjectives());
            assertEquals(k == 7 ? 24 : 14, p.numberOfVariables());
            assertEquals(0, p.bounds().lower(3));
            assertEquals(1, p.bounds().upper(13));
        }
        assertEquals(
                "objectives must be >= 2, was 1",
                assertThrows(IllegalArgumentException.class, () -> new Maf1(1)).getMessage());
        assertEquals(
                "variables must be >= objectives (4) so that k = variables - objectives + 1 >= 1, was 3",
                assertThrows(IllegalArgumentException.class, () -> new Maf6(4, 3))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Maf7(3, 2));
        assertEquals(
                "objectives must be >= 3, was 2",
                assertThrows(IllegalArgumentException.class, () -> new Maf8(2)).getMessage());
        assertEquals(
                "objectives must be >= 3, was 2",
                assertThrows(IllegalArgumentException.class, () -> new Maf13(2)).getMessage());
        assertEquals(
                "variables must be >= 5, was 4",
                assertThrows(IllegalArgumentException.class, () -> new Maf13(3, 4))
                        .getMessage());
        assertEquals("MaF8", new Maf8(3).name());
        assertEquals(2, new Maf8(7).numberOfVariables());
        assertEquals(-10000, new Maf8(7).bounds().lower(1));
        assertEquals(14, new Maf10(5).numberOfVariables());
        assertEquals(12, new Maf11(3).numberOfVariables());
        assertEquals("MaF12", new Maf12(3).name());
        assertEquals(5, new Maf13(3).numberOfVariables());
        assertEquals(-2, new Maf13(3).bounds().lower(2));
    }
}
