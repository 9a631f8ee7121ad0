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
            case "DTLZ7": {
                double last = 2 * m;
                for (int i = 0; i < m - 1; i++) {
                    last -= f[i] * (1 + Math.sin(3 * Math.PI * f[i]));
                }
                return f[m - 1] - last;
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
            case "CTP1":
                return f[1] - Ctp1Pareto.least(f[0]);
            case "WFG3":
                return f[0] / 2 + f[1] / 4 - 1;
            case "WFG4", "WFG5", "WFG6", "WFG7", "WFG8", "WFG9": {
                double r = 0;
                for (int i = 0; i < m; i++) {
                    r += Math.pow(f[i] / (2 * (i + 1)), 2);
                }
                return r - 1;
            }
            case "WFG1", "WFG2":
                if (m == 2) {
                    // f1 = 2 (1 - cos(x pi / 2)) gives x; then f2 = 4 h_2(x)
                    double x = 2 / Math.PI * Math.acos(Math.max(-1, Math.min(1, 1 - f[0] / 2)));
                    double h = p.name().equals("WFG1")
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
