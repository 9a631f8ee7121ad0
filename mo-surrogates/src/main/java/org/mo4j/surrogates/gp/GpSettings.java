package org.mo4j.surrogates.gp;

/**
 * How a Gaussian process is fitted and predicts: the kernel, the optimiser with its learning rate
 * (Adam only) and iteration budget, the noise floor (the noise variance is floor + softplus(raw),
 * gpytorch's {@code GreaterThan(floor)}), and the smallest posterior variance reported (gpytorch's
 * {@code settings.min_variance}, which clamps {@code posterior.variance}).
 *
 * <p>{@link #defaults()} is SVH-PSL's code: Matérn-5/2, Adam with lr 0.5 for 300 iterations, noise
 * floor 10⁻⁵ ({@code GP_Model(noise_constraint=1e-5)}), minimum variance 10⁻¹⁰ (gpytorch's value
 * for double: {@code run_svh.py} passes its training data as float64 tensors, so the posterior is
 * computed in double). Nothing in fitting is random, so there is no seed.
 *
 * @param kernel       the covariance function
 * @param optimizer    how the marginal likelihood is maximised
 * @param learningRate Adam's step size, finite and &gt; 0 (ignored by L-BFGS)
 * @param iterations   Adam steps, or L-BFGS iterations at most; ≥ 0 (0 keeps the initial
 *                     hyper-parameters)
 * @param noiseFloor   the lower bound of the noise variance, finite and ≥ 0
 * @param minVariance  posterior variances below this are reported as this (with a zero gradient),
 *                     finite and ≥ 0
 */
public record GpSettings(
        Kernel kernel,
        Optimizer optimizer,
        double learningRate,
        int iterations,
        double noiseFloor,
        double minVariance) {

    /** Checks every component. */
    public GpSettings {
        Checks.notNull("kernel", kernel);
        Checks.notNull("optimizer", optimizer);
        Checks.positive("learningRate", learningRate);
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0, was " + iterations);
        }
        if (!(noiseFloor >= 0) || !Double.isFinite(noiseFloor)) {
            throw new IllegalArgumentException("noiseFloor must be finite and >= 0, was " + noiseFloor);
        }
        if (!(minVariance >= 0) || !Double.isFinite(minVariance)) {
            throw new IllegalArgumentException("minVariance must be finite and >= 0, was " + minVariance);
        }
    }

    /**
     * SVH-PSL's settings: Matérn-5/2, Adam, lr 0.5, 300 iterations, noise floor 10⁻⁵, minimum
     * variance 10⁻¹⁰.
     *
     * @return the defaults
     */
    public static GpSettings defaults() {
        return new GpSettings(Kernel.MATERN52, Optimizer.ADAM, 0.5, 300, 1e-5, 1e-10);
    }

    /**
     * Returns these settings with another kernel.
     *
     * @param value the kernel
     * @return the new settings
     */
    public GpSettings withKernel(Kernel value) {
        return new GpSettings(value, optimizer, learningRate, iterations, noiseFloor, minVariance);
    }

    /**
     * Returns these settings with another optimiser.
     *
     * @param value the optimiser
     * @return the new settings
     */
    public GpSettings withOptimizer(Optimizer value) {
        return new GpSettings(kernel, value, learningRate, iterations, noiseFloor, minVariance);
    }

    /**
     * Returns these settings with another learning rate.
     *
     * @param value the learning rate
     * @return the new settings
     */
    public GpSettings withLearningRate(double value) {
        return new GpSettings(kernel, optimizer, value, iterations, noiseFloor, minVariance);
    }

    /**
     * Returns these settings with another iteration budget.
     *
     * @param value the iterations
     * @return the new settings
     */
    public GpSettings withIterations(int value) {
        return new GpSettings(kernel, optimizer, learningRate, value, noiseFloor, minVariance);
    }

    /**
     * Returns these settings with another noise floor.
     *
     * @param value the noise floor
     * @return the new settings
     */
    public GpSettings withNoiseFloor(double value) {
        return new GpSettings(kernel, optimizer, learningRate, iterations, value, minVariance);
    }

    /**
     * Returns these settings with another minimum reported variance.
     *
     * @param value the minimum variance
     * @return the new settings
     */
    public GpSettings withMinVariance(double value) {
        return new GpSettings(kernel, optimizer, learningRate, iterations, noiseFloor, value);
    }
}
