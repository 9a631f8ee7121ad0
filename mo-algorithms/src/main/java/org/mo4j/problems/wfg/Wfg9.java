package org.mo4j.problems.wfg;

/**
 * WFG9 (Huband, Hingston, Barone, While 2006, "A review of multiobjective test problems and a
 * scalable test problem toolkit", IEEE TEC 10(5), Table XIV): any M ≥ 2 objectives; non-separable,
 * multimodal and deceptive, parameter-dependent bias, concave front.
 *
 * <p>t¹: b_param(y_i, r_sum(y_{i+1:n}, 1), 0.98/49.98, 0.02, 50) for i &lt; n, y_n unchanged;
 * t²: s_decept(y_i, 0.35, 0.001, 0.05) for the position values, s_multi(y_i, 30, 95, 0.35) for the
 * distance values; t³: r_nonsep as in WFG6. Shape: concave.
 *
 * <ul>
 * <li>Variables: n = k + l, z_i ∈ [0, 2i]; k position parameters (default 2(M − 1), a multiple of
 * M − 1), l distance parameters (default 20).</li>
 * <li>Pareto set: any position parameters; y_n = 0.35, then for i = n − 1 down to k + 1,
 * y_i = 0.35^(1/e(u)) where u is the mean of y_{i+1} … y_n and e(u) the exponent of b_param.</li>
 * <li>Front: the concave shape, Σ (f_m / 2m)² = 1, f ≥ 0. {@link #trueFront(int)}: the Das–Dennis
 * lattice whose size is closest to n (as for DTLZ2), scaled to norm 1 and then by S_m = 2m.</li>
 * <li>Reference point (3, 5, …, 2M + 1), r_i = 2i + 1 = D + S_i: no objective vector of any WFG problem
 * exceeds it (f_i = x_M + 2i h_i with x_M, h_i ∈ [0, 1]), and it lies 1 beyond the front's nadir
 * (2, 4, …, 2M) in every objective; it is the reference point commonly used for WFG hypervolumes
 * (z_max-based, "2i + 1"), though the literature has no single canonical choice.</li>
 * </ul>
 */
public final class Wfg9 extends Wfg {

    /**
     * WFG9 with M objectives, k = 2(M − 1) and l = 20.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Wfg9(int objectives) {
        this(objectives, defaultK(objectives), DEFAULT_L);
    }

    /**
     * @param objectives M ≥ 2
     * @param k          the number of position parameters, a positive multiple of M − 1
     * @param l          the number of distance parameters, ≥ 1
     * @throws IllegalArgumentException naming the argument that breaks these rules
     */
    public Wfg9(int objectives, int k, int l) {
        super("WFG9", objectives, k, l, false);
    }

    @Override
    double[] transform(double[] y) {
        double[] t = new double[y.length];
        for (int i = 0; i < y.length - 1; i++) {
            double u = WfgTransforms.mean(y, i + 1, y.length);
            t[i] = WfgTransforms.bParam(y[i], u, 0.98 / 49.98, 0.02, 50);
        }
        t[y.length - 1] = y[y.length - 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = i < k ? WfgTransforms.sDecept(t[i], 0.35, 0.001, 0.05) : WfgTransforms.sMulti(t[i], 30, 95, 0.35);
        }
        return reduceNonseparably(t);
    }

    @Override
    double shape(double[] x, int objective) {
        return WfgTransforms.concave(x, objective);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        return concaveFront(n);
    }
}
