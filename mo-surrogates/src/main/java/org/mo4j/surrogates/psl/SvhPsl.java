package org.mo4j.surrogates.psl;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.Algorithm;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.Termination;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.problem.Problem;
import org.mo4j.core.sorting.NonDominatedSorting;
import org.mo4j.nn.Activation;
import org.mo4j.nn.Adam;
import org.mo4j.nn.Mlp;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.psl.PslBenchmark;
import org.mo4j.problems.psl.PslBenchmarks;
import org.mo4j.surrogates.gp.GaussianProcess;
import org.mo4j.surrogates.gp.GpSettings;

/**
 * SVH-PSL (Nguyen et al., "Stein Variational Hypernetworks for Expensive Multi-Objective
 * Optimisation", AAAI 2025), the loop of {@code run_svh.py} (nguyenduc810/SVH-PSL) assembled from
 * this package's pieces. A Latin-hypercube design in [0,1]<sup>d</sup>, then per iteration: Y
 * z-scored (not for ZDT, as the code), one {@link GaussianProcess} per objective, the ideal point
 * z ← min(z, min Y − 0.1) from 0, a fresh hypernetwork λ ↦ x (m → 256 → 256 → d, ReLU, sigmoid,
 * PyTorch's default init, Adam lr 10⁻³), trained for {@code steps} Stein-variational steps on K
 * Dirichlet preferences per step with the lower confidence bound μ − κ·u (u the GP variance as the
 * code, or the standard deviation as the paper), checkpointed after every step by the hypervolume
 * of its predictions on 100·m energy preferences; then {@link GreedyHypervolumeBatch} picks a batch
 * among the predictions at {@code candidates} Dirichlet preferences, which is evaluated and
 * appended.
 *
 * <p>Per step: one batch-K forward pass, K GP predictions with input gradients, the Tchebycheff
 * losses, the kernel and the gradient of Σ<sub>a</sub> s<sub>a</sub> in every v, pulled back to θ
 * by <em>one</em> batch-K backward pass (the update only needs Σ<sub>a</sub> r<sub>a</sub>), and K
 * batch-1 forward/backward passes for the per-particle loss gradients (K one-hot backward passes
 * of the whole batch would cost O(K²·P); docs/DECISIONS.md). O(steps·(K + 100·m)·(P + n·d +
 * n²)) per iteration for P network parameters and n evaluated points, plus the checkpoint's
 * hypervolume.
 *
 * <p><b>Where it departs from {@code run_svh.py}.</b> Everything is in double precision (the code's
 * hypernetwork and candidates are float32, lines 176, 249); the random streams are Java's, so a seed
 * does not reproduce the code's numbers; the run stops when the {@link Termination}'s budget is
 * spent, the last batch cut to what remains (the code runs 20 fixed iterations, line 133); the best
 * parameters are copied in memory rather than saved and reloaded (lines 230–239, same choice:
 * ties to the later step); {@link GreedyHypervolumeBatch} never picks a candidate twice (the code's
 * check is commented out, line 271); the hypervolume history also has an entry for the initial
 * design; the per-iteration logs of the test preferences' solutions (lines 305–322) are not kept;
 * problems with constraints and NaN or infinite objectives are rejected.
 *
 * <p>A run is deterministic for a seed: every random draw (design, network initialisation,
 * preferences) comes from one {@link SplittableRandom}, on the calling thread; the executor
 * evaluates the batches, fits the GPs of objectives 1..m−1 and computes half of each checkpoint's
 * rows (each exactly as on one thread), so the same seed gives the same run on any number of
 * threads.
 */
public final class SvhPsl implements Algorithm {

    /** The uncertainty term of the lower confidence bound μ − κ·u. */
    public enum Uncertainty {
        /** u = σ², what {@code run_svh.py} computes (its {@code std} is gpytorch's variance). */
        VARIANCE,
        /** u = σ, the paper's form. */
        STANDARD_DEVIATION
    }

    /** The Stein kernel on the particles' lower confidence bounds. */
    public enum KernelForm {
        /** The per-objective local kernel of the active Tchebycheff index (the code's default). */
        LOCAL,
        /** One RBF on the whole vector. */
        GLOBAL
    }

