package org.mo4j.algorithms.operators;

import java.util.random.RandomGenerator;
import org.mo4j.core.problem.Bounds;

/**
 * Perturbs one decision vector in place, keeping it inside {@code bounds} and drawing all
 * randomness from {@code rng}.
 */
@FunctionalInterface
public interface Mutation {

    /** Mutates {@code x} (of length {@code bounds.dimension()}) in place. */
    void apply(double[] x, Bounds bounds, RandomGenerator rng);
}
