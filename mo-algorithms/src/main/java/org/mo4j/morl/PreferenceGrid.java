package org.mo4j.morl;

import java.util.ArrayList;
import java.util.List;

/**
 * C-MORL's Stage-1 preferences ({@code utils.generate_weights_batch_dfs}): every weight vector
 * whose first m − 1 components step from {@code min} by δ up to {@code max} (with the code's
 * half-step tolerances) while their sum stays at most 1, the last component taking the rest, in
 * the code's depth-first order. (0, 1, δ) gives the simplex grid; δ = 1 the m one-hot vectors;
 * (0.2, 0.8, 0.3) with m = 3 the six MuJoCo preferences. O(number of vectors · m).
 */
public final class PreferenceGrid {

    private PreferenceGrid() {}

    /**
     * The preferences for m objectives.
     *
     * @throws IllegalArgumentException if {@code m < 1}, δ is not positive and finite, or the
     *                                  bounds are not finite with {@code min <= max}
     */
    public static double[][] of(int m, double min, double max, double delta) {
        if (m < 1) {
            throw new IllegalArgumentException("m must be >= 1, was " + m);
        }
        if (!(delta > 0) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("delta must be finite and > 0, was " + delta);
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("min and max must be finite with min <= max, were " + min + ", " + max);
        }
        List<double[]> out = new ArrayList<>();
        dfs(0, m, min, max, delta, new double[m], 0, out);
        return out.toArray(new double[0][]);
    }

    private static void dfs(
            int i, int m, double min, double max, double delta, double[] w, double sum, List<double[]> out) {
        if (i == m - 1) {
            w[i] = 1.0 - sum;
            out.add(w.clone());
            return;
        }
        // the code accumulates w += delta in floating point; so does this loop, for identical vectors
        for (double x = min; x < max + 0.5 * delta && sum + x < 1.0 + 0.5 * delta; x += delta) {
            w[i] = x;
            dfs(i + 1, m, min, max, delta, w, sum + x, out);
        }
    }
}
