package org.mo4j.morl.ppo;

import java.util.Arrays;

/**
 * The rollout storage of one PPO update (pytorch-a2c-ppo-acktr's {@code RolloutStorage}, as the
 * C-MORL code uses it): T steps of K parallel environments, with vector rewards and a vector-valued
 * critic of m objectives, stored flat in row-major arrays so that nothing is allocated per step.
 *
 * <p>Index conventions: observation, mask and value rows run over t = 0..T (row T is the state
 * after the last step); action, log-probability and reward rows over t = 0..T−1. {@code mask[t]}
 * is 0 when the episode ended (terminated or truncated) at the step into t, {@code badMask[t]} is
 * 0 when that end was a time-limit truncation.
 *
 * <p>{@link #computeReturns} is per-objective GAE(λ) with the code's "proper time limits": at a
 * truncated step the advantage is cut to 0, so the return target there is the critic's own value
 * (the episode is treated as continuing, not as ending with nothing to come). O(T·K·m).
 */
public final class Rollout {

    final int steps;
    final int envs;
    final int obsDim;
    final int actDim;
    final int objectives;
    final double[] obs;
    final double[] actions;
    final double[] logProbs;
    final double[] values;
    final double[] rewards;
    final double[] masks;
    final double[] badMasks;
    final double[] returns;

    /**
     * Storage for T steps of K environments.
     *
     * @throws IllegalArgumentException if a size is below 1
     */
    public Rollout(int steps, int envs, int observationDimension, int actionDimension, int objectives) {
        positive("steps", steps);
        positive("envs", envs);
        positive("observationDimension", observationDimension);
        positive("actionDimension", actionDimension);
        positive("objectives", objectives);
        this.steps = steps;
        this.envs = envs;
        this.obsDim = observationDimension;
        this.actDim = actionDimension;
        this.objectives = objectives;
        obs = new double[(steps + 1) * envs * obsDim];
        actions = new double[steps * envs * actDim];
        logProbs = new double[steps * envs];
        values = new double[(steps + 1) * envs * objectives];
        rewards = new double[steps * envs * objectives];
        masks = new double[(steps + 1) * envs];
        badMasks = new double[(steps + 1) * envs];
        returns = new double[(steps + 1) * envs * objectives];
        Arrays.fill(masks, 1.0);
        Arrays.fill(badMasks, 1.0);
    }

    private static void positive(String name, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + v);
        }
    }

    /** T, the steps per update. */
    public int steps() {
        return steps;
    }

    /** K, the parallel environments. */
    public int envs() {
        return envs;
    }

    /** T·K, the transitions per update. */
    public int size() {
        return steps * envs;
    }

    int obsIndex(int t, int k) {
        return (t * envs + k) * obsDim;
    }

    int valueIndex(int t, int k) {
        return (t * envs + k) * objectives;
    }

    /** Sets observation row (t, k). */
    public void setObservation(int t, int k, double[] o) {
        System.arraycopy(o, 0, obs, obsIndex(t, k), obsDim);
    }

    /** Records step t of environment k: action, its log-probability, the value of the state before it. */
    public void setStep(int t, int k, double[] action, double logProb, double[] value) {
        System.arraycopy(action, 0, actions, (t * envs + k) * actDim, actDim);
        logProbs[t * envs + k] = logProb;
        System.arraycopy(value, 0, values, valueIndex(t, k), objectives);
    }

    /** Records the outcome of step t of environment k: reward, next observation, end flags. */
    public void setOutcome(int t, int k, double[] reward, double[] nextObservation, boolean done, boolean truncated) {
        System.arraycopy(reward, 0, rewards, valueIndex(t, k), objectives);
        System.arraycopy(nextObservation, 0, obs, obsIndex(t + 1, k), obsDim);
        masks[(t + 1) * envs + k] = done ? 0 : 1;
        badMasks[(t + 1) * envs + k] = truncated ? 0 : 1;
    }

    /** Sets the value of the state after the last step (row T) for environment k. */
    public void setLastValue(int k, double[] value) {
        System.arraycopy(value, 0, values, valueIndex(steps, k), objectives);
    }

    /**
     * Per-objective GAE(λ) returns with the code's proper time limits (see the class comment):
     * δ = r_t + γ V_{t+1} m_{t+1} − V_t, A_t = δ + γλ m_{t+1} A_{t+1}, A_t ← A_t · b_{t+1},
     * R_t = A_t + V_t.
     */
    public void computeReturns(double gamma, double lambda) {
        for (int k = 0; k < envs; k++) {
            for (int j = 0; j < objectives; j++) {
                double gae = 0;
                for (int t = steps - 1; t >= 0; t--) {
                    double mNext = masks[(t + 1) * envs + k];
                    double vNext = values[valueIndex(t + 1, k) + j];
                    double v = values[valueIndex(t, k) + j];
                    double delta = rewards[valueIndex(t, k) + j] + gamma * vNext * mNext - v;
                    gae = delta + gamma * lambda * mNext * gae;
                    gae *= badMasks[(t + 1) * envs + k];
                    returns[valueIndex(t, k) + j] = gae + v;
                }
            }
        }
    }

    /** Carries the last row over to the first for the next update (the code's {@code after_update}). */
    public void afterUpdate() {
        System.arraycopy(obs, obsIndex(steps, 0), obs, 0, envs * obsDim);
        System.arraycopy(masks, steps * envs, masks, 0, envs);
        System.arraycopy(badMasks, steps * envs, badMasks, 0, envs);
    }

    /** The observation of row (t, k), copied into {@code out}. */
    public void observation(int t, int k, double[] out) {
        System.arraycopy(obs, obsIndex(t, k), out, 0, obsDim);
    }

    /** The return target of objective j at transition (t, k). */
    public double returnOf(int t, int k, int j) {
        return returns[valueIndex(t, k) + j];
    }

    /** The stored value of objective j at (t, k). */
    public double valueOf(int t, int k, int j) {
        return values[valueIndex(t, k) + j];
    }
}
