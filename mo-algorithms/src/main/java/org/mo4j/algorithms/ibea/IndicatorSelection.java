package org.mo4j.algorithms.ibea;

/**
 * IBEA's fitness assignment and environmental selection (Zitzler &amp; Künzli 2004,
 * "Indicator-based selection in multiobjective search", PPSN VIII, LNCS 3242, section 3, adaptive
 * IBEA): the objectives are scaled to [0, 1] by the bounds of the set, I(y, x) is the
 * {@link Indicator} (I_ε+ or I_HD) on the scaled values, c = max |I(y, x)| over the pairs,
 * and F(x) = Σ_{y ≠ x} −exp(−I(y, x) / (c·κ)). The selection removes the worst member one at a
 * time and updates the others' fitness, F(x) += exp(−I(x*, x) / (c·κ)), O(M) per removal instead
 * of a recomputation (c stays that of the whole set, as in the paper).
 *
 * <p>Constraints (the paper has none; mo4j's rule): while an infeasible member remains, the worst
 * is the one of largest total violation (ties: smaller fitness, then lower index); once all are
 * feasible, the one of smallest fitness (ties to the lower index). The fitness of every member is
 * computed on its objectives alone, whether feasible or not.
 *
 * <p>Cost for M members in m objectives: O(M² m) for the indicator and weight matrix, O(M) per
 * removal, so O(M² m) per call; allocates the M × M weight matrix.
 */
final class IndicatorSelection {

    private IndicatorSelection() {}

    /** The kept members' indices (in increasing order of index) and their fitness after the removals. */
    record Selected(int[] members, double[] fitness) {}

    /** The additive ε-indicator of two points, I_ε+(a, b) = max_k (a_k − b_k). */
    static double epsilon(double[] a, double[] b) {
        double e = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            if (d > e) {
                e = d;
            }
        }
        return e;
    }

    /**
     * I_HD(y, x) of two scaled points: H(x) − H(y) when y weakly dominates x, else the volume x
     * dominates and y does not, H(x) − H(max(x, y)); {@code hx}, {@code hy} are H(x), H(y), the
     * volumes up to {@link Indicator#REFERENCE} in every coordinate.
     */
    static double hypervolume(double[] y, double[] x, double hy, double hx) {
        boolean weaklyDominates = true;
        double joint = 1;
        for (int k = 0; k < y.length; k++) {
            double a = y[k];
            double b = x[k];
            if (a > b) {
                weaklyDominates = false;
                joint *= Indicator.REFERENCE - a;
            } else {
                joint *= Indicator.REFERENCE - b;
            }
        }
        return weaklyDominates ? hx - hy : hx - joint;
    }

    /**
     * The weights w[y][x] = exp(−I(y, x) / (c·κ)) of the members of {@code f} (the diagonal is 0),
     * on objectives scaled to [0, 1] by the set's bounds (an objective with equal values scales to 0).
     * When every I is 0 (one distinct point), c is taken as 1.
     */
    static double[][] weights(double[][] f, Indicator indicator, double kappa) {
        int n = f.length;
        int m = n == 0 ? 0 : f[0].length;
        double[] lo = new double[m];
        double[] span = new double[m];
        for (int k = 0; k < m; k++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : f) {
                min = Math.min(min, row[k]);
                max = Math.max(max, row[k]);
            }
            lo[k] = min;
            span[k] = max > min ? max - min : 1;
        }
        double[][] scaled = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                scaled[i][k] = (f[i][k] - lo[k]) / span[k];
            }
        }
        double[] h = new double[n];
        if (indicator == Indicator.HYPERVOLUME) {
            for (int i = 0; i < n; i++) {
                double v = 1;
                for (int k = 0; k < m; k++) {
                    v *= Indicator.REFERENCE - scaled[i][k];
                }
                h[i] = v;
            }
        }
        double[][] w = new double[n][n];
        double c = 0;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (x != y) {
                    double v = indicator == Indicator.EPSILON
                            ? epsilon(scaled[y], scaled[x])
                            : hypervolume(scaled[y], scaled[x], h[y], h[x]);
                    w[y][x] = v;
                    c = Math.max(c, Math.abs(v));
                }
            }
        }
        double scale = (c > 0 ? c : 1) * kappa;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                w[y][x] = x == y ? 0 : Math.exp(-w[y][x] / scale);
            }
        }
        return w;
    }

    /**
     * The {@code capacity} members of {@code f} (total violations {@code cv}) IBEA keeps, or all
     * when there are no more, with their fitness after the removals.
     *
     * @param kappa the fitness scaling factor κ &gt; 0
     */
    static Selected select(double[][] f, double[] cv, int capacity, Indicator indicator, double kappa) {
        int n = f.length;
        double[][] w = weights(f, indicator, kappa);
        double[] fit = new double[n];
        for (int y = 0; y < n; y++) {
            double[] row = w[y];
            for (int x = 0; x < n; x++) {
                fit[x] -= row[x];
            }
        }
        boolean[] removed = new boolean[n];
        for (int left = n; left > capacity; left--) {
            int worst = worst(fit, cv, removed);
            removed[worst] = true;
            double[] row = w[worst];
            for (int x = 0; x < n; x++) {
                fit[x] += row[x];
            }
        }
        int kept = Math.min(n, capacity);
        int[] members = new int[kept];
        double[] fitness = new double[kept];
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (!removed[i]) {
                members[c] = i;
                fitness[c++] = fit[i];
            }
        }
        return new Selected(members, fitness);
    }

    /** The member to remove next: the largest violation while any is infeasible, else the least fit. */
    static int worst(double[] fit, double[] cv, boolean[] removed) {
        int worst = -1;
        for (int i = 0; i < fit.length; i++) {
            if (removed[i]) {
                continue;
            }
            if (worst < 0 || cv[i] > cv[worst] || (cv[i] == cv[worst] && fit[i] < fit[worst])) {
                worst = i;
            }
        }
        return worst;
    }
}
