package org.mo4j.surrogates.gp;

/**
 * Limited-memory BFGS (Nocedal, Math. Comp. 35, 1980; Nocedal and Wright, "Numerical
 * Optimization", 2nd ed., Algorithm 7.4 and 7.5) with the last 10 curvature pairs, the initial
 * Hessian scaled by sᵀy/yᵀy, and a weak-Wolfe bisection line search (Lewis and Overton, Math.
 * Program. 141, 2013; c₁ = 10⁻⁴, c₂ = 0.9). An evaluation that throws
 * {@link NotPositiveDefiniteException} or returns a non-finite value counts as +∞, so the line
 * search backs off. It stops when the largest gradient entry is below 10⁻⁹, when an accepted step
 * changes the loss by less than 10⁻¹³ relative, when no step is accepted, or after the iteration
 * budget. O(m·p) per iteration besides the evaluations (p parameters, m = 10).
 *
 * <p>L-BFGS is how BoTorch fits GP hyper-parameters (through scipy's L-BFGS-B); it converges to a
 * stationary point where Adam stops after a fixed number of steps.
 */
final class Lbfgs {

    /** A loss with its gradient. */
    interface Objective {
        /** Returns the loss at x and writes its gradient into g. */
        double evaluate(double[] x, double[] g);
    }

    static final int MEMORY = 10;
    static final double C1 = 1e-4;
    static final double C2 = 0.9;
    static final int MAX_LINE_SEARCH = 60;
    static final double GRADIENT_TOLERANCE = 1e-9;
    static final double RELATIVE_DECREASE = 1e-13;

    private Lbfgs() {}

    /** Minimises f from x (overwritten with the result); returns the number of iterations taken. */
    static int minimize(Objective f, double[] x, int maxIterations) {
        int p = x.length;
        double[][] s = new double[MEMORY][p];
        double[][] y = new double[MEMORY][p];
        double[] rho = new double[MEMORY];
        double[] a = new double[MEMORY];
        int stored = 0;
        int newest = -1;
        double[] g = new double[p];
        double[] d = new double[p];
        double[] xt = new double[p];
        double[] gt = new double[p];
        double fx = safe(f, x, g);
        if (!Double.isFinite(fx)) {
            throw new IllegalArgumentException("the loss at the starting point must be finite, was " + fx);
        }
        int iteration = 0;
        while (iteration < maxIterations) {
            if (maxAbs(g) < GRADIENT_TOLERANCE) {
                break;
            }
            // two-loop recursion: d = -H g
            for (int i = 0; i < p; i++) {
                d[i] = -g[i];
            }
            for (int k = 0; k < stored; k++) {
                int idx = Math.floorMod(newest - k, MEMORY);
                a[idx] = rho[idx] * dot(s[idx], d);
                axpy(-a[idx], y[idx], d);
            }
            double initialStep = 1;
            if (stored > 0) {
                double gamma = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
                for (int i = 0; i < p; i++) {
                    d[i] *= gamma;
                }
            } else {
                initialStep = Math.min(1, 1 / Math.max(maxAbs(g), 1e-300));
            }
            for (int k = stored - 1; k >= 0; k--) {
                int idx = Math.floorMod(newest - k, MEMORY);
                double b = rho[idx] * dot(y[idx], d);
                axpy(a[idx] - b, s[idx], d);
            }
            double slope = dot(g, d);
            if (!(slope < 0)) {
                // not a descent direction: forget the curvature and take steepest descent
                stored = 0;
                for (int i = 0; i < p; i++) {
                    d[i] = -g[i];
                }
                slope = dot(g, d);
                initialStep = Math.min(1, 1 / Math.max(maxAbs(g), 1e-300));
            }
            // weak Wolfe bisection
            double lo = 0;
            double hi = Double.POSITIVE_INFINITY;
            double step = initialStep;
            double ft = Double.NaN;
            boolean accepted = false;
            for (int trial = 0; trial < MAX_LINE_SEARCH; trial++) {
                for (int i = 0; i < p; i++) {
                    xt[i] = x[i] + step * d[i];
                }
                ft = safe(f, xt, gt);
                if (!(ft <= fx + C1 * step * slope)) {
                    hi = step;
                } else if (dot(gt, d) < C2 * slope) {
                    lo = step;
                } else {
                    accepted = true;
                    break;
                }
                step = hi < Double.POSITIVE_INFINITY ? 0.5 * (lo + hi) : 2 * step;
            }
            if (!accepted) {
                if (lo > 0) {
                    // the Armijo condition held at lo: take it
                    for (int i = 0; i < p; i++) {
                        xt[i] = x[i] + lo * d[i];
                    }
                    ft = safe(f, xt, gt);
                } else {
                    break;
                }
            }
            iteration++;
            newest = (newest + 1) % MEMORY;
            double sy = 0;
            for (int i = 0; i < p; i++) {
                s[newest][i] = xt[i] - x[i];
                y[newest][i] = gt[i] - g[i];
                sy += s[newest][i] * y[newest][i];
            }
            if (sy > 1e-16 * Math.sqrt(dot(s[newest], s[newest]) * dot(y[newest], y[newest])) && sy > 0) {
                rho[newest] = 1 / sy;
                stored = Math.min(stored + 1, MEMORY);
            } else {
                newest = Math.floorMod(newest - 1, MEMORY); // drop the pair
            }
            double decrease = fx - ft;
            System.arraycopy(xt, 0, x, 0, p);
            System.arraycopy(gt, 0, g, 0, p);
            fx = ft;
            if (decrease <= RELATIVE_DECREASE * Math.max(1, Math.abs(fx))) {
                break;
            }
        }
        return iteration;
    }

    private static double safe(Objective f, double[] x, double[] g) {
        try {
            double v = f.evaluate(x, g);
            if (!Double.isFinite(v) || !allFinite(g)) {
                return Double.POSITIVE_INFINITY;
            }
            return v;
        } catch (NotPositiveDefiniteException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    private static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double alpha, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += alpha * x[i];
        }
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
