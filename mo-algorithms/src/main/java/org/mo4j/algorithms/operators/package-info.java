/**
 * Variation and selection operators on {@code double[]} decision vectors: SBX, polynomial mutation,
 * DE/rand/1/bin and binary tournaments. Randomness comes from a
 * {@link java.util.random.RandomGenerator} passed in, so an algorithm that draws on one thread is
 * reproducible from its seed. Implement {@link org.mo4j.algorithms.operators.Crossover} or
 * {@link org.mo4j.algorithms.operators.Mutation} to plug in your own.
 */
package org.mo4j.algorithms.operators;
