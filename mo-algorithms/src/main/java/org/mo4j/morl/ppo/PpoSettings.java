package org.mo4j.morl.ppo;

/**
 * The PPO settings of C-MORL's code ({@code morl/run.py} over {@code arguments.py}), the defaults of
 * {@link #cmorl()}: 512 steps × 8 environments per update (4,096 transitions), 10 epochs of 32
 * minibatches, γ = 0.995, GAE λ = 0.95, clip ε = 0.2, value-loss coefficient 0.5, no entropy
 * bonus, gradient-norm clip 0.5, Adam learning rate 3·10⁻⁴ with ε = 10⁻⁵, hidden width 64.
 *
 * @param steps         T, steps per environment per update
 * @param envs          K, parallel environments
 * @param epochs        passes over a rollout per update
 * @param minibatches   minibatches per epoch (each of T·K / minibatches transitions)
 * @param gamma         the training discount
 * @param lambda        GAE's λ
 * @param clip          PPO's ε (ratio clip, and the value clip)
 * @param valueCoef     the value loss's coefficient
 * @param entropyCoef   the entropy bonus's coefficient
 * @param maxGradNorm   the global gradient-norm clip
 * @param learningRate  Adam's initial learning rate
 * @param adamEpsilon   Adam's ε
 * @param hidden        the hidden width of actor and critic
 */
public record PpoSettings(
        int steps,
        int envs,
        int epochs,
        int minibatches,
        double gamma,
        double lambda,
        double clip,
        double valueCoef,
        double entropyCoef,
        double maxGradNorm,
        double learningRate,
        double adamEpsilon,
        int hidden) {

    /**
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public PpoSettings {
        positive("steps", steps);
        positive("envs", envs);
        positive("epochs", epochs);
        positive("minibatches", minibatches);
        positive("hidden", hidden);
        if ((long) steps * envs < minibatches) {
            throw new IllegalArgumentException(
                    "minibatches must be at most steps*envs = " + (long) steps * envs + ", was " + minibatches);
        }
        unit("gamma", gamma);
        unit("lambda", lambda);
        nonNegative("clip", clip);
        nonNegative("valueCoef", valueCoef);
        nonNegative("entropyCoef", entropyCoef);
        if (!(maxGradNorm > 0) || !Double.isFinite(maxGradNorm)) {
            throw new IllegalArgumentException("maxGradNorm must be finite and > 0, was " + maxGradNorm);
        }
        nonNegative("learningRate", learningRate);
        if (!(adamEpsilon > 0) || !Double.isFinite(adamEpsilon)) {
            throw new IllegalArgumentException("adamEpsilon must be finite and > 0, was " + adamEpsilon);
        }
    }

    /** C-MORL's settings (see the class comment). */
    public static PpoSettings cmorl() {
        return new PpoSettings(512, 8, 10, 32, 0.995, 0.95, 0.2, 0.5, 0.0, 0.5, 3e-4, 1e-5, 64);
    }

    /** These settings with T steps and K environments per update. */
    public PpoSettings withRollout(int steps, int envs) {
        return new PpoSettings(
                steps,
                envs,
                epochs,
                minibatches,
                gamma,
                lambda,
                clip,
                valueCoef,
                entropyCoef,
                maxGradNorm,
                learningRate,
                adamEpsilon,
                hidden);
    }

    /** These settings with E epochs of B minibatches per update. */
    public PpoSettings withMinibatches(int epochs, int minibatches) {
        return new PpoSettings(
                steps,
                envs,
                epochs,
                minibatches,
                gamma,
                lambda,
                clip,
                valueCoef,
                entropyCoef,
                maxGradNorm,
                learningRate,
                adamEpsilon,
                hidden);
    }

    /**
     * These settings with another entropy-bonus coefficient (C-MORL's {@code run.py} passes 0; a
     * positive one is an exploration study's departure).
     */
    public PpoSettings withEntropyCoef(double entropyCoef) {
        return new PpoSettings(
                steps,
                envs,
                epochs,
                minibatches,
                gamma,
                lambda,
                clip,
                valueCoef,
                entropyCoef,
                maxGradNorm,
                learningRate,
                adamEpsilon,
                hidden);
    }

    /** These settings with another training discount. */
    public PpoSettings withGamma(double gamma) {
        return new PpoSettings(
                steps,
                envs,
                epochs,
                minibatches,
                gamma,
                lambda,
                clip,
                valueCoef,
                entropyCoef,
                maxGradNorm,
                learningRate,
                adamEpsilon,
                hidden);
    }

    /** T·K, the environment steps of one update. */
    public long stepsPerUpdate() {
        return (long) steps * envs;
    }

    private static void positive(String name, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + v);
        }
    }

    private static void unit(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + v);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + v);
        }
    }
}
