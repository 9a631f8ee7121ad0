package org.mo4j.surrogates.quadratic;

import org.mo4j.core.internal.Arguments;

/**
 * The full quadratic feature map of MAP's surrogates (official code: {@code MAP.quadratic_model}):
 * for c ∈ ℝ^T,
 *
 * <pre>  φ(c) = [c_1², …, c_T², c_1c_2, c_1c_3, …, c_{T−1}c_T, c_1, …, c_T, 1]</pre>
 *
 * (squares, then the products c_i c_j for i &lt; j in row-major order, then the linear terms, then
 * the constant), so that z(c) = φ(c)ᵀp is a general quadratic with P = (T+1)(T+2)/2 parameters.
 * The order is the official code's, so parameter vectors can be compared with it entry by entry.
 *
 * <p>Every method is O(T²) time and allocates only its result. Stateless.
 */
public final class QuadraticFeatures {

    private QuadraticFeatures() {}

    /**
     * The number of parameters P = (T+1)(T+2)/2 of a quadratic in {@code dimension} = T variables.
     *
     * @throws IllegalArgumentException if {@code dimension < 1}
     */
    public static int parameterCount(int dimension) {
        Arguments.positive("dimension", dimension);
        return (dimension + 1) * (dimension + 2) / 2;
    }

    /** φ(c), a fresh array of length {@link #parameterCount parameterCount(c.length)}. */
    public static double[] of(double[] c) {
        double[] out = new double[parameterCount(c.length)];
        into(c, out, 0);
        return out;
    }

    /** Writes φ(c) into {@code out} from {@code offset}; no validation (hot path). */
    static void into(double[] c, double[] out, int offset) {
        int t = c.length;
        int k = offset;
        for (int i = 0; i < t; i++) {
            out[k++] = c[i] * c[i];
        }
        for (int i = 0; i < t; i++) {
            for (int j = i + 1; j < t; j++) {
                out[k++] = c[i] * c[j];
            }
        }
        for (int i = 0; i < t; i++) {
            out[k++] = c[i];
        }
        out[k] = 1.0;
    }

    /** The linear predictor z(c) = φ(c)ᵀp, without validation (lengths must agree). */
    static double linearPredictor(double[] c, double[] p) {
        int t = c.length;
        int k = 0;
        double z = 0;
        for (int i = 0; i < t; i++) {
            z += p[k++] * c[i] * c[i];
        }
        for (int i = 0; i < t; i++) {
            for (int j = i + 1; j < t; j++) {
                z += p[k++] * c[i] * c[j];
            }
        }
        for (int i = 0; i < t; i++) {
            z += p[k++] * c[i];
        }
        return z + p[k];
    }

    /** ∇_c z(c): ∂z/∂c_m = 2 p_mm c_m + Σ_{j≠m} p_mj c_j + p_m, without validation. */
    static double[] linearPredictorGradient(double[] c, double[] p) {
        int t = c.length;
        double[] g = new double[t];
        int k = 0;
        for (int i = 0; i < t; i++) {
            g[i] += 2 * p[k++] * c[i];
        }
        for (int i = 0; i < t; i++) {
            for (int j = i + 1; j < t; j++) {
                g[i] += p[k] * c[j];
                g[j] += p[k] * c[i];
                k++;
            }
        }
        for (int i = 0; i < t; i++) {
            g[i] += p[k++];
        }
        return g;
    }
}
