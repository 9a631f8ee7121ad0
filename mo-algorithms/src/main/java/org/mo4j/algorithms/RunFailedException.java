package org.mo4j.algorithms;

/**
 * Thrown when evaluating a solution fails during a run. It keeps what the run had: the
 * {@link #partialResult()} holds the population of the last complete generation (empty when the
 * initial population itself failed), and the message names the algorithm, the generation being
 * built, the index of the failing solution within its batch and its number among all
 * evaluations of the run. The problem's exception is the {@link #getCause() cause}.
 */
public final class RunFailedException extends RuntimeException {

    private final transient Result partialResult;
    private final int generation;
    private final int batchIndex;
    private final long evaluation;

    /**
     * @param algorithm     the algorithm's name, for the message
     * @param generation    the generation being built when the evaluation failed (0 = initial)
     * @param batchIndex    the index of the failing solution within its batch of offspring
     * @param evaluation    the 0-based number of the failing evaluation within the run
     * @param partialResult the result as of the last complete generation
     * @param cause         the failure
     */
    public RunFailedException(
            String algorithm, int generation, int batchIndex, long evaluation, Result partialResult, Throwable cause) {
        super(
                algorithm + " failed in generation " + generation + ": evaluating solution " + batchIndex
                        + " of the batch (evaluation " + evaluation + " of the run) threw " + cause
                        + "; the partial result holds the population of generation "
                        + partialResult.generations(),
                cause);
        this.partialResult = partialResult;
        this.generation = generation;
        this.batchIndex = batchIndex;
        this.evaluation = evaluation;
    }

    /** The result as of the last complete generation. */
    public Result partialResult() {
        return partialResult;
    }

    /** The generation being built when the failure happened (0 = the initial population). */
    public int generation() {
        return generation;
    }

    /** The index of the failing solution within its batch. */
    public int batchIndex() {
        return batchIndex;
    }

    /** The 0-based number of the failing evaluation within the run. */
    public long evaluation() {
        return evaluation;
    }
}
