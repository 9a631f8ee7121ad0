package org.mo4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    void aWarmTrainingLoopAllocatesNothing() {
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
        java.util.OptionalLong allocated = org.mo4j.core.testing.Allocations.bytes(step, 2000, 200);
        assumeTrue(allocated.isPresent(), "no per-thread allocation counter");
        assertEquals(0, allocated.getAsLong(), "bytes allocated by 200 training steps");
    }
}
