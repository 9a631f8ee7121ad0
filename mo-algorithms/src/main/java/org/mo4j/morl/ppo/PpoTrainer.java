package org.mo4j.morl.ppo;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.mo4j.morl.env.MultiObjectiveEnv;
import org.mo4j.morl.env.StepStatus;
import org.mo4j.nn.Gradients;

/**
 * PPO with a vector-valued critic, as C-MORL's code runs it ({@code morl/mopg.py} workers over
 * pytorch-a2c-ppo-acktr's PPO, Schulman et al. 2017): K environments stepped together for T steps,
 * observations normalised by running statistics, each objective's reward divided by the standard
 * deviation of its running discounted return, per-objective GAE(λ) with the code's time-limit
 * handling ({@link Rollout#computeReturns}), then E epochs of shuffled minibatches with the clipped
 * surrogate on the {@link PpoObjective}'s standardised advantage, the clipped value loss, Stage 2's
 * barrier where asked, one global gradient-norm clip and Adam.
 *
 * <p>A trainer owns its environments and their state (current observations, return accumulators,
 * episode counters), as the code's worker owns its vectorised environments; the policy it trains
 * can be swapped ({@link #train}) while the environments carry on, as Stage 2 does between
 * objectives. All randomness (actions, minibatch order, environment resets) comes from one
 * {@link SplittableRandom} seeded at construction, so a trainer is deterministic whatever thread
 * runs it. Nothing is allocated per step or per minibatch. Per update: T·K environment steps,
 * O(T·K) forward passes, and E·T·K forward and backward passes of both networks.
 */
public final class PpoTrainer {

    private final PpoSettings s;
    private final MultiObjectiveEnv[] envs;
    private final int k;
    private final int obsDim;
    private final int m;
    private final int actLen;
    private final Rollout rollout;
    private final SplittableRandom random;
    private final long seed;
    private final long[] episodes;
    private ActorCritic policy;

    private final double[] rawObs;
    private final double[] normObs;
    private final double[] returnAccumulators;
    private final double[] stepReward;
    private final double[] scaledRewards;
    private final double[] envObs;
    private final double[] envReward;
    private final double[] envAction;
    private final double[] actorOut;
    private final double[] actions;
    private final double[] logProbs;
    private final double[] values;
    private final boolean[] done;
    private final boolean[] truncated;

    private final int batch;
    private final int[] permutation;
    private final double[] advantages;
    private final double[] rawAdvantages;
    private final double[] mbObs;
    private final double[] mbActions;
    private final double[] mbOldLogp;
    private final double[] mbOldValues;
    private final double[] mbReturns;
    private final double[] mbAdv;
    private final double[] mbRawAdv;
    private final double[] mbActorOut;
    private final double[] mbNewLogp;
    private final double[] mbGradLogp;
    private final double[] mbDActor;
    private final double[] mbValues;
    private final double[] mbDValues;
    private final double[] meanReturn;
    private final double[] scales;
    private double[] anchor;

