package org.mo4j.algorithms;

/**
 * A configured population-based optimiser (NSGA-II, NSGA-III, SMS-EMOA, ...): immutable, and each
 * {@code run} starts afresh from its seed, so repeated runs return equal results.
 */
public interface EvolutionaryAlgorithm {

    /** The population size N. */
    int populationSize();

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
