package org.mo4j.algorithms.operators;

import java.util.random.RandomGenerator;
import org.mo4j.core.problem.Bounds;

/**
 * Recombines two parent decision vectors into two children. Implementations write into arrays the
 * caller provides (no allocation on the hot path), must leave the parents unchanged, keep the
 * children inside {@code bounds}, and draw all randomness from {@code rng}.
 */
public interface Crossover {

    /**
     * Writes the two children of {@code parent1} and {@code parent2} into {@code child1} and
     * {@code child2} (all four of length {@code bounds.dimension()}; a child may not alias a parent).
     */
    void apply(
            double[] parent1, double[] parent2, double[] child1, double[] child2, Bounds bounds, RandomGenerator rng);
}
