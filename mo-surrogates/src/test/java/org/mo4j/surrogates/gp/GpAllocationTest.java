package org.mo4j.surrogates.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A warm prediction loop (mean, variance and both gradients for a batch) and a warm likelihood
 * evaluation with its gradient allocate nothing, measured with HotSpot's per-thread allocation
 * counter (reached by reflection, as in org.mo4j.nn's AllocationTest).
 */
class GpAllocationTest {

    @Test
    void warmPredictionAndLikelihoodAllocateNothing() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 40;
        int d = 5;
        int m = 10;
        double[][] x = GpTestData.uniform(r, n, d);
        double[] y = GpTestData.targets(r, x);
        GaussianProcess gp = GaussianProcess.fit(x, y, GpSettings.defaults().withIterations(20));
        GaussianProcess.Workspace ws = gp.workspace();
        double[][] points = GpTestData.uniform(r, m, d);
        double[] mean = new double[m];
        double[] var = new double[m];
        double[][] dMean = new double[m][d];
        double[][] dVar = new double[m][d];
        double[] std = new double[m];
        double[][] dStd = new double[m][d];
        MarginalLikelihood ml = new MarginalLikelihood(x, y, Kernel.MATERN52, 1e-5);
        double[] raw = gp.hyperparameters().toRaw(1e-5);
        double[] gradient = new double[raw.length];
        Runnable step = () -> {
            gp.predict(points, mean, var, dMean, dVar, ws);
            gp.predict(points, mean, var, true, ws);
            GaussianProcess.standardDeviation(var, dVar, std, dStd);
            ml.evaluate(raw, gradient);
        };
        java.util.OptionalLong allocated = org.mo4j.core.testing.Allocations.bytes(step, 3000, 200);
        assumeTrue(allocated.isPresent(), "no per-thread allocation counter");
        assertEquals(0, allocated.getAsLong(), "bytes allocated by 200 warm steps");
    }
}