    /**
     * A trainer with K fresh environments from {@code environments}, reset and normalised by
     * {@code policy}'s statistics.
     *
     * @param policy       the policy to train (trained in place; see {@link #train})
     * @param environments makes one environment per call
     * @param settings     PPO's settings
     * @param seed         the seed of every random draw of this trainer
     */
    public PpoTrainer(
            ActorCritic policy, Supplier<? extends MultiObjectiveEnv> environments, PpoSettings settings, long seed) {
        this.s = settings;
        this.k = settings.envs();
        this.policy = policy;
        this.obsDim = policy.observationDimension();
        this.m = policy.objectives();
        this.actLen = policy.actionLength();
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        envs = new MultiObjectiveEnv[k];
        for (int i = 0; i < k; i++) {
            envs[i] = environments.get();
            if (envs[i].observationDimension() != obsDim || envs[i].numberOfObjectives() != m) {
                throw new IllegalArgumentException("environments make " + envs[i].name() + " with "
                        + envs[i].observationDimension() + " observations and " + envs[i].numberOfObjectives()
                        + " objectives, but the policy has " + obsDim + " and " + m);
            }
        }
        rollout = new Rollout(s.steps(), k, obsDim, actLen, m);
        episodes = new long[k];
        rawObs = new double[k * obsDim];
        normObs = new double[k * obsDim];
        returnAccumulators = new double[k * m];
        stepReward = new double[m];
        scaledRewards = new double[k * m];
        envObs = new double[obsDim];
        envReward = new double[m];
        envAction = new double[actLen];
        actorOut = new double[k * policy.actorOutputs()];
        actions = new double[k * actLen];
        logProbs = new double[k];
        values = new double[k * m];
        done = new boolean[k];
        truncated = new boolean[k];
        int n = s.steps() * k;
        batch = n / s.minibatches();
        permutation = new int[n];
        advantages = new double[n];
        rawAdvantages = new double[n * m];
        mbObs = new double[batch * obsDim];
        mbActions = new double[batch * actLen];
        mbOldLogp = new double[batch];
        mbOldValues = new double[batch * m];
        mbReturns = new double[batch * m];
        mbAdv = new double[batch];
        mbRawAdv = new double[batch * m];
        mbActorOut = new double[batch * policy.actorOutputs()];
        mbNewLogp = new double[batch];
        mbGradLogp = new double[batch];
        mbDActor = new double[batch * policy.actorOutputs()];
        mbValues = new double[batch * m];
        mbDValues = new double[batch * m];
        meanReturn = new double[m];
        scales = new double[m];
        for (int i = 0; i < k; i++) {
            envs[i].reset(episodeSeed(i), envObs);
            System.arraycopy(envObs, 0, rawObs, i * obsDim, obsDim);
        }
        policy.observationStats.update(rawObs, k);
        policy.observationStats.normalize(rawObs, k, normObs);
        for (int i = 0; i < k; i++) {
            rollout.setObservation(0, i, java.util.Arrays.copyOfRange(normObs, i * obsDim, (i + 1) * obsDim));
        }
    }

    /** The largest minibatch or environment batch a policy trained here must accept. */
    public static int maxBatch(PpoSettings settings) {
        return Math.max(settings.envs(), settings.steps() * settings.envs() / settings.minibatches());
    }

    /** The policy being trained. */
    public ActorCritic policy() {
        return policy;
    }

