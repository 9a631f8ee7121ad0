package org.mo4j.core.problem;

import org.mo4j.core.internal.Arguments;

/**
 * A box-constrained, possibly constrained, multi-objective problem: the contract every mo4j
 * algorithm optimises.
 *
 * <p><b>Conventions.</b> Every objective is <em>minimised</em>. Constraints are g_j(x) ≤ 0
 * (satisfied when non-positive; see {@link Evaluation#totalViolation()}). A problem with objectives
 * to maximise is adapted at the boundary with {@link #minimising(Problem, ObjectiveSense...)},
 * which negates them; negate the reported values back when presenting results.
 *
 * <p>{@link #evaluate} may be called from several threads at once by
 * {@link BatchEvaluator#evaluate(Problem, double[][], java.util.concurrent.Executor)}; an
 * implementation that keeps mutable state must synchronise it. It must not keep or modify
 * {@code x}.
 */
public interface Problem {

    /** The number n of decision variables, ≥ 1. */
    int numberOfVariables();

    /** The number m of objectives, ≥ 1. */
    int numberOfObjectives();

    /** The number of constraints g_j(x) ≤ 0; none unless overridden. */
    default int numberOfConstraints() {
        return 0;
    }

    /** The box of the decision variables, of dimension {@link #numberOfVariables()}. */
    Bounds bounds();

    /**
     * Evaluates one decision vector.
     *
     * @param x the decision vector, of length {@link #numberOfVariables()}
     * @return {@link #numberOfObjectives()} objective values and {@link #numberOfConstraints()}
     *         constraint values
     */
    Evaluation evaluate(double[] x);

    /** A short human-readable name; the simple class name unless overridden. */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * A view of {@code problem} in which every objective marked {@link ObjectiveSense#MAXIMISE} is
     * negated, so that minimising the view maximises the original objective. Constraints, bounds
     * and the other properties are passed through; the name gains the suffix
     * {@code " (minimising)"}.
     *
     * @param problem the problem as the user states it
     * @param senses  one sense per objective
     * @throws IllegalArgumentException if an argument is null or the number of senses differs from
     *                                  the number of objectives
     */
    static Problem minimising(Problem problem, ObjectiveSense... senses) {
        Arguments.notNull("problem", problem);
        Arguments.notNull("senses", senses);
        if (senses.length != problem.numberOfObjectives()) {
            throw new IllegalArgumentException("senses has " + senses.length + " entries but problem has "
                    + problem.numberOfObjectives() + " objectives (dimension mismatch)");
        }
        boolean[] negate = new boolean[senses.length];
        for (int i = 0; i < senses.length; i++) {
            negate[i] = Arguments.notNull("senses[" + i + "]", senses[i]) == ObjectiveSense.MAXIMISE;
        }
        return new MinimisingView(problem, negate);
    }
}
