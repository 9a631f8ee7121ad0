package org.mo4j.surrogates.map;

/**
 * The expensive step of MAP: merge the models with coefficients c (θ = θ_pre + Σ_i c_i τ_i) and
 * measure the merged model on every task. This is what MAP spends its evaluation budget on and what
 * its quadratic surrogates stand in for.
 *
 * <p>Implementations return raw metrics in the user's orientation (accuracy as accuracy, loss as
 * loss); MAP negates the maximised ones internally. They must be deterministic for the same c if a
 * run is to be reproducible, and must not keep or modify c.
 */
@FunctionalInterface
public interface ExpensiveEvaluator {

    /**
     * The metric of the merged model θ(c) on each task.
     *
     * @param coefficients c, one per task vector
     * @return one finite metric per task
     */
    double[] evaluate(double[] coefficients);

    /**
     * The metric of θ(c) on one task. Bayesian MAP and nested MAP evaluate single tasks; override
     * this when one task is cheaper than all of them (the default evaluates all and keeps one).
     */
    default double evaluate(double[] coefficients, int task) {
        return evaluate(coefficients)[task];
    }
}
