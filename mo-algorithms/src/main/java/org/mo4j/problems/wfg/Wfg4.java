package org.mo4j.problems.wfg;

/**
 * WFG4 (Huband, Hingston, Barone, While 2006, "A review of multiobjective test problems and a
 * scalable test problem toolkit", IEEE TEC 10(5), Table XIV): any M ≥ 2 objectives; separable,
 * highly multimodal, concave front.
 *
 * <p>t¹: s_multi(y_i, 30, 10, 0.35) for all; t²: r_sum with weights 1 over the position groups
 * and the distance values. Shape: concave.
 *
 * <ul>
 * <li>Variables: n = k + l, z_i ∈ [0, 2i]; k position parameters (default 2(M − 1), a multiple of
 * M − 1), l distance parameters (default 20).</li>
 * <li>Pareto set: z_i = 2i · 0.35 for the distance parameters, any position parameters.</li>
 * <li>Front: the concave shape, Σ (f_m / 2m)² = 1, f ≥ 0. {@link #trueFront(int)}: the Das–Dennis
 * lattice whose size is closest to n (as for DTLZ2), scaled to norm 1 and then by S_m = 2m.</li>
 * <li>Reference point (3, 5, …, 2M + 1), r_i = 2i + 1 = D + S_i: no objective vector of any WFG problem
 * exceeds it (f_i = x_M + 2i h_i with x_M, h_i ∈ [0, 1]), and it lies 1 beyond the front's nadir
 * (2, 4, …, 2M) in every objective; it is the reference point commonly used for WFG hypervolumes
 * (z_max-based, "2i + 1"), though the literature has no single canonical choice.</li>
 * </ul>
 */
public final class Wfg4 extends Wfg {

    /**
     * WFG4 with M objectives, k = 2(M − 1) and l = 20.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Wfg4(int objectives) {
        this(objectives, defaultK(objectives), DEFAULT_L);
    }

    /**
     * @param objectives M ≥ 2
     * @param k          the number of position parameters, a positive multiple of M − 1
     * @param l          the number of distance parameters, ≥ 1
     * @throws IllegalArgumentException naming the argument that breaks these rules
     */
    public Wfg4(int objectives, int k, int l) {
        super("WFG4", objectives, k, l, false);
    }

    @Override
    double[] transform(double[] y) {
        double[] t = new double[y.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = WfgTransforms.sMulti(y[i], 30, 10, 0.35);
        }
        return reduceByMeans(t);
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
