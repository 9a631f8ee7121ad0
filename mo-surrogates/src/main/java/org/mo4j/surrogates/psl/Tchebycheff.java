package org.mo4j.surrogates.psl;

import java.util.Arrays;

/**
 * The two Tchebycheff scalarisations of Pareto-set learning on an objective vector v (in SVH-PSL,
 * the LCB of the surrogate at the model's solution), with their gradients with respect to v.
 *
 * <ul>
 *   <li>{@link #svh SVH-PSL's form} (Nguyen et al., AAAI 2025; {@code run_svh.py} line 189):
 *       g(v) = max<sub>j</sub> λ<sub>j</sub>(v<sub>j</sub> − z<sub>j</sub>), the preference
 *       <em>multiplying</em>, no augmentation term; ∂g/∂v = λ<sub>j*</sub>·e<sub>j*</sub>.
 *   <li>{@link #pslMobo PSL-MOBO's form} (Lin et al., NeurIPS 2022; {@code Xi-L/PSL-MOBO}
 *       {@code run.py} lines 131–133, copied into SVH-PSL's {@code run_psl_mobo.py}): g(v) =
 *       max<sub>j</sub> (v<sub>j</sub> − z<sub>j</sub>)/λ<sub>j</sub> + 0.01·Σ<sub>j</sub>
 *       (v<sub>j</sub> − z<sub>j</sub>); ∂g/∂v = e<sub>j*</sub>/λ<sub>j*</sub> + 0.01·1. That code
 *       only forms the gradient, so the augmentation's constant (here −0.01·Σz) is a choice that
 *       changes no gradient.
 * </ul>
 *
 * <p>The active index j* is the <em>first</em> maximiser, as {@code torch.max(dim=1)} and {@code
 * torch.argmax} return it. On a tie the gradient is the one-sided gradient the code uses. The
 * argmax is piecewise constant, so no gradient flows through j* (the code builds its one-hot
 * kernel weights from the integer indices).
 *
 * <p>O(m) per vector, no allocation. Why here: SVH-PSL needs j* twice, for the loss and for the
 * local kernel ({@code SteinKernels.localKernel}), and the per-particle gradients feed both the
 * attraction and the Stein update.
 */
public final class Tchebycheff {

    /** PSL-MOBO's augmentation coefficient, 0.01 ({@code run.py} line 133). */
    public static final double PSL_MOBO_AUGMENTATION = 0.01;

    private Tchebycheff() {}

    /**
     * SVH-PSL's active index: the first j maximising λ<sub>j</sub>(v<sub>j</sub> − z<sub>j</sub>).
     *
     * @param v      the objective vector, m finite values
     * @param lambda the preference, m finite values ≥ 0
     * @param z      the ideal point, m finite values
     * @return j* in [0, m)
     * @throws IllegalArgumentException if an array is null, lengths differ, or a value is invalid
     */
    public static int svhActiveIndex(double[] v, double[] lambda, double[] z) {
        check(v, lambda, z, false);
        return svhArgmax(v, lambda, z);
    }

    /**
     * SVH-PSL's loss max<sub>j</sub> λ<sub>j</sub>(v<sub>j</sub> − z<sub>j</sub>) and its gradient
     * with respect to v.
     *
     * @param v        the objective vector, m finite values
     * @param lambda   the preference, m finite values ≥ 0
     * @param z        the ideal point, m finite values
     * @param gradient receives ∂g/∂v (m values: λ<sub>j*</sub> at j*, 0 elsewhere); may be null
     * @return the loss
     * @throws IllegalArgumentException if an array is null, lengths differ, or a value is invalid
     */
    public static double svh(double[] v, double[] lambda, double[] z, double[] gradient) {
        check(v, lambda, z, false);
        if (gradient != null) {
            Checks.output("gradient", gradient, v.length);
        }
        int j = svhArgmax(v, lambda, z);
        if (gradient != null) {
            Arrays.fill(gradient, 0);
            gradient[j] = lambda[j];
        }
        return (v[j] - z[j]) * lambda[j];
    }

