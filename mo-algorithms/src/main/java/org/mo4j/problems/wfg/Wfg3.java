package org.mo4j.problems.wfg;

import org.mo4j.problems.internal.Fronts;

/**
 * WFG3 (Huband, Hingston, Barone, While 2006, "A review of multiobjective test problems and a
 * scalable test problem toolkit", IEEE TEC 10(5), Table XIV): any M ≥ 2 objectives; non-separable,
 * unimodal, linear and degenerate front.
 *
 * <p>The transformations of WFG2; shape linear_1 … linear_M with the degeneracy constants
 * A = (1, 0, …, 0), so x_2 … x_{M−1} = 0.5 on the Pareto set.
 *
 * <ul>
 * <li>Variables: n = k + l, z_i ∈ [0, 2i]; k position parameters (default 2(M − 1), a multiple of
 * M − 1), l distance parameters (default 20), and even.</li>
 * <li>Pareto set: z_i = 2i · 0.35 for the distance parameters, any position parameters.</li>
 * <li>Front: for M = 2, the segment f_1/2 + f_2/4 = 1, f ≥ 0 ({@link #trueFront(int)}: n points,
 * f_1 equally spaced in [0, 2]). For M ≥ 3 {@link #hasTrueFront()} is false: the paper intends a
 * degenerate line (x_1 free, x_2 … x_{M−1} = 0.5), but with t_M &gt; 0 the factors max(t_M, A_i)
 * let other points escape domination, so the true front has parts off that line (Ishibuchi,
 * Masuda, Nojima 2016, "Pareto fronts of many-objective degenerate test problems", IEEE TEC
 * 20(5)); e.g. for M = 3, t_M = ε, t_2 = 1, x_1 &gt; 2/3 gives a point no line point dominates.
 * It has no closed form, so none is returned rather than a wrong one.</li>
 * <li>Reference point (3, 5, …, 2M + 1), r_i = 2i + 1 = D + S_i: no objective vector of any WFG problem
 * exceeds it (f_i = x_M + 2i h_i with x_M, h_i ∈ [0, 1]), and it lies 1 beyond the front's nadir
 * (2, 4, …, 2M) in every objective; it is the reference point commonly used for WFG hypervolumes
 * (z_max-based, "2i + 1"), though the literature has no single canonical choice.</li>
 * </ul>
 */
public final class Wfg3 extends Wfg {

    /**
     * WFG3 with M objectives, k = 2(M − 1) and l = 20.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Wfg3(int objectives) {
        this(objectives, defaultK(objectives), DEFAULT_L);
    }

    /**
     * @param objectives M ≥ 2
     * @param k          the number of position parameters, a positive multiple of M − 1
     * @param l          the number of distance parameters, ≥ 1 and even
     * @throws IllegalArgumentException naming the argument that breaks these rules
     */
    public Wfg3(int objectives, int k, int l) {
        super("WFG3", objectives, k, l, true);
    }

    @Override
    double[] transform(double[] y) {
        return reduceByMeans(pairDistance(shiftDistanceLinearly(y)));
    }

    @Override
    double shape(double[] x, int objective) {
        return WfgTransforms.linear(x, objective);
    }

    @Override
    boolean degenerate() {
        return true;
    }

    /** True for two objectives only (see the class comment). */
    @Override
    public boolean hasTrueFront() {
        return m == 2;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        double[] f1 = Fronts.linspace(0, 2, n);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new double[] {f1[i], 4 * (1 - f1[i] / 2)};
        }
        return out;
    }
}
