package org.mo4j.surrogates.psl;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.Algorithm;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.Termination;
import org.mo4j.core.problem.Problem;
import org.mo4j.nn.Activation;
import org.mo4j.nn.Adam;
import org.mo4j.nn.Mlp;
import org.mo4j.surrogates.gp.GaussianProcess;
import org.mo4j.surrogates.gp.GpSettings;
import org.mo4j.surrogates.gp.Optimizer;

/**
 * PSL-MOBO (Lin, Yang, Zhang, Zhang, "Pareto Set Learning for Expensive Multi-Objective
 * Optimization", NeurIPS 2022), SVH-PSL's baseline, as {@code run_psl_mobo.py} of
 * nguyenduc810/SVH-PSL runs it: the batch loop SVH-PSL shares (Latin-hypercube design, one GP per
 * objective, ideal point z ← min(z, min Y − 0.1), greedy hypervolume batch selection among the
 * predictions at {@code candidates} Dirichlet preferences), with Y z-scored for every problem and
 * its own hypernetwork training: a fresh m → 256 → 256 → d ReLU/sigmoid network per iteration,
 * {@code steps} Adam steps (lr 10⁻³) on K Dirichlet(1) + 10⁻⁴ preferences, each particle's
 * x-gradient of the augmented Tchebycheff loss max<sub>j</sub>(v<sub>j</sub> − z<sub>j</sub>)/λ
 * <sub>j</sub> + 0.01·Σ<sub>j</sub>(v<sub>j</sub> − z<sub>j</sub>) on the lower confidence bound v =
 * μ − κσ (σ the standard deviation) scaled to unit length and pulled back through the network in
 * one batch-K backward pass; no repulsion and no checkpoint (the last network is used). Optionally
 * {@code localSearch} steps of x ← clip(x − 0.01·∇<sub>x</sub>g, 0, 1) add a second candidate per
 * preference (the original repository's {@code n_local = 1}; 0 in SVH-PSL's runner).
 *
 * <p>Per step O(K·(P + m·(n·d + n²))) for P network parameters and n evaluated points; per
 * iteration the GP fits (O(n³) per likelihood evaluation) and the batch selection.
 *
 * <p><b>Where it departs from {@code run_psl_mobo.py}.</b> The GP is mo4j's {@link GaussianProcess}
 * (constant mean, scaled Matérn-5/2 with ARD, Gaussian noise ≥ 10⁻⁵) fitted by L-BFGS to a stationary
 * point of the marginal likelihood, where the code uses scikit-learn's GP (zero mean, constant ×
 * Matérn-5/2 + a constant kernel, 10⁻¹⁰ on the diagonal, L-BFGS-B on bounded log
 * hyper-parameters): same model family and optimiser kind, so the posterior differs in the
 * treatment of the mean and the noise. The code's ZDT runs use 20 variables; mo4j runs the problem
 * it is given. Everything is in double precision (the network is float32 there); the random streams
 * are Java's; the run stops when the {@link Termination}'s budget is spent, the last batch cut to
 * what remains; the greedy selection never picks a candidate twice (the code may); a particle whose
 * x-gradient is zero is left at zero (the code divides by its zero norm).
 */
public final class PslMobo implements Algorithm {

    public static final int DEFAULT_INITIAL_POINTS = 20;
    public static final int DEFAULT_BATCH_SIZE = 5;
    public static final int DEFAULT_STEPS = 1000;
    public static final int DEFAULT_PARTICLES = 10;
    public static final double DEFAULT_KAPPA = 0.1;
    public static final int DEFAULT_CANDIDATES = 1000;
    public static final int DEFAULT_LOCAL_SEARCH = 0;
    public static final double LEARNING_RATE = 1e-3;
    /** The step of the optional local search on the candidates. */
    public static final double LOCAL_SEARCH_STEP = 0.01;

    public static final long DEFAULT_SEED = 42L;

    /** scikit-learn's L-BFGS-B runs to convergence; this caps ours. */
    static final GpSettings GP =
            GpSettings.defaults().withOptimizer(Optimizer.LBFGS).withIterations(500);

