package org.mo4j.problems;

import java.util.Arrays;
import java.util.Random;
import org.mo4j.problems.ctp.Ctp1Pareto;
import org.mo4j.problems.dtlz.Dtlz4;
import org.mo4j.problems.dtlz.DtlzTestAccess;
import org.mo4j.problems.internal.Fronts;
import org.mo4j.problems.wfg.Wfg;
import org.mo4j.problems.wfg.Wfg1;
import org.mo4j.problems.wfg.Wfg2;
import org.mo4j.problems.wfg.Wfg9;
import org.mo4j.problems.wfg.WfgTestAccess;
import org.mo4j.problems.zdt.ZdtTestAccess;

/**
 * Pareto-optimal decision vectors built from each paper's statement of its Pareto set (not from
 * the problem classes' code), for the property tests (public: the suites' tests in their own
 * packages use it too).
 */
public final class ParetoSets {

    private ParetoSets() {}

    /** A random Pareto-optimal x of {@code p}, or null when this class does not know the set. */
    public static double[] sample(BenchmarkProblem p, Random rnd) {
        int n = p.numberOfVariables();
        int m = p.numberOfObjectives();
        double[] x = new double[n];
        String name = p.name();
        switch (name) {
            case "ZDT1", "ZDT2", "ZDT4", "ZDT6" -> x[0] = rnd.nextDouble();
            case "ZDT3" -> x[0] = inPieces(ZdtTestAccess.zdt3Pieces(), rnd);
            case "DTLZ1", "DTLZ2", "DTLZ3", "DTLZ4", "DTLZ5" -> {
                Arrays.fill(x, 0.5);
                for (int i = 0; i < m - 1; i++) {
                    x[i] = rnd.nextDouble();
                }
            }
            case "MaF1", "MaF2", "MaF3", "MaF4", "MaF5", "MaF6" -> {
                // Cheng et al. 2017: every distance variable 0.5, any position variables
                Arrays.fill(x, 0.5);
                for (int i = 0; i < m - 1; i++) {
                    x[i] = rnd.nextDouble();
                }
            }
            case "MaF8", "MaF9" -> {
                // Cheng et al. 2017: the regular m-gon with vertices (sin(2 pi i / m), cos(2 pi i / m)),
                // i = 1..m; a uniform point of the triangle (centre, A_i, A_i+1)
                int i = rnd.nextInt(m) + 1;
                double u = rnd.nextDouble();
                double v = rnd.nextDouble();
                if (u + v > 1) {
                    u = 1 - u;
                    v = 1 - v;
                }
                double a = 2 * Math.PI * i / m;
                double b = 2 * Math.PI * (i + 1) / m;
                x[0] = u * Math.sin(a) + v * Math.sin(b);
                x[1] = u * Math.cos(a) + v * Math.cos(b);
            }
            case "MaF10" -> {
                return wfg(new Wfg1(m, m - 1, n - m + 1), rnd);
            }
            case "MaF11" -> {
                return wfg(new Wfg2(m, m - 1, n - m + 1), rnd);
            }
            case "MaF12" -> {
                return wfg(new Wfg9(m, m - 1, n - m + 1), rnd);
            }
            case "MaF13" -> uf3(x, rnd.nextDouble(), rnd.nextDouble());
            case "MaF14" -> {
                for (int i = 0; i < m - 1; i++) {
                    x[i] = rnd.nextDouble();
                }
                maf14(x, m, ((org.mo4j.problems.maf.Maf14) p));
            }
            case "MaF15" -> {
                for (int i = 0; i < m - 1; i++) {
                    x[i] = rnd.nextDouble();
                }
                maf15(x, m);
            }
            case "DTLZ6" -> {
                for (int i = 0; i < m - 1; i++) {
                    x[i] = rnd.nextDouble();
                }
            }
            case "DTLZ7", "MaF7" -> {
                for (int i = 0; i < m - 1; i++) {
                    x[i] = inPieces(DtlzTestAccess.dtlz7Pieces(), rnd);
                }
            }
            case "C1-DTLZ1" -> {
                Arrays.fill(x, 0.5);
                for (int i = 0; i < m - 1; i++) {
                    x[i] = rnd.nextDouble();
                }
            }
            case "C2-DTLZ2" -> {
                // near the corner f = e_1 (every angle small): within distance r of it
                Arrays.fill(x, 0.5);
                for (int i = 0; i < m - 1; i++) {
                    x[i] = 0.1 * rnd.nextDouble();
                }
            }
            case "C3-DTLZ4" -> {
                // any direction u (DTLZ4's at g = 0), then g = t - 1 with t = 1 / sqrt(1 - 3/4 max u^2)
                Arrays.fill(x, 0.5);
                for (int i = 0; i < m - 1; i++) {
                    x[i] = rnd.nextDouble();
                }
                double[] u = new Dtlz4(m, n).evaluate(x).objectives();
                double max = Arrays.stream(u).map(v -> v * v).max().orElseThrow();
                double t = 1 / Math.sqrt(1 - 0.75 * max);
                int k = n - m + 1;
                Arrays.fill(x, m - 1, n, 0.5 + Math.sqrt((t - 1) / k));
            }
            case "VLMOP2" -> {
                // Van Veldhuizen and Lamont: x_1 = ... = x_n in [-1/sqrt(n), 1/sqrt(n)]
                double c = 1 / Math.sqrt(n);
                Arrays.fill(x, -c + 2 * c * rnd.nextDouble());
            }
            case "F2" -> {
                // x_i = x_1^(theta_i / 2), theta_i = 1 + 3 (i - 2) / (n - 2), i = 2..n (1-based)
                x[0] = rnd.nextDouble();
                for (int i = 2; i <= n; i++) {
                    x[i - 1] = Math.pow(x[0], 0.5 * (1 + 3.0 * (i - 2) / (n - 2)));
                }
            }
            case "UF1", "UF4", "UF7", "LZ09-F2", "LZ09-F9" -> uf(x, rnd.nextDouble());
            case "UF5" -> uf(x, rnd.nextInt(21) / 20.0);
            case "UF6" -> {
                // x1 in {0} ∪ [1/4, 1/2] ∪ [3/4, 1]
                int piece = rnd.nextInt(3);
                uf(x, piece == 0 ? 0 : (piece == 1 ? 0.25 : 0.75) + 0.25 * rnd.nextDouble());
            }
            case "UF2", "LZ09-F5" -> {
                // y_j = 0: x_j = a_j cos(theta_j) for odd j, a_j sin(theta_j) for even j
                x[0] = rnd.nextDouble();
                for (int j = 2; j <= n; j++) {
                    double a = 0.3 * x[0] * x[0] * Math.cos(24 * Math.PI * x[0] + 4 * j * Math.PI / n) + 0.6 * x[0];
                    double theta = 6 * Math.PI * x[0] + j * Math.PI / n;
                    x[j - 1] = j % 2 == 1 ? a * Math.cos(theta) : a * Math.sin(theta);
                }
            }
            case "UF3", "LZ09-F1", "LZ09-F7", "LZ09-F8" -> {
                x[0] = rnd.nextDouble();
                for (int j = 2; j <= n; j++) {
                    x[j - 1] = Math.pow(x[0], 0.5 * (1 + 3.0 * (j - 2) / (n - 2)));
                }
            }
            case "UF8", "UF10", "LZ09-F6" -> uf3(x, rnd.nextDouble(), rnd.nextDouble());
            case "LZ09-F3", "LZ09-F4" -> {
                // Li and Zhang 2009: x_j = 0.8 x_1 cos(theta_j) (F4: cos(theta_j / 3)) for odd j,
                // 0.8 x_1 sin(theta_j) for even j, theta_j = 6 pi x_1 + j pi / n
                x[0] = rnd.nextDouble();
                for (int j = 2; j <= n; j++) {
                    double theta = 6 * Math.PI * x[0] + j * Math.PI / n;
                    x[j - 1] = j % 2 == 0
                            ? 0.8 * x[0] * Math.sin(theta)
                            : 0.8 * x[0] * Math.cos(name.equals("LZ09-F4") ? theta / 3 : theta);
                }
            }
            case "UF9" -> {
                double t = 0.25 * rnd.nextDouble();
                uf3(x, rnd.nextBoolean() ? t : 1 - t, rnd.nextDouble());
            }
            case "CTP1" -> {
                x[0] = rnd.nextDouble();
                x[1] = Ctp1Pareto.gFor(x[0], Ctp1Pareto.least(x[0])) - 1;
            }
            case "WFG1", "WFG2", "WFG3", "WFG4", "WFG5", "WFG6", "WFG7", "WFG8", "WFG9" -> {
                return wfg((Wfg) p, rnd);
            }
            default -> {
                return null;
            }
        }
        return x;
    }

