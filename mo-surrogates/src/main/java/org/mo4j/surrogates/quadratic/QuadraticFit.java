package org.mo4j.surrogates.quadratic;

import java.util.Arrays;
import org.apache.commons.math3.exception.ConvergenceException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.mo4j.core.internal.Arguments;

/**
 * Fits a {@link QuadraticSurrogate} y ≈ link(φ(c)ᵀp) by <b>nonlinear</b> least squares on the raw
 * metric, minimising Σ_k (y_k − link(φ(c_k)ᵀp))², as MAP's official code does with scipy's
 * {@code curve_fit} (method "lm", MINPACK's Levenberg–Marquardt) from the initial guess p = (1, …, 1)
 * ({@code MAP.fit_quadratic_from_json}). It is not a linear least-squares fit of logit(y), which
 * weighs the errors differently and breaks at y ∈ {0, 1}.
 *
 * <p>The optimiser is Commons Math's {@link LevenbergMarquardtOptimizer}, a port of MINPACK's
 * {@code lmder}, with scipy's tolerances (relative cost and parameter tolerance 1.49012e-8, gradient
 * tolerance 0) and MINPACK's initial step bound factor 100. Differences from the code: the Jacobian
 * is analytic (J = diag(link'(z)) Φ) where {@code curve_fit} uses forward differences
 * ({@code lmdif}), and the budget is 200·(P+1) evaluations and iterations (scipy's
 * {@code maxfev} for {@code lmdif} counts the difference evaluations too, so this budget is at
 * least as generous).
 *
 * <p>Cost per iteration: O(n·P) to evaluate the model and Jacobian plus the QR of an n×P matrix,
 * O(n·P²), for n samples and P = (T+1)(T+2)/2 parameters.
 */
public final class QuadraticFit {

    /** scipy.optimize.leastsq's default ftol and xtol, √(machine ε). */
    static final double TOLERANCE = 1.49012e-8;

    private QuadraticFit() {}

    /**
     * Fits one task's surrogate.
     *
     * @param c       the evaluated coefficient vectors, n rows of length T ≥ 1, finite
     * @param y       the task's metric at each row, finite
     * @param link    the output link
     * @return the fitted surrogate with its residuals and R²
     * @throws IllegalArgumentException naming the argument: ragged or non-finite {@code c}, NaN or
     *                                  infinite {@code y}, lengths that differ, or fewer samples
     *                                  than the P = (T+1)(T+2)/2 parameters
     * @throws FitFailedException       if Levenberg–Marquardt does not converge in its budget
     */
    public static QuadraticSurrogate fit(double[][] c, double[] y, Link link) {
        int t = Arguments.nonEmptyFront("c", c);
        Arguments.point("y", y);
        Arguments.notNull("link", link);
        if (y.length != c.length) {
            throw new IllegalArgumentException(
                    "y has " + y.length + " values but c has " + c.length + " rows (dimension mismatch)");
        }
        int p = QuadraticFeatures.parameterCount(t);
        int n = c.length;
        if (n < p) {
            throw new IllegalArgumentException("c has " + n + " samples, fewer than the " + p
                    + " parameters of a quadratic in T=" + t + " coefficients");
        }
        double[][] phi = new double[n][p];
        for (int k = 0; k < n; k++) {
            QuadraticFeatures.into(c[k], phi[k], 0);
        }
        MultivariateJacobianFunction model = point -> {
            double[] params = point.toArray();
            double[] value = new double[n];
            double[][] jac = new double[n][p];
            for (int k = 0; k < n; k++) {
                double z = 0;
                for (int j = 0; j < p; j++) {
                    z += phi[k][j] * params[j];
                }
                value[k] = link.apply(z);
                double d = link.derivative(z);
                for (int j = 0; j < p; j++) {
                    jac[k][j] = d * phi[k][j];
                }
            }
            return new Pair<RealVector, org.apache.commons.math3.linear.RealMatrix>(
                    new ArrayRealVector(value, false), new Array2DRowRealMatrix(jac, false));
        };
        double[] start = new double[p];
        Arrays.fill(start, 1.0);
        int budget = 200 * (p + 1);
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(start)
                .model(model)
                .target(y.clone())
                .maxEvaluations(budget)
                .maxIterations(budget)
                .build();
        LevenbergMarquardtOptimizer optimizer = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(TOLERANCE)
                .withParameterRelativeTolerance(TOLERANCE)
                .withOrthoTolerance(0.0)
                .withInitialStepBoundFactor(100.0);
        LeastSquaresOptimizer.Optimum optimum;
        try {
            optimum = optimizer.optimize(problem);
        } catch (TooManyEvaluationsException | TooManyIterationsException | ConvergenceException e) {
            throw new FitFailedException(
                    "Levenberg-Marquardt did not converge for " + n + " samples in T=" + t + " within " + budget
                            + " evaluations: " + e.getMessage(),
                    e);
        }
        double[] params = optimum.getPoint().toArray();
        for (int j = 0; j < p; j++) {
            if (!Double.isFinite(params[j])) {
                throw new FitFailedException("Levenberg-Marquardt diverged: parameter " + j + " is " + params[j], null);
            }
        }
        double[] residuals = new double[n];
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double ssRes = 0;
        double ssTot = 0;
        for (int k = 0; k < n; k++) {
            residuals[k] = y[k] - link.apply(QuadraticFeatures.linearPredictor(c[k], params));
            ssRes += residuals[k] * residuals[k];
            ssTot += (y[k] - mean) * (y[k] - mean);
        }
        double r2 = ssTot == 0 ? Double.NaN : 1.0 - ssRes / ssTot;
        return new QuadraticSurrogate(t, link, params, residuals, r2, optimum.getIterations());
    }
}
