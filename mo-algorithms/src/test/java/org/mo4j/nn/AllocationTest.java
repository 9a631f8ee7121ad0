package org.mo4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A training loop (forward, backward, heads, clipping, Adam, normalisation) allocates nothing,
 * measured with HotSpot's per-thread allocation counter after a warm-up. The counter is reached by
 * reflection because the test sources compile inside the module {@code org.mo4j.algorithms}, which
 * does not read {@code jdk.management}; the tests themselves run on the class path.
 */
class AllocationTest {

    @Test
    void aWarmTrainingLoopAllocatesNothing() throws ReflectiveOperationException {
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
        int batch = 64;
        Mlp net = Mlp.builder(6, 64, 64, 2).orthogonal(1, 0.01).maxBatch(batch).build(new SplittableRandom(1));
        GaussianHead head = new GaussianHead(2);
        Adam adam = new Adam(net.parameterCount(), 1e-5);
        Adam adamLogStd = new Adam(2, 1e-5);
        RunningMeanStd rms = new RunningMeanStd(6);
        SplittableRandom r = new SplittableRandom(2);
        double[] obs = MlpGradientPropertiesTest.uniform(r, batch * 6, -1, 1);
        double[] actions = MlpGradientPropertiesTest.uniform(r, batch * 2, -1, 1);
        double[] means = new double[batch * 2];
        double[] dMeans = new double[batch * 2];
        double[] dInputs = new double[batch * 6];
        // the gradient arrays are live, so the varargs array of clipNorm can be built once
        double[][] gradients = {net.gradient(), head.logStdGradient()};
        Runnable step = () -> {
            rms.update(obs, batch);
            rms.normalize(obs, batch, obs);
            net.zeroGradient();
            head.zeroGradient();
            net.forward(obs, batch, means);
            java.util.Arrays.fill(dMeans, 0);
            for (int i = 0; i < batch; i++) {
                head.addLogProbabilityGradient(means, actions, i, -1.0 / batch, dMeans);
            }
            net.backward(dMeans, batch, dInputs);
            Gradients.clipNorm(0.5, gradients);
            adam.step(net.parameters(), net.gradient(), 3e-4);
            adamLogStd.step(head.logStd(), head.logStdGradient(), 3e-4);
        };
        for (int i = 0; i < 2000; i++) {
            step.run();
        }
        long id = Thread.currentThread().getId();
        // what reading the counter itself allocates (boxing by reflection), measured the same way
        long start = (long) allocatedBytes.invoke(threads, id);
        long overhead = (long) allocatedBytes.invoke(threads, id) - start;
        long before = (long) allocatedBytes.invoke(threads, id);
        for (int i = 0; i < 200; i++) {
            step.run();
        }
        long allocated = (long) allocatedBytes.invoke(threads, id) - before - overhead;
        assertEquals(0, allocated, "bytes allocated by 200 training steps");
    }
}