    /** UF1, UF4–7 (Zhang et al. 2009): x_1 given, x_j = sin(6 pi x_1 + j pi / n), j = 2..n. */
    public static void uf(double[] x, double x1) {
        int n = x.length;
        x[0] = x1;
        for (int j = 2; j <= n; j++) {
            x[j - 1] = Math.sin(6 * Math.PI * x1 + j * Math.PI / n);
        }
    }

    /** UF8–10 (Zhang et al. 2009): x_1, x_2 given, x_j = 2 x_2 sin(2 pi x_1 + j pi / n), j = 3..n. */
    public static void uf3(double[] x, double x1, double x2) {
        int n = x.length;
        x[0] = x1;
        x[1] = x2;
        for (int j = 3; j <= n; j++) {
            x[j - 1] = 2 * x2 * Math.sin(2 * Math.PI * x1 + j * Math.PI / n);
        }
    }

    /**
     * MaF14 (Cheng et al. 2017): distance variables with t_i = (1 + i/n) x_i - 10 x_1 equal to 0
     * in the Rastrigin groups (odd objectives) and 1 in the Rosenbrock groups (even objectives).
     */
    public static void maf14(double[] x, int m, org.mo4j.problems.maf.Maf14 p) {
        int n = x.length;
        int[] sub = org.mo4j.problems.maf.MafTestAccess.groups(m, p);
        int i = m; // 1-based index of the next distance variable
        for (int k = 0; k < m; k++) {
            for (int q = 0; q < 2 * sub[k]; q++, i++) {
                double target = k % 2 == 0 ? 0 : 1;
                x[i - 1] = Math.min(10, (target + 10 * x[0]) / (1 + (double) i / n));
            }
        }
    }

