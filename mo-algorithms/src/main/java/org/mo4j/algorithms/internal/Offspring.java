package org.mo4j.algorithms.internal;

import java.util.random.RandomGenerator;
import org.mo4j.algorithms.operators.Crossover;
import org.mo4j.algorithms.operators.Mutation;
import org.mo4j.core.problem.Bounds;

/**
 * The generational step the NSGA family shares: offspring from mating pairs of a
 * {@link Population}. Costs O(k·n) plus the operators' work for k
 * offspring of n variables; the only allocations are the offspring vectors themselves.
 */
public final class Offspring {

    /** Chooses one parent: an index into the current population. */
    @FunctionalInterface
    public interface Selection {

        /** The index, below {@code size}, of the chosen parent among the first {@code size} members. */
        int select(int size, RandomGenerator rng);
    }

    private Offspring() {}

    /**
     * {@code k} offspring of the members of {@code parents}: for each pair, two parents
     * are selected (in that order), crossed over,
     * and each child is mutated; for odd {@code k} the last pair's second child is discarded (it
     * is written into {@code spare}, so the random stream is the same as for even k).
     *
     * @param spare a scratch vector of n variables
     */
    public static double[][] pairs(
            int k,
            Population parents,
            Selection selection,
            Crossover crossover,
            Mutation mutation,
            Bounds bounds,
            RandomGenerator rng,
            double[] spare) {
        int n = spare.length;
        int size = parents.size();
        double[][] kids = new double[k][];
        for (int i = 0; i < k; i += 2) {
            int a = selection.select(size, rng);
            int b = selection.select(size, rng);
            double[] c1 = new double[n];
            double[] c2 = i + 1 < k ? new double[n] : spare;
            crossover.apply(parents.variables(a), parents.variables(b), c1, c2, bounds, rng);
            mutation.apply(c1, bounds, rng);
            kids[i] = c1;
            if (i + 1 < k) {
                mutation.apply(c2, bounds, rng);
                kids[i + 1] = c2;
            }
        }
        return kids;
    }
}
