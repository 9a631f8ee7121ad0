package org.mo4j.surrogates.psl;

import java.util.random.RandomGenerator;

/**
 * SVH-PSL's preference sampler: λ ~ Dirichlet(1, …, 1) plus 10⁻⁴ on every component, <em>not</em>
 * renormalised, so the components sum to 1 + m·10⁻⁴ ({@code run_svh.py} lines 174–176, and the
 * candidate preferences at lines 244–246; PSL-MOBO does the same). The offset keeps every λ
 * positive, which PSL-MOBO's 1/λ needs.
 *
 * <p>Dirichlet(1) is drawn as m independent standard exponentials (Gamma(1)) divided by their sum,
 * the construction numpy's legacy {@code np.random.dirichlet} uses; the stream is the given
 * {@link RandomGenerator}'s, so a seeded generator reproduces the same preferences (numpy's exact
 * numbers are not reproduced). The code casts to float32 before adding the offset; this class stays
 * in double.
 *
 * <p>O(m) per preference; {@link #sample(RandomGenerator, double[])} allocates nothing.
 */
public final class PreferenceSampler {

    /** The offset added to every component ({@code + 0.0001} in the code). */
    public static final double OFFSET = 1e-4;

    private PreferenceSampler() {}

    /**
     * Draws one preference into {@code out}.
     *
     * @param random the source of randomness
     * @param out    receives m ≥ 1 components
     * @throws IllegalArgumentException if an argument is null or {@code out} is empty
     */
    public static void sample(RandomGenerator random, double[] out) {
        Checks.notNull("random", random);
        Checks.notNull("out", out);
        if (out.length == 0) {
            throw new IllegalArgumentException("out must have at least 1 component, was 0");
        }
        double sum;
        do {
            sum = 0;
            for (int j = 0; j < out.length; j++) {
                out[j] = random.nextExponential();
                sum += out[j];
            }
        } while (!(sum > 0)); // all zero has probability 0; redraw rather than divide by it
        for (int j = 0; j < out.length; j++) {
            out[j] = out[j] / sum + OFFSET;
        }
    }

    /**
     * Draws {@code k} preferences of {@code m} components, in order.
     *
     * @param random the source of randomness
     * @param k      the number of preferences, ≥ 1 (10 per step in the code, 1000 candidates)
     * @param m      the number of objectives, ≥ 1
     * @return k × m preferences
     * @throws IllegalArgumentException if {@code random} is null or a size is below 1
     */
    public static double[][] sample(RandomGenerator random, int k, int m) {
        Checks.notNull("random", random);
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (m < 1) {
            throw new IllegalArgumentException("m must be at least 1, was " + m);
        }
        double[][] out = new double[k][m];
        for (double[] row : out) {
            sample(random, row);
        }
        return out;
    }
}
