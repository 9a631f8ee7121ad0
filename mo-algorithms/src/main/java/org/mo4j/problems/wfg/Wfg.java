package org.mo4j.problems.wfg;

import static org.mo4j.problems.wfg.WfgTransforms.mean;
import static org.mo4j.problems.wfg.WfgTransforms.rNonsep;
import static org.mo4j.problems.wfg.WfgTransforms.rSum;

import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/**
 * The frame shared by WFG1–WFG9 (Huband, Hingston, Barone, While 2006, "A review of
 * multiobjective test problems and a scalable test problem toolkit", IEEE TEC 10(5), Section
 * VIII): n = k + l variables z_i ∈ [0, 2i] (z_max,i = 2i), normalised to y_i = z_i / (2i),
 * transformed by the problem's sequence of transformations into t_1 … t_M, then
 * x_i = max(t_M, A_i)(t_i − 0.5) + 0.5 for i &lt; M, x_M = t_M, and f_m = D x_M + S_m h_m(x_1 …
 * x_{M−1})
 * with D = 1 and S_m = 2m.
 *
 * <p>On the Pareto set t_M = 0, so the front is {S h(x) : x ∈ [0, 1]^{M−1}} (for A_i = 1), which is how
 * the subclasses sample it.
 *
 * <p>This is the common type of {@link Wfg1} … {@link Wfg9}: it gives the sizes k and l of any of
 * them, e.g. of a problem built by name with {@link org.mo4j.problems.Problems}. It cannot be
 * extended outside this package (its constructor is package-private).
 */
public abstract class Wfg extends AbstractBenchmarkProblem {

    /** The customary number of distance parameters, l = 20. */
    public static final int DEFAULT_L = 20;

    final int k;
    final int l;
    final int m;

    Wfg(String name, int objectives, int k, int l, boolean evenL) {
        super(name, checkSizes(name, objectives, k, l, evenL), objectives, box(k + l), reference(objectives));
        this.k = k;
        this.l = l;
        this.m = objectives;
    }

    /**
     * The customary number of position parameters, k = 2(m − 1), for m objectives.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public static int defaultK(int objectives) {
        return 2 * (checkObjectives(objectives) - 1);
    }

    private static int checkSizes(String name, int objectives, int k, int l, boolean evenL) {
        checkObjectives(objectives);
        if (k < 1 || k % (objectives - 1) != 0) {
            throw new IllegalArgumentException(
                    "k must be a positive multiple of objectives - 1 (" + (objectives - 1) + "), was " + k);
        }
        if (l < 1) {
            throw new IllegalArgumentException("l must be at least 1, was " + l);
        }
        if (evenL && l % 2 != 0) {
            throw new IllegalArgumentException("l must be even for " + name + ", was " + l);
        }
        return Math.addExact(k, l);
    }

    private static Bounds box(int n) {
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            hi[i] = 2.0 * (i + 1);
        }
        return new Bounds(lo, hi);
    }

    private static double[] reference(int m) {
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            r[i] = 2.0 * (i + 1) + 1;
        }
        return r;
    }

    /** The number k of position parameters. */
    public final int positionParameters() {
        return k;
    }

    /** The number l of distance parameters. */
    public final int distanceParameters() {
        return l;
    }

    /** The transformations: y (normalised, length n) to t_1 … t_M. */
    abstract double[] transform(double[] y);

    /** h_m(x_1 … x_{M−1}), m 1-based. */
    abstract double shape(double[] x, int objective);

    /** Whether A = (1, 0, …, 0) (WFG3) rather than all ones. */
    boolean degenerate() {
        return false;
    }

