package org.mo4j.problems.wfg;

import org.mo4j.problems.internal.Fronts;

/**
 * WFG2 (Huband, Hingston, Barone, While 2006, "A review of multiobjective test problems and a
 * scalable test problem toolkit", IEEE TEC 10(5), Table XIV): any M ≥ 2 objectives; non-separable,
 * multimodal distance part, convex front of disconnected pieces.
 *
 * <p>t¹: as WFG1's; t²: y_{1:k} unchanged, r_nonsep over consecutive pairs of distance values
 * (A = 2), leaving k + l/2 values; t³: r_sum with weights 1 over the position groups and the l/2
 * remaining distance values. Shape: convex_1 … convex_{M−1}, disc_M (α = β = 1, A = 5).
 *
 * <ul>
 * <li>Variables: n = k + l, z_i ∈ [0, 2i]; k position parameters (default 2(M − 1), a multiple of
 * M − 1), l distance parameters (default 20), and even.</li>
 * <li>Pareto set: z_i = 2i · 0.35 for the distance parameters, any position parameters.</li>
 * <li>Front: the non-dominated part of {2m h_m(x)}. As h_M = disc(x_1) depends on x_1 alone and
 * h_1 … h_{M−1} are 1 − cos(x_1 π/2) times a convex front of M − 1 objectives, a point is
 * Pareto-optimal exactly when x_1 is a value at which disc reaches a new strict minimum (six
 * intervals [0, b₀], (a₁, b₁], …, (a₅, 1], one per local minimum of disc just past x_1 = 0.2j),
 * whatever x_2 … x_{M−1}: so the front is exact, not a filtered sample. {@link #trueFront(int)}: c = max(2, round(n^(1/(M−1)))) values of x_1 along those
 * intervals (endpoints computed once to a few ulps, as for ZDT3) times c equally spaced values of
 * each other x_i, duplicates removed.</li>
 * <li>Reference point (3, 5, …, 2M + 1), r_i = 2i + 1 = D + S_i: no objective vector of any WFG problem
 * exceeds it (f_i = x_M + 2i h_i with x_M, h_i ∈ [0, 1]), and it lies 1 beyond the front's nadir
 * (2, 4, …, 2M) in every objective; it is the reference point commonly used for WFG hypervolumes
 * (z_max-based, "2i + 1"), though the literature has no single canonical choice.</li>
 * </ul>
 */
public final class Wfg2 extends Wfg {

    private static final Fronts.RecordSet PIECES = new Fronts.RecordSet(
            x -> WfgTransforms.disc(x, 5, 1, 1),
            x -> -Math.pow(Math.cos(5 * Math.PI * x), 2) + 5 * Math.PI * x * Math.sin(10 * Math.PI * x),
            0,
            1);

    /** The Pareto-optimal values of x_1 (package-private for the tests). */
    static Fronts.RecordSet pieces() {
        return PIECES;
    }

    /**
     * WFG2 with M objectives, k = 2(M − 1) and l = 20.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Wfg2(int objectives) {
        this(objectives, defaultK(objectives), DEFAULT_L);
    }

    /**
     * @param objectives M ≥ 2
     * @param k          the number of position parameters, a positive multiple of M − 1
     * @param l          the number of distance parameters, ≥ 1 and even
     * @throws IllegalArgumentException naming the argument that breaks these rules
     */
    public Wfg2(int objectives, int k, int l) {
        super("WFG2", objectives, k, l, true);
    }

    @Override
    double[] transform(double[] y) {
        return reduceByMeans(pairDistance(shiftDistanceLinearly(y)));
    }

    @Override
    double shape(double[] x, int objective) {
        return objective < m ? WfgTransforms.convex(x, objective) : WfgTransforms.disc(x[0], 5, 1, 1);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        int c = Math.max(2, Fronts.perAxis(n, m - 1));
        return gridFront(PIECES.sample(c), c);
    }
}
