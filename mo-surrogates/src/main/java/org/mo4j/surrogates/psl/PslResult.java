package org.mo4j.surrogates.psl;

import org.mo4j.algorithms.Result;

/**
 * A run of {@link SvhPsl} or {@link PslMobo}: every evaluated point, the hypervolume history and
 * the learned Pareto-set model.
 *
 * <p>The history is the hypervolume of all points evaluated so far after the initial design and
 * after each batch, against the run's fixed reference point (the "iteration log" of {@code
 * run_svh.py} lines 300–303); the log hypervolume difference of the evaluation notebook follows
 * from {@link Result#population()} (in evaluation order) with {@link
 * org.mo4j.problems.psl.PslBenchmark#logHypervolumeDifferenceCurve}.
 *
 * @param result       every evaluated point (population, in evaluation order) and its
 *                     non-dominated subset
 * @param hypervolumes entry 0 after the initial design, entry i after batch i (NaN without a
 *                     reference point)
 * @param evaluations  the evaluations at each entry of {@code hypervolumes}
 * @param model        the hypernetwork that chose the last batch, with its Gaussian processes; null
 *                     if the budget ended with the initial design
 */
public record PslResult(Result result, double[] hypervolumes, long[] evaluations, PslModel model) {

    /** Copies the arrays. */
    public PslResult {
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

    /**
     * The objective vectors of every evaluated point, in evaluation order (fresh arrays).
     *
     * @return one row per evaluation
     */
    public double[][] evaluatedObjectives() {
        return result.population().stream().map(s -> s.objectives().clone()).toArray(double[][]::new);
    }
}
