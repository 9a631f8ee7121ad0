package org.mo4j.surrogates.quadratic;

import java.util.Arrays;
import org.mo4j.core.internal.Arguments;

/**
 * A fitted quadratic surrogate ŷ(c) = link(φ(c)ᵀp) of one task's metric over the merging
 * coefficients c ∈ ℝ^T, with its fit diagnostics (MAP, Li et al. ICLR 2025, §3; official code
 * {@code MAP.quadratic_model}). Built by {@link QuadraticFit}; the arrays are copied in and out, so
 * an instance is immutable.
 *
 * @param dimension  T, the number of coefficients
 * @param link       the output link
 * @param parameters p, of length (T+1)(T+2)/2 in the order of {@link QuadraticFeatures}
 * @param residuals  y_k − ŷ(c_k) at the fitted samples, in their order
 * @param rSquared   1 − Σ residual² / Σ (y_k − ȳ)²; NaN when every y_k is equal (undefined)
 * @param iterations the Levenberg–Marquardt iterations used (0 for a model built from parameters)
 */
public record QuadraticSurrogate(
        int dimension, Link link, double[] parameters, double[] residuals, double rSquared, int iterations) {

    /** @throws IllegalArgumentException if the parameters do not fit the dimension or are not finite */
    public QuadraticSurrogate {
        int p = QuadraticFeatures.parameterCount(dimension);
        Arguments.notNull("link", link);
        Arguments.point("parameters", parameters);
        if (parameters.length != p) {
            throw new IllegalArgumentException("parameters has " + parameters.length
                    + " values but a quadratic in dimension=" + dimension + " has " + p);
        }
        Arguments.notNull("residuals", residuals);
        parameters = parameters.clone();
        residuals = residuals.clone();
    }

    /** A surrogate with known parameters and no fit (empty residuals, R² NaN). */
    public static QuadraticSurrogate of(int dimension, Link link, double... parameters) {
        return new QuadraticSurrogate(dimension, link, parameters, new double[0], Double.NaN, 0);
    }

    /** The parameters p (a copy). */
    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** The residuals at the fitted samples (a copy). */
    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    /** The root mean squared residual; NaN with no residuals. */
    public double rootMeanSquaredError() {
        if (residuals.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double r : residuals) {
            s += r * r;
        }
        return Math.sqrt(s / residuals.length);
    }

    /**
     * The predicted metric ŷ(c) = link(φ(c)ᵀp). O(T²).
     *
     * @throws IllegalArgumentException if {@code c} is null, not finite or not of length T
     */
    public double predict(double[] c) {
        Arguments.point("c", c, dimension, "the surrogate");
        return link.apply(QuadraticFeatures.linearPredictor(c, parameters));
    }

    /** {@link #predict} without validation, for search loops that own {@code c}. */
    public double predictUnchecked(double[] c) {
        return link.apply(QuadraticFeatures.linearPredictor(c, parameters));
    }

    /**
     * The gradient ∇_c ŷ(c) = link'(z) ∇_c z. O(T²).
     *
     * @throws IllegalArgumentException if {@code c} is null, not finite or not of length T
     */
    public double[] gradient(double[] c) {
        Arguments.point("c", c, dimension, "the surrogate");
        double z = QuadraticFeatures.linearPredictor(c, parameters);
        double d = link.derivative(z);
        double[] g = QuadraticFeatures.linearPredictorGradient(c, parameters);
        for (int i = 0; i < g.length; i++) {
            g[i] *= d;
        }
        return g;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuadraticSurrogate s
                && dimension == s.dimension
                && link == s.link
                && Arrays.equals(parameters, s.parameters)
                && Arrays.equals(residuals, s.residuals)
                && Double.compare(rSquared, s.rSquared) == 0
                && iterations == s.iterations;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parameters) * 31 + link.hashCode();
    }

    @Override
    public String toString() {
        return "QuadraticSurrogate[dimension=" + dimension + ", link=" + link + ", parameters="
                + Arrays.toString(parameters) + ", rSquared=" + rSquared + ", iterations=" + iterations + "]";
    }
}
