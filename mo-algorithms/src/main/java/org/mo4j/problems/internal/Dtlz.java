package org.mo4j.problems.internal;

import org.mo4j.core.problem.Bounds;
import org.mo4j.problems.AbstractBenchmarkProblem;

/**
 * What the DTLZ problems share (Deb, Thiele, Laumanns, Zitzler 2005, "Scalable test problems for
 * evolutionary multiobjective optimization", in Evolutionary Multiobjective Optimization,
 * Springer, pp. 105–145): the sizes n = m + k − 1, the first m − 1 "position" variables and the
 * last k "distance" variables x_M, and the linear and spherical shapes. Used by the DTLZ problems
 * and by the constrained C-DTLZ problems built on them.
 *
 * <p>An implementation helper of {@code org.mo4j.problems.dtlz} and {@code
 * org.mo4j.problems.cdtlz}, public only so that both packages can reach it; not part of the API.
 */
public final class Dtlz {

    /** The paper's k for DTLZ1, also C1-DTLZ1's. */
    public static final int DEFAULT_LINEAR_K = 5;

    /** The paper's k for DTLZ2–6, also C2-DTLZ2's and C3-DTLZ4's. */
    public static final int DEFAULT_SPHERE_K = 10;

    private Dtlz() {}

    /** Checks m ≥ 2 and n ≥ m (so k = n − m + 1 ≥ 1), returns n. */
    public static int checkSizes(int objectives, int variables) {
        AbstractBenchmarkProblem.checkObjectives(objectives);
        if (variables < objectives) {
            throw new IllegalArgumentException("variables must be >= objectives (" + objectives
                    + ") so that k = variables - objectives + 1 >= 1, was " + variables);
        }
        return variables;
    }

    public static Bounds unitBox(int n) {
        return Bounds.uniform(n, 0, 1);
    }

    /** g = Σ_{x_M} (x_i − 0.5)² of DTLZ2, 4 and 5. */
    public static double sphereG(double[] x, int m) {
        double g = 0;
        for (int i = m - 1; i < x.length; i++) {
            double d = x[i] - 0.5;
            g += d * d;
        }
        return g;
    }

    /** g = 100 (k + Σ_{x_M} ((x_i − 0.5)² − cos(20π(x_i − 0.5)))) of DTLZ1 and 3. */
    public static double rastriginG(double[] x, int m) {
        int k = x.length - m + 1;
        double s = 0;
        for (int i = m - 1; i < x.length; i++) {
            double d = x[i] - 0.5;
            s += d * d - Math.cos(20 * Math.PI * d);
        }
        return 100 * (k + s);
    }

    /**
     * f_1 = c Π_{j&lt;m−1} x_j, f_i = c Π_{j&lt;m−i} x_j · (1 − x_{m−i}) (1-based i, 0-based j),
     * f_m = c (1 − x_0): the linear shape of DTLZ1 with c = 0.5 (1 + g).
     */
    public static double[] linear(double[] x, int m, double c) {
        double[] f = new double[m];
        for (int i = 0; i < m; i++) {
            double v = c;
            for (int j = 0; j < m - 1 - i; j++) {
                v *= x[j];
            }
            if (i > 0) {
                v *= 1 - x[m - 1 - i];
            }
            f[i] = v;
        }
        return f;
    }

    /**
     * f_1 = r Π cos θ_j, f_i = r Π_{j&lt;m−i} cos θ_j · sin θ_{m−i}, f_m = r sin θ_0: the spherical
     * shape of DTLZ2–6 with radius r = 1 + g and the m − 1 angles θ.
     */
    public static double[] sphere(double[] theta, int m, double r) {
        double[] f = new double[m];
        for (int i = 0; i < m; i++) {
            double v = r;
            for (int j = 0; j < m - 1 - i; j++) {
                v *= Math.cos(theta[j]);
            }
            if (i > 0) {
                v *= Math.sin(theta[m - 1 - i]);
            }
            f[i] = v;
        }
        return f;
    }

    /** θ_j = x_j^α π / 2 for the m − 1 position variables (α = 1 but for DTLZ4). */
    public static double[] angles(double[] x, int m, double alpha) {
        double[] theta = new double[m - 1];
        for (int j = 0; j < m - 1; j++) {
            theta[j] = (alpha == 1 ? x[j] : Math.pow(x[j], alpha)) * Math.PI / 2;
        }
        return theta;
    }

    /** The unit-sphere front of DTLZ2–4: the lattice directions of {@link Fronts#sphere}. */
    public static double[][] unitSphereFront(int m, int n) {
        return Fronts.sphere(m, n);
    }

    /**
     * The degenerate front of DTLZ5 and 6 for m = 2 (the quarter circle) and m = 3 (the curve
     * (cos θ/√2, cos θ/√2, sin θ)), n points at θ equally spaced in [0, π/2].
     */
    public static double[][] curveFront(int m, int n) {
        double[] theta = Fronts.linspace(0, Math.PI / 2, n);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double c = Math.cos(theta[i]);
            double s = Math.sin(theta[i]);
            out[i] = m == 2 ? new double[] {c, s} : new double[] {c / Math.sqrt(2), c / Math.sqrt(2), s};
        }
        return out;
    }
}
