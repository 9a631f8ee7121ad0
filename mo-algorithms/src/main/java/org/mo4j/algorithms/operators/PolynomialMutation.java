package org.mo4j.algorithms.operators;

import java.util.random.RandomGenerator;
import org.mo4j.core.problem.Bounds;

/**
 * Polynomial mutation (Deb &amp; Goyal 1996, "A combined genetic adaptive search (GeneAS) for
 * engineering design", Computer Science and Informatics 26(4)), in the bounded variant of Deb's
 * NSGA-II reference code (revision 1.1.6): each variable with probability p_m is moved by
 * δ_q·(upper − lower), where δ_q follows a polynomial distribution of index η_m truncated so that
 * the result stays inside the bounds (clipped as a safeguard against rounding). Variables with
 * equal bounds are left alone. A larger η_m gives smaller steps.
 *
 * <p>Default p_m = 1/n (n variables) and η_m = 20. O(n) time, no allocation; immutable.
 */
public final class PolynomialMutation implements Mutation {

    private final double probability;
    private final double distributionIndex;

    /** p_m = 1/n and η_m = 20. */
    public PolynomialMutation() {
        this(20);
    }

    /**
     * p_m = 1/n with the given η_m.
     *
     * @throws IllegalArgumentException if {@code distributionIndex} is negative or not finite
     */
    public PolynomialMutation(double distributionIndex) {
        this.probability = Double.NaN;
        this.distributionIndex = OperatorArguments.nonNegative("distributionIndex", distributionIndex);
    }

    /**
     * @param probability       p_m, the per-variable probability, in [0, 1]
     * @param distributionIndex η_m ≥ 0
     * @throws IllegalArgumentException naming the argument and value
     */
    public PolynomialMutation(double probability, double distributionIndex) {
        this.probability = OperatorArguments.probability("probability", probability);
        this.distributionIndex = OperatorArguments.nonNegative("distributionIndex", distributionIndex);
    }

    /** The per-variable probability for {@code n} variables (1/n unless set). */
    public double probability(int n) {
        return Double.isNaN(probability) ? 1.0 / n : probability;
    }

    /** The distribution index η_m. */
    public double distributionIndex() {
        return distributionIndex;
    }

    @Override
    public void apply(double[] x, Bounds bounds, RandomGenerator rng) {
        int n = x.length;
        double p = probability(n);
        double power = distributionIndex + 1.0;
        double exponent = 1.0 / power;
        for (int j = 0; j < n; j++) {
            if (!(rng.nextDouble() < p)) {
                continue;
            }
            double lo = bounds.lower(j);
            double hi = bounds.upper(j);
            if (lo == hi) {
                continue;
            }
            double y = x[j];
            double range = hi - lo;
            double u = rng.nextDouble();
            double deltaQ;
            if (u <= 0.5) {
                double xy = 1.0 - (y - lo) / range;
                double val = 2.0 * u + (1.0 - 2.0 * u) * Math.pow(xy, power);
                deltaQ = Math.pow(val, exponent) - 1.0;
            } else {
                double xy = 1.0 - (hi - y) / range;
                double val = 2.0 * (1.0 - u) + 2.0 * (u - 0.5) * Math.pow(xy, power);
                deltaQ = 1.0 - Math.pow(val, exponent);
            }
            x[j] = Math.min(hi, Math.max(lo, y + deltaQ * range));
        }
    }

    @Override
    public String toString() {
        return "PolynomialMutation[probability=" + (Double.isNaN(probability) ? "1/n" : probability)
                + ", distributionIndex=" + distributionIndex + "]";
    }
}