    /** MaF15 (Cheng et al. 2017): distance variables with (1 + cos(i/n pi/2)) x_i - 10 x_1 = 0. */
    public static void maf15(double[] x, int m) {
        int n = x.length;
        for (int i = m; i <= n; i++) {
            x[i - 1] = Math.min(10, 10 * x[0] / (1 + Math.cos((double) i / n * Math.PI / 2)));
        }
    }

    /**
     * WFG (Huband et al. 2006, Section VIII-B): any position parameters; distance parameters such
     * that their transformed values are 0.35 before the shift (for WFG8 and WFG9, undoing
     * b_param's exponent e(u) = 0.02 + 49.98 (A − (1 − 2u)|⌊0.5 − u⌋ + A|), A = 0.98/49.98).
     */
    private static double[] wfg(Wfg p, Random rnd) {
        int n = p.numberOfVariables();
        int k = p.positionParameters();
        double[] y = new double[n];
        for (int i = 0; i < k; i++) {
            y[i] = rnd.nextDouble();
        }
        Arrays.fill(y, k, n, 0.35);
        if (p.name().equals("WFG2")) {
            // only x_1 (the mean of the first group of position values) in the non-dominated
            // pieces of disc gives a Pareto-optimal point
            Arrays.fill(y, 0, k / (p.numberOfObjectives() - 1), inPieces(WfgTestAccess.wfg2Pieces(), rnd));
        }
        if (p.name().equals("WFG8")) {
            for (int i = k; i < n; i++) {
                double u = 0;
                for (int j = 0; j < i; j++) {
                    u += y[j];
                }
                y[i] = Math.pow(0.35, 1 / exponent(u / i));
            }
        } else if (p.name().equals("WFG9")) {
            for (int i = n - 2; i >= k; i--) {
                double u = 0;
                for (int j = i + 1; j < n; j++) {
                    u += y[j];
                }
                y[i] = Math.pow(0.35, 1 / exponent(u / (n - i - 1)));
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = exactlyScaled(y[i], 2.0 * (i + 1));
        }
        return z;
    }

    /**
     * A z within a few ulps of y·zMax with z / zMax == y exactly when there is one (WFG1's
     * polynomial bias y^0.02 turns a residual of 1e-16 into about 0.5), else y·zMax.
     */
    static double exactlyScaled(double y, double zMax) {
        double z0 = Math.min(y * zMax, zMax);
        double z = z0;
        for (int s = 0; s < 16 && z / zMax != y; s++) {
            z = s % 2 == 0 ? up(z0, s / 2 + 1) : down(z0, s / 2 + 1);
        }
        return z / zMax == y && z <= zMax ? z : z0;
    }

    private static double up(double z, int times) {
        for (int i = 0; i < times; i++) {
            z = Math.nextUp(z);
        }
        return z;
    }

    private static double down(double z, int times) {
        for (int i = 0; i < times; i++) {
            z = Math.nextDown(z);
        }
        return z;
    }

    private static double exponent(double u) {
        double a = 0.98 / 49.98;
        return 0.02 + 49.98 * (a - (1 - 2 * u) * Math.abs(Math.floor(0.5 - u) + a));
    }

    /** A uniformly drawn point of a record set, avoiding its open ends. */
    public static double inPieces(Fronts.RecordSet pieces, Random rnd) {
        int j = rnd.nextInt(pieces.intervals());
        double[] ab = pieces.interval(j);
        double u = rnd.nextDouble();
        return j == 0 ? ab[0] + u * (ab[1] - ab[0]) : ab[1] - u * 0.999 * (ab[1] - ab[0]);
    }
}
