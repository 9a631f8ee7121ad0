package org.mo4j.algorithms;

/**
 * A configured population-based optimiser (NSGA-II, NSGA-III, SMS-EMOA, ...): immutable, and each
 * {@code run} starts afresh from its seed, so repeated runs return equal results.
 */
public interface EvolutionaryAlgorithm extends Algorithm {

    /** The population size N. */
    int populationSize();
}
