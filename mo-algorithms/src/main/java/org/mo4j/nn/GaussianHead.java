package org.mo4j.nn;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A diagonal Gaussian policy over d continuous action dimensions with a state-dependent mean μ
 * (the outputs of an {@link Mlp}) and a state-<em>independent</em> log standard deviation s, a
 * trainable parameter vector of its own initialised to 0 (σ = 1): pytorch-a2c-ppo-acktr-gail's
 * {@code DiagGaussian} with its {@code AddBias} log-std, as C-MORL (Liu et al., ICLR 2025) uses for
 * continuous actions.
 *
 * <p>log π(a) = Σ_j [−(a_j − μ_j)²/(2σ_j²) − s_j − ½ log 2π], summed over the action dimensions;
 * entropy Σ_j (½ + ½ log 2π + s_j). Means, actions and their gradients are row-major batches
 * ({@code means[row·d + j]}). Every method is O(d) and allocation-free. The log-std gradient
 * accumulates in {@link #logStdGradient()}, next to the networks' gradients: an optimiser and
 * gradient clipping treat {@link #logStd()} as one more parameter array (see {@link
 * Gradients#clipNorm(double, double[]...)}). Not thread-safe while its gradient accumulates.
 */
public final class GaussianHead {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private final int dimension;
    private final double[] logStd;
    private final double[] logStdGradient;

    /**
     * Creates a head over {@code dimension} action dimensions with log-std 0.
     *
     * @param dimension d, at least 1
     */
    public GaussianHead(int dimension) {
        this.dimension = Checks.positive("dimension", dimension);
        logStd = new double[dimension];
        logStdGradient = new double[dimension];
    }

    /**
     * Returns the number of action dimensions.
     *
     * @return d
     */
    public int dimension() {
        return dimension;
    }

    /**
     * The log standard deviations, live: trainable parameters.
     *
     * @return s, d long
     */
    public double[] logStd() {
        return logStd;
    }

    /**
     * The accumulated gradient with respect to {@link #logStd()}, live.
     *
     * @return ∂L/∂s, d long
     */
    public double[] logStdGradient() {
        return logStdGradient;
    }

    /** Sets {@link #logStdGradient()} to 0. */
    public void zeroGradient() {
        Arrays.fill(logStdGradient, 0);
    }

    /**
     * Returns an independent copy (log-std and its gradient).
     *
     * @return a new head with the same state
     */
    public GaussianHead copy() {
        GaussianHead c = new GaussianHead(dimension);
        System.arraycopy(logStd, 0, c.logStd, 0, dimension);
        System.arraycopy(logStdGradient, 0, c.logStdGradient, 0, dimension);
        return c;
    }

    /**
     * Overwrites this head's log-std with {@code other}'s.
     *
     * @param other a head of the same dimension
     */
    public void copyParametersFrom(GaussianHead other) {
        Checks.notNull("other", other);
        if (other.dimension != dimension) {
            throw new IllegalArgumentException("other must have dimension " + dimension + ", was " + other.dimension);
        }
        System.arraycopy(other.logStd, 0, logStd, 0, dimension);
    }

    private int check(String name, double[] batch, int row) {
        Checks.notNull(name, batch);
        if (row < 0 || (long) (row + 1) * dimension > batch.length) {
            throw new IllegalArgumentException("row must be between 0 and " + (batch.length / dimension - 1) + " for "
                    + name + " of length " + batch.length + ", was " + row);
        }
        int off = row * dimension;
        for (int j = 0; j < dimension; j++) {
            if (!Double.isFinite(batch[off + j])) {
                throw new IllegalArgumentException(name + "[" + (off + j) + "] must be finite, was " + batch[off + j]);
            }
        }
        return off;
    }

    /**
     * Returns log π(a | μ) summed over the action dimensions.
     *
     * @param means   row-major means, d per row, finite
     * @param actions row-major actions, same layout, finite
     * @param row     the row (sample)
     * @return the log-density of the row's action
     */
    public double logProbability(double[] means, double[] actions, int row) {
        int off = check("means", means, row);
        check("actions", actions, row);
        double lp = 0;
        for (int j = 0; j < dimension; j++) {
            double z = (actions[off + j] - means[off + j]) * Math.exp(-logStd[j]);
            lp -= 0.5 * z * z + logStd[j] + HALF_LOG_TWO_PI;
        }
        return lp;
    }

    /**
     * Draws a = μ + σ·ε, ε standard normal, into row {@code row} of {@code actions}.
     *
     * @param means   row-major means, d per row, finite
     * @param row     the row (sample)
     * @param random  the source of ε
     * @param actions receives the action, same layout as {@code means}
     */
    public void sample(double[] means, int row, RandomGenerator random, double[] actions) {
        int off = check("means", means, row);
        Checks.notNull("random", random);
        Checks.atLeast("actions", actions, off + dimension);
        for (int j = 0; j < dimension; j++) {
            actions[off + j] = means[off + j] + Math.exp(logStd[j]) * random.nextGaussian();
        }
    }

    /**
     * Writes the mean, the deterministic action for evaluation, into row {@code row} of {@code
     * actions}.
     *
     * @param means   row-major means, d per row, finite
     * @param row     the row (sample)
     * @param actions receives μ, same layout as {@code means}
     */
    public void mode(double[] means, int row, double[] actions) {
        int off = check("means", means, row);
        Checks.atLeast("actions", actions, off + dimension);
        System.arraycopy(means, off, actions, off, dimension);
    }

    /**
     * Returns the entropy Σ_j (½ + ½ log 2π + s_j), the same for every state.
     *
     * @return the differential entropy in nats
     */
    public double entropy() {
        double h = 0;
        for (int j = 0; j < dimension; j++) {
            h += 0.5 + HALF_LOG_TWO_PI + logStd[j];
        }
        return h;
    }

    /**
     * Adds {@code scale}·∂log π(a)/∂μ_j = scale·(a_j − μ_j)/σ_j² to row {@code row} of {@code
     * dMeans}, and {@code scale}·∂log π(a)/∂s_j = scale·((a_j − μ_j)²/σ_j² − 1) to {@link
     * #logStdGradient()}.
     *
     * @param means   row-major means, d per row, finite
     * @param actions row-major actions, same layout, finite
     * @param row     the row (sample)
     * @param scale   the factor, finite (a loss −A·log π adds with scale −A)
     * @param dMeans  the gradient with respect to the means, same layout as {@code means}
     */
    public void addLogProbabilityGradient(double[] means, double[] actions, int row, double scale, double[] dMeans) {
        int off = check("means", means, row);
        check("actions", actions, row);
        Checks.finite("scale", scale);
        Checks.atLeast("dMeans", dMeans, off + dimension);
        for (int j = 0; j < dimension; j++) {
            double inverseVariance = Math.exp(-2 * logStd[j]);
            double diff = actions[off + j] - means[off + j];
            dMeans[off + j] += scale * diff * inverseVariance;
            logStdGradient[j] += scale * (diff * diff * inverseVariance - 1);
        }
    }

    /**
     * Adds {@code scale}·∂H/∂s_j = scale to every entry of {@link #logStdGradient()}.
     *
     * @param scale the factor, finite
     */
    public void addEntropyGradient(double scale) {
        Checks.finite("scale", scale);
        for (int j = 0; j < dimension; j++) {
            logStdGradient[j] += scale;
        }
    }
}
