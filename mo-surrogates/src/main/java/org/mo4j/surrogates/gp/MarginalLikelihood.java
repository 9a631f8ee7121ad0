package org.mo4j.surrogates.gp;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;

/**
 * The exact negative log marginal likelihood of a Gaussian process on fixed data, per data point,
 * and its analytic gradient with respect to every raw hyper-parameter (layout of
 * {@link Hyperparameters}):
 *
 * <pre>
 *   loss(θ) = −log p(y | X, θ) / n = [½ rᵀα + Σᵢ log Lᵢᵢ + (n/2) log 2π] / n,
 *   K_y = s·P + σ²I = LLᵀ, r = y − c, α = K_y⁻¹ r,
 *   ∂loss/∂θ = ½ tr((K_y⁻¹ − ααᵀ) ∂K_y/∂θ) / n,  ∂loss/∂c = −Σᵢ αᵢ / n,
 * </pre>
 *
 * times the softplus derivative for the constrained parameters (Rasmussen and Williams 2006, eq.
 * 2.30 and 5.9). Dividing by n is what gpytorch's {@code ExactMarginalLogLikelihood} returns, so
 * Adam's step size means the same as in SVH-PSL's code. If the Cholesky factorisation needs jitter
 * (see {@link NotPositiveDefiniteException}), the loss and gradient are those of K_y + jitter·I,
 * with the jitter held constant.
 *
 * <p>O(n³) per evaluation (Cholesky and the inverse) plus O(n²d) for the length-scale gradient; the
 * n×n workspaces are allocated once, so the optimiser's loop allocates nothing. Not thread-safe.
 */
public final class MarginalLikelihood {

    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    private final int n;
    private final int d;
    private final double[] x;
    private final double[] y;
    private final Kernel kernel;
    private final double noiseFloor;
    private final Cholesky cholesky;
    private final double[] r2;
    private final double[] matrix;
    private final DMatrixRMaj lower;
    private final DMatrixRMaj lowerInverse;
    private final DMatrixRMaj inverse;
    private final double[] alpha;
    private final double[] residual;
    private final double[] inverseSquaredLengthScales;
    private final double[] lengthScaleSums;
    private double lastJitter;

    /**
     * Prepares the loss for the data (x, y).
     *
     * @param x          n training inputs, each d finite coordinates (rectangular, n ≥ 1)
     * @param y          n finite targets
     * @param kernel     the covariance function
     * @param noiseFloor the noise floor, finite and ≥ 0
     * @throws IllegalArgumentException naming the bad argument and value
     */
    public MarginalLikelihood(double[][] x, double[] y, Kernel kernel, double noiseFloor) {
        this.d = Checks.inputs("x", x);
        this.n = x.length;
        Checks.notNull("y", y);
        if (y.length != n) {
            throw new IllegalArgumentException("y must have one target per row of x (" + n + "), was " + y.length);
        }
        for (int i = 0; i < n; i++) {
            Checks.finite("y[" + i + "]", y[i]);
        }
        this.kernel = Checks.notNull("kernel", kernel);
        if (!(noiseFloor >= 0) || !Double.isFinite(noiseFloor)) {
            throw new IllegalArgumentException("noiseFloor must be finite and >= 0, was " + noiseFloor);
        }
        this.noiseFloor = noiseFloor;
        this.x = flatten(x, n, d);
        this.y = y.clone();
        cholesky = new Cholesky(n);
        r2 = new double[n * n];
        matrix = new double[n * n];
        lower = new DMatrixRMaj(n, n);
        lowerInverse = new DMatrixRMaj(n, n);
        inverse = new DMatrixRMaj(n, n);
        alpha = new double[n];
        residual = new double[n];
        inverseSquaredLengthScales = new double[d];
        lengthScaleSums = new double[d];
    }