    private final Problem problem;
    private final int steps;
    private final int particles;
    private final double kappa;
    private final int candidates;
    private final int localSearch;
    private final Executor executor;
    private final PslLoop loop;

    private PslMobo(Builder b) {
        problem = b.problem;
        steps = b.steps;
        particles = b.particles;
        kappa = b.kappa;
        candidates = b.candidates;
        localSearch = b.localSearch;
        executor = b.executor;
        loop = b.loop("PSL-MOBO", true, GP);
    }

    /**
     * A builder with {@code run_psl_mobo.py}'s defaults.
     *
     * @param problem an unconstrained problem
     * @return a new builder
     * @throws IllegalArgumentException if {@code problem} is null or has constraints
     */
    public static Builder builder(Problem problem) {
        return new Builder(problem);
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
     * Runs and also returns the hypervolume history and the last hypernetwork as a {@link
     * PslModel}.
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
        Trainer trainer = new Trainer(d, m);
        return loop.run(termination, (gps, y, z, batch, tests, rng) -> {
            Mlp net = trainer.train(gps, z, rng);
            double[][] prefs = PreferenceSampler.sample(rng, candidates, m);
            double[][] candX = trainer.solutions(net, prefs);
            if (localSearch > 0) {
                double[][] moved = trainer.localSearch(gps, prefs, candX, z);
                double[][] both = Arrays.copyOf(candX, 2 * candX.length);
                System.arraycopy(moved, 0, both, candX.length, moved.length);
                candX = both;
            }
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
        private final int d;
        private final int m;
        private final int k = particles;
        private final double[] in;
        private final double[] out;
        private final double[][] lambda;
        private final double[][] x;
        private final double[][] v;
        private final double[][][] dv;
        private final double[] mean;
        private final double[] var;
        private final double[][] dMean;
        private final double[][] dVar;
        private final double[] lossGrad;
        private final double[] outGrad;

        Trainer(int d, int m) {
            this.d = d;
            this.m = m;
            int rows = Math.max(k, candidates);
            in = new double[rows * m];
            out = new double[rows * d];
            lambda = new double[k][m];
            x = new double[k][d];
            v = new double[k][m];
            dv = new double[k][m][d];
            mean = new double[k];
            var = new double[k];
            dMean = new double[k][d];
            dVar = new double[k][d];
            lossGrad = new double[m];
            outGrad = new double[k * d];
        }

        Mlp train(GaussianProcess[] gps, double[] z, SplittableRandom rng) {
            Mlp net = Mlp.builder(m, SvhPsl.HIDDEN, SvhPsl.HIDDEN, d)
                    .hidden(Activation.RELU)
                    .output(Activation.SIGMOID)
                    .pytorchDefault()
                    .maxBatch(Math.max(k, candidates))
                    .build(rng);
            double[] theta = net.parameters();
            Adam adam = new Adam(theta.length, 1e-8);
            GaussianProcess.Workspace[] ws = new GaussianProcess.Workspace[gps.length];
            for (int j = 0; j < gps.length; j++) {
                ws[j] = gps[j].workspace();
            }
            for (int t = 0; t < steps; t++) {
                for (int a = 0; a < k; a++) {
                    PreferenceSampler.sample(rng, lambda[a]);
                    System.arraycopy(lambda[a], 0, in, a * m, m);
                }
                net.forward(in, k, out);
                for (int a = 0; a < k; a++) {
                    System.arraycopy(out, a * d, x[a], 0, d);
                }
                lcbWithGradient(gps, ws, x, k);
                for (int a = 0; a < k; a++) {
                    Tchebycheff.pslMobo(v[a], lambda[a], z, lossGrad);
                    double norm = 0;
                    for (int i = 0; i < d; i++) {
                        double s = 0;
                        for (int j = 0; j < m; j++) {
                            s += lossGrad[j] * dv[a][j][i];
                        }
                        outGrad[a * d + i] = s;
                        norm += s * s;
                    }
                    if (norm > 0) {
                        double inv = 1 / Math.sqrt(norm);
                        for (int i = 0; i < d; i++) {
                            outGrad[a * d + i] *= inv;
                        }
                    }
                }
                net.zeroGradient();
                net.backward(outGrad, k, null);
                adam.step(theta, net.gradient(), LEARNING_RATE);
            }
            return net;
        }

        /** v = μ − κσ and dv/dx for the first {@code count} rows of {@code points}. */
        private void lcbWithGradient(
                GaussianProcess[] gps, GaussianProcess.Workspace[] ws, double[][] points, int count) {
            for (int j = 0; j < m; j++) {
                gps[j].predict(points, mean, var, dMean, dVar, ws[j]);
                GaussianProcess.standardDeviation(var, dVar, var, dVar);
                for (int a = 0; a < count; a++) {
                    v[a][j] = mean[a] - kappa * var[a];
                    double[] row = dv[a][j];
                    for (int i = 0; i < d; i++) {
                        row[i] = dMean[a][i] - kappa * dVar[a][i];
                    }
                }
            }
        }

        /** One or more steps x ← clip(x − 0.01·∇ₓg, 0, 1) from each candidate (fresh rows). */
        double[][] localSearch(GaussianProcess[] gps, double[][] prefs, double[][] start, double[] z) {
            int n = start.length;
            double[][] moved = new double[n][];
            for (int i = 0; i < n; i++) {
                moved[i] = start[i].clone();
            }
            double[][] one = new double[1][];
            double[] mu = new double[1];
            double[] s2 = new double[1];
            double[][] dMu = new double[1][d];
            double[][] dS2 = new double[1][d];
            double[] value = new double[m];
            double[][] grad = new double[m][d];
            GaussianProcess.Workspace[] ws = new GaussianProcess.Workspace[gps.length];
            for (int j = 0; j < gps.length; j++) {
                ws[j] = gps[j].workspace();
            }
            for (int step = 0; step < localSearch; step++) {
                for (int i = 0; i < n; i++) {
                    one[0] = moved[i];
                    for (int j = 0; j < m; j++) {
                        gps[j].predict(one, mu, s2, dMu, dS2, ws[j]);
                        GaussianProcess.standardDeviation(s2, dS2, s2, dS2);
                        value[j] = mu[0] - kappa * s2[0];
                        for (int c = 0; c < d; c++) {
                            grad[j][c] = dMu[0][c] - kappa * dS2[0][c];
                        }
                    }
                    Tchebycheff.pslMobo(value, prefs[i], z, lossGrad);
                    double[] xi = moved[i];
                    for (int c = 0; c < d; c++) {
                        double g = 0;
                        for (int j = 0; j < m; j++) {
                            g += lossGrad[j] * grad[j][c];
                        }
                        xi[c] = Math.min(1, Math.max(0, xi[c] - LOCAL_SEARCH_STEP * g));
                    }
                }
            }
            return moved;
        }

        /** h(λ) for every row of {@code prefs}, in [0,1]^d. */
        double[][] solutions(Mlp net, double[][] prefs) {
            return PslLoop.solutions(net, prefs, in, out);
        }

        /** The lower confidence bounds of {@code points}, one row per point. */
        double[][] lcb(GaussianProcess[] gps, double[][] points) {
            return PslLoop.lowerConfidenceBounds(gps, points, kappa, true);
        }
    }

    /** Configures a {@link PslMobo}; every setter validates its argument at once. */
    public static final class Builder extends PslBuilder<Builder> {
        private int localSearch = DEFAULT_LOCAL_SEARCH;

        private Builder(Problem problem) {
            super(problem, "PSL-MOBO", 1);
        }

        /**
         * @param n local-search steps on the candidates, ≥ 0 (0 in SVH-PSL's runner, 1 in the
         *          original repository)
         * @return this builder
         */
        public Builder localSearch(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("localSearch must be >= 0, was " + n);
            }
            localSearch = n;
            return this;
        }

        /**
         * @return the configured algorithm
         * @throws IllegalArgumentException if {@code candidates} is below the batch size
         */
        public PslMobo build() {
            checkConsistent();
            return new PslMobo(this);
        }
    }
}
