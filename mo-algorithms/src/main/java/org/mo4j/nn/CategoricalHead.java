package org.mo4j.nn;

import java.util.random.RandomGenerator;

/**
 * A categorical policy over n discrete actions parameterised by logits z (the outputs of an
 * {@link Mlp}): π(a) = softmax(z)_a, computed stably as log π(a) = z_a − logsumexp(z).
 *
 * <p>Works on one row of a row-major batch of logits ({@code logits[row·n + i]}), so a minibatch
 * needs no copying. Every method is O(n) and allocation-free. Log-probabilities, sampling, the
 * argmax for deterministic evaluation, the entropy, and gradients of log π(a) and of the entropy
 * with respect to the logits are what PPO's discrete-action loss needs (C-MORL, Liu et al., ICLR
 * 2025, after pytorch-a2c-ppo-acktr-gail's {@code Categorical} head). Stateless, so thread-safe.
 */
public final class CategoricalHead {

    private final int actions;

    /**
     * Creates a head over {@code actions} actions.
     *
     * @param actions the number of actions, at least 1
     */
    public CategoricalHead(int actions) {
        this.actions = Checks.positive("actions", actions);
    }

    /**
     * Returns the number of actions.
     *
     * @return n
     */
    public int actions() {
        return actions;
    }

    private int check(double[] logits, int row) {
        Checks.notNull("logits", logits);
        if (row < 0 || (long) (row + 1) * actions > logits.length) {
            throw new IllegalArgumentException("row must be between 0 and " + (logits.length / actions - 1)
                    + " for logits of length " + logits.length + ", was " + row);
        }
        int off = row * actions;
        Checks.finite("logits", logits, off, off + actions);
        return off;
    }

    private void checkAction(int action) {
        if (action < 0 || action >= actions) {
            throw new IllegalArgumentException("action must be between 0 and " + (actions - 1) + ", was " + action);
        }
    }

    private double logSumExp(double[] z, int off) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < actions; i++) {
            max = Math.max(max, z[off + i]);
        }
        double sum = 0;
        for (int i = 0; i < actions; i++) {
            sum += Math.exp(z[off + i] - max);
        }
        return max + Math.log(sum);
    }

    /**
     * Returns log π(action) for one row of logits.
     *
     * @param logits row-major logits, n per row, finite
     * @param row    the row (sample)
     * @param action the action, 0 to n − 1
     * @return z_a − logsumexp(z), ≤ 0
     */
    public double logProbability(double[] logits, int row, int action) {
        int off = check(logits, row);
        checkAction(action);
        return logits[off + action] - logSumExp(logits, off);
    }

    /**
     * Writes log π(i) for every action i of one row into {@code out[0..n)}.
     *
     * @param logits row-major logits, n per row, finite
     * @param row    the row (sample)
     * @param out    receives the n log-probabilities
     */
    public void logProbabilities(double[] logits, int row, double[] out) {
        int off = check(logits, row);
        Checks.atLeast("out", out, actions);
        double lse = logSumExp(logits, off);
        for (int i = 0; i < actions; i++) {
            out[i] = logits[off + i] - lse;
        }
    }

    /**
     * Draws an action from π by inversion of one uniform variate.
     *
     * @param logits row-major logits, n per row, finite
     * @param row    the row (sample)
     * @param random the source of the uniform variate
     * @return an action in 0 … n − 1
     */
    public int sample(double[] logits, int row, RandomGenerator random) {
        int off = check(logits, row);
        Checks.notNull("random", random);
        double lse = logSumExp(logits, off);
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < actions - 1; i++) {
            cumulative += Math.exp(logits[off + i] - lse);
            if (u < cumulative) {
                return i;
            }
        }
        return actions - 1;
    }

    /**
     * Returns the most probable action (the first on ties), for deterministic evaluation.
     *
     * @param logits row-major logits, n per row, finite
     * @param row    the row (sample)
     * @return argmax_i z_i
     */
    public int mode(double[] logits, int row) {
        int off = check(logits, row);
        int best = 0;
        for (int i = 1; i < actions; i++) {
            if (logits[off + i] > logits[off + best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Returns the entropy H = −Σ π(i) log π(i) of one row's distribution, in nats.
     *
     * @param logits row-major logits, n per row, finite
     * @param row    the row (sample)
     * @return H, between 0 and log n
     */
    public double entropy(double[] logits, int row) {
        int off = check(logits, row);
        double lse = logSumExp(logits, off);
        double h = 0;
        for (int i = 0; i < actions; i++) {
            double lp = logits[off + i] - lse;
            h -= Math.exp(lp) * lp;
        }
        return h;
    }

    /**
     * Adds {@code scale}·∂log π(action)/∂z = scale·(e_a − π) to row {@code row} of {@code
     * dLogits} (so a loss −A·log π adds with scale −A).
     *
     * @param logits  row-major logits, n per row, finite
     * @param row     the row (sample)
     * @param action  the action taken
     * @param scale   the factor, finite
     * @param dLogits the gradient with respect to the logits, same layout as {@code logits}
     */
    public void addLogProbabilityGradient(double[] logits, int row, int action, double scale, double[] dLogits) {
        int off = check(logits, row);
        checkAction(action);
        Checks.finite("scale", scale);
        Checks.atLeast("dLogits", dLogits, off + actions);
        double lse = logSumExp(logits, off);
        for (int i = 0; i < actions; i++) {
            dLogits[off + i] -= scale * Math.exp(logits[off + i] - lse);
        }
        dLogits[off + action] += scale;
    }

    /**
     * Adds {@code scale}·∂H/∂z = −scale·π_i (log π_i + H) to row {@code row} of {@code dLogits}.
     *
     * @param logits  row-major logits, n per row, finite
     * @param row     the row (sample)
     * @param scale   the factor, finite
     * @param dLogits the gradient with respect to the logits, same layout as {@code logits}
     */
    public void addEntropyGradient(double[] logits, int row, double scale, double[] dLogits) {
        int off = check(logits, row);
        Checks.finite("scale", scale);
        Checks.atLeast("dLogits", dLogits, off + actions);
        double lse = logSumExp(logits, off);
        double h = 0;
        for (int i = 0; i < actions; i++) {
            double lp = logits[off + i] - lse;
            h -= Math.exp(lp) * lp;
        }
        for (int i = 0; i < actions; i++) {
            double lp = logits[off + i] - lse;
            dLogits[off + i] -= scale * Math.exp(lp) * (lp + h);
        }
    }
}