    static double[] flatten(double[][] x, int n, int d) {
        double[] flat = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x[i], 0, flat, i * d, d);
        }
        return flat;
    }

    /**
     * Returns d + 3, the length of a raw hyper-parameter vector.
     *
     * @return the number of raw hyper-parameters
     */
    public int parameterCount() {
        return d + 3;
    }

    /**
     * Returns the jitter the last evaluation added to the diagonal (0 almost always).
     *
     * @return the jitter
     */
    public double lastJitter() {
        return lastJitter;
    }

    /**
     * Evaluates the loss −log p(y | X, θ)/n and, if {@code gradient} is not null, writes its
     * gradient with respect to the raw hyper-parameters. O(n³).
     *
     * @param raw      [c, raw s, raw ℓ₁ … raw ℓ_d, raw σ²], {@link #parameterCount()} finite values
     * @param gradient null, or {@link #parameterCount()} entries, overwritten
     * @return the loss
     * @throws IllegalArgumentException     if an array has the wrong length or raw is not finite
     * @throws NotPositiveDefiniteException if K_y stays indefinite after the largest jitter
     */
    public double evaluate(double[] raw, double[] gradient) {
        Checks.point("raw", raw);
        Checks.length("raw", raw, d + 3);
        if (gradient != null) {
            Checks.length("gradient", gradient, d + 3);
        }
        return evaluateTrusted(raw, gradient);
    }

    double evaluateTrusted(double[] raw, double[] gradient) {
        double c = raw[0];
        double s = Softplus.value(raw[1]);
        double noise = noiseFloor + Softplus.value(raw[d + 2]);
        for (int j = 0; j < d; j++) {
            double l = Softplus.value(raw[2 + j]);
            inverseSquaredLengthScales[j] = 1 / (l * l);
        }
        for (int i = 0; i < n; i++) {
            r2[i * n + i] = 0;
            matrix[i * n + i] = s + noise;
            for (int k = i + 1; k < n; k++) {
                double sum = 0;
                for (int j = 0; j < d; j++) {
                    double t = x[i * d + j] - x[k * d + j];
                    sum += t * t * inverseSquaredLengthScales[j];
                }
                r2[i * n + k] = sum;
                r2[k * n + i] = sum;
                double v = s * kernel.correlation(sum);
                matrix[i * n + k] = v;
                matrix[k * n + i] = v;
            }
        }
        double[] l = lower.data;
        lastJitter = cholesky.factor(matrix, l);
        for (int i = 0; i < n; i++) {
            residual[i] = y[i] - c;
            alpha[i] = residual[i];
        }
        TriangularSolver_DDRM.solveL(l, alpha, n);
        TriangularSolver_DDRM.solveTranL(l, alpha, n);
        double quadratic = 0;
        double logDet = 0;
        for (int i = 0; i < n; i++) {
            quadratic += residual[i] * alpha[i];
            logDet += Math.log(l[i * n + i]);
        }
        double loss = (0.5 * quadratic + logDet) / n + HALF_LOG_2PI;
        if (gradient == null) {
            return loss;
        }
        TriangularSolver_DDRM.invertLower(l, lowerInverse.data, n);
        CommonOps_DDRM.multTransA(lowerInverse, lowerInverse, inverse);
        double[] inv = inverse.data;
        // W = K_y^-1 - alpha alpha^T; the loss derivative is tr(W dK)/(2n).
        double sumAlpha = 0;
        double traceW = 0;
        double traceWP = 0;
        Arrays.fill(lengthScaleSums, 0);
        for (int i = 0; i < n; i++) {
            sumAlpha += alpha[i];
            double wii = inv[i * n + i] - alpha[i] * alpha[i];
            traceW += wii;
            traceWP += wii; // correlation 1 on the diagonal
            for (int k = i + 1; k < n; k++) {
                double w = inv[i * n + k] - alpha[i] * alpha[k];
                double rr = r2[i * n + k];
                traceWP += 2 * w * kernel.correlation(rr);
                double f = w * kernel.correlationDerivative(rr);
                for (int j = 0; j < d; j++) {
                    double t = x[i * d + j] - x[k * d + j];
                    lengthScaleSums[j] += f * t * t;
                }
            }
        }
        gradient[0] = -sumAlpha / n;
        gradient[1] = 0.5 * traceWP / n * Softplus.derivative(raw[1]);
        for (int j = 0; j < d; j++) {
            double l2inv = inverseSquaredLengthScales[j];
            double ell = 1 / Math.sqrt(l2inv);
            // dK_ik/dl_j = s rho'(r2) * (-2 t^2 / l^3); both triangles: factor 2; times 1/2 from the trace
            double dLoss = s * 2 * lengthScaleSums[j] * (-l2inv / ell) / n;
            gradient[2 + j] = dLoss * Softplus.derivative(raw[2 + j]);
        }
        gradient[d + 2] = 0.5 * traceW / n * Softplus.derivative(raw[d + 2]);
        return loss;
    }

    int size() {
        return n;
    }

    int dimension() {
        return d;
    }

    double[] inputs() {
        return x;
    }

    double[] targets() {
        return y;
    }

    Kernel kernel() {
        return kernel;
    }

    double noiseFloor() {
        return noiseFloor;
    }

    /** A copy of the last factor (row-major, lower). */
    double[] lowerFactor() {
        return lower.data.clone();
    }

    /** A copy of the last α. */
    double[] alpha() {
        return alpha.clone();
    }
}
