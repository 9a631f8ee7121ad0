package org.mo4j.morl.env;

import java.util.function.Supplier;

/**
 * K copies of an environment stepped together with auto-reset, as gymnasium's
 * {@code SyncVectorEnv} in its same-step mode (gymnasium before 1.0, and the
 * {@code VecEnv}s PPO codes such as C-MORL's use): when a copy terminates or is truncated, its
 * last observation is written to {@code finalObservationsOut} and the copy is reset at once, so
 * {@code observationsOut} holds the new episode's first observation. A learner bootstraps a
 * truncated episode's value from the final observation.
 *
 * <p>Seeding: {@link #reset(long, double[][])} resets copy i with
 * {@link #episodeSeed(long, int, long) episodeSeed(seed, i, 0)}, and its e-th auto-reset uses
 * {@code episodeSeed(seed, i, e)}; so a seed and an action sequence always give the same rollout.
 *
 * <p>A step costs the K inner steps plus O(K) checks and allocates nothing. Not thread-safe.
 */
public final class VectorEnv {

    private final MultiObjectiveEnv[] envs;
    private final long[] episodes;
    private long seed;
    private boolean started;

    /**
     * Builds {@code copies} environments from {@code factory}.
     *
     * @param factory makes one fresh environment per call; all must agree on their sizes
     * @param copies K, at least 1
     */
    public VectorEnv(Supplier<? extends MultiObjectiveEnv> factory, int copies) {
        if (factory == null) {
            throw new IllegalArgumentException("factory must not be null");
        }
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, was " + copies);
        }
        envs = new MultiObjectiveEnv[copies];
        for (int i = 0; i < copies; i++) {
            MultiObjectiveEnv env = factory.get();
            if (env == null) {
                throw new IllegalArgumentException("factory returned null for copy " + i);
            }
            for (int j = 0; j < i; j++) {
                if (envs[j] == env) {
                    throw new IllegalArgumentException(
                            "factory returned the same instance for copies " + j + " and " + i);
                }
            }
            if (i > 0
                    && (env.numberOfObjectives() != envs[0].numberOfObjectives()
                            || env.observationDimension() != envs[0].observationDimension()
                            || !env.actionSpace().equals(envs[0].actionSpace()))) {
                throw new IllegalArgumentException("copy " + i + " (" + env.name()
                        + ") differs in objectives, observation dimension or action space from copy 0");
            }
            envs[i] = env;
        }
        episodes = new long[copies];
    }

    /** The seed of copy {@code copy}'s episode {@code episode} under the vector seed {@code seed}. */
    public static long episodeSeed(long seed, int copy, long episode) {
        long h = SeedableRandom.mix64(seed + SeedableRandom.GOLDEN_GAMMA * (copy + 1L));
        return SeedableRandom.mix64(h ^ (SeedableRandom.GOLDEN_GAMMA * (episode + 1L)));
    }

    /** K, the number of copies. */
    public int size() {
        return envs.length;
    }

    /** Copy {@code i} (for inspection; stepping it directly desynchronises this vector). */
    public MultiObjectiveEnv env(int i) {
        return envs[i];
    }

    /** The copies' number of objectives. */
    public int numberOfObjectives() {
        return envs[0].numberOfObjectives();
    }

    /** The copies' observation dimension. */
    public int observationDimension() {
        return envs[0].observationDimension();
    }

    /** The copies' action space. */
    public ActionSpace actionSpace() {
        return envs[0].actionSpace();
    }

    /** The index of the episode copy {@code i} is in (0 after {@link #reset(long, double[][])}). */
    public long episodeIndex(int i) {
        return episodes[i];
    }

    /**
     * Resets every copy: copy i's episode 0 uses {@code episodeSeed(seed, i, 0)}.
     *
     * @param seed the vector's seed
     * @param observationsOut K rows, each receives a copy's initial observation
     */
    public void reset(long seed, double[][] observationsOut) {
        rows("observationsOut", observationsOut, observationDimension());
        this.seed = seed;
        for (int i = 0; i < envs.length; i++) {
            episodes[i] = 0;
            envs[i].reset(episodeSeed(seed, i, 0), observationsOut[i]);
        }
        started = true;
    }

    /**
     * Steps every copy with its action, auto-resetting the copies whose episode ended.
     *
     * @param actions K actions, row i for copy i (discrete: {@code actions[i][0]} is the index)
     * @param observationsOut K rows: the next observation, or the new episode's first one where
     *     the episode ended
     * @param rewardsOut K rows: the step's reward vectors
     * @param statusOut K entries: each copy's status for this step
     * @param finalObservationsOut K rows: written only for copies whose status is done, with the
     *     ended episode's last observation; other rows are left as they were
     */
    public void step(
            double[][] actions,
            double[][] observationsOut,
            double[][] rewardsOut,
            StepStatus[] statusOut,
            double[][] finalObservationsOut) {
        int k = envs.length;
        rows("actions", actions, actionSpace().actionLength());
        rows("observationsOut", observationsOut, observationDimension());
        rows("rewardsOut", rewardsOut, numberOfObjectives());
        rows("finalObservationsOut", finalObservationsOut, observationDimension());
        if (statusOut == null) {
            throw new IllegalArgumentException("statusOut must not be null");
        }
        if (statusOut.length != k) {
            throw new IllegalArgumentException("statusOut must have length " + k + ", was " + statusOut.length);
        }
        if (!started) {
            throw new IllegalStateException("step called before reset");
        }
        int dim = observationDimension();
        for (int i = 0; i < k; i++) {
            StepStatus status = envs[i].step(actions[i], observationsOut[i], rewardsOut[i]);
            statusOut[i] = status;
            if (status != StepStatus.RUNNING) {
                System.arraycopy(observationsOut[i], 0, finalObservationsOut[i], 0, dim);
                episodes[i]++;
                envs[i].reset(episodeSeed(seed, i, episodes[i]), observationsOut[i]);
            }
        }
    }

    /** Checks K non-null rows, each of {@code length} entries (any length when negative). */
    private void rows(String name, double[][] rows, int length) {
        if (rows == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (rows.length != envs.length) {
            throw new IllegalArgumentException(name + " must have " + envs.length + " rows, was " + rows.length);
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be null");
            }
            if (length >= 0 && rows[i].length != length) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] must have length " + length + ", was " + rows[i].length);
            }
        }
    }
}
