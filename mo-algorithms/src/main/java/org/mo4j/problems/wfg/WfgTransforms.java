package org.mo4j.problems.wfg;

/**
 * The transformation and shape functions of the WFG toolkit (Huband, Hingston, Barone, While
 * 2006, "A review of multiobjective test problems and a scalable test problem toolkit", IEEE TEC
 * 10(5), Tables X and IX), written once and composed by {@code Wfg1} … {@code Wfg9}.
 *
 * <p>Every transformation maps [0, 1] to [0, 1]; as in the authors' toolkit, a result outside
 * [0, 1] by at most 10⁻¹⁰ (rounding) is moved onto the nearer end, so that a later power or root
 * never sees a slightly negative argument. Shape functions take the m − 1 values x_1 … x_{M−1}
 * (0-based array) and the 1-based objective index m.
 */
final class WfgTransforms {

    private static final double EPSILON = 1e-10;

    private WfgTransforms() {}

    /** Clamps values within 10⁻¹⁰ outside [0, 1] onto [0, 1]. */
    static double correct(double v) {
        if (v < 0 && v >= -EPSILON) {
            return 0;
        }
        if (v > 1 && v <= 1 + EPSILON) {
            return 1;
        }
        return v;
    }

    // ---- bias ----

    /** b_poly(y, α) = y^α. */
    static double bPoly(double y, double alpha) {
        return correct(Math.pow(y, alpha));
    }

    /** b_flat(y, A, B, C): value A on [B, C], linear to 0 at y = 0 and to 1 at y = 1. */
    static double bFlat(double y, double a, double b, double c) {
        double t1 = Math.min(0, Math.floor(y - b)) * a * (b - y) / b;
        double t2 = Math.min(0, Math.floor(c - y)) * (1 - a) * (y - c) / (1 - c);
        return correct(a + t1 - t2);
    }

    /** b_param(y, u, A, B, C) = y^(B + (C − B)(A − (1 − 2u)|⌊0.5 − u⌋ + A|)). */
    static double bParam(double y, double u, double a, double b, double c) {
        return correct(Math.pow(y, bParamExponent(u, a, b, c)));
    }

    /** The exponent of {@link #bParam}. */
    static double bParamExponent(double u, double a, double b, double c) {
        double v = a - (1 - 2 * u) * Math.abs(Math.floor(0.5 - u) + a);
        return b + (c - b) * v;
    }

    // ---- shift ----

    /** s_linear(y, A) = |y − A| / |⌊A − y⌋ + A|: 0 at y = A. */
    static double sLinear(double y, double a) {
        return correct(Math.abs(y - a) / Math.abs(Math.floor(a - y) + a));
    }

    /** s_decept(y, A, B, C): global minimum 0 at y = A, deceptive minima at 0 and 1. */
    static double sDecept(double y, double a, double b, double c) {
        double t1 = Math.floor(y - a + b) * (1 - c + (a - b) / b) / (a - b);
        double t2 = Math.floor(a + b - y) * (1 - c + (1 - a - b) / b) / (1 - a - b);
        return correct(1 + (Math.abs(y - a) - b) * (t1 + t2 + 1 / b));
    }

    /** s_multi(y, A, B, C): global minimum 0 at y = C among about 2A local minima. */
    static double sMulti(double y, double a, double b, double c) {
        double t = Math.abs(y - c) / (2 * (Math.floor(c - y) + c));
        return correct((1 + Math.cos((4 * a + 2) * Math.PI * (0.5 - t)) + 4 * b * t * t) / (b + 2));
    }

    // ---- reduction ----

    /** r_sum(y[from..to), w[from..to)) = Σ w_i y_i / Σ w_i. */
    static double rSum(double[] y, double[] w, int from, int to) {
        double num = 0;
        double den = 0;
        for (int i = from; i < to; i++) {
            num += w[i] * y[i];
            den += w[i];
        }
        return correct(num / den);
    }

    /** r_sum with all weights 1: the mean of y[from..to). */
    static double mean(double[] y, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += y[i];
        }
        return correct(s / (to - from));
    }

    /**
     * r_nonsep(y[from..to), A) = Σ_j (y_j + Σ_{k=0}^{A−2} |y_j − y_{(j+k+1) mod |y|}|) /
     * (|y|/A · ⌈A/2⌉ (1 + 2A − 2⌈A/2⌉)), with |y| a multiple of A.
     */
    static double rNonsep(double[] y, int from, int to, int a) {
        int len = to - from;
        double num = 0;
        for (int j = 0; j < len; j++) {
            double yj = y[from + j];
            num += yj;
            for (int k = 0; k <= a - 2; k++) {
                num += Math.abs(yj - y[from + (j + k + 1) % len]);
            }
        }
        double half = Math.ceil(a / 2.0);
        double den = (double) len / a * half * (1 + 2 * a - 2 * half);
        return correct(num / den);
    }

    // ---- shapes (x holds x_1 .. x_{M-1}; m is 1-based, 1..M) ----

    /** linear_m = Π_{i=1}^{M−m} x_i · (1 − x_{M−m+1}) (the last factor for m &gt; 1). */
    static double linear(double[] x, int m) {
        int bigM = x.length + 1;
        double r = 1;
        for (int i = 0; i < bigM - m; i++) {
            r *= x[i];
        }
        if (m > 1) {
            r *= 1 - x[bigM - m];
        }
        return correct(r);
    }

    /** convex_m = Π_{i=1}^{M−m} (1 − cos(x_i π/2)) · (1 − sin(x_{M−m+1} π/2)) (the last for m &gt; 1). */
    static double convex(double[] x, int m) {
        int bigM = x.length + 1;
        double r = 1;
        for (int i = 0; i < bigM - m; i++) {
            r *= 1 - Math.cos(x[i] * Math.PI / 2);
        }
        if (m > 1) {
            r *= 1 - Math.sin(x[bigM - m] * Math.PI / 2);
        }
        return correct(r);
    }

    /** concave_m = Π_{i=1}^{M−m} sin(x_i π/2) · cos(x_{M−m+1} π/2) (the last for m &gt; 1). */
    static double concave(double[] x, int m) {
        int bigM = x.length + 1;
        double r = 1;
        for (int i = 0; i < bigM - m; i++) {
            r *= Math.sin(x[i] * Math.PI / 2);
        }
        if (m > 1) {
            r *= Math.cos(x[bigM - m] * Math.PI / 2);
        }
        return correct(r);
    }

    /** mixed_M = (1 − x_1 − cos(2Aπ x_1 + π/2) / (2Aπ))^α. */
    static double mixed(double x1, double a, double alpha) {
        double t = 2 * a * Math.PI;
        return correct(Math.pow(1 - x1 - Math.cos(t * x1 + Math.PI / 2) / t, alpha));
    }

    /** disc_M = 1 − x_1^α cos²(A x_1^β π). */
    static double disc(double x1, double a, double alpha, double beta) {
        double c = Math.cos(a * Math.pow(x1, beta) * Math.PI);
        return correct(1 - Math.pow(x1, alpha) * c * c);
    }
}
