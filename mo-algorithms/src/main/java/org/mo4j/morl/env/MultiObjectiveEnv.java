package org.mo4j.morl.env;

/**
 * A multi-objective reinforcement-learning environment: gymnasium's {@code Env} with a vector
 * reward, shaped for allocation-free rollouts. Objectives are maximised.
 *
 * <p>Observations are flat {@code double} vectors of {@link #observationDimension()} components;
 * rewards are vectors of {@link #numberOfObjectives()} components. Both are written into buffers
 * the caller owns, so a step allocates nothing. Discrete actions are passed as {@code action[0]}
 * holding the integer index; box actions as the vector itself.
 *
 * <p>Life cycle: {@link #reset(long, double[])} starts an episode; {@link #step} advances it until
 * it returns {@link StepStatus#TERMINATED} or {@link StepStatus#TRUNCATED}; stepping before the
 * first reset or after the end of an episode throws {@link IllegalStateException}. An instance
 * is not thread-safe; use one per thread (as {@link VectorEnv} does).
 *
 * <p>Arguments are validated on every call (null, buffer lengths, the action's length and range,
 * NaN) with an {@link IllegalArgumentException} naming the argument and the value; the checks
 * are O(length of the arrays).
 */
public interface MultiObjectiveEnv {

    /** The number of reward components (objectives), all maximised. */
    int numberOfObjectives();

    /** The length of an observation vector. */
    int observationDimension();

    /** The actions this environment accepts. */
    ActionSpace actionSpace();

    /**
     * Starts a new episode: seeds this environment's own random generator with {@code seed} (as
     * gymnasium's {@code reset(seed=...)}) and writes the initial observation.
     *
     * @param seed the seed of this episode's randomness (and of the next ones until the next reset)
     * @param observationOut receives the initial observation; length {@link #observationDimension()}
     */
    void reset(long seed, double[] observationOut);

    /**
     * Applies one action.
     *
     * @param action a discrete action index in {@code action[0]} (length 1), or a box action of
     *     the box's length
     * @param observationOut receives the next observation; length {@link #observationDimension()}
     * @param rewardOut receives the reward vector; length {@link #numberOfObjectives()}
     * @return whether the episode goes on, terminated, or was truncated
     * @throws IllegalStateException before the first reset or after the episode ended
     */
    StepStatus step(double[] action, double[] observationOut, double[] rewardOut);

    /** Whether {@link #paretoFront(double)} is available. */
    boolean hasKnownFront();

    /**
     * The true Pareto front of discounted returns (maximised), computed as the original
     * environment computes it.
     *
     * @param gamma the discount factor, in (0, 1]
     * @return a fresh array, one row per point
     * @throws UnsupportedOperationException if the front is not known
     */
    double[][] paretoFront(double gamma);

    /** The registry name of this environment (as {@link Environments#create(String)} takes it). */
    String name();
}
