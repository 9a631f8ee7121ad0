package org.mo4j.problems.wfg;

import org.mo4j.problems.internal.Fronts;

/**
 * WFG1 (Huband, Hingston, Barone, While 2006, "A review of multiobjective test problems and a
 * scalable test problem toolkit", IEEE TEC 10(5), Table XIV): any M ≥ 2 objectives; separable,
 * unimodal, biased (flat region and polynomial bias), convex–mixed front.
 *
 * <p>t¹: y_{1:k} unchanged, s_linear(y_i, 0.35) for the distance values; t²: b_flat(y_i, 0.8, 0.75,
 * 0.85) for the distance values; t³: b_poly(y_i, 0.02) for all; t⁴: r_sum with weights 2i over the
 * position groups and over the distance values. Shape: convex_1 … convex_{M−1}, mixed_M (α = 1,
 * A = 5).
 *
 * <ul>
 * <li>Variables: n = k + l, z_i ∈ [0, 2i]; k position parameters (default 2(M − 1), a multiple of
 * M − 1), l distance parameters (default 20).</li>
 * <li>Pareto set: z_i = 2i · 0.35 for the distance parameters, any position parameters. In
 * floating point, y_i = z_i / (2i) = 0.35 exactly has no solution z_i for some i (i = 3, 6, 12,
 * 24, 48, … among the first 60), and the chain s_linear → b_flat → b_poly(·, 0.02) turns the
 * residual of about 10⁻¹⁶ into t ≈ 0.5 (1e-16^0.02 ≈ 0.48): for those sizes the Pareto set is not
 * exactly reachable by any double vector. This is the definition computed as the authors'
 * toolkit computes it (y = z / z_max first); it is kept rather than "repaired", and it is one
 * reason WFG1 is hard. (k = 6, l = 5 for M = 2, 3 and k = 8, l = 3 for M = 5 avoid those i.)</li>
 * <li>Front: {2m h_m(x) : x ∈ [0, 1]^{M−1}}; every such point is Pareto-optimal (h_M is strictly
 * decreasing in x_1 and the others are 1 − cos(x_1 π/2) times a convex front of M − 1 objectives).
 * {@link #trueFront(int)}: the grid of c values per x_i, c = max(2, round(n^(1/(M−1)))), equally
 * spaced in [0, 1], duplicates (x_1 = 0 collapses a face to one point) removed: about n points,
 * denser where the shape is flat.</li>
 * <li>Reference point (3, 5, …, 2M + 1), r_i = 2i + 1 = D + S_i: no objective vector of any WFG problem
 * exceeds it (f_i = x_M + 2i h_i with x_M, h_i ∈ [0, 1]), and it lies 1 beyond the front's nadir
 * (2, 4, …, 2M) in every objective; it is the reference point commonly used for WFG hypervolumes
 * (z_max-based, "2i + 1"), though the literature has no single canonical choice.</li>
 * </ul>
 */
public final class Wfg1 extends Wfg {

    /**
     * WFG1 with M objectives, k = 2(M − 1) and l = 20.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Wfg1(int objectives) {
        this(objectives, defaultK(objectives), DEFAULT_L);
    }

    /**
     * @param objectives M ≥ 2
     * @param k          the number of position parameters, a positive multiple of M − 1
     * @param l          the number of distance parameters, ≥ 1
     * @throws IllegalArgumentException naming the argument that breaks these rules
     */
    public Wfg1(int objectives, int k, int l) {
        super("WFG1", objectives, k, l, false);
    }

    @Override
    double[] transform(double[] y) {
        double[] t = shiftDistanceLinearly(y);
        for (int i = k; i < t.length; i++) {
            t[i] = WfgTransforms.bFlat(t[i], 0.8, 0.75, 0.85);
        }
        for (int i = 0; i < t.length; i++) {
            t[i] = WfgTransforms.bPoly(t[i], 0.02);
        }
        double[] w = new double[t.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 2.0 * (i + 1);
        }
        return reduceBySums(t, w);
    }

    @Override
    double shape(double[] x, int objective) {
        return objective < m ? WfgTransforms.convex(x, objective) : WfgTransforms.mixed(x[0], 5, 1);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        int c = Math.max(2, Fronts.perAxis(n, m - 1));
        return gridFront(Fronts.linspace(0, 1, c), c);
    }
}
