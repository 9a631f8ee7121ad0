package org.mo4j.morl.ppo;

import java.util.function.Supplier;
import org.mo4j.morl.env.MultiObjectiveEnv;
import org.mo4j.morl.env.StepStatus;

/**
 * C-MORL's deterministic evaluation of a policy ({@code morl/mopg.py:evaluation}): E episodes,
 * episode e reset with seed + e, the greedy action (argmax, or the Gaussian's mean) on
 * observations normalised by the policy's statistics (not updated), rewards discounted by the
 * evaluation γ from the first step, and the E discounted return vectors averaged. O(E · episode
 * length) forward passes of the actor.
 */
public final class PolicyEvaluator {

    private final Supplier<? extends MultiObjectiveEnv> environments;
    private final int episodes;
    private final double gamma;
    private final long seed;

    /**
     * @param environments makes the evaluation environment (with the evaluation time limit)
     * @param episodes     E, at least 1
     * @param gamma        the evaluation discount, in (0, 1]
     * @param seed         the seed of episode 0
     * @throws IllegalArgumentException if E &lt; 1 or γ is outside (0, 1]
     */
    public PolicyEvaluator(Supplier<? extends MultiObjectiveEnv> environments, int episodes, double gamma, long seed) {
        if (environments == null) {
            throw new IllegalArgumentException("environments must not be null");
        }
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes must be >= 1, was " + episodes);
        }
        if (!(gamma > 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must be in (0, 1], was " + gamma);
        }
        this.environments = environments;
        this.episodes = episodes;
        this.gamma = gamma;
        this.seed = seed;
    }

    /** The mean discounted return vector of {@code policy} (maximised objectives). */
    public double[] evaluate(ActorCritic policy) {
        MultiObjectiveEnv env = environments.get();
        int m = policy.objectives();
        int d = policy.observationDimension();
        double[] total = new double[m];
        double[] obs = new double[d];
        double[] norm = new double[d];
        double[] reward = new double[m];
        double[] out = new double[policy.actorOutputs()];
        double[] action = new double[policy.actionLength()];
        for (int e = 0; e < episodes; e++) {
            env.reset(seed + e, obs);
            double discount = 1;
            StepStatus st = StepStatus.RUNNING;
            while (!st.isDone()) {
                policy.observationStats.normalize(obs, 1, norm);
                policy.act(norm, 1, null, true, out, action, null, null);
                st = env.step(action, obs, reward);
                for (int j = 0; j < m; j++) {
                    total[j] += discount * reward[j];
                }
                discount *= gamma;
            }
        }
        for (int j = 0; j < m; j++) {
            total[j] /= episodes;
        }
        return total;
    }
}
