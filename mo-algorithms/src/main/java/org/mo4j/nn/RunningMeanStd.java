package org.mo4j.nn;

import java.util.Arrays;

/**
 * Per-dimension running mean and variance over batches, merged with the parallel formula of Chan,
 * Golub and LeVeque (1979): for the current (mean, var, count) and a batch's (mean_b, var_b, n_b),
 * δ = mean_b − mean, N = count + n_b, mean ← mean + δ·n_b/N, var ← (var·count + var_b·n_b +
 * δ²·count·n_b/N)/N. As OpenAI baselines' {@code RunningMeanStd}, the statistics start at mean 0,
 * variance 1 and count 10⁻⁴, and variances are population variances.
 *
 * <p>{@link #normalize} is pytorch-a2c-ppo-acktr-gail's {@code VecNormalize} observation
 * normalisation, clip((x − mean)/√(var + 10⁻⁸), ±10); {@link #scale} its return scaling,
 * clip(x/√(var + 10⁻⁸), ±10), which C-MORL applies per objective. An update costs O(batch·d),
 * normalising O(rows·d); neither allocates. Copyable, because C-MORL copies a policy's normalisers
 * with it. Not thread-safe.
 */
public final class RunningMeanStd {

    /** The initial count, as OpenAI baselines' {@code RunningMeanStd(epsilon=1e-4)}. */
    public static final double INITIAL_COUNT = 1e-4;

    private final int dimension;
    private final double clip;
    private final double epsilon;
    private final double[] mean;
    private final double[] var;
    private double count = INITIAL_COUNT;

    /**
     * Creates statistics over {@code dimension} dimensions, normalising with clip 10 and ε = 10⁻⁸.
     *
     * @param dimension d, at least 1
     */
    public RunningMeanStd(int dimension) {
        this(dimension, 10, 1e-8);
    }

    /**
     * Creates statistics over {@code dimension} dimensions.
     *
     * @param dimension d, at least 1
     * @param clip      normalised values are clipped to ±clip, finite and &gt; 0
     * @param epsilon   added to the variance before the square root, finite and ≥ 0
     */
    public RunningMeanStd(int dimension, double clip, double epsilon) {
        this.dimension = Checks.positive("dimension", dimension);
        this.clip = Checks.positive("clip", clip);
        this.epsilon = Checks.nonNegative("epsilon", epsilon);
        mean = new double[dimension];
        var = new double[dimension];
        Arrays.fill(var, 1);
    }

    /**
     * Merges a batch into the statistics.
     *
     * @param batch row-major, {@code rows·d} finite values at least
     * @param rows  the number of samples, at least 1
     */
    public void update(double[] batch, int rows) {
        Checks.positive("rows", rows);
        Checks.finiteAtLeast("batch", batch, rows * dimension);
        double total = count + rows;
        for (int j = 0; j < dimension; j++) {
            double s = 0;
            for (int r = 0; r < rows; r++) {
                s += batch[r * dimension + j];
            }
            double batchMean = s / rows;
            double ss = 0;
            for (int r = 0; r < rows; r++) {
                double d = batch[r * dimension + j] - batchMean;
                ss += d * d;
            }
            double batchVar = ss / rows;
            double delta = batchMean - mean[j];
            mean[j] += delta * rows / total;
            double m2 = var[j] * count + batchVar * rows + delta * delta * count * rows / total;
            var[j] = m2 / total;
        }
        count = total;
    }

    /**
     * Writes clip((x − mean)/√(var + ε), ±clip) for every row of {@code x} into {@code out} (which
     * may be {@code x}).
     *
     * @param x    row-major, {@code rows·d} finite values at least
     * @param rows the number of samples, at least 1
     * @param out  receives the normalised values, at least {@code rows·d} long
     */
    public void normalize(double[] x, int rows, double[] out) {
        transform(x, rows, out, true);
    }

    /**
     * Writes clip(x/√(var + ε), ±clip) for every row of {@code x} into {@code out} (which may be
     * {@code x}): scaling without centring, as VecNormalize does to rewards.
     *
     * @param x    row-major, {@code rows·d} finite values at least
     * @param rows the number of samples, at least 1
     * @param out  receives the scaled values, at least {@code rows·d} long
     */
    public void scale(double[] x, int rows, double[] out) {
        transform(x, rows, out, false);
    }

    private void transform(double[] x, int rows, double[] out, boolean centre) {
        Checks.positive("rows", rows);
        Checks.finiteAtLeast("x", x, rows * dimension);
        Checks.atLeast("out", out, rows * dimension);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < dimension; j++) {
                int i = r * dimension + j;
                double y = (centre ? x[i] - mean[j] : x[i]) / Math.sqrt(var[j] + epsilon);
                out[i] = Math.max(-clip, Math.min(clip, y));
            }
        }
    }

    /**
     * Returns an independent copy.
     *
     * @return new statistics in this state
     */
    public RunningMeanStd copy() {
        RunningMeanStd c = new RunningMeanStd(dimension, clip, epsilon);
        c.copyFrom(this);
        return c;
    }

    /**
     * Overwrites these statistics with {@code other}'s.
     *
     * @param other statistics of the same dimension
     */
    public void copyFrom(RunningMeanStd other) {
        Checks.notNull("other", other);
        if (other.dimension != dimension) {
            throw new IllegalArgumentException("other must have dimension " + dimension + ", was " + other.dimension);
        }
        System.arraycopy(other.mean, 0, mean, 0, dimension);
        System.arraycopy(other.var, 0, var, 0, dimension);
        count = other.count;
    }

    /**
     * Returns the per-dimension mean.
     *
     * @return a copy of the means
     */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * Returns the per-dimension population variance.
     *
     * @return a copy of the variances
     */
    public double[] variance() {
        return var.clone();
    }

    /**
     * Returns the number of samples merged, plus the initial {@link #INITIAL_COUNT}.
     *
     * @return the count
     */
    public double count() {
        return count;
    }

    /**
     * Returns the number of dimensions.
     *
     * @return d
     */
    public int dimension() {
        return dimension;
    }
}
