package org.mo4j.surrogates.gp;

import java.util.Arrays;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.mo4j.nn.Adam;

/**
 * An exact Gaussian-process regression model, fitted and immutable: f ~ GP(c, s·ρ(r²)), y = f + ε,
 * ε ~ N(0, σ²), conditioned on n training points. It holds the inputs (n×d), the targets, the
 * {@link Hyperparameters}, the lower Cholesky factor L of K_y = s·P + σ²I and α = K_y⁻¹(y − c), and
 * predicts the posterior of the latent f (Rasmussen and Williams 2006, Algorithm 2.1):
 *
 * <pre>
 *   μ(x) = c + k*ᵀα,   σ²(x) = s − k*ᵀK_y⁻¹k* = s − |L⁻¹k*|²,
 *   ∂μ/∂x = Σᵢ αᵢ ∂k*ᵢ/∂x,   ∂σ²/∂x = −2 Σᵢ βᵢ ∂k*ᵢ/∂x,  β = K_y⁻¹k*.
 * </pre>
 *
 * <p>{@link #fit} chooses the hyper-parameters by maximising the exact log marginal likelihood
 * ({@link MarginalLikelihood}, O(n³) per iteration) as SVH-PSL's code (Nguyen et al., AAAI 2025)
 * does with gpytorch: constant mean, scaled Matérn-5/2 with ARD, Gaussian noise ≥ 10⁻⁵, Adam with
 * lr 0.5 for 300 steps from gpytorch's initial values, no restarts. The variance is that of the
 * latent f, as gpytorch's {@code model(x).variance} that SVH-PSL's {@code GP_Model.variance} returns
 * (add σ² for a new observation: {@link #predict(double[][], double[], double[], boolean,
 * Workspace)}); it is clamped below at {@link GpSettings#minVariance()} as gpytorch does.
 *
 * <p>Prediction costs O(nd) per point for the mean and its gradient, plus O(n²) for the variance
 * (two triangular solves); it writes into caller-provided arrays and a {@link Workspace}, so the
 * prediction loop allocates nothing. A fitted model may be shared between threads, each with its
 * own workspace.
 */
public final class GaussianProcess {

    private final int n;
    private final int d;
    private final double[] x;
    private final double[] y;
    private final GpSettings settings;
    private final Kernel kernel;
    private final Hyperparameters hyperparameters;
    private final double[] inverseSquaredLengthScales;
    private final double[] lower;
    private final double[] alpha;
    private final double jitter;
    private final double loss;

    private GaussianProcess(MarginalLikelihood ml, double[] raw, GpSettings settings) {
        this.loss = ml.evaluateTrusted(raw, null);
        this.n = ml.size();
        this.d = ml.dimension();
        this.x = ml.inputs();
        this.y = ml.targets();
        this.settings = settings;
        this.kernel = settings.kernel();
        this.hyperparameters = Hyperparameters.fromRaw(raw, settings.noiseFloor());
        this.inverseSquaredLengthScales = new double[d];
        for (int j = 0; j < d; j++) {
            double l = Softplus.value(raw[2 + j]);
            inverseSquaredLengthScales[j] = 1 / (l * l);
        }
        this.lower = ml.lowerFactor();
        this.alpha = ml.alpha();
        this.jitter = ml.lastJitter();
    }

    /**
     * Fits the hyper-parameters to (x, y) by maximising the exact log marginal likelihood with
     * {@link GpSettings#optimizer()}, starting from {@link Hyperparameters#initial gpytorch's initial
     * values}, and conditions on the data. O(iterations·n³).
     *
     * @param x        n ≥ 1 training inputs, each d ≥ 1 finite coordinates; copied
     * @param y        n finite targets; copied
     * @param settings kernel, optimiser, budget, noise floor
     * @return the fitted model
     * @throws IllegalArgumentException     naming the bad argument and value
     * @throws NotPositiveDefiniteException if a kernel matrix met during fitting stays indefinite
     */
    public static GaussianProcess fit(double[][] x, double[] y, GpSettings settings) {
        Checks.notNull("settings", settings);
        MarginalLikelihood ml = new MarginalLikelihood(x, y, settings.kernel(), settings.noiseFloor());
        double[] raw = new double[ml.parameterCount()];
        if (settings.iterations() > 0) {
            raw = switch (settings.optimizer()) {
                case ADAM -> adam(ml, raw, settings);
                case LBFGS -> lbfgs(ml, raw, settings);
            };
        }
        return new GaussianProcess(ml, raw, settings);
    }

