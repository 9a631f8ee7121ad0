package org.mo4j.surrogates.psl;

/**
 * Told after the initial design and after each evaluated batch of an {@link SvhPsl} or {@link
 * PslMobo} run; for logs and anytime curves.
 */
@FunctionalInterface
public interface BatchListener {
    /**
     * @param iteration   0 for the initial design, then 1, 2, …
     * @param evaluations the evaluations so far
     * @param hypervolume the hypervolume of every evaluated point against the run's reference point
     *                    (NaN when there is none)
     */
    void evaluated(int iteration, long evaluations, double hypervolume);
}