    @Override
    protected final Evaluation evaluateInBounds(double[] z) {
        double[] y = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            y[i] = WfgTransforms.correct(z[i] / (2.0 * (i + 1)));
        }
        double[] t = transform(y);
        double xM = t[m - 1];
        double[] x = new double[m - 1];
        for (int i = 0; i < m - 1; i++) {
            double a = degenerate() && i > 0 ? 0 : 1;
            x[i] = Math.max(xM, a) * (t[i] - 0.5) + 0.5;
        }
        double[] f = new double[m];
        for (int j = 0; j < m; j++) {
            f[j] = xM + 2.0 * (j + 1) * shape(x, j + 1);
        }
        return Evaluation.of(f);
    }

    /** The objective vector S h(x) with x_M = 0: a front point when x is Pareto-optimal. */
    final double[] frontPoint(double[] x) {
        double[] f = new double[m];
        for (int j = 0; j < m; j++) {
            f[j] = 2.0 * (j + 1) * shape(x, j + 1);
        }
        return f;
    }

    // ---- shared transformation steps ----

    /**
     * The reduction to M values by weighted sums: t_i = r_sum over the i-th group of k/(M − 1)
     * position values, t_M = r_sum over the distance values y[k..y.length).
     */
    final double[] reduceBySums(double[] y, double[] w) {
        double[] t = new double[m];
        int g = k / (m - 1);
        for (int i = 0; i < m - 1; i++) {
            t[i] = rSum(y, w, i * g, (i + 1) * g);
        }
        t[m - 1] = rSum(y, w, k, y.length);
        return t;
    }

    /** {@link #reduceBySums} with all weights 1. */
    final double[] reduceByMeans(double[] y) {
        double[] t = new double[m];
        int g = k / (m - 1);
        for (int i = 0; i < m - 1; i++) {
            t[i] = mean(y, i * g, (i + 1) * g);
        }
        t[m - 1] = mean(y, k, y.length);
        return t;
    }

    /**
     * The non-separable reduction of WFG6 and WFG9: r_nonsep with A = k/(M − 1) per group, A = l
     * for the distance values.
     */
    final double[] reduceNonseparably(double[] y) {
        double[] t = new double[m];
        int g = k / (m - 1);
        for (int i = 0; i < m - 1; i++) {
            t[i] = rNonsep(y, i * g, (i + 1) * g, g);
        }
        t[m - 1] = rNonsep(y, k, y.length, y.length - k);
        return t;
    }

    /** s_linear(y_i, 0.35) on the distance values, the position values unchanged (WFG1, 2, 3, 6, 7, 8). */
    final double[] shiftDistanceLinearly(double[] y) {
        double[] t = y.clone();
        for (int i = k; i < t.length; i++) {
            t[i] = WfgTransforms.sLinear(y[i], 0.35);
        }
        return t;
    }

    /** WFG2's and WFG3's non-separable pairing of the distance values: length k + l/2. */
    final double[] pairDistance(double[] y) {
        double[] t = new double[k + l / 2];
        System.arraycopy(y, 0, t, 0, k);
        for (int i = k; i < t.length; i++) {
            int head = k + 2 * (i - k);
            t[i] = rNonsep(y, head, head + 2, 2);
        }
        return t;
    }

    /** The sphere front of WFG4–9: Das–Dennis directions of norm 1, scaled by S_m = 2m. */
    final double[][] concaveFront(int n) {
        double[][] w = Fronts.sphere(m, n);
        for (double[] p : w) {
            for (int j = 0; j < m; j++) {
                p[j] *= 2.0 * (j + 1);
            }
        }
        return w;
    }

    /**
     * S h(x) over the grid of x whose first coordinate takes the values {@code first} and every
     * other one c equally spaced values in [0, 1], without duplicate points.
     */
    final double[][] gridFront(double[] first, int c) {
        double[][] axes = new double[m - 1][];
        axes[0] = first;
        for (int i = 1; i < m - 1; i++) {
            axes[i] = Fronts.linspace(0, 1, c);
        }
        double[][] xs = Fronts.grid(axes);
        double[][] out = new double[xs.length][];
        for (int r = 0; r < xs.length; r++) {
            out[r] = frontPoint(xs[r]);
        }
        return Fronts.distinct(out);
    }

    @Override
    public String toString() {
        return name() + " (" + m + " objectives, k = " + k + ", l = " + l + ")";
    }
}
