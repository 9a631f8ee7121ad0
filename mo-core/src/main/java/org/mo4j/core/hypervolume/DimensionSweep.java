package org.mo4j.core.hypervolume;

/**
 * Hypervolume in d >= 5 objectives by the recursive dimension sweep (the slicing scheme of
 * Fonseca, Paquete and López-Ibáñez, "An improved dimension-sweep algorithm for the hypervolume
 * indicator", IEEE CEC 2006, without their reuse of partial slice volumes), bottoming out in the
 * linked HV4D+ ({@link Hv4dPlus}).
 *
 * <p>Points are visited by ascending last objective k. The visited points that are not weakly
 * dominated in the first k - 1 objectives form the set P; between consecutive values of the
 * last objective the volume grows by the (k-1)-objective hypervolume of P times the gap. A
 * visited point weakly dominated in k - 1 objectives by a point of P leaves P, and so its
 * hypervolume, unchanged (no recomputation); otherwise it joins P, the points of P it weakly
 * dominates leave, and the (k-1)-objective hypervolume of P is recomputed by the same sweep
 * one objective down, or by HV4D+ at four. Time O(n^2 k) for maintaining P plus one
 * (k-1)-objective hypervolume per insertion into P: O(n^(k-2)) for k >= 5 in the worst case,
 * O(n^3) at k = 5. O(n k) space: one member array per level.
 *
 * <p>Accuracy. Unlike WFG, no level subtracts anything: every level is a sum of non-negative
 * products of a computed volume and a height. So the computation runs in plain double with a
 * running error bound that does not grow with the number of levels beyond a few units in the
 * last place: for a term {@code t = fl(V * fl(z1 - z0))}, with V's bound e_V from the level
 * below (HV4D+'s running bound at the bottom, see {@link Hv4dPlus}), the error is at most
 * {@code e_V h (1 + u) + 2 u |t| (1 + u)}; the terms are summed with TwoSum, leaving u |low| per
 * term and u |result| for the final rounding. As in {@link Hv4dPlus}, all branches depend only
 * on input comparisons, so these bounds add up; the factor 1.01 covers the bound's own
 * rounding. When the bound exceeds {@link #PLAIN_TOLERANCE} of the result, {@link #volume}
 * falls back to the double-double WFG.
 */
final class DimensionSweep {

    /** The relative error bound below which the plain-double result is accepted. */
    static final double PLAIN_TOLERANCE = 1e-13;

    private final double[] ref;
    /** {@code members[k]}: the set P of level k (rows of the input), reused at that depth. */
    private final double[][][] members;

    private final Hv4dPlus sweep4d;
    /** Error bound, in units of u, of the last {@link #level} result. */
    private double error;

    private DimensionSweep(double[] ref, int n) {
        this.ref = ref;
        int d = ref.length;
        members = new double[d + 1][][];
        for (int k = 5; k <= d; k++) {
            members[k] = new double[n][];
        }
        sweep4d = new Hv4dPlus(n);
    }

    /**
     * Hypervolume of {@code front} against {@code ref}, d >= 5: plain double, redone by the
     * double-double WFG when the running error bound exceeds {@link #PLAIN_TOLERANCE}.
     */
    static double volume(double[][] front, double[] ref) {
        double[] vb = plainVolumeAndBound(front, ref);
        if (vb[1] <= PLAIN_TOLERANCE * Math.abs(vb[0])) {
            return vb[0];
        }
        return Wfg.volume(front, ref);
    }

    /** The plain-double result and its absolute error bound, without fallback (d >= 5). */
    static double[] plainVolumeAndBound(double[][] front, double[] ref) {
        double[][] in = Points.inside(front, ref);
        DimensionSweep sweep = new DimensionSweep(ref, in.length);
        double v = sweep.level(in, in.length, ref.length);
        return new double[] {v, sweep.error * Hv4dPlus.U * 1.01};
    }

    /**
     * Hypervolume of {@code pts[0..n)} in the first {@code k} objectives, k >= 4, with its error
     * bound (units of u) in {@code error}. Reorders {@code pts}.
     */
    private double level(double[][] pts, int n, int k) {
        if (n == 0) {
            error = 0;
            return 0;
        }
        if (k == 4) {
            double v = sweep4d.kernel(pts, n, ref);
            error = sweep4d.error() / (Hv4dPlus.U * 1.01);
            return v;
        }
        Points.sort(pts, 0, n, k - 1);
        double[][] set = members[k];
        int m = 0;
        int below = k - 1;
        double volume = 0;
        double volumeError = 0;
        double sum = 0;
        double low = 0;
        double err = 0;
        double rk = ref[k - 1];
        for (int i = 0; i < n; i++) {
            double[] p = pts[i];
            if (!isDominated(p, set, m, below)) {
                int kept = 0;
                for (int r = 0; r < m; r++) {
                    if (!Points.weaklyDominates(p, set[r], below)) {
                        set[kept++] = set[r];
                    }
                }
                set[kept] = p;
                m = kept + 1;
                volume = level(set, m, below);
                volumeError = error;
            }
            double h = (i + 1 < n ? pts[i + 1][k - 1] : rk) - p[k - 1];
            if (h != 0) {
                double t = volume * h;
                double s = sum + t;
                double bb = s - sum;
                low += (sum - (s - bb)) + (t - bb);
                sum = s;
                err += volumeError * h * 1.0001 + 2.0001 * Math.abs(t) + Math.abs(low);
            }
        }
        double v = sum + low;
        error = err + Math.abs(v);
        return v;
    }

    private static boolean isDominated(double[] p, double[][] rows, int m, int k) {
        for (int r = 0; r < m; r++) {
            if (Points.weaklyDominates(rows[r], p, k)) {
                return true;
            }
        }
        return false;
    }
}