    /**
     * SVH-PSL's active index for each of K particles ({@code idx_che} in {@code run_svh.py}), the
     * input of {@code SteinKernels.localKernel}.
     *
     * @param v      K × m objective vectors
     * @param lambda K × m preferences (finite, ≥ 0)
     * @param z      the ideal point, m values
     * @param active receives the K active indices
     * @throws IllegalArgumentException if an array is null or ragged, sizes differ, or a value is
     *                                  invalid
     */
    public static void svhActiveIndices(double[][] v, double[][] lambda, double[] z, int[] active) {
        int m = Checks.matrix("v", v, 1);
        Checks.matrix("lambda", lambda, v.length, m);
        Checks.vector("z", z, m);
        Checks.output("active", active, v.length);
        for (int k = 0; k < v.length; k++) {
            for (int j = 0; j < m; j++) {
                if (!(lambda[k][j] >= 0)) {
                    throw new IllegalArgumentException(
                            "lambda[" + k + "][" + j + "] must be >= 0, was " + lambda[k][j]);
                }
            }
        }
        for (int k = 0; k < v.length; k++) {
            active[k] = svhArgmax(v[k], lambda[k], z);
        }
    }

    /**
     * PSL-MOBO's active index: the first j maximising (1/λ<sub>j</sub>)(v<sub>j</sub> −
     * z<sub>j</sub>), computed with the reciprocal as the code does.
     *
     * @param v      the objective vector, m finite values
     * @param lambda the preference, m finite values &gt; 0
     * @param z      the ideal point, m finite values
     * @return j* in [0, m)
     * @throws IllegalArgumentException if an array is null, lengths differ, or a value is invalid
     */
    public static int pslMoboActiveIndex(double[] v, double[] lambda, double[] z) {
        check(v, lambda, z, true);
        return pslMoboArgmax(v, lambda, z);
    }

    /**
     * PSL-MOBO's augmented loss max<sub>j</sub> (v<sub>j</sub> − z<sub>j</sub>)/λ<sub>j</sub> +
     * 0.01·Σ<sub>j</sub>(v<sub>j</sub> − z<sub>j</sub>) and its gradient with respect to v.
     *
     * @param v        the objective vector, m finite values
     * @param lambda   the preference, m finite values &gt; 0
     * @param z        the ideal point, m finite values
     * @param gradient receives ∂g/∂v (1/λ<sub>j*</sub> + 0.01 at j*, 0.01 elsewhere); may be null
     * @return the loss
     * @throws IllegalArgumentException if an array is null, lengths differ, or a value is invalid
     */
    public static double pslMobo(double[] v, double[] lambda, double[] z, double[] gradient) {
        check(v, lambda, z, true);
        if (gradient != null) {
            Checks.output("gradient", gradient, v.length);
        }
        int jStar = pslMoboArgmax(v, lambda, z);
        double sum = 0;
        for (int j = 0; j < v.length; j++) {
            sum += v[j] - z[j];
        }
        if (gradient != null) {
            Arrays.fill(gradient, PSL_MOBO_AUGMENTATION);
            gradient[jStar] += 1 / lambda[jStar];
        }
        return (1 / lambda[jStar]) * (v[jStar] - z[jStar]) + PSL_MOBO_AUGMENTATION * sum;
    }

    private static int svhArgmax(double[] v, double[] lambda, double[] z) {
        int best = 0;
        double max = (v[0] - z[0]) * lambda[0];
        for (int j = 1; j < v.length; j++) {
            double s = (v[j] - z[j]) * lambda[j];
            if (s > max) {
                max = s;
                best = j;
            }
        }
        return best;
    }

    private static int pslMoboArgmax(double[] v, double[] lambda, double[] z) {
        int best = 0;
        double max = (1 / lambda[0]) * (v[0] - z[0]);
        for (int j = 1; j < v.length; j++) {
            double s = (1 / lambda[j]) * (v[j] - z[j]);
            if (s > max) {
                max = s;
                best = j;
            }
        }
        return best;
    }

    private static void check(double[] v, double[] lambda, double[] z, boolean strictlyPositive) {
        int m = Checks.vector("v", v);
        Checks.vector("lambda", lambda, m);
        Checks.vector("z", z, m);
        for (int j = 0; j < m; j++) {
            double l = lambda[j];
            if (strictlyPositive ? !(l > 0) : !(l >= 0)) {
                throw new IllegalArgumentException(
                        "lambda[" + j + "] must be " + (strictlyPositive ? "> 0" : ">= 0") + ", was " + l);
            }
        }
    }
}
