package org.mo4j.surrogates.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A warm prediction loop (mean, variance and both gradients for a batch) and a warm likelihood
 * evaluation with its gradient allocate nothing, measured with HotSpot's per-thread allocation
 * counter (reached by reflection, as in org.mo4j.nn's AllocationTest).
 */
class GpAllocationTest {

    @Test
    void warmPredictionAndLikelihoodAllocateNothing() throws ReflectiveOperationException {
        Object threads = Class.forName("java.lang.management.ManagementFactory")
                .getMethod("getThreadMXBean")
                .invoke(null);
        Class<?> hotspot;
        try {
            hotspot = Class.forName("com.sun.management.ThreadMXBean");
        } catch (ClassNotFoundException e) {
            hotspot = null;
        }
        assumeTrue(hotspot != null && hotspot.isInstance(threads), "no per-thread allocation counter");
        Method allocatedBytes = hotspot.getMethod("getThreadAllocatedBytes", long.class);
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
        for (int i = 0; i < 3000; i++) {
            step.run();
        }
        long id = Thread.currentThread().getId();
        long start = (long) allocatedBytes.invoke(threads, id);
        long overhead = (long) allocatedBytes.invoke(threads, id) - start;
        long before = (long) allocatedBytes.invoke(threads, id);
        for (int i = 0; i < 200; i++) {
            step.run();
        }
        long allocated = (long) allocatedBytes.invoke(threads, id) - before - overhead;
        assertEquals(0, allocated, "bytes allocated by 200 warm steps");
    }
}
