package org.mo4j.algorithms.rvea;

/**
 * RVEA's reference vectors and their selection (Cheng, Jin, Olhofer, Sendhoff 2016, section III):
 * unit vectors v_j, the smallest angle γ_j between each and the others, the angle-penalised
 * distance APD that picks one solution per vector, and the adaptation of the vectors to the ranges
 * of the objectives.
 *
 * <p>Selection of k solutions against V vectors in m objectives costs O(k V m) (every cosine) plus
 * O(k) square roots and arc cosines; setting or adapting the vectors costs O(V² m) for the angles γ.
 * Allocates O(k + V) per selection. One instance per run; not thread-safe.
 */
final class ReferenceVectors {

    private final double[][] initial;
    private final double[][] unit;
    private final double[] gamma;

    /**
     * The initial vectors {@code v0} (non-negative, not all zero, m entries each; the rows are
     * kept, not copied), normalised to unit length.
     */
    ReferenceVectors(double[][] v0) {
        int m = v0[0].length;
        this.initial = v0;
        this.unit = new double[v0.length][m];
        this.gamma = new double[v0.length];
        set(v0, null);
    }

    /** The number of vectors. */
    int size() {
        return unit.length;
    }

    /** Vector j, of unit length (shared, do not modify). */
    double[] vector(int j) {
        return unit[j];
    }

    /** The smallest angle between vector j and any other (π/2 when it is alone). */
    double gamma(int j) {
        return gamma[j];
    }

    /**
     * The adaptation: v_j = v0_j ∘ (z_max − z_min) / ‖v0_j ∘ (z_max − z_min)‖ with z_min and z_max
     * the smallest and largest value of each objective over {@code objectives}; a range below
     * 10⁻¹² counts as 10⁻¹², so no vector vanishes.
     */
    void adapt(double[][] objectives) {
        int m = unit[0].length;
        double[] range = new double[m];
        for (int i = 0; i < m; i++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] f : objectives) {
                lo = Math.min(lo, f[i]);
                hi = Math.max(hi, f[i]);
            }
            range[i] = Math.max(hi - lo, 1e-12);
        }
        set(initial, range);
    }

    private void set(double[][] v0, double[] scale) {
        int m = unit[0].length;
        for (int j = 0; j < v0.length; j++) {
            double norm = 0;
            for (int i = 0; i < m; i++) {
                double c = scale == null ? v0[j][i] : v0[j][i] * scale[i];
                unit[j][i] = c;
                norm += c * c;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < m; i++) {
                unit[j][i] /= norm;
            }
        }
        for (int j = 0; j < unit.length; j++) {
            double best = -1;
            for (int k = 0; k < unit.length; k++) {
                if (k != j) {
                    best = Math.max(best, dot(unit[j], unit[k]));
                }
            }
            gamma[j] = unit.length == 1 ? Math.PI / 2 : Math.acos(Math.min(1, best));
        }
    }

    /**
     * The solutions RVEA keeps among {@code objectives} with total violations {@code cv}, at
     * progress {@code penalty} = (t / t_max)^α: after translating by the smallest value of each
     * objective, every solution joins the vector of largest cosine (the lower index on a tie; a
     * solution at the translated origin joins vector 0), and every vector that has solutions keeps
     * one: of its feasible ones the one of least APD = (1 + m · penalty · θ / γ_j) · ‖f'‖, θ the
     * angle to v_j; if none is feasible, the one of least violation (the lower index on ties).
     *
     * @return the indices kept, in the order of their vectors
     */
    int[] select(double[][] objectives, double[] cv, double penalty) {
        int k = objectives.length;
        int m = unit[0].length;
        double[] zmin = new double[m];
        java.util.Arrays.fill(zmin, Double.POSITIVE_INFINITY);
        for (double[] f : objectives) {
            for (int i = 0; i < m; i++) {
                zmin[i] = Math.min(zmin[i], f[i]);
            }
        }
        int v = unit.length;
        int[] best = new int[v];
        double[] bestValue = new double[v];
        java.util.Arrays.fill(best, -1);
        double[] t = new double[m];
        for (int s = 0; s < k; s++) {
            double norm = 0;
            for (int i = 0; i < m; i++) {
                t[i] = objectives[s][i] - zmin[i];
                norm += t[i] * t[i];
            }
            norm = Math.sqrt(norm);
            int j = 0;
            double cos = 1;
            if (norm > 0) {
                cos = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < v; c++) {
                    double d = dot(t, unit[c]);
                    if (d > cos) {
                        cos = d;
                        j = c;
                    }
                }
                cos /= norm;
            }
            double value;
            if (cv[s] == 0) {
                double theta = Math.acos(Math.max(-1, Math.min(1, cos)));
                value = (1 + m * penalty * theta / gamma[j]) * norm;
            } else {
                value = cv[s];
            }
            int b = best[j];
            if (b < 0 || better(cv[s], value, cv[b], bestValue[j])) {
                best[j] = s;
                bestValue[j] = value;
            }
        }
        int count = 0;
        for (int b : best) {
            if (b >= 0) {
                count++;
            }
        }
        int[] out = new int[count];
        int c = 0;
        for (int b : best) {
            if (b >= 0) {
                out[c++] = b;
            }
        }
        return out;
    }

    /** Feasible before infeasible; then the smaller value (APD or violation); ties keep the incumbent. */
    private static boolean better(double cv, double value, double cvIncumbent, double incumbent) {
        if ((cv == 0) != (cvIncumbent == 0)) {
            return cv == 0;
        }
        return value < incumbent;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
