package org.mo4j.surrogates.psl;

import org.mo4j.algorithms.Result;

/**
 * An {@link SvhPsl} run: the result and the hypervolume of every point evaluated so far after the
 * initial design and after each batch, against the code's fixed reference point (the "iteration
 * log" of {@code run_svh.py} lines 300–303), from which the log hypervolume difference curve
 * follows.
 *
 * @param result       every evaluated point (population) and its non-dominated subset
 * @param hypervolumes entry 0 after the initial design, entry i after batch i (NaN without a
 *                     reference point)
 * @param evaluations  the evaluations at each entry of {@code hypervolumes}
 */
public record SvhPslResult(Result result, double[] hypervolumes, long[] evaluations) {

    /** Copies the arrays. */
    public SvhPslResult {
        hypervolumes = hypervolumes.clone();
        evaluations = evaluations.clone();
    }

    /** The hypervolume history (a copy). */
    @Override
    public double[] hypervolumes() {
        return hypervolumes.clone();
    }

    /** The evaluation counts of the history (a copy). */
    @Override
    public long[] evaluations() {
        return evaluations.clone();
    }
}
