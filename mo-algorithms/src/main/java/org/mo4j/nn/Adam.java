package org.mo4j.nn;

import java.util.Arrays;

/**
 * The Adam optimiser (Kingma, Ba, ICLR 2015) over one flat parameter array, in PyTorch's form:
 * m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², θ ← θ − (lr / (1 − β₁ᵗ))·m / (√v / √(1 − β₂ᵗ) + ε).
 *
 * <p>O(parameters) per step, no allocation. The moment estimates and the step count are state of
 * their own that {@link #copy()} and {@link #copyStateFrom(Adam)} carry over, because C-MORL copies
 * a policy together with its optimiser before extending it (Liu et al., ICLR 2025). C-MORL uses ε =
 * 1e-5 with β = (0.9, 0.999); SVH-PSL uses PyTorch's defaults (ε = 1e-8). Since Adam is
 * element-wise, one instance per parameter array (network, log-std) with the same learning rate is
 * the same as one optimiser over their concatenation. Not thread-safe.
 */
public final class Adam {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[] m;
    private final double[] v;
    private long steps;

    /**
     * Creates an optimiser with β₁ = 0.9 and β₂ = 0.999.
     *
     * @param size    the length of the parameter array, at least 1
     * @param epsilon ε, finite and &gt; 0
     */
    public Adam(int size, double epsilon) {
        this(size, 0.9, 0.999, epsilon);
    }

    /**
     * Creates an optimiser with zero moments.
     *
     * @param size    the length of the parameter array, at least 1
     * @param beta1   the first-moment decay, in [0, 1)
     * @param beta2   the second-moment decay, in [0, 1)
     * @param epsilon ε, finite and &gt; 0
     */
    public Adam(int size, double beta1, double beta2, double epsilon) {
        Checks.positive("size", size);
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), was " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), was " + beta2);
        }
        this.epsilon = Checks.positive("epsilon", epsilon);
        this.beta1 = beta1;
        this.beta2 = beta2;
        m = new double[size];
        v = new double[size];
    }

    /**
     * Takes one step: updates the moments with {@code gradient} and moves {@code parameters}
     * against it. O(size).
     *
     * @param parameters     θ, updated in place, {@link #size()} long
     * @param gradient       g (of the loss being minimised), {@link #size()} finite values; not
     *                       modified
     * @param learningRate   lr, finite and ≥ 0
     * @throws IllegalArgumentException if a length differs, a gradient value is not finite, or the
     *                                  learning rate is negative or not finite
     */
    public void step(double[] parameters, double[] gradient, double learningRate) {
        Checks.length("parameters", parameters, m.length);
        Checks.length("gradient", gradient, m.length);
        Checks.finite("gradient", gradient, m.length);
        Checks.nonNegative("learningRate", learningRate);
        steps++;
        double correction1 = 1 - Math.pow(beta1, steps);
        double sqrtCorrection2 = Math.sqrt(1 - Math.pow(beta2, steps));
        double stepSize = learningRate / correction1;
        for (int i = 0; i < m.length; i++) {
            double g = gradient[i];
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            parameters[i] -= stepSize * m[i] / (Math.sqrt(v[i]) / sqrtCorrection2 + epsilon);
        }
    }

    /**
     * Returns an independent copy with the same moments and step count.
     *
     * @return a new optimiser in this one's state
     */
    public Adam copy() {
        Adam c = new Adam(m.length, beta1, beta2, epsilon);
        c.copyStateFrom(this);
        return c;
    }

    /**
     * Overwrites this optimiser's moments and step count with {@code other}'s.
     *
     * @param other an optimiser of the same size
     */
    public void copyStateFrom(Adam other) {
        Checks.notNull("other", other);
        if (other.m.length != m.length) {
            throw new IllegalArgumentException("other must have size " + m.length + ", was " + other.m.length);
        }
        System.arraycopy(other.m, 0, m, 0, m.length);
        System.arraycopy(other.v, 0, v, 0, v.length);
        steps = other.steps;
    }

    /** Forgets the moments and the step count. */
    public void reset() {
        Arrays.fill(m, 0);
        Arrays.fill(v, 0);
        steps = 0;
    }

    /**
     * Returns the number of steps taken.
     *
     * @return t
     */
    public long steps() {
        return steps;
    }

    /**
     * Returns the length of the parameter array.
     *
     * @return the size given at construction
     */
    public int size() {
        return m.length;
    }

    /**
     * Returns the first-moment estimate m.
     *
     * @return a copy of m
     */
    public double[] firstMoment() {
        return m.clone();
    }

    /**
     * Returns the second-moment estimate v.
     *
     * @return a copy of v
     */
    public double[] secondMoment() {
        return v.clone();
    }
}
