package org.mo4j.morl.ppo;

import java.util.random.RandomGenerator;
import org.mo4j.morl.env.ActionSpace;
import org.mo4j.nn.Adam;
import org.mo4j.nn.CategoricalHead;
import org.mo4j.nn.GaussianHead;
import org.mo4j.nn.Mlp;
import org.mo4j.nn.RunningMeanStd;

/**
 * A C-MORL policy with everything that travels with it (Liu et al., ICLR 2025; the code's
 * {@code Sample}: actor-critic, optimiser and the environment normalisers): an actor MLP
 * obs→64→64→|A| (tanh, orthogonal gains 1, 1, 0.01) with a categorical head for discrete actions
 * or a state-independent Gaussian head (log-std initialised to 0) for box actions; a separate
 * vector critic obs→64→64→m (tanh, gains 1, 1, 1) predicting the normalised return of every
 * objective; one Adam state over actor, log-std and critic; the running mean/std of observations
 * (normalised and clipped to ±10) and of each objective's discounted return (rewards are divided by
 * its standard deviation, as VecNormalize does).
 *
 * <p>{@link #copy()} is deep, so a copied policy trains on without touching the original (Stage 2
 * copies each selected policy per objective). Acting on K observations costs one forward pass of
 * each network, O(K·parameters). Not thread-safe; each training task owns its policies.
 */
public final class ActorCritic {

    private final int obsDim;
    private final int objectives;
    private final ActionSpace actionSpace;
    final Mlp actor;
    final Mlp critic;
    final CategoricalHead categorical;
    final GaussianHead gaussian;
    final Adam actorAdam;
    final Adam criticAdam;
    final Adam logStdAdam;
    final RunningMeanStd observationStats;
    final RunningMeanStd returnStats;
    private final double[] oneAction;

    private ActorCritic(ActorCritic o) {
        oneAction = new double[o.oneAction.length];
        obsDim = o.obsDim;
        objectives = o.objectives;
        actionSpace = o.actionSpace;
        actor = o.actor.copy();
        critic = o.critic.copy();
        categorical = o.categorical;
        gaussian = o.gaussian == null ? null : o.gaussian.copy();
        actorAdam = o.actorAdam.copy();
        criticAdam = o.criticAdam.copy();
        logStdAdam = o.logStdAdam == null ? null : o.logStdAdam.copy();
        observationStats = o.observationStats.copy();
        returnStats = o.returnStats.copy();
    }

    /**
     * A freshly initialised policy.
     *
     * @param observationDimension the observation length
     * @param actionSpace          discrete or box actions
     * @param objectives           m, the critic's outputs
     * @param hidden               the hidden width (C-MORL: 64)
     * @param maxBatch             the largest batch a forward pass sees (max of K and the minibatch)
     * @param adamEpsilon          Adam's ε (C-MORL: 1e-5)
     * @param random               the initialisation's randomness
     */
    public ActorCritic(
            int observationDimension,
            ActionSpace actionSpace,
            int objectives,
            int hidden,
            int maxBatch,
            double adamEpsilon,
            RandomGenerator random) {
        this.obsDim = observationDimension;
        this.objectives = objectives;
        this.actionSpace = actionSpace;
        this.oneAction = new double[actionSpace.actionLength()];
        int out;
        if (actionSpace instanceof ActionSpace.Discrete d) {
            out = d.n();
            categorical = new CategoricalHead(out);
            gaussian = null;
        } else {
            out = actionSpace.actionLength();
            categorical = null;
            gaussian = new GaussianHead(out);
        }
        actor = Mlp.builder(observationDimension, hidden, hidden, out)
                .orthogonalGains(1, 1, 0.01)
                .maxBatch(maxBatch)
                .build(random);
        critic = Mlp.builder(observationDimension, hidden, hidden, objectives)
                .orthogonalGains(1, 1, 1)
                .maxBatch(maxBatch)
                .build(random);
        actorAdam = new Adam(actor.parameterCount(), adamEpsilon);
        criticAdam = new Adam(critic.parameterCount(), adamEpsilon);
        logStdAdam = gaussian == null ? null : new Adam(out, adamEpsilon);
        observationStats = new RunningMeanStd(observationDimension);
        returnStats = new RunningMeanStd(objectives);
    }

    /** A deep copy: networks, optimiser state and normalisers. */
    public ActorCritic copy() {
        return new ActorCritic(this);
    }

    /**
     * Every trainable parameter, as a fresh array: the actor's, then the Gaussian log-stds (if any),
     * then the critic's, each in {@link org.mo4j.nn.Mlp#parameters()}'s layout.
     */
    public double[] parameters() {
        double[] a = actor.parameters();
        double[] l = gaussian == null ? new double[0] : gaussian.logStd();
        double[] c = critic.parameters();
        double[] out = new double[a.length + l.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(l, 0, out, a.length, l.length);
        System.arraycopy(c, 0, out, a.length + l.length, c.length);
        return out;
    }

    /** The observation length. */
    public int observationDimension() {
        return obsDim;
    }

    /** The number of objectives m. */
    public int objectives() {
        return objectives;
    }

    /** The action space. */
    public ActionSpace actionSpace() {
        return actionSpace;
    }

    /** The length of an action vector (1 for discrete actions). */
    public int actionLength() {
        return actionSpace.actionLength();
    }

    /** The width of the actor's output (logits or means). */
    int actorOutputs() {
        return actor.outputSize();
    }

    /** The running statistics of observations (read-only use). */
    public RunningMeanStd observationStatistics() {
        return observationStats;
    }

    /** The running statistics of each objective's discounted return (read-only use). */
    public RunningMeanStd returnStatistics() {
        return returnStats;
    }

    /**
     * Acts on {@code rows} normalised observations: actions (sampled, or the mode when
     * {@code deterministic}), their log-probabilities and, when {@code values} is not null, the
     * critic's values. {@code actorOut} is scratch of at least rows × actor outputs.
     */
    void act(
            double[] normObs,
            int rows,
            RandomGenerator random,
            boolean deterministic,
            double[] actorOut,
            double[] actions,
            double[] logProbs,
            double[] values) {
        actor.forward(normObs, rows, actorOut);
        int a = actionLength();
        double[] one = oneAction;
        for (int i = 0; i < rows; i++) {
            if (categorical != null) {
                int act = deterministic ? categorical.mode(actorOut, i) : categorical.sample(actorOut, i, random);
                actions[i] = act;
                if (logProbs != null) {
                    logProbs[i] = categorical.logProbability(actorOut, i, act);
                }
            } else {
                if (deterministic) {
                    gaussian.mode(actorOut, i, one);
                } else {
                    gaussian.sample(actorOut, i, random, one);
                }
                System.arraycopy(one, 0, actions, i * a, a);
                if (logProbs != null) {
                    logProbs[i] = gaussian.logProbability(actorOut, actions, i);
                }
            }
        }
        if (values != null) {
            critic.forward(normObs, rows, values);
        }
    }
}