    /** Environment k's episodes are reset from (seed, k, episode index), so rollouts are reproducible. */
    private long episodeSeed(int env) {
        long z = seed + 0x9E3779B97F4A7C15L * (env + 1) + 0xBF58476D1CE4E5B9L * (episodes[env]++ + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Runs one PPO update of {@code policy} (which becomes this trainer's policy) for
     * {@code objective}: T·K environment steps, then the optimisation.
     *
     * @param learningRate Adam's learning rate for this update
     * @param newAnchor    for {@link BarrierForm#PAPER}: measure G_j(π_r) on this rollout
     * @return the number of environment steps taken (T·K)
     * @throws IllegalArgumentException if the policy does not fit the environments, the objective
     *                                  does not fit the number of objectives (weights of another
     *                                  length, negative or not finite; an objective index out of
     *                                  range), or the learning rate is negative or not finite
     */
    public long train(ActorCritic policy, PpoObjective objective, double learningRate, boolean newAnchor) {
        if (policy == null || policy.observationDimension() != obsDim || policy.objectives() != m) {
            throw new IllegalArgumentException("policy does not fit this trainer's environments (" + obsDim
                    + " observations, " + m + " objectives)");
        }
        if (objective instanceof PpoObjective.Scalarised sc) {
            double[] w = sc.weights();
            if (w.length != m) {
                throw new IllegalArgumentException(
                        "objective has " + w.length + " weights but the environments have " + m + " objectives");
            }
            for (int j = 0; j < m; j++) {
                if (!(w[j] >= 0) || !Double.isFinite(w[j])) {
                    throw new IllegalArgumentException(
                            "objective weights[" + j + "] must be finite and >= 0, was " + w[j]);
                }
            }
        } else if (objective instanceof PpoObjective.Constrained c) {
            if (c.objective() >= m) {
                throw new IllegalArgumentException("objective index must be below " + m + ", was " + c.objective());
            }
        } else {
            throw new IllegalArgumentException("objective must not be null");
        }
        if (!(learningRate >= 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be finite and >= 0, was " + learningRate);
        }
        this.policy = policy;
        collect();
        update(objective, learningRate, newAnchor);
        rollout.afterUpdate();
        return s.stepsPerUpdate();
    }

    private void collect() {
        ActorCritic p = policy;
        double gamma = s.gamma();
        for (int t = 0; t < s.steps(); t++) {
            for (int i = 0; i < k; i++) {
                rollout.observation(t, i, envObs);
                System.arraycopy(envObs, 0, normObs, i * obsDim, obsDim);
            }
            p.act(normObs, k, random, false, actorOut, actions, logProbs, values);
            for (int i = 0; i < k; i++) {
                System.arraycopy(actions, i * actLen, envAction, 0, actLen);
                StepStatus st = envs[i].step(envAction, envObs, envReward);
                done[i] = st.isDone();
                truncated[i] = st == StepStatus.TRUNCATED;
                for (int j = 0; j < m; j++) {
                    returnAccumulators[i * m + j] = returnAccumulators[i * m + j] * gamma + envReward[j];
                    scaledRewards[i * m + j] = envReward[j];
                }
                if (done[i]) {
                    envs[i].reset(episodeSeed(i), envObs);
                }
                System.arraycopy(envObs, 0, rawObs, i * obsDim, obsDim);
                System.arraycopy(values, i * m, stepReward, 0, m);
                rollout.setStep(t, i, envAction, logProbs[i], stepReward);
            }
            // VecNormalize: observations first, then rewards by the return statistics, then the
            // finished episodes' accumulators are cleared
            p.observationStats.update(rawObs, k);
            p.observationStats.normalize(rawObs, k, normObs);
            p.returnStats.update(returnAccumulators, k);
            p.returnStats.scale(scaledRewards, k, scaledRewards);
            for (int i = 0; i < k; i++) {
                if (done[i]) {
                    java.util.Arrays.fill(returnAccumulators, i * m, (i + 1) * m, 0);
                }
                System.arraycopy(scaledRewards, i * m, stepReward, 0, m);
                System.arraycopy(normObs, i * obsDim, envObs, 0, obsDim);
                rollout.setOutcome(t, i, stepReward, envObs, done[i], truncated[i]);
            }
        }
        for (int i = 0; i < k; i++) {
            rollout.observation(s.steps(), i, envObs);
            System.arraycopy(envObs, 0, normObs, i * obsDim, obsDim);
        }
        p.critic.forward(normObs, k, values);
        for (int i = 0; i < k; i++) {
            System.arraycopy(values, i * m, stepReward, 0, m);
            rollout.setLastValue(i, stepReward);
        }
        rollout.computeReturns(gamma, s.lambda());
    }

    private void update(PpoObjective objective, double lr, boolean newAnchor) {
        ActorCritic p = policy;
        int n = s.steps() * k;
        double[] var = p.returnStats.variance();
        for (int j = 0; j < m; j++) {
            scales[j] = Math.sqrt(var[j] + 1e-8);
        }
        int target = -1;
        double[] w = null;
        PpoObjective.Constrained c = null;
        if (objective instanceof PpoObjective.Scalarised sc) {
            w = sc.weights();
        } else {
            c = (PpoObjective.Constrained) objective;
            target = c.objective();
        }
        double sum = 0;
        for (int t = 0; t < s.steps(); t++) {
            for (int i = 0; i < k; i++) {
                int q = t * k + i;
                double a = 0;
                for (int j = 0; j < m; j++) {
                    double raw = (rollout.returnOf(t, i, j) - rollout.valueOf(t, i, j)) * scales[j];
                    rawAdvantages[q * m + j] = raw;
                    if (w != null) {
                        a += w[j] * raw;
                    } else if (j == target) {
                        a = raw;
                    }
                }
                advantages[q] = a;
                sum += a;
            }
        }
        double mean = sum / n;
        double ss = 0;
        for (int q = 0; q < n; q++) {
            ss += (advantages[q] - mean) * (advantages[q] - mean);
        }
        double std = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        for (int q = 0; q < n; q++) {
            advantages[q] = (advantages[q] - mean) / (std + 1e-5);
        }
        if (c != null && c.form() == BarrierForm.PAPER && (newAnchor || anchor == null)) {
            anchor = new double[m];
            for (int q = 0; q < n; q++) {
                int t = q / k;
                int i = q % k;
                for (int j = 0; j < m; j++) {
                    anchor[j] += rollout.returnOf(t, i, j) * scales[j] / n;
                }
            }
        }
        for (int q = 0; q < n; q++) {
            permutation[q] = q;
        }
        int outs = p.actorOutputs();
        // one array of the policy's gradient arrays per update: clipNorm's varargs would allocate per minibatch
        double[][] gradients = p.gaussian != null
                ? new double[][] {p.actor.gradient(), p.critic.gradient(), p.gaussian.logStdGradient()}
                : new double[][] {p.actor.gradient(), p.critic.gradient()};
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            for (int q = n - 1; q > 0; q--) {
                int r = random.nextInt(q + 1);
                int tmp = permutation[q];
                permutation[q] = permutation[r];
                permutation[r] = tmp;
            }
            for (int mb = 0; mb < s.minibatches(); mb++) {
                gather(mb * batch);
                p.actor.forward(mbObs, batch, mbActorOut);
                for (int b = 0; b < batch; b++) {
                    mbNewLogp[b] = p.categorical != null
                            ? p.categorical.logProbability(mbActorOut, b, (int) mbActions[b])
                            : p.gaussian.logProbability(mbActorOut, mbActions, b);
                    mbGradLogp[b] = 0;
                }
                PpoLoss.clippedSurrogate(mbNewLogp, mbOldLogp, mbAdv, batch, s.clip(), mbGradLogp);
                if (c != null && m > 1) {
                    for (int j = 0; j < m; j++) {
                        double g = 0;
                        for (int b = 0; b < batch; b++) {
                            g += mbReturns[b * m + j];
                        }
                        meanReturn[j] = g / batch;
                    }
                    if (c.form() == BarrierForm.PAPER) {
                        for (int j = 0; j < m; j++) {
                            meanReturn[j] *= scales[j];
                        }
                        PpoLoss.paperBarrier(
                                c.relaxation(),
                                mbNewLogp,
                                mbOldLogp,
                                mbRawAdv,
                                batch,
                                m,
                                target,
                                meanReturn,
                                anchor,
                                c.beta(),
                                c.t(),
                                s.clip(),
                                mbGradLogp);
                    } else {
                        PpoLoss.codeBarrier(
                                c.form(),
                                c.relaxation(),
                                mbNewLogp,
                                mbOldLogp,
                                batch,
                                m,
                                target,
                                meanReturn,
                                c.beta(),
                                c.t(),
                                s.clip(),
                                mbGradLogp);
                    }
                }
                java.util.Arrays.fill(mbDActor, 0, batch * outs, 0);
                p.actor.zeroGradient();
                if (p.gaussian != null) {
                    p.gaussian.zeroGradient();
                }
                for (int b = 0; b < batch; b++) {
                    if (p.categorical != null) {
                        p.categorical.addLogProbabilityGradient(
                                mbActorOut, b, (int) mbActions[b], mbGradLogp[b], mbDActor);
                        if (s.entropyCoef() > 0) {
                            p.categorical.addEntropyGradient(mbActorOut, b, -s.entropyCoef() / batch, mbDActor);
                        }
                    } else {
                        p.gaussian.addLogProbabilityGradient(mbActorOut, mbActions, b, mbGradLogp[b], mbDActor);
                    }
                }
                if (p.gaussian != null && s.entropyCoef() > 0) {
                    p.gaussian.addEntropyGradient(-s.entropyCoef());
                }
                p.actor.backward(mbDActor, batch, null);
                p.critic.forward(mbObs, batch, mbValues);
                java.util.Arrays.fill(mbDValues, 0);
                PpoLoss.clippedValueLoss(
                        mbValues, mbOldValues, mbReturns, batch, m, s.clip(), s.valueCoef(), mbDValues);
                p.critic.zeroGradient();
                p.critic.backward(mbDValues, batch, null);
                Gradients.clipNorm(s.maxGradNorm(), gradients);
                if (p.gaussian != null) {
                    p.logStdAdam.step(p.gaussian.logStd(), p.gaussian.logStdGradient(), lr);
                }
                p.actorAdam.step(p.actor.parameters(), p.actor.gradient(), lr);
                p.criticAdam.step(p.critic.parameters(), p.critic.gradient(), lr);
            }
        }
    }

    private void gather(int from) {
        for (int b = 0; b < batch; b++) {
            int q = permutation[from + b];
            int t = q / k;
            int i = q % k;
            System.arraycopy(rollout.obs, rollout.obsIndex(t, i), mbObs, b * obsDim, obsDim);
            System.arraycopy(rollout.actions, q * actLen, mbActions, b * actLen, actLen);
            mbOldLogp[b] = rollout.logProbs[q];
            System.arraycopy(rollout.values, rollout.valueIndex(t, i), mbOldValues, b * m, m);
            System.arraycopy(rollout.returns, rollout.valueIndex(t, i), mbReturns, b * m, m);
            System.arraycopy(rawAdvantages, q * m, mbRawAdv, b * m, m);
            mbAdv[b] = advantages[q];
        }
    }
}