    /**
     * Conditions on (x, y) with given hyper-parameters, without fitting. O(n³).
     *
     * @param x               n ≥ 1 training inputs, each d finite coordinates; copied
     * @param y               n finite targets; copied
     * @param hyperparameters the hyper-parameters, d length-scales, noise above the settings' floor
     * @param settings        the kernel, noise floor and minimum variance (the optimiser is unused)
     * @return the model
     * @throws IllegalArgumentException     naming the bad argument and value
     * @throws NotPositiveDefiniteException if K_y stays indefinite after the largest jitter
     */
    public static GaussianProcess condition(
            double[][] x, double[] y, Hyperparameters hyperparameters, GpSettings settings) {
        Checks.notNull("settings", settings);
        Checks.notNull("hyperparameters", hyperparameters);
        MarginalLikelihood ml = new MarginalLikelihood(x, y, settings.kernel(), settings.noiseFloor());
        if (hyperparameters.dimension() != ml.dimension()) {
            throw new IllegalArgumentException("hyperparameters has " + hyperparameters.dimension()
                    + " length-scales but x has " + ml.dimension() + " coordinates (dimension mismatch)");
        }
        return new GaussianProcess(ml, hyperparameters.toRaw(settings.noiseFloor()), settings);
    }

    private static double[] adam(MarginalLikelihood ml, double[] raw, GpSettings settings) {
        // torch.optim.Adam's defaults, as opt_utils.optimize_mll builds it.
        Adam adam = new Adam(raw.length, 0.9, 0.999, 1e-8);
        double[] gradient = new double[raw.length];
        for (int t = 0; t < settings.iterations(); t++) {
            ml.evaluateTrusted(raw, gradient);
            for (int i = 0; i < gradient.length; i++) {
                if (!Double.isFinite(gradient[i])) {
                    throw new NotPositiveDefiniteException(
                            ml.size(), ml.lastJitter(), "the likelihood gradient is " + gradient[i] + " at step " + t);
                }
            }
            adam.step(raw, gradient, settings.learningRate());
        }
        return raw;
    }

    private static double[] lbfgs(MarginalLikelihood ml, double[] raw, GpSettings settings) {
        // at the start a failure is the data's (as for Adam): let it propagate with its own size
        ml.evaluateTrusted(raw, null);
        Lbfgs.minimize(ml::evaluateTrusted, raw, settings.iterations());
        return raw;
    }

    /**
     * Scratch space for prediction, sized for this model; one per thread.
     *
     * @return a new workspace (O(n) memory)
     */
    public Workspace workspace() {
        return new Workspace(n);
    }

    /** Per-point scratch arrays of length n for {@link GaussianProcess}'s predictions. */
    public static final class Workspace {
        final double[] k;
        final double[] v;
        final double[] dk;

        Workspace(int n) {
            k = new double[n];
            v = new double[n];
            dk = new double[n];
        }
    }

    /**
     * Posterior mean and latent variance at each point. O(m·(nd + n²)).
     *
     * @param points   m points of d finite coordinates
     * @param mean     m entries, overwritten with μ
     * @param variance m entries, overwritten with σ² (of f, clamped below at the minimum variance)
     * @param ws       this model's workspace
     * @throws IllegalArgumentException naming the bad argument and value
     */
    public void predict(double[][] points, double[] mean, double[] variance, Workspace ws) {
        predict(points, mean, variance, false, ws);
    }

    /**
     * Posterior mean and variance at each point, of f or, if {@code observationNoise}, of a new
     * observation y = f + ε (σ² added after the clamp, as gpytorch's {@code likelihood(model(x))}).
     * O(m·(nd + n²)).
     *
     * @param points           m points of d finite coordinates
     * @param mean             m entries, overwritten with μ
     * @param variance         m entries, overwritten with the variance
     * @param observationNoise whether to add the noise variance σ²
     * @param ws               this model's workspace
     * @throws IllegalArgumentException naming the bad argument and value
     */
    public void predict(double[][] points, double[] mean, double[] variance, boolean observationNoise, Workspace ws) {
        checkPrediction(points, mean, variance, ws);
        double noise = observationNoise ? hyperparameters.noise() : 0;
        for (int p = 0; p < points.length; p++) {
            mean[p] = point(points[p], ws, null, false);
            variance[p] = latentVariance(ws) + noise;
        }
    }

