package org.mo4j.algorithms;

/**
 * A configured optimiser of a {@link org.mo4j.core.problem.Problem}: immutable, and each
 * {@code run} starts afresh from its seed, so repeated runs return equal results. What the
 * {@link org.mo4j.algorithms.registry.Algorithms registry} builds by name; population-based
 * algorithms are {@link EvolutionaryAlgorithm}s.
 */
public interface Algorithm {

    /**
     * Runs until {@code termination} says stop.
     *
     * @throws IllegalArgumentException if {@code termination} is null
     * @throws RunFailedException       if an evaluation fails; it carries the last complete generation
     */
    Result run(Termination termination);

    /**
     * Runs for exactly {@code evaluations} evaluations.
     *
     * @throws IllegalArgumentException if {@code evaluations < 1}
     * @throws RunFailedException       if an evaluation fails
     */
    default Result run(long evaluations) {
        return run(Termination.evaluations(evaluations));
    }
}
