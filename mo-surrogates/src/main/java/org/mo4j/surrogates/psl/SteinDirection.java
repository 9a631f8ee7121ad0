package org.mo4j.surrogates.psl;

/**
 * SVH-PSL's Stein-variational update of the hypernetwork's parameters from K particles, as {@code
 * get_gradient} ({@code SVGD/moosvgd.py} lines 66–99) and {@code run_svh.py} (lines 202–214) form
 * it. With normalised loss gradients g<sub>b</sub> ({@link ParticleGradients}), the kernel K
 * ({@link SteinKernels}) and r<sub>a</sub> = ∇<sub>θ</sub> s<sub>a</sub>, the gradient of the
 * kernel row sum s<sub>a</sub> = Σ<sub>b</sub> K(a,b) pulled back to parameter space:
 *
 * <p>φ<sub>a</sub> = (Σ<sub>b</sub> K(a,b)·g<sub>b</sub> − (−α·r<sub>a</sub>)) / K =
 * (Σ<sub>b</sub> K(a,b)·g<sub>b</sub> + α·r<sub>a</sub>) / K,
 *
 * <p>and the gradient handed to Adam (which descends it) is Σ<sub>a</sub> φ<sub>a</sub>. Descending
 * α·s<sub>a</sub> pulls particles' objective vectors apart; the attraction term weighs every
 * particle's loss gradient by its kernel similarity. α = 0.001 in {@code run_svh.py} ({@code
 * alpha_}). The code multiplies in single precision ({@code kernel.to(torch.float32).mm(g_w)}); this
 * class computes in double.
 *
 * <p>O(K²·P) time, no allocation.
 */
public final class SteinDirection {

    /** The code's repulsion weight α ({@code alpha_ = 0.001} in {@code run_svh.py}). */
    public static final double ALPHA = 0.001;

    private SteinDirection() {}

    /**
     * The per-particle directions φ<sub>a</sub>, a = 0…K−1.
     *
     * @param gradients K × P normalised loss gradients g<sub>b</sub> (rows = particles)
     * @param kernel    K × K kernel, row a, column b
     * @param repulsion K × P gradients r<sub>a</sub> = ∇<sub>θ</sub> Σ<sub>b</sub> K(a,b)
     * @param alpha     the repulsion weight, finite and ≥ 0 ({@link #ALPHA})
     * @param out       receives the K × P directions
     * @throws IllegalArgumentException if an argument is null, ragged, not finite or of
     *                                  mismatched size, K &lt; 2, or {@code alpha} is invalid
     */
    public static void perParticle(
            double[][] gradients, double[][] kernel, double[][] repulsion, double alpha, double[][] out) {
        int p = check(gradients, kernel, repulsion, alpha);
        int k = gradients.length;
        Checks.outputMatrix("out", out, k, p);
        for (int a = 0; a < k; a++) {
            double[] row = out[a];
            double[] ka = kernel[a];
            double[] ra = repulsion[a];
            for (int c = 0; c < p; c++) {
                double s = 0;
                for (int b = 0; b < k; b++) {
                    s += ka[b] * gradients[b][c];
                }
                row[c] = (s + alpha * ra[c]) / k;
            }
        }
    }

    /**
     * The update Σ<sub>a</sub> φ<sub>a</sub> that the code writes into the parameters' {@code
     * grad} before {@code optimizer.step()}.
     *
     * @param gradients K × P normalised loss gradients
     * @param kernel    K × K kernel
     * @param repulsion K × P pulled-back row-sum gradients
     * @param alpha     the repulsion weight, finite and ≥ 0
     * @param out       receives the P values
     * @throws IllegalArgumentException if an argument is null, ragged, not finite or of
     *                                  mismatched size, K &lt; 2, or {@code alpha} is invalid
     */
    public static void summed(
            double[][] gradients, double[][] kernel, double[][] repulsion, double alpha, double[] out) {
        int p = check(gradients, kernel, repulsion, alpha);
        int k = gradients.length;
        Checks.output("out", out, p);
        for (int c = 0; c < p; c++) {
            double total = 0;
            for (int a = 0; a < k; a++) {
                double[] ka = kernel[a];
                double s = 0;
                for (int b = 0; b < k; b++) {
                    s += ka[b] * gradients[b][c];
                }
                total += (s + alpha * repulsion[a][c]) / k;
            }
            out[c] = total;
        }
    }

    /**
     * The same update from the sum R = Σ<sub>a</sub> r<sub>a</sub> alone, which is all it needs:
     * Σ<sub>a</sub> φ<sub>a</sub> = (Σ<sub>b</sub> w<sub>b</sub>·g<sub>b</sub> + α·R) / K with the
     * column sums w<sub>b</sub> = Σ<sub>a</sub> K(a,b). R is one backward pass of the summed output
     * gradients, and this form costs O(K·P) rather than O(K²·P) (docs/DECISIONS.md). Equal to {@link #summed(double[][], double[][],
     * double[][], double, double[])} up to rounding.
     *
     * @param gradients    K × P normalised loss gradients
     * @param kernel       K × K kernel
     * @param repulsionSum the P values of Σ<sub>a</sub> r<sub>a</sub>
     * @param alpha        the repulsion weight, finite and ≥ 0
     * @param out          receives the P values
     * @throws IllegalArgumentException if an argument is null, ragged, not finite or of
     *                                  mismatched size, K &lt; 2, or {@code alpha} is invalid
     */
    public static void summed(
            double[][] gradients, double[][] kernel, double[] repulsionSum, double alpha, double[] out) {
        Checks.notNull("gradients", gradients);
        Checks.particles("gradients", gradients.length);
        int p = Checks.matrix("gradients", gradients, 2);
        int k = gradients.length;
        Checks.matrix("kernel", kernel, k, k);
        Checks.vector("repulsionSum", repulsionSum, p);
        Checks.nonNegative("alpha", alpha);
        Checks.output("out", out, p);
        summedTrusted(gradients, kernel, repulsionSum, alpha, out);
    }

    /** {@link #summed(double[][], double[][], double[], double, double[])} without the checks, for the training loop. */
    static void summedTrusted(
            double[][] gradients, double[][] kernel, double[] repulsionSum, double alpha, double[] out) {
        int p = repulsionSum.length;
        int k = gradients.length;
        for (int c = 0; c < p; c++) {
            out[c] = alpha * repulsionSum[c];
        }
        for (int b = 0; b < k; b++) {
            double w = 0;
            for (int a = 0; a < k; a++) {
                w += kernel[a][b];
            }
            double[] gb = gradients[b];
            for (int c = 0; c < p; c++) {
                out[c] += w * gb[c];
            }
        }
        for (int c = 0; c < p; c++) {
            out[c] /= k;
        }
    }

    private static int check(double[][] gradients, double[][] kernel, double[][] repulsion, double alpha) {
        Checks.notNull("gradients", gradients);
        Checks.particles("gradients", gradients.length);
        int p = Checks.matrix("gradients", gradients, 2);
        int k = gradients.length;
        Checks.matrix("kernel", kernel, k, k);
        Checks.matrix("repulsion", repulsion, k, p);
        Checks.nonNegative("alpha", alpha);
        return p;
    }
}