    /**
     * Posterior mean and latent variance at each point with their gradients with respect to the
     * point. O(m·(nd + n²)); with a variance clamped at the minimum, its gradient is 0.
     *
     * @param points           m points of d finite coordinates
     * @param mean             m entries, overwritten with μ
     * @param variance         m entries, overwritten with σ²
     * @param meanGradient     m rows of d entries, overwritten with ∂μ/∂x
     * @param varianceGradient m rows of d entries, overwritten with ∂σ²/∂x
     * @param ws               this model's workspace
     * @throws IllegalArgumentException naming the bad argument and value
     */
    public void predict(
            double[][] points,
            double[] mean,
            double[] variance,
            double[][] meanGradient,
            double[][] varianceGradient,
            Workspace ws) {
        checkPrediction(points, mean, variance, ws);
        Checks.shape("meanGradient", meanGradient, points.length, d);
        Checks.shape("varianceGradient", varianceGradient, points.length, d);
        for (int p = 0; p < points.length; p++) {
            mean[p] = point(points[p], ws, meanGradient[p], true);
            variance[p] = latentVarianceWithGradient(points[p], ws, varianceGradient[p]);
        }
    }

    /**
     * The posterior mean at one point (allocates a workspace; use the batch methods in loops).
     *
     * @param point d finite coordinates
     * @return μ(point)
     */
    public double mean(double[] point) {
        double[] m = new double[1];
        predict(new double[][] {point}, m, new double[1], workspace());
        return m[0];
    }

    /**
     * The posterior latent variance at one point (allocates a workspace; use the batch methods in
     * loops).
     *
     * @param point d finite coordinates
     * @return σ²(point)
     */
    public double variance(double[] point) {
        double[] v = new double[1];
        predict(new double[][] {point}, new double[1], v, workspace());
        return v[0];
    }

    /**
     * The standard deviation and its gradient from a variance and its gradient: σ = √σ², ∂σ/∂x =
     * (∂σ²/∂x)/(2σ) (0 where σ = 0), for the standard-deviation form of the paper's lower confidence
     * bound (SVH-PSL's code uses the variance itself). O(m·d); may write in place.
     *
     * @param variance         m variances ≥ 0
     * @param varianceGradient m rows of d entries
     * @param std              m entries, overwritten with σ (may be {@code variance})
     * @param stdGradient      m rows of d entries, overwritten (may be {@code varianceGradient})
     * @throws IllegalArgumentException if shapes differ or a variance is negative or not finite
     */
    public static void standardDeviation(
            double[] variance, double[][] varianceGradient, double[] std, double[][] stdGradient) {
        Checks.notNull("variance", variance);
        int m = variance.length;
        Checks.length("std", std, m);
        Checks.notNull("varianceGradient", varianceGradient);
        int dim = m == 0 ? 0 : Checks.notNull("varianceGradient[0]", varianceGradient[0]).length;
        Checks.shape("varianceGradient", varianceGradient, m, dim);
        Checks.shape("stdGradient", stdGradient, m, dim);
        for (int i = 0; i < m; i++) {
            if (!(variance[i] >= 0) || !Double.isFinite(variance[i])) {
                throw new IllegalArgumentException("variance[" + i + "] must be finite and >= 0, was " + variance[i]);
            }
        }
        for (int i = 0; i < m; i++) {
            double s = Math.sqrt(variance[i]);
            double scale = s > 0 ? 0.5 / s : 0;
            for (int j = 0; j < dim; j++) {
                stdGradient[i][j] = varianceGradient[i][j] * scale;
            }
            std[i] = s;
        }
    }

    private void checkPrediction(double[][] points, double[] mean, double[] variance, Workspace ws) {
        Checks.inputs("points", points, d, "the training inputs");
        Checks.length("mean", mean, points.length);
        Checks.length("variance", variance, points.length);
        Checks.notNull("ws", ws);
        if (ws.k.length != n) {
            throw new IllegalArgumentException(
                    "ws must be a workspace of a model with " + n + " training points, was for " + ws.k.length);
        }
    }

