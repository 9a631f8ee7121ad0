package org.mo4j.morl.env;

/**
 * Cuts episodes after a number of steps: MO-Gymnasium's (and gymnasium's) {@code TimeLimit}
 * wrapper. It counts the steps since the last reset; the step that reaches the limit returns
 * {@link StepStatus#TRUNCATED} unless the inner environment terminated on it, in which case
 * {@link StepStatus#TERMINATED} wins (gymnasium would report both flags; a learner must not
 * bootstrap then). O(1) per step on top of the inner environment's.
 */
public final class TimeLimit implements MultiObjectiveEnv {

    private final MultiObjectiveEnv inner;
    private final int maxEpisodeSteps;
    private int elapsed;
    private boolean running;

    /**
     * Wraps {@code inner}.
     *
     * @param inner the environment to limit
     * @param maxEpisodeSteps the number of steps after which an episode is truncated, at least 1
     */
    public TimeLimit(MultiObjectiveEnv inner, int maxEpisodeSteps) {
        if (inner == null) {
            throw new IllegalArgumentException("inner must not be null");
        }
        if (maxEpisodeSteps < 1) {
            throw new IllegalArgumentException("maxEpisodeSteps must be at least 1, was " + maxEpisodeSteps);
        }
        this.inner = inner;
        this.maxEpisodeSteps = maxEpisodeSteps;
    }

    /** The wrapped environment. */
    public MultiObjectiveEnv inner() {
        return inner;
    }

    /** The step limit. */
    public int maxEpisodeSteps() {
        return maxEpisodeSteps;
    }

    /** The steps taken since the last reset. */
    public int elapsedSteps() {
        return elapsed;
    }

    @Override
    public int numberOfObjectives() {
        return inner.numberOfObjectives();
    }

    @Override
    public int observationDimension() {
        return inner.observationDimension();
    }

    @Override
    public ActionSpace actionSpace() {
        return inner.actionSpace();
    }

    @Override
    public void reset(long seed, double[] observationOut) {
        inner.reset(seed, observationOut);
        elapsed = 0;
        running = true;
    }

    @Override
    public StepStatus step(double[] action, double[] observationOut, double[] rewardOut) {
        if (!running) {
            throw Checks.notRunning(name());
        }
        StepStatus status = inner.step(action, observationOut, rewardOut);
        elapsed++;
        if (status == StepStatus.RUNNING && elapsed >= maxEpisodeSteps) {
            status = StepStatus.TRUNCATED;
        }
        running = status == StepStatus.RUNNING;
        return status;
    }

    @Override
    public boolean hasKnownFront() {
        return inner.hasKnownFront();
    }

    @Override
    public double[][] paretoFront(double gamma) {
        return inner.paretoFront(gamma);
    }

    @Override
    public String name() {
        return inner.name();
    }
}
