package org.mo4j.core.problem;

import org.mo4j.core.internal.Arguments;

/**
 * Thrown by {@link BatchEvaluator} when evaluating one input fails: it names the index of the
 * first failing input (in input order), keeps the failure as its cause, and carries the evaluations
 * of all inputs before it, so a long run can keep what it has.
 */
public final class EvaluationException extends RuntimeException {

    private final int index;
    private final transient Evaluation[] completed;

    /**
     * @param index     the index of the failing input
     * @param completed the evaluations of inputs {@code 0 .. index − 1} (copied)
     * @param cause     the failure
     * @throws IllegalArgumentException if {@code completed} is null or does not hold exactly
     *                                  {@code index} evaluations
     */
    public EvaluationException(int index, Evaluation[] completed, Throwable cause) {
        super("evaluation of xs[" + index + "] failed: " + cause, cause);
        Arguments.notNull("completed", completed);
        if (completed.length != index) {
            throw new IllegalArgumentException("completed must hold the " + index
                    + " evaluations before the failing index, had " + completed.length);
        }
        this.index = index;
        this.completed = completed.clone();
    }

    /** The index of the failing input. */
    public int index() {
        return index;
    }

    /** The evaluations of the inputs before {@link #index()}, in input order (a copy). */
    public Evaluation[] completed() {
        return completed.clone();
    }
}