    /**
     * Fills ws.k with k*, ws.dk with s·ρ'(r²) and returns μ; with gradients, writes ∂μ/∂x into
     * meanGradient.
     */
    private double point(double[] p, Workspace ws, double[] meanGradient, boolean gradients) {
        double s = hyperparameters.outputScale();
        double mu = hyperparameters.constantMean();
        double[] k = ws.k;
        for (int i = 0; i < n; i++) {
            double r2 = 0;
            int row = i * d;
            for (int j = 0; j < d; j++) {
                double t = p[j] - x[row + j];
                r2 += t * t * inverseSquaredLengthScales[j];
            }
            k[i] = s * kernel.correlation(r2);
            if (gradients) {
                ws.dk[i] = s * kernel.correlationDerivative(r2);
            }
            mu += alpha[i] * k[i];
        }
        if (gradients) {
            Arrays.fill(meanGradient, 0);
            for (int i = 0; i < n; i++) {
                double f = alpha[i] * ws.dk[i];
                int row = i * d;
                for (int j = 0; j < d; j++) {
                    // dk_i/dp_j = s rho'(r2) * 2 (p_j - x_ij) / l_j^2
                    meanGradient[j] += f * 2 * (p[j] - x[row + j]) * inverseSquaredLengthScales[j];
                }
            }
        }
        return mu;
    }

    /** σ² from ws.k (leaves L⁻¹k* in ws.v). */
    private double latentVariance(Workspace ws) {
        System.arraycopy(ws.k, 0, ws.v, 0, n);
        TriangularSolver_DDRM.solveL(lower, ws.v, n);
        double q = 0;
        for (int i = 0; i < n; i++) {
            q += ws.v[i] * ws.v[i];
        }
        return Math.max(hyperparameters.outputScale() - q, settings.minVariance());
    }

    private double latentVarianceWithGradient(double[] p, Workspace ws, double[] varianceGradient) {
        double s = hyperparameters.outputScale();
        System.arraycopy(ws.k, 0, ws.v, 0, n);
        TriangularSolver_DDRM.solveL(lower, ws.v, n);
        double q = 0;
        for (int i = 0; i < n; i++) {
            q += ws.v[i] * ws.v[i];
        }
        Arrays.fill(varianceGradient, 0);
        double var = s - q;
        if (!(var > settings.minVariance())) {
            return settings.minVariance();
        }
        TriangularSolver_DDRM.solveTranL(lower, ws.v, n); // beta = K_y^-1 k*
        for (int i = 0; i < n; i++) {
            double f = -2 * ws.v[i] * ws.dk[i];
            int row = i * d;
            for (int j = 0; j < d; j++) {
                varianceGradient[j] += f * 2 * (p[j] - x[row + j]) * inverseSquaredLengthScales[j];
            }
        }
        return var;
    }

    /**
     * Returns n, the number of training points.
     *
     * @return the training set size
     */
    public int size() {
        return n;
    }

    /**
     * Returns d, the number of inputs.
     *
     * @return the input dimension
     */
    public int dimension() {
        return d;
    }

    /**
     * Returns the fitted (or given) hyper-parameters.
     *
     * @return the hyper-parameters
     */
    public Hyperparameters hyperparameters() {
        return hyperparameters;
    }

    /**
     * Returns the settings the model was built with.
     *
     * @return the settings
     */
    public GpSettings settings() {
        return settings;
    }

    /**
     * Returns the negative log marginal likelihood per data point at the hyper-parameters,
     * −log p(y | X, θ)/n, gpytorch's loss.
     *
     * @return the loss
     */
    public double loss() {
        return loss;
    }

    /**
     * Returns the jitter added to K_y's diagonal to factorise it (0 almost always).
     *
     * @return the jitter
     */
    public double jitter() {
        return jitter;
    }

    /**
     * Returns a copy of the training inputs.
     *
     * @return n rows of d coordinates
     */
    public double[][] inputs() {
        double[][] copy = new double[n][d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, i * d, copy[i], 0, d);
        }
        return copy;
    }

    /**
     * Returns a copy of the targets.
     *
     * @return n targets
     */
    public double[] targets() {
        return y.clone();
    }

    /**
     * Returns a copy of α = K_y⁻¹(y − c).
     *
     * @return n weights
     */
    public double[] alpha() {
        return alpha.clone();
    }

    /**
     * Returns a copy of the lower Cholesky factor L of K_y (+ jitter).
     *
     * @return n rows of n entries, zeros above the diagonal
     */
    public double[][] choleskyFactor() {
        double[][] copy = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(lower, i * n, copy[i], 0, n);
        }
        return copy;
    }
}
