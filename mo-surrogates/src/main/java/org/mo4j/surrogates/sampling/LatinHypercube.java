package org.mo4j.surrogates.sampling;

import java.util.random.RandomGenerator;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Bounds;

/**
 * Latin hypercube designs (McKay, Beckman &amp; Conover 1979, "A comparison of three methods for
 * selecting values of input variables in the analysis of output from a computer code",
 * Technometrics 21(2)): each axis of the box is cut into n equal strata, each stratum of each axis
 * holds exactly one of the n points, the strata are matched across axes by independent random
 * permutations, and each point is uniform within its cell.
 *
 * <p>An alternative to {@link MapSampling} for users who want a space-filling design of MAP's
 * coefficients. O(n·d) time and space.
 */
public final class LatinHypercube {

    private LatinHypercube() {}

    /**
     * n points in {@code bounds}.
     *
     * @throws IllegalArgumentException if {@code n < 1} or an argument is null
     */
    public static double[][] sample(int n, Bounds bounds, RandomGenerator rng) {
        Arguments.positive("n", n);
        Arguments.notNull("bounds", bounds);
        Arguments.notNull("rng", rng);
        int d = bounds.dimension();
        double[][] out = new double[n][d];
        int[] perm = new int[n];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int k = rng.nextInt(i + 1);
                int tmp = perm[i];
                perm[i] = perm[k];
                perm[k] = tmp;
            }
            double lo = bounds.lower(j);
            double width = bounds.upper(j) - lo;
            for (int i = 0; i < n; i++) {
                out[i][j] = lo + width * (perm[i] + rng.nextDouble()) / n;
            }
        }
        return out;
    }
}
