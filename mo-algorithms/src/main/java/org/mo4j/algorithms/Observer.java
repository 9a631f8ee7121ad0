package org.mo4j.algorithms;

/**
 * Watches a run: called on the algorithm's thread once per completed generation, the initial
 * population being generation 0. When no observer is set the algorithms build no {@link Progress}
 * at all; when one is set, building it costs O(N) copies of the front per generation.
 *
 * <p>An exception thrown by the observer ends the run and propagates to the caller unchanged.
 */
@FunctionalInterface
public interface Observer {

    /** Receives the state after one generation. */
    void onGeneration(Progress progress);
}
