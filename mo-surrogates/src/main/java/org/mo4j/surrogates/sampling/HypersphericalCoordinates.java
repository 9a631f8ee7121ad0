package org.mo4j.surrogates.sampling;

import org.mo4j.core.internal.Arguments;

/**
 * Hyperspherical coordinates of x ∈ ℝ^T, T ≥ 2, as Bayesian MAP uses them (official code
 * {@code utils.batch_cartesian_to_hyperspherical} and its inverse): r = ‖x‖₂ and T − 1 angles
 *
 * <pre>  φ_i = atan2( √(x_{i+1}² + … + x_T²), x_i ),   i = 1 … T−1,</pre>
 *
 * so that x_1 = r cos φ_1, x_i = r sin φ_1 ⋯ sin φ_{i−1} cos φ_i and x_T = r sin φ_1 ⋯ sin φ_{T−1}.
 * Each φ_i lies in [0, π]; for x in the non-negative orthant, in [0, π/2]. The zero vector has all
 * angles 0. O(T) per point.
 */
public final class HypersphericalCoordinates {

    private HypersphericalCoordinates() {}

    /** The radius ‖x‖₂. */
    public static double radius(double[] x) {
        Arguments.point("x", x);
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /**
     * The T − 1 angles of x.
     *
     * @throws IllegalArgumentException if x is null, not finite or shorter than 2
     */
    public static double[] angles(double[] x) {
        int t = Arguments.point("x", x);
        if (t < 2) {
            throw new IllegalArgumentException("x must have at least 2 coordinates, had " + t);
        }
        double[] tail = new double[t];
        double s = 0;
        for (int i = t - 1; i >= 0; i--) {
            s += x[i] * x[i];
            tail[i] = s;
        }
        double[] phi = new double[t - 1];
        for (int i = 0; i < t - 1; i++) {
            phi[i] = Math.atan2(Math.sqrt(tail[i + 1]), x[i]);
        }
        return phi;
    }

    /**
     * The Cartesian point of radius r and angles φ (T − 1 of them).
     *
     * @throws IllegalArgumentException if an argument is not finite or φ is empty
     */
    public static double[] toCartesian(double r, double[] phi) {
        Arguments.finite("r", r);
        int k = Arguments.point("phi", phi);
        double[] x = new double[k + 1];
        double sinProduct = 1.0;
        for (int i = 0; i < k; i++) {
            x[i] = r * sinProduct * Math.cos(phi[i]);
            sinProduct *= Math.sin(phi[i]);
        }
        x[k] = r * sinProduct;
        return x;
    }
}
