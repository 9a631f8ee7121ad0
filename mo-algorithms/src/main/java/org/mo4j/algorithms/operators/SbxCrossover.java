package org.mo4j.algorithms.operators;

import java.util.random.RandomGenerator;
import org.mo4j.core.problem.Bounds;

/**
 * Simulated binary crossover (Deb &amp; Agrawal 1995, "Simulated binary crossover for continuous
 * search space", Complex Systems 9(2)), in the bounded form of Deb's NSGA-II reference code
 * (revision 1.1.6): with probability {@link #probability()} the pair is recombined, and then each
 * variable independently with probability ½; for a variable whose parents differ by more than
 * 1e-14, the spread factor β_q is drawn so that the children stay within the bounds (the
 * distribution is truncated at each bound separately, one uniform draw serving both children), the
 * children are clipped to the bounds as a safeguard against rounding, and they are swapped with
 * probability ½. Otherwise the children copy the parents. A larger distribution index η_c keeps the
 * children closer to their parents.
 *
 * <p>O(n) time per pair, no allocation. Immutable and thread-safe (the state is in {@code rng}).
 */
public final class SbxCrossover implements Crossover {

    private static final double EPS = 1e-14;

    private final double probability;
    private final double distributionIndex;

    /**
     * @param probability       probability of recombining a pair, in [0, 1] (NSGA-II: 0.9)
     * @param distributionIndex η_c ≥ 0 (NSGA-II: 20; NSGA-III: 30)
     * @throws IllegalArgumentException naming the argument and value
     */
    public SbxCrossover(double probability, double distributionIndex) {
        this.probability = OperatorArguments.probability("probability", probability);
        this.distributionIndex = OperatorArguments.nonNegative("distributionIndex", distributionIndex);
    }

    /** The probability of recombining a pair. */
    public double probability() {
        return probability;
    }

    /** The distribution index η_c. */
    public double distributionIndex() {
        return distributionIndex;
    }

    @Override
    public void apply(
            double[] parent1, double[] parent2, double[] child1, double[] child2, Bounds bounds, RandomGenerator rng) {
        int n = parent1.length;
        System.arraycopy(parent1, 0, child1, 0, n);
        System.arraycopy(parent2, 0, child2, 0, n);
        if (!(rng.nextDouble() < probability)) {
            return;
        }
        double exponent = 1.0 / (distributionIndex + 1.0);
        for (int j = 0; j < n; j++) {
            if (rng.nextDouble() > 0.5) {
                continue;
            }
            double a = parent1[j];
            double b = parent2[j];
            if (Math.abs(a - b) <= EPS) {
                continue;
            }
            double y1 = Math.min(a, b);
            double y2 = Math.max(a, b);
            double lo = bounds.lower(j);
            double hi = bounds.upper(j);
            double u = rng.nextDouble();
            double c1 = 0.5 * ((y1 + y2) - betaQ(1.0 + 2.0 * (y1 - lo) / (y2 - y1), u, exponent) * (y2 - y1));
            double c2 = 0.5 * ((y1 + y2) + betaQ(1.0 + 2.0 * (hi - y2) / (y2 - y1), u, exponent) * (y2 - y1));
            c1 = Math.min(hi, Math.max(lo, c1));
            c2 = Math.min(hi, Math.max(lo, c2));
            if (rng.nextDouble() <= 0.5) {
                child1[j] = c2;
                child2[j] = c1;
            } else {
                child1[j] = c1;
                child2[j] = c2;
            }
        }
    }

    /** The spread factor for uniform draw u, truncated so the child stays on its side of the bound. */
    private double betaQ(double beta, double u, double exponent) {
        double alpha = 2.0 - Math.pow(beta, -(distributionIndex + 1.0));
        if (u <= 1.0 / alpha) {
            return Math.pow(u * alpha, exponent);
        }
        return Math.pow(1.0 / (2.0 - u * alpha), exponent);
    }

    @Override
    public String toString() {
        return "SbxCrossover[probability=" + probability + ", distributionIndex=" + distributionIndex + "]";
    }
}
