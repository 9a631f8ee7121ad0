package org.mo4j.morl.env;

/**
 * How an episode stands after a step, as gymnasium's {@code (terminated, truncated)} pair.
 * TERMINATED means the environment reached a terminal state (no bootstrapping past it);
 * TRUNCATED means an outside limit (a {@link TimeLimit}) cut the episode, so a learner should
 * bootstrap from the last observation.
 */
public enum StepStatus {
    /** The episode goes on. */
    RUNNING,
    /** The environment reached a terminal state. */
    TERMINATED,
    /** The episode was cut by a time limit before a terminal state. */
    TRUNCATED;

    /** True for {@link #TERMINATED} and {@link #TRUNCATED}: the episode is over. */
    public boolean isDone() {
        return this != RUNNING;
    }
}
