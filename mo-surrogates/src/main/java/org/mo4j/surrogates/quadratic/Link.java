package org.mo4j.surrogates.quadratic;

/**
 * The link (output activation) of a quadratic surrogate: the prediction is link(φ(c)ᵀp). MAP's code
 * ({@code MAP.choose_activation}) uses {@link #SIGMOID} for accuracies (in [0, 1]) and
 * {@link #SOFTPLUS} for losses (positive), identity when the user asks for it.
 *
 * <p>Both non-linear links are evaluated in overflow-free forms. The official code clips the
 * sigmoid's argument to [−500, 500] (so values differ, by less than 1e-217, only for |z| &gt; 500)
 * and computes softplus as {@code log1p(exp(z))}, which overflows to infinity above z ≈ 709 where
 * this returns z + log1p(e^{−z}).
 */
public enum Link {

    /** link(z) = z. */
    IDENTITY {
        @Override
        public double apply(double z) {
            return z;
        }

        @Override
        public double derivative(double z) {
            return 1.0;
        }
    },

    /** link(z) = 1 / (1 + e^{−z}), for metrics in (0, 1) such as accuracy. */
    SIGMOID {
        @Override
        public double apply(double z) {
            if (z >= 0) {
                return 1.0 / (1.0 + Math.exp(-z));
            }
            double e = Math.exp(z);
            return e / (1.0 + e);
        }

        @Override
        public double derivative(double z) {
            double s = apply(z);
            return s * (1.0 - s);
        }
    },

    /** link(z) = log(1 + e^z), for positive metrics such as a loss. */
    SOFTPLUS {
        @Override
        public double apply(double z) {
            return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
        }

        @Override
        public double derivative(double z) {
            return SIGMOID.apply(z);
        }
    };

    /** The link's value at z. */
    public abstract double apply(double z);

    /** The link's derivative at z. */
    public abstract double derivative(double z);
}
