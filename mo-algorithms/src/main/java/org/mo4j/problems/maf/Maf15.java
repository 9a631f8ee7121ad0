package org.mo4j.problems.maf;

import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Dtlz;
import org.mo4j.problems.internal.Fronts;

/**
 * MaF15 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): the inverted
 * large-scale LSMOP8, any m ≥ 2 objectives, a concave front upside down, with the distance
 * variables linked to x₁ and split into groups of unequal size.
 *
 * <p><b>Sizes.</b> For a requested number of variables N (the paper's default 20m), the chaotic
 * sequence c₁ = 3.8 · 0.1 · 0.9, c_k = 3.8 c_{k−1}(1 − c_{k−1}) gives objective k a group of
 * n_k = 2 s_k distance variables, s_k = ⌈round(c_k / Σc · N) / 2⌉, in two subgroups of s_k; the
 * problem then has n = m − 1 + Σ n_k variables (64 for m = 3 and N = 60), as the paper's code
 * computes it.
 *
 * <p><b>Formulas.</b> The first m − 1 variables x_1 … x_{m−1} ∈ [0, 1] are position variables,
 * the others lie in [0, 10] and are linked: t_i = (1 + cos(i/n · π/2)) x_i − 10 x_1 (1-based i).
 * For objective k, g_k = Σ over its two subgroups of η(t) / n_k with η Griewank's function
 * (Σ t_j²/4000 − Π cos(t_j/√j) + 1, j the position in the subgroup) for odd k and the sphere Σ t_j²
 * for even k. With u the unit DTLZ sphere at the angles x_j π/2, f_k = (1 − u_k)(1 + g_k + g_{k+1})
 * for k &lt; m and f_m = (1 − u_m)(1 + g_m).
 *
 * <ul>
 * <li>Pareto set: every t_i = 0 (η's minimum), that is x_i = 10 x_1 / (1 + cos(i/n · π/2)), which
 * lies in [0, 10] for every x_1; front: f = 1 − u for u on the unit sphere, u ≥ 0.</li>
 * <li>{@link #trueFront(int)}: 1 − the Das–Dennis lattice directions whose count is closest to n
 * (as for DTLZ2), scaled to norm 1.</li>
 * <li>Reference point (1.1, …, 1.1): 1.1 × the nadir point (1, …, 1) of the front.</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n + m²) and allocates only the result.
 */
public final class Maf15 extends AbstractBenchmarkProblem {

    private static final int SUBGROUPS = 2;

    /** s_k, the size of each of objective k's two subgroups. */
    private final int[] sub;

    /** The 0-based index of the first variable of objective k's group. */
    private final int[] start;

    /**
     * MaF15 with m objectives and the paper's N = 20m requested variables.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Maf15(int objectives) {
        this(objectives, 20 * AbstractBenchmarkProblem.checkObjectives(objectives));
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  the requested N, which the grouping rounds (see the class comment)
     * @throws IllegalArgumentException if {@code objectives < 2} or N leaves an objective without
     *                                  distance variables
     */
    public Maf15(int objectives, int variables) {
        this(objectives, groups(AbstractBenchmarkProblem.checkObjectives(objectives), variables));
    }

    private Maf15(int objectives, int[] sub) {
        super(
                "MaF15",
                size(objectives, sub),
                objectives,
                box(objectives, size(objectives, sub)),
                filled(objectives, 1.1));
        this.sub = sub;
        this.start = new int[objectives];
        int s = objectives - 1;
        for (int k = 0; k < objectives; k++) {
            start[k] = s;
            s += SUBGROUPS * sub[k];
        }
    }

    /** s_k = ⌈round(c_k / Σc · N) / 2⌉ with the chaotic c_k of the paper. */
    static int[] groups(int m, int requested) {
        double[] c = new double[m];
        c[0] = 3.8 * 0.1 * (1 - 0.1);
        double sum = c[0];
        for (int k = 1; k < m; k++) {
            c[k] = 3.8 * c[k - 1] * (1 - c[k - 1]);
            sum += c[k];
        }
        int[] sub = new int[m];
        for (int k = 0; k < m; k++) {
            sub[k] = (int) Math.ceil(Math.round(c[k] / sum * requested) / (double) SUBGROUPS);
            if (sub[k] < 1) {
                throw new IllegalArgumentException("variables " + requested + " leave objective " + (k + 1) + " of " + m
                        + " without distance variables (round(c_k / sum c * variables) must be >= 1)");
            }
        }
        return sub;
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

    /** t_i of the 0-based variable i. */
    private static double linked(double[] x, int i) {
        return (1 + Math.cos((i + 1) / (double) x.length * Math.PI / 2)) * x[i] - 10 * x[0];
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = numberOfObjectives();
        double[] g = new double[m + 1];
        for (int k = 0; k < m; k++) {
            double eta = 0;
            for (int j = 0; j < SUBGROUPS; j++) {
                int from = start[k] + j * sub[k];
                double sq = 0;
                double prod = 1;
                for (int p = 0; p < sub[k]; p++) {
                    double t = linked(x, from + p);
                    sq += t * t;
                    prod *= Math.cos(t / Math.sqrt(p + 1));
                }
                eta += k % 2 == 0 ? sq / 4000 - prod + 1 : sq;
            }
            g[k] = eta / (SUBGROUPS * sub[k]);
        }
        double[] f = Dtlz.sphere(Dtlz.angles(x, m, 1), m, 1);
        for (int k = 0; k < m; k++) {
            f[k] = (1 - f[k]) * (1 + g[k] + (k < m - 1 ? g[k + 1] : 0));
        }
        return Evaluation.of(f);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        double[][] u = Fronts.sphere(numberOfObjectives(), n);
        for (double[] p : u) {
            for (int i = 0; i < p.length; i++) {
                p[i] = 1 - p[i];
            }
        }
        return u;
    }
}
