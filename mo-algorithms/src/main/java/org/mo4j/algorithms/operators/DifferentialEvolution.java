package org.mo4j.algorithms.operators;

import java.util.random.RandomGenerator;
import org.mo4j.core.problem.Bounds;

/**
 * DE/rand/1/bin (Storn &amp; Price 1997, "Differential evolution – a simple and efficient heuristic
 * for global optimization over continuous spaces", J. Global Optim. 11(4)): the mutant
 * v = r1 + F·(r2 − r3) is crossed binomially with the target, each variable taken from the mutant
 * with probability CR and one random variable always; values outside the bounds are clipped.
 *
 * <p>O(n) time, no allocation; immutable.
 */
public final class DifferentialEvolution {

    private final double crossoverRate;
    private final double scalingFactor;

    /**
     * @param crossoverRate CR in [0, 1] (commonly 1.0 in MOEA/D-DE, 0.9 otherwise)
     * @param scalingFactor F ≥ 0, finite (commonly 0.5)
     * @throws IllegalArgumentException naming the argument and value
     */
    public DifferentialEvolution(double crossoverRate, double scalingFactor) {
        this.crossoverRate = OperatorArguments.probability("crossoverRate", crossoverRate);
        this.scalingFactor = OperatorArguments.nonNegative("scalingFactor", scalingFactor);
    }

    /** CR. */
    public double crossoverRate() {
        return crossoverRate;
    }

    /** F. */
    public double scalingFactor() {
        return scalingFactor;
    }

    /**
     * Writes the trial vector of {@code target} with donors {@code r1, r2, r3} into {@code child}
     * (which may alias {@code target} but no donor).
     */
    public void apply(
            double[] target,
            double[] r1,
            double[] r2,
            double[] r3,
            double[] child,
            Bounds bounds,
            RandomGenerator rng) {
        int n = target.length;
        int forced = rng.nextInt(n);
        for (int j = 0; j < n; j++) {
            if (j == forced || rng.nextDouble() < crossoverRate) {
                double v = r1[j] + scalingFactor * (r2[j] - r3[j]);
                child[j] = Math.min(bounds.upper(j), Math.max(bounds.lower(j), v));
            } else {
                child[j] = target[j];
            }
        }
    }

    @Override
    public String toString() {
        return "DifferentialEvolution[CR=" + crossoverRate + ", F=" + scalingFactor + "]";
    }
}
