package org.mo4j.problems.ctp;

import org.mo4j.core.problem.Bounds;

/**
 * What CTP1–CTP8 share (Deb, Pratap, Meyarivan 2001, "Constrained test problems for
 * multi-objective evolutionary optimization", EMO 2001, LNCS 1993, pp. 284–298): two objectives,
 * f_1 = x_1 ∈ [0, 1], a distance function g ≥ 1, and (for CTP2–CTP8) the parametric constraint
 * C(θ, a, b, c, d, e).
 *
 * <p>The paper leaves g general; this follows the authors' own reference code (Deb's NSGA-II C code, whose CTP problems use g = 1 + x_2 with n = 2) and pymoo's default, g = 1 + Σ_{i≥2} x_i,
 * x_i ∈ [0, 1] (x_i ∈ [0, 20] for CTP6 and CTP8, as pymoo, so that g reaches their feasible
 * bands), and f_2 = g (1 − √(f_1/g)) for CTP2–CTP8 as that code does.
 */
final class Ctp {

    private Ctp() {}

    static int checkVariables(int variables) {
        if (variables < 2) {
            throw new IllegalArgumentException("variables must be >= 2, was " + variables);
        }
        return variables;
    }

    static Bounds bounds(int n, double upper) {
        double[] lo = new double[n];
        double[] hi = new double[n];
        java.util.Arrays.fill(hi, upper);
        hi[0] = 1;
        return new Bounds(lo, hi);
    }

    /** g = 1 + Σ_{i≥2} x_i. */
    static double g(double[] x) {
        double g = 1;
        for (int i = 1; i < x.length; i++) {
            g += x[i];
        }
        return g;
    }

    /**
     * The constraint of CTP2–CTP8, cos θ (f_2 − e) − sin θ f_1 ≥ a |sin(bπ (sin θ (f_2 − e)
     * + cos θ f_1)^c)|^d, returned as its violation form a |sin(…)|^d − (cos θ (f_2 − e) − sin θ
     * f_1) ≤ 0
     * (the paper's form; the reference C code divides by the right-hand side instead, which has
     * the same sign but is infinite where that side is 0).
     */
    static double constraint(double theta, double a, double b, double c, double d, double e, double f1, double f2) {
        double u = Math.cos(theta) * (f2 - e) - Math.sin(theta) * f1;
        double v = Math.sin(theta) * (f2 - e) + Math.cos(theta) * f1;
        double rhs = a * Math.pow(Math.abs(Math.sin(b * Math.PI * Math.pow(v, c))), d);
        return rhs - u;
    }

    /** f_2 = g (1 − √(f_1/g)) of CTP2–CTP8. */
    static double f2(double f1, double g) {
        return g * (1 - Math.sqrt(f1 / g));
    }
}
