package org.mo4j.surrogates.psl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.problem.Problem;
import org.mo4j.nn.Activation;
import org.mo4j.nn.Mlp;
import org.mo4j.surrogates.gp.GaussianProcess;
import org.mo4j.surrogates.gp.GpSettings;

/**
 * The chain rule of one SVH-PSL step against central differences in the hypernetwork's parameters:
 * each particle's loss gradient g<sub>a</sub> and the pulled-back repulsion Σ<sub>a</sub>
 * r<sub>a</sub> = ∇θ Σ<sub>a,b</sub> K(a,b) (bandwidths and active indices held, as the code
 * detaches them), through the GPs' mean and variance (or standard deviation) and the MLP.
 */
class SvhPslGradientTest {

    private static final int D = 3;
    private static final int M = 2;
    private static final int K = 4;

    private static final Problem PROBLEM = new Problem() {
        @Override
        public int numberOfVariables() {
            return D;
        }

        @Override
        public int numberOfObjectives() {
            return M;
        }

        @Override
        public Bounds bounds() {
            return Bounds.uniform(D, 0, 1);
        }

        @Override
        public Evaluation evaluate(double[] x) {
            return Evaluation.of(x[0], 1 - x[0] + x[1] * x[2]);
        }
    };

    @ParameterizedTest
    @CsvSource({"LOCAL, VARIANCE", "GLOBAL, STANDARD_DEVIATION", "LOCAL, STANDARD_DEVIATION"})
    void lossAndRepulsionGradientsMatchFiniteDifferences(SvhPsl.KernelForm form, SvhPsl.Uncertainty u) {
        SplittableRandom rng = new SplittableRandom(7);
        double kappa = 0.5; // larger than the code's 0.1, so the uncertainty term matters
        SvhPsl algorithm = SvhPsl.builder(PROBLEM)
                .particles(K)
                .candidates(10)
                .kernel(form)
                .uncertainty(u)
                .kappa(kappa)
                .build();
        double[][] x = new double[12][D];
        double[][] ys = new double[M][12];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < D; j++) {
                x[i][j] = rng.nextDouble();
            }
            double[] f = PROBLEM.evaluate(x[i]).objectives();
            ys[0][i] = f[0];
            ys[1][i] = f[1];
        }
        GaussianProcess[] gps = new GaussianProcess[M];
        GaussianProcess.Workspace[] ws = new GaussianProcess.Workspace[M];
        for (int j = 0; j < M; j++) {
            gps[j] = GaussianProcess.fit(x, ys[j], GpSettings.defaults().withIterations(30));
            ws[j] = gps[j].workspace();
        }
        Mlp net = Mlp.builder(M, 256, 256, D)
                .hidden(Activation.RELU)
                .output(Activation.SIGMOID)
                .pytorchDefault()
                .maxBatch(20)
                .build(rng);
        SvhPsl.Trainer trainer = algorithm.new Trainer(D, M, 20);
        for (int a = 0; a < K; a++) {
            PreferenceSampler.sample(rng, trainer.lambda[a]);
        }
        double[] z = {-0.2, -0.3};
        trainer.gradients(net, gps, ws, z);
        int[] active = trainer.active.clone();
        double[] bandwidths = trainer.bandwidths.clone();
        double h = SteinKernels.globalBandwidth(trainer.v, SteinKernels.C);

        double[] theta = net.parameters();
        int p = theta.length;
        int[] coordinates = new int[24];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = i < 4 ? net.biasOffset(i % 3) + i : rng.nextInt(p);
        }
        double eps = 1e-6;
        for (int c : coordinates) {
            double keep = theta[c];
            theta[c] = keep + eps;
            double[][] vPlus = lcb(net, gps, ws, trainer.lambda, kappa, u);
            theta[c] = keep - eps;
            double[][] vMinus = lcb(net, gps, ws, trainer.lambda, kappa, u);
            theta[c] = keep;
            for (int a = 0; a < K; a++) {
                double fd = (Tchebycheff.svh(vPlus[a], trainer.lambda[a], z, null)
                                - Tchebycheff.svh(vMinus[a], trainer.lambda[a], z, null))
                        / (2 * eps);
                assertEquals(fd, trainer.g[a][c], 1e-6 + 1e-4 * Math.abs(fd), "g[" + a + "][" + c + "]");
            }
            double fd = (kernelSum(vPlus, form, active, bandwidths, h) - kernelSum(vMinus, form, active, bandwidths, h))
                    / (2 * eps);
            assertEquals(fd, trainer.repulsionSum[c], 1e-6 + 1e-4 * Math.abs(fd), "repulsion[" + c + "]");
        }
    }

    private static double[][] lcb(
            Mlp net,
            GaussianProcess[] gps,
            GaussianProcess.Workspace[] ws,
            double[][] lambda,
            double kappa,
            SvhPsl.Uncertainty u) {
        double[][] v = new double[K][M];
        double[] x = new double[D];
        double[] mu = new double[1];
        double[] var = new double[1];
        for (int a = 0; a < K; a++) {
            net.forward(lambda[a], 1, x);
            for (int j = 0; j < M; j++) {
                gps[j].predict(new double[][] {x}, mu, var, ws[j]);
                double s = u == SvhPsl.Uncertainty.VARIANCE ? var[0] : Math.sqrt(var[0]);
                v[a][j] = mu[0] - kappa * s;
            }
        }
        return v;
    }

    private static double kernelSum(double[][] v, SvhPsl.KernelForm form, int[] active, double[] bandwidths, double h) {
        double[][] kernel = new double[K][K];
        if (form == SvhPsl.KernelForm.LOCAL) {
            SteinKernels.localKernel(v, active, bandwidths, kernel);
        } else {
            SteinKernels.globalKernel(v, h, kernel);
        }
        double s = 0;
        for (double[] row : kernel) {
            for (double e : row) {
                s += e;
            }
        }
        return s;
    }
}
