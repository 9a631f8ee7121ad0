package org.mo4j.problems.maf;

import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Dtlz;
import org.mo4j.problems.internal.Fronts;

/**
 * MaF14 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): the large-scale
 * LSMOP3, any m ≥ 2 objectives, a linear front, with the distance variables linked to x₁ and
 * split into groups of unequal size.
 *
 * <p><b>Sizes.</b> As {@link Maf15}'s: for a requested N (default 20m) objective k has
 * n_k = 2 s_k distance variables in two subgroups of s_k, and n = m − 1 + Σ n_k (64 for m = 3,
 * N = 60).
 *
 * <p><b>Formulas.</b> x_1 … x_{m−1} ∈ [0, 1] are position variables, the others lie in [0, 10]
 * and are linked: t_i = (1 + i/n) x_i − 10 x_1 (1-based i). For objective k, g_k = Σ over its two
 * subgroups of η(t) / n_k with η Rastrigin's function Σ (t_j² − 10 cos(2πt_j) + 10) for odd k and
 * Rosenbrock's Σ_{j&lt;s} (100 (t_j² − t_{j+1})² + (t_j − 1)²) for even k. f_1 = x_1 ⋯ x_{m−1}
 * (1 + g_1), f_k = x_1 ⋯ x_{m−k} (1 − x_{m−k+1})(1 + g_k), f_m = (1 − x_1)(1 + g_m).
 *
 * <ul>
 * <li>Pareto set: t_i = 0 in the Rastrigin groups (x_i = 10 x_1 / (1 + i/n)) and t_i = 1 in the
 * Rosenbrock groups (x_i = (1 + 10 x_1) / (1 + i/n)); front: the simplex Σ f_k = 1, f ≥ 0. The
 * second stays inside [0, 10] for every x_1 only when i/n ≥ 0.1 for every Rosenbrock variable,
 * which holds for the usual sizes (m ≤ 10 with N = 20m) but not for all: near x_1 = 1 the front
 * is then above the simplex. {@link #hasTrueFront()} is true exactly when the condition holds.</li>
 * <li>{@link #trueFront(int)}: the Das–Dennis lattice whose size is closest to n (as for
 * DTLZ1, unscaled).</li>
 * <li>Reference point (1.1, …, 1.1): 1.1 × the nadir point (1, …, 1) of the front.</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n + m²) and allocates only the result.
 */
public final class Maf14 extends AbstractBenchmarkProblem {

    private static final int SUBGROUPS = 2;

    private final int[] sub;
    private final int[] start;
    private final boolean reachable;

    /**
     * MaF14 with m objectives and the paper's N = 20m requested variables.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Maf14(int objectives) {
        this(objectives, 20 * AbstractBenchmarkProblem.checkObjectives(objectives));
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  the requested N, which the grouping rounds (see {@link Maf15})
     * @throws IllegalArgumentException if {@code objectives < 2} or N leaves an objective without
     *                                  distance variables
     */
    public Maf14(int objectives, int variables) {
        this(objectives, Maf15.groups(AbstractBenchmarkProblem.checkObjectives(objectives), variables));
    }

    private Maf14(int objectives, int[] sub) {
        super(
                "MaF14",
                size(objectives, sub),
                objectives,
                box(objectives, size(objectives, sub)),
                filled(objectives, 1.1));
        this.sub = sub;
        this.start = new int[objectives];
        int n = size(objectives, sub);
        int s = objectives - 1;
        boolean ok = true;
        for (int k = 0; k < objectives; k++) {
            start[k] = s;
            if (k % 2 == 1) {
                // the Rosenbrock optimum x_i = (1 + 10 x_1) / (1 + i/n) <= 10 for x_1 = 1
                ok &= 11 <= 10 * (1 + (s + 1) / (double) n);
            }
            s += SUBGROUPS * sub[k];
        }
        this.reachable = ok;
    }

    private static int size(int m, int[] sub) {
        int n = m - 1;
        for (int s : sub) {
            n += SUBGROUPS * s;
        }
        return n;
    }

    private static Bounds box(int m, int n) {
        double[] lo = new double[n];
        double[] hi = new double[n];
        java.util.Arrays.fill(hi, 0, m - 1, 1);
        java.util.Arrays.fill(hi, m - 1, n, 10);
        return new Bounds(lo, hi);
    }

    private static double linked(double[] x, int i) {
        return (1 + (i + 1) / (double) x.length) * x[i] - 10 * x[0];
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = numberOfObjectives();
        double[] f = Dtlz.linear(x, m, 1);
        for (int k = 0; k < m; k++) {
            double eta = 0;
            for (int j = 0; j < SUBGROUPS; j++) {
                int from = start[k] + j * sub[k];
                if (k % 2 == 0) {
                    for (int p = 0; p < sub[k]; p++) {
                        double t = linked(x, from + p);
                        eta += t * t - 10 * Math.cos(2 * Math.PI * t) + 10;
                    }
                } else {
                    double t = linked(x, from);
                    for (int p = 0; p < sub[k] - 1; p++) {
                        double next = linked(x, from + p + 1);
                        double a = t * t - next;
                        eta += 100 * a * a + (t - 1) * (t - 1);
                        t = next;
                    }
                }
            }
            f[k] *= 1 + eta / (SUBGROUPS * sub[k]);
        }
        return Evaluation.of(f);
    }

    @Override
    public boolean hasTrueFront() {
        return reachable;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        return Fronts.simplex(numberOfObjectives(), n);
    }
}
