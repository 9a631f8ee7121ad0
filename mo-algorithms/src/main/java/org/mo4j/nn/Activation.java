package org.mo4j.nn;

/**
 * The element-wise activation functions of an {@link Mlp} layer.
 *
 * <p>Each is O(1) per element. The derivative is computed from the activation's output h = f(z),
 * which is what the network keeps for backpropagation (ReLU: h &gt; 0 exactly when z &gt; 0), so
 * no pre-activation has to be stored. TANH is the hidden activation of the PPO policies of
 * C-MORL (Liu et al., ICLR 2025, after pytorch-a2c-ppo-acktr-gail); RELU with a SIGMOID output is
 * SVH-PSL's hypernetwork (Nguyen et al., AAAI 2025); IDENTITY is the linear output of a policy's
 * logits, means or values.
 */
public enum Activation {
    /**
     * h = tanh(z); dh/dz = 1 − h². Computed as sign(z)·(1 − e)/(1 + e) with e = exp(−2|z|): within
     * 4·10⁻¹⁶ of {@code Math.tanh} everywhere (absolute error; relative accuracy is lost only for
     * |z| well below 10⁻³, where the value is itself below the rounding noise of the sums it
     * feeds); {@code Math.exp} is a JIT intrinsic and {@code Math.tanh} is not on Java 17 (the
     * timing is in docs/DECISIONS.md).
     */
    TANH {
        @Override
        public double apply(double z) {
            double e = Math.exp(-2 * Math.abs(z));
            return Math.copySign((1 - e) / (1 + e), z);
        }

        @Override
        public double derivativeFromOutput(double h) {
            return 1 - h * h;
        }
    },
    /** h = max(0, z); dh/dz = 1 for z &gt; 0, else 0 (the subgradient 0 at z = 0, as PyTorch). */
    RELU {
        @Override
        public double apply(double z) {
            return z > 0 ? z : 0;
        }

        @Override
        public double derivativeFromOutput(double h) {
            return h > 0 ? 1 : 0;
        }
    },
    /** h = z; dh/dz = 1. */
    IDENTITY {
        @Override
        public double apply(double z) {
            return z;
        }

        @Override
        public double derivativeFromOutput(double h) {
            return 1;
        }
    },
    /** h = 1 / (1 + e^(−z)); dh/dz = h (1 − h). */
    SIGMOID {
        @Override
        public double apply(double z) {
            // two branches so that neither exponential overflows
            if (z >= 0) {
                return 1 / (1 + Math.exp(-z));
            }
            double e = Math.exp(z);
            return e / (1 + e);
        }

        @Override
        public double derivativeFromOutput(double h) {
            return h * (1 - h);
        }
    };

    /**
     * Returns f(z).
     *
     * @param z the pre-activation
     * @return the activation
     */
    public abstract double apply(double z);

    /**
     * Returns f′(z) given h = f(z).
     *
     * @param h the activation's output
     * @return the derivative at the pre-activation that produced {@code h}
     */
    public abstract double derivativeFromOutput(double h);
}