    public static final int DEFAULT_INITIAL_POINTS = 20;
    public static final int DEFAULT_BATCH_SIZE = 5;
    public static final int DEFAULT_STEPS = 1000;
    public static final int DEFAULT_PARTICLES = 10;
    public static final double DEFAULT_KAPPA = 0.1;
    public static final int DEFAULT_CANDIDATES = 1000;
    public static final double LEARNING_RATE = 1e-3;
    public static final int HIDDEN = 256;
    public static final long DEFAULT_SEED = 42L;
    /** The seed of the energy test preferences (pymoo's {@code seed=1}). */
    public static final long TEST_PREFERENCE_SEED = 1L;

    private final Problem problem;
    private final int steps;
    private final int particles;
    private final double alpha;
    private final double kappa;
    private final Uncertainty uncertainty;
    private final KernelForm kernelForm;
    private final int candidates;
    private final Executor executor;
    private final PslLoop loop;

    private SvhPsl(Builder b) {
        problem = b.problem;
        steps = b.steps;
        particles = b.particles;
        alpha = b.alpha;
        kappa = b.kappa;
        uncertainty = b.uncertainty;
        kernelForm = b.kernelForm;
        candidates = b.candidates;
        executor = b.executor;
        loop = b.loop("SVH-PSL", defaultStandardise(b.problem), GpSettings.defaults());
    }

    /**
     * A builder with the code's defaults.
     *
     * @param problem an unconstrained problem
     * @return a new builder
     * @throws IllegalArgumentException if {@code problem} is null or has constraints
     */
    public static Builder builder(Problem problem) {
        return new Builder(problem);
    }

    static boolean defaultStandardise(Problem problem) {
        return !problem.name().toLowerCase(Locale.ROOT).startsWith("zdt");
    }

    static double[] defaultReferencePoint(Problem problem) {
        String name = problem.name().toLowerCase(Locale.ROOT);
        if (PslBenchmarks.names().contains(name)) {
            PslBenchmark b = PslBenchmarks.get(name);
            if (b.objectives() == problem.numberOfObjectives()) {
                return b.referencePoint();
            }
        }
        if (problem instanceof BenchmarkProblem bp) {
            return bp.referencePoint();
        }
        return null;
    }

