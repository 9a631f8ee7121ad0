package org.mo4j.problems.wfg;

/**
 * WFG6 (Huband, Hingston, Barone, While 2006, "A review of multiobjective test problems and a
 * scalable test problem toolkit", IEEE TEC 10(5), Table XIV): any M ≥ 2 objectives; non-separable,
 * unimodal, concave front.
 *
 * <p>t¹: s_linear(y_i, 0.35) for the distance values; t²: r_nonsep over each position group
 * (A = k/(M − 1)) and over the distance values (A = l). Shape: concave.
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
public final class Wfg6 extends Wfg {

    /**
     * WFG6 with M objectives, k = 2(M − 1) and l = 20.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Wfg6(int objectives) {
        this(objectives, defaultK(objectives), DEFAULT_L);
    }

    /**
     * @param objectives M ≥ 2
     * @param k          the number of position parameters, a positive multiple of M − 1
     * @param l          the number of distance parameters, ≥ 1
     * @throws IllegalArgumentException naming the argument that breaks these rules
     */
    public Wfg6(int objectives, int k, int l) {
        super("WFG6", objectives, k, l, false);
    }

    @Override
    double[] transform(double[] y) {
        return reduceNonseparably(shiftDistanceLinearly(y));
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
