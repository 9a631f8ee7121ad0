package org.mo4j.surrogates.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Fitting by marginal likelihood on a 1-D sine, with both optimisers. */
class FitTest {

    static final int N = 20;

    static double[][] inputs() {
        double[][] x = new double[N][1];
        for (int i = 0; i < N; i++) {
            x[i][0] = i / (N - 1.0);
        }
        return x;
    }

    static double[] sine(double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.sin(2 * Math.PI * x[i][0]);
        }
        return y;
    }

    void check(GpSettings settings) {
        double[][] x = inputs();
        double[] y = sine(x);
        GaussianProcess gp = GaussianProcess.fit(x, y, settings);
        double start =
                new MarginalLikelihood(x, y, settings.kernel(), settings.noiseFloor()).evaluate(new double[4], null);
        Hyperparameters h = gp.hyperparameters();
        String where =
                settings.optimizer() + " " + settings.kernel() + ": " + h + " loss " + start + " -> " + gp.loss();
        assertTrue(gp.loss() < start - 1, where);
        // one period over [0, 1]: the maximum-likelihood length-scale is about 0.38 for RBF and,
        // with a large output scale, 1.13 for Matérn-5/2 (L-BFGS's optimum; Adam's 300 steps 1.09)
        assertTrue(h.lengthScales()[0] > 0.1 && h.lengthScales()[0] < 3, where);
        assertTrue(h.noise() < 1e-2, where);
        for (double t = 0.013; t < 1; t += 0.05) {
            assertEquals(Math.sin(2 * Math.PI * t), gp.mean(new double[] {t}), 1e-2, where + " at " + t);
            assertTrue(gp.variance(new double[] {t}) < 1e-3, where);
        }
    }

    @Test
    void adamRecoversASensibleLengthScale() {
        check(GpSettings.defaults());
        check(GpSettings.defaults().withKernel(Kernel.RBF));
    }

    @Test
    void lbfgsRecoversASensibleLengthScale() {
        check(GpSettings.defaults().withOptimizer(Optimizer.LBFGS));
        check(GpSettings.defaults().withOptimizer(Optimizer.LBFGS).withKernel(Kernel.RBF));
    }

    @Test
    void lbfgsEndsAtAStationaryPointNoWorseThanAdam() {
        double[][] x = inputs();
        double[] y = sine(x);
        GpSettings settings = GpSettings.defaults().withOptimizer(Optimizer.LBFGS);
        GaussianProcess gp = GaussianProcess.fit(x, y, settings);
        assertTrue(gp.loss() <= GaussianProcess.fit(x, y, GpSettings.defaults()).loss());
        double[] gradient = new double[4];
        new MarginalLikelihood(x, y, settings.kernel(), settings.noiseFloor())
                .evaluate(gp.hyperparameters().toRaw(settings.noiseFloor()), gradient);
        for (double g : gradient) {
            assertTrue(Math.abs(g) < 1e-6, java.util.Arrays.toString(gradient));
        }
    }

    @Test
    void zeroIterationsKeepTheInitialValues() {
        GaussianProcess gp = GaussianProcess.fit(
                inputs(), sine(inputs()), GpSettings.defaults().withIterations(0));
        assertEquals(Hyperparameters.initial(1, 1e-5), gp.hyperparameters());
    }
}