    static double[] checkedReferencePoint(double[] point, Problem problem) {
        if (point == null || point.length != problem.numberOfObjectives()) {
            throw new IllegalArgumentException("referencePoint must have " + problem.numberOfObjectives()
                    + " values, was " + Arrays.toString(point));
        }
        for (double c : point) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("referencePoint must be finite, was " + Arrays.toString(point));
            }
        }
        return point.clone();
    }

    /** Whether the observed objectives are z-scored before the GPs are fitted. */
    public boolean standardises() {
        return loop.standardises();
    }

    /** The reference point of the per-batch hypervolume (a copy), or null if there is none. */
    public double[] referencePoint() {
        return loop.referencePoint();
    }

    @Override
    public Result run(Termination termination) {
        return runWithHistory(termination).result();
    }

    /**
     * Runs and also returns the hypervolume of the evaluated set after the initial design and
     * after each batch, and the final hypernetwork as a {@link PslModel}.
     *
     * @param termination the budget; its evaluations must cover the initial design
     * @return the result, the hypervolume history and the model
     * @throws IllegalArgumentException if {@code termination} is null, its evaluation budget is
     *                                  below the initial design, or an objective is NaN or
     *                                  infinite (the message names the point and the value)
     * @throws RunFailedException       if an evaluation fails otherwise; its partial result holds
     *                                  every point evaluated before the failing batch
     */
    public PslResult runWithHistory(Termination termination) {
        int d = problem.numberOfVariables();
        int m = problem.numberOfObjectives();
        Trainer trainer = new Trainer(d, m, 100 * m);
        return loop.run(termination, (gps, y, z, batch, tests, rng) -> {
            Mlp net = trainer.train(gps, y, z, tests, rng);
            double[][] prefs = PreferenceSampler.sample(rng, candidates, m);
            double[][] candX = trainer.solutions(net, prefs);
            double[][] candY = trainer.lcb(gps, candX);
            int[] picks = GreedyHypervolumeBatch.select(y, candY, batch);
            double[][] chosen = new double[picks.length][];
            for (int i = 0; i < picks.length; i++) {
                chosen[i] = candX[picks[i]];
            }
            return new PslLoop.Proposal(net, chosen);
        });
    }

    /** The hypernetwork's training: buffers sized once per run. */
    final class Trainer {
        final int d;
        final int m;
        final int k = particles;
        final double[] in;
        final double[] out;
        final double[][] x;
        final double[][] v;
        final double[][][] dv;
        final double[] mean;
        final double[] var;
        final double[][] dMean;
        final double[][] dVar;
        final double[][] lambda;
        final int[] active;
        final double[] bandwidths;
        final double[][] kernel;
        final double[][] rowGradient;
        final double[][] sumGradient;
        final double[] outGrad;
        final double[] one;
        final double[] oneGrad;
        final double[][] g;
        double[] repulsionSum;
        final double[] lossGrad;

        Trainer(int d, int m, int tests) {
            this.d = d;
            this.m = m;
            in = new double[Math.max(Math.max(k, tests), candidates) * m];
            out = new double[Math.max(Math.max(k, tests), candidates) * d];
            x = new double[k][d];
            v = new double[k][m];
            dv = new double[k][m][d];
            mean = new double[k];
            var = new double[k];
            dMean = new double[k][d];
            dVar = new double[k][d];
            lambda = new double[k][m];
            active = new int[k];
            bandwidths = new double[m];
            kernel = new double[k][k];
            rowGradient = new double[k][m];
            sumGradient = new double[k][m];
            outGrad = new double[k * d];
            one = new double[m];
            oneGrad = new double[d];
            g = new double[k][];
            lossGrad = new double[m];
        }

        Mlp train(GaussianProcess[] gps, double[][] y, double[] z, double[][] tests, SplittableRandom rng) {
            Mlp net = Mlp.builder(m, HIDDEN, HIDDEN, d)
                    .hidden(Activation.RELU)
                    .output(Activation.SIGMOID)
                    .pytorchDefault()
                    .maxBatch(Math.max(Math.max(k, tests.length), candidates))
                    .build(rng);
            int p = net.parameterCount();
            double[] theta = net.parameters();
            double[] best = theta.clone();
            double[] step = new double[p];
            double[] squares = new double[p];
            Adam adam = new Adam(p, 1e-8);
            GaussianProcess.Workspace[] ws = new GaussianProcess.Workspace[gps.length];
            for (int j = 0; j < gps.length; j++) {
                ws[j] = gps[j].workspace();
            }
            Checkpoint checkpoint = new Checkpoint(net, gps, tests, y);
            double bestHv = 0;
            for (int t = 0; t < steps; t++) {
                // K preferences and their solutions
                for (int a = 0; a < k; a++) {
                    PreferenceSampler.sample(rng, lambda[a]);
                }
                gradients(net, gps, ws, z);
                ParticleGradients.normalizeTrusted(g, squares);
                SteinDirection.summedTrusted(g, kernel, repulsionSum, alpha, step);
                adam.step(theta, step, LEARNING_RATE);
                // checkpoint: HV of the test preferences' predictions
                double hv = checkpoint.hypervolume(net);
                if (bestHv <= hv) {
                    bestHv = hv;
                    System.arraycopy(theta, 0, best, 0, p);
                }
            }
            System.arraycopy(best, 0, theta, 0, best.length);
            return net;
        }

        /**
         * The best-hypervolume checkpoint: the LCB predictions at the test preferences and their
         * hypervolume against max(non-dominated Y ∪ predictions). With an executor the rows are
         * split in two, the second half on the executor with a copy of the network; each row is
         * computed exactly as in one pass, so the result does not depend on it. Buffers are
         * allocated once per iteration.
         */
        final class Checkpoint {
            private final GaussianProcess[] gps;
            private final double[][] tests;
            private final double[][] x;
            private final double[][] predictions;
            private final Mlp helper;
            private final Part[] parts;
            private final double[] observedMax;
            private final double[] reference;

            Checkpoint(Mlp net, GaussianProcess[] gps, double[][] tests, double[][] y) {
                this.gps = gps;
                // the non-dominated observed points' share of the reference point, fixed in an iteration
                observedMax = new double[m];
                Arrays.fill(observedMax, Double.NEGATIVE_INFINITY);
                int[] ranks = NonDominatedSorting.ranks(y);
                for (int i = 0; i < y.length; i++) {
                    for (int j = 0; j < m && ranks[i] == 0; j++) {
                        observedMax[j] = Math.max(observedMax[j], y[i][j]);
                    }
                }
                reference = new double[m];
                this.tests = tests;
                int n = tests.length;
                x = new double[n][d];
                predictions = new double[n][m];
                helper = executor == null ? null : net.copy();
                int half = executor == null ? n : n / 2;
                parts = executor == null
                        ? new Part[] {new Part(0, n)}
                        : new Part[] {new Part(0, half), new Part(half, n)};
            }

            double hypervolume(Mlp net) {
                if (helper == null) {
                    parts[0].predict(net);
                } else {
                    helper.copyParametersFrom(net);
                    CompletableFuture<Void> other =
                            CompletableFuture.runAsync(() -> parts[1].predict(helper), executor);
                    parts[0].predict(net);
                    try {
                        other.join();
                    } catch (CompletionException e) {
                        if (e.getCause() instanceof RuntimeException r) {
                            throw r;
                        }
                        throw e;
                    }
                }
                // max(non-dominated Y ∪ predictions), as GreedyHypervolumeBatch.referencePoint
                System.arraycopy(observedMax, 0, reference, 0, m);
                for (double[] p : predictions) {
                    for (int j = 0; j < m; j++) {
                        reference[j] = Math.max(reference[j], p[j]);
                    }
                }
                return Hypervolume.of(predictions, reference);
            }

            /** Rows [from, to) of the test preferences, with their own buffers and GP workspaces. */
            final class Part {
                private final int from;
                private final int rows;
                private final double[] input;
                private final double[] output;
                private final double[][] points;
                private final double[] mu;
                private final double[] u;
                private final GaussianProcess.Workspace[] workspaces;

                Part(int from, int to) {
                    this.from = from;
                    this.rows = to - from;
                    input = new double[rows * m];
                    output = new double[rows * d];
                    points = Arrays.copyOfRange(x, from, to);
                    mu = new double[rows];
                    u = new double[rows];
                    workspaces = new GaussianProcess.Workspace[gps.length];
                    for (int j = 0; j < gps.length; j++) {
                        workspaces[j] = gps[j].workspace();
                    }
                    for (int i = 0; i < rows; i++) {
                        System.arraycopy(tests[from + i], 0, input, i * m, m);
                    }
                }

                void predict(Mlp net) {
                    net.forward(input, rows, output);
                    for (int i = 0; i < rows; i++) {
                        System.arraycopy(output, i * d, points[i], 0, d);
                    }
                    for (int j = 0; j < m; j++) {
                        gps[j].predict(points, mu, u, workspaces[j]);
                        for (int i = 0; i < rows; i++) {
                            double s = uncertainty == Uncertainty.STANDARD_DEVIATION ? Math.sqrt(u[i]) : u[i];
                            predictions[from + i][j] = mu[i] - kappa * s;
                        }
                    }
                }
            }
        }

        /**
         * For the preferences in {@code lambda}: the solutions x, their LCB v and dv/dx, the
         * active indices, the kernel, Σ<sub>a</sub> r<sub>a</sub> = ∇θ Σ<sub>a</sub> s<sub>a</sub>
         * into {@code repulsionSum} (the update only needs the sum) and the raw loss gradients g<sub>a</sub> = ∇θ loss<sub>a</sub> into {@code g}.
         */
        void gradients(Mlp net, GaussianProcess[] gps, GaussianProcess.Workspace[] ws, double[] z) {
            int p = net.parameterCount();
            if (g[0] == null || g[0].length != p) {
                for (int a = 0; a < k; a++) {
                    g[a] = new double[p];
                }
                repulsionSum = new double[p];
            }
            for (int a = 0; a < k; a++) {
                System.arraycopy(lambda[a], 0, in, a * m, m);
            }
            net.forward(in, k, out);
            for (int a = 0; a < k; a++) {
                System.arraycopy(out, a * d, x[a], 0, d);
            }
            lcbWithGradient(gps, ws);
            Tchebycheff.svhActiveIndices(v, lambda, z, active);
            // kernel and the gradient of Σ_a s_a in every particle's v
            for (double[] row : sumGradient) {
                Arrays.fill(row, 0);
            }
            if (kernelForm == KernelForm.LOCAL) {
                SteinKernels.localBandwidths(v, SteinKernels.C, bandwidths);
                SteinKernels.localKernel(v, active, bandwidths, kernel);
                for (int a = 0; a < k; a++) {
                    SteinKernels.localRowSumGradient(v, active, bandwidths, a, rowGradient);
                    add(sumGradient, rowGradient);
                }
            } else {
                double h = SteinKernels.globalBandwidth(v, SteinKernels.C);
                SteinKernels.globalKernel(v, h, kernel);
                for (int a = 0; a < k; a++) {
                    SteinKernels.globalRowSumGradient(v, h, a, rowGradient);
                    add(sumGradient, rowGradient);
                }
            }
            // Σ_a r_a = ∇θ Σ_a s_a: one backward pass of the batch
            for (int c = 0; c < k; c++) {
                for (int i = 0; i < d; i++) {
                    double s = 0;
                    for (int j = 0; j < m; j++) {
                        s += sumGradient[c][j] * dv[c][j][i];
                    }
                    outGrad[c * d + i] = s;
                }
            }
            net.zeroGradient();
            net.backward(outGrad, k, null);
            System.arraycopy(net.gradient(), 0, repulsionSum, 0, p);
            // per-particle loss gradients: batch-1 passes
            for (int a = 0; a < k; a++) {
                Tchebycheff.svh(v[a], lambda[a], z, lossGrad);
                for (int i = 0; i < d; i++) {
                    double s = 0;
                    for (int j = 0; j < m; j++) {
                        s += lossGrad[j] * dv[a][j][i];
                    }
                    oneGrad[i] = s;
                }
                System.arraycopy(lambda[a], 0, one, 0, m);
                net.forward(one, 1, x[a]);
                net.zeroGradient();
                net.backward(oneGrad, 1, null);
                System.arraycopy(net.gradient(), 0, g[a], 0, p);
            }
        }

        private void add(double[][] into, double[][] from) {
            for (int c = 0; c < into.length; c++) {
                for (int j = 0; j < into[c].length; j++) {
                    into[c][j] += from[c][j];
                }
            }
        }

        /** v = μ − κ·u and dv/dx for the K particles x. */
        private void lcbWithGradient(GaussianProcess[] gps, GaussianProcess.Workspace[] ws) {
            for (int j = 0; j < m; j++) {
                gps[j].predict(x, mean, var, dMean, dVar, ws[j]);
                if (uncertainty == Uncertainty.STANDARD_DEVIATION) {
                    GaussianProcess.standardDeviation(var, dVar, var, dVar);
                }
                for (int a = 0; a < k; a++) {
                    v[a][j] = mean[a] - kappa * var[a];
                    double[] row = dv[a][j];
                    for (int i = 0; i < d; i++) {
                        row[i] = dMean[a][i] - kappa * dVar[a][i];
                    }
                }
            }
        }

        /** h(λ) for every row of {@code prefs}, in [0,1]^d. */
        double[][] solutions(Mlp net, double[][] prefs) {
            return PslLoop.solutions(net, prefs, in, out);
        }

        /** The lower confidence bounds of {@code points}, one row per point. */
        double[][] lcb(GaussianProcess[] gps, double[][] points) {
            return PslLoop.lowerConfidenceBounds(gps, points, kappa, uncertainty == Uncertainty.STANDARD_DEVIATION);
        }
    }

    /** Configures an {@link SvhPsl}; every setter validates its argument at once. */
    public static final class Builder extends PslBuilder<Builder> {
        private double alpha = SteinDirection.ALPHA;
        private Uncertainty uncertainty = Uncertainty.VARIANCE;
        private KernelForm kernelForm = KernelForm.LOCAL;

        private Builder(Problem problem) {
            super(problem, "SVH-PSL", 2);
        }

        /**
         * @param value the repulsion weight α, finite and ≥ 0 (0.001 in the code)
         * @return this builder
         */
        public Builder alpha(double value) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("alpha must be finite and >= 0, was " + value);
            }
            alpha = value;
            return this;
        }

        /**
         * @param value the LCB's uncertainty term (the code's variance by default)
         * @return this builder
         */
        public Builder uncertainty(Uncertainty value) {
            if (value == null) {
                throw new IllegalArgumentException("uncertainty must not be null");
            }
            uncertainty = value;
            return this;
        }

        /**
         * @param value the Stein kernel (local by default)
         * @return this builder
         */
        public Builder kernel(KernelForm value) {
            if (value == null) {
                throw new IllegalArgumentException("kernel must not be null");
            }
            kernelForm = value;
            return this;
        }

        /**
         * @return the configured algorithm
         * @throws IllegalArgumentException if {@code candidates} is below the batch size
         */
        public SvhPsl build() {
            checkConsistent();
            return new SvhPsl(this);
        }
    }
}
