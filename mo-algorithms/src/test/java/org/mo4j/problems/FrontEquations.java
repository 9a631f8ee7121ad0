package org.mo4j.problems;

import org.mo4j.problems.ctp.Ctp1Pareto;

/**
 * The equation of each analytic front, written out from the papers (not from the problem
 * classes), as a residual that is 0 on the front; NaN where the test knows no equation.
 */
final class FrontEquations {

    private FrontEquations() {}

    static double residual(BenchmarkProblem p, double[] f) {
        int m = f.length;
        switch (p.name()) {
            case "ZDT1", "ZDT4", "F2":
                return f[1] - (1 - Math.sqrt(f[0]));
            case "ZDT2", "ZDT6":
                return f[1] - (1 - f[0] * f[0]);
            case "ZDT3":
                return f[1] - (1 - Math.sqrt(f[0]) - f[0] * Math.sin(10 * Math.PI * f[0]));
            case "DTLZ1", "C1-DTLZ1":
                return sum(f) - 0.5;
            case "DTLZ2", "DTLZ3", "DTLZ4", "C2-DTLZ2":
                return sumSq(f) - 1;
            case "DTLZ5", "DTLZ6":
                // m = 3: also f1 = f2 on the curve
                return Math.abs(sumSq(f) - 1) + (m == 3 ? Math.abs(f[0] - f[1]) : 0);
            case "DTLZ7", "MaF7": {
                double last = 2 * m;
                for (int i = 0; i < m - 1; i++) {
                    last -= f[i] * (1 + Math.sin(3 * Math.PI * f[i]));
                }
                return f[m - 1] - last;
            }
            case "MaF1":
                return sum(f) - (m - 1);
            case "MaF14":
                return sum(f) - 1;
            case "MaF2", "MaF6":
                // MaF6 (m >= 3): also f1 = f2 on the curve
                return Math.abs(sumSq(f) - 1) + (p.name().equals("MaF6") && m >= 3 ? Math.abs(f[0] - f[1]) : 0);
            case "MaF3": {
                double r = f[m - 1] - 1;
                for (int i = 0; i < m - 1; i++) {
                    r += Math.sqrt(f[i]);
                }
                return r;
            }
            case "MaF4": {
                double r = -1;
                for (int i = 0; i < m; i++) {
                    double u = 1 - f[i] / Math.pow(2, i + 1);
                    r += u * u;
                }
                return r;
            }
            case "MaF15": {
                double r = -1;
                for (double v : f) {
                    r += (1 - v) * (1 - v);
                }
                return r;
            }
            case "MaF5": {
                double r = -1;
                for (int i = 0; i < m; i++) {
                    double u = f[i] / Math.pow(2, m - i);
                    r += u * u;
                }
                return r;
            }
            case "C3-DTLZ4": {
                double max = 0;
                for (double v : f) {
                    max = Math.max(max, v);
                }
                return sumSq(f) - 0.75 * max * max - 1;
            }
            case "VLMOP2": {
                // f1 = 1 - exp(-(s - 1)^2), s in [-1, 1], gives s + 1 = 2 - sqrt(-ln(1 - f1))
                double b = 2 - Math.sqrt(-Math.log1p(-f[0]));
                return f[1] - (1 - Math.exp(-b * b));
            }
            case "UF1", "UF2", "UF3", "LZ09-F1", "LZ09-F2", "LZ09-F3", "LZ09-F4", "LZ09-F5", "LZ09-F7", "LZ09-F8":
                return f[1] - (1 - Math.sqrt(f[0]));
            case "UF4", "LZ09-F9":
                return f[1] - (1 - f[0] * f[0]);
            case "UF5", "UF6", "UF7", "UF9":
                // UF5, UF6: points and segments of the line; UF9: pieces of the plane sum f = 1
                return sum(f) - 1;
            case "UF8", "UF10", "LZ09-F6":
                return sumSq(f) - 1;
            case "CTP1":
                return f[1] - Ctp1Pareto.least(f[0]);
            case "WFG3":
                return f[0] / 2 + f[1] / 4 - 1;
            case "MaF9":
                // Cheng et al. 2017: on the polygon every f_i is the distance to an edge's line from
                // inside, and these sum to m times the inradius cos(pi / m)
                return sum(f) - m * Math.cos(Math.PI / m);
            case "MaF13": {
                double r = Math.abs(f[0] * f[0] + f[1] * f[1] + f[2] * f[2] - 1);
                for (int i = 3; i < m; i++) {
                    r += Math.abs(f[i] - (f[0] * f[0] + Math.pow(f[1], 10) + Math.pow(f[2], 10)));
                }
                return r;
            }
            case "WFG4", "WFG5", "WFG6", "WFG7", "WFG8", "WFG9", "MaF12": {
                double r = 0;
                for (int i = 0; i < m; i++) {
                    r += Math.pow(f[i] / (2 * (i + 1)), 2);
                }
                return r - 1;
            }
            case "WFG1", "WFG2", "MaF10", "MaF11":
                if (m == 2) {
                    // f1 = 2 (1 - cos(x pi / 2)) gives x; then f2 = 4 h_2(x)
                    double x = 2 / Math.PI * Math.acos(Math.max(-1, Math.min(1, 1 - f[0] / 2)));
                    double h = p.name().equals("WFG1") || p.name().equals("MaF10")
                            ? 1 - x - Math.cos(10 * Math.PI * x + Math.PI / 2) / (10 * Math.PI)
                            : 1 - x * Math.pow(Math.cos(5 * Math.PI * x), 2);
                    return f[1] - 4 * h;
                }
                return Double.NaN;
            default:
                return Double.NaN;
        }
    }

    private static double sum(double[] f) {
        double s = 0;
        for (double v : f) {
            s += v;
        }
        return s;
    }

    private static double sumSq(double[] f) {
        double s = 0;
        for (double v : f) {
            s += v * v;
        }
        return s;
    }
}
