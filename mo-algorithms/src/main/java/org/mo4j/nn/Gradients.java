package org.mo4j.nn;

/**
 * Gradient-norm clipping as {@code torch.nn.utils.clip_grad_norm_}: with the global L2 norm ‖g‖
 * over every array, each gradient is multiplied by min(1, maxNorm / (‖g‖ + 10⁻⁶)). C-MORL's PPO
 * clips actor and critic together at 0.5 (pytorch-a2c-ppo-acktr-gail's {@code max_grad_norm}).
 * O(total length), no allocation.
 */
public final class Gradients {

    private Gradients() {}

    /**
     * Clips one gradient array in place.
     *
     * @param gradient the gradient, finite values
     * @param maxNorm  the largest norm kept, finite and &gt; 0
     * @return the norm before clipping
     * @throws IllegalArgumentException if a value is not finite or {@code maxNorm} is not positive
     */
    public static double clipNorm(double[] gradient, double maxNorm) {
        return clipNorm(maxNorm, gradient);
    }

    /**
     * Clips several gradient arrays (a policy's networks and log-std) by their joint norm, in
     * place. A varargs call allocates its array; since {@link Mlp#gradient()} and {@link
     * GaussianHead#logStdGradient()} are live, a training loop can build the {@code double[][]} once
     * and pass it every time.
     *
     * @param maxNorm   the largest joint norm kept, finite and &gt; 0
     * @param gradients the gradients, finite values
     * @return the joint norm before clipping, √(Σ over all arrays of g²)
     * @throws IllegalArgumentException if an array is null, a value is not finite or {@code
     *                                  maxNorm} is not positive
     */
    public static double clipNorm(double maxNorm, double[]... gradients) {
        Checks.positive("maxNorm", maxNorm);
        Checks.notNull("gradients", gradients);
        double sum = 0;
        for (int k = 0; k < gradients.length; k++) {
            double[] g = gradients[k];
            if (g == null) {
                throw new IllegalArgumentException(name(gradients.length, k) + " must not be null");
            }
            for (int i = 0; i < g.length; i++) {
                double x = g[i];
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException(
                            name(gradients.length, k) + "[" + i + "] must be finite, was " + x);
                }
                sum += x * x;
            }
        }
        double norm = Math.sqrt(sum);
        double coefficient = maxNorm / (norm + 1e-6);
        if (coefficient < 1) {
            for (double[] g : gradients) {
                for (int i = 0; i < g.length; i++) {
                    g[i] *= coefficient;
                }
            }
        }
        return norm;
    }

    /** The argument's name in messages, built only when a check fails. */
    private static String name(int arrays, int k) {
        return arrays == 1 ? "gradient" : "gradients[" + k + "]";
    }
}
