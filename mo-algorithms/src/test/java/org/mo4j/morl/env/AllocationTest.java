package org.mo4j.morl.env;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The hot path allocates nothing: VectorEnv steps (with auto-resets) over every environment. The
 * per-thread allocation counter is reached by reflection, as the test is compiled in the
 * module, which does not read java.management.
 */
class AllocationTest {

    @Test
    void vectorStepsDoNotAllocate() throws ReflectiveOperationException {
        Object bean = Class.forName("java.lang.management.ManagementFactory")
                .getMethod("getThreadMXBean")
                .invoke(null);
        Class<?> sun = Class.forName("com.sun.management.ThreadMXBean");
        if (!sun.isInstance(bean)
                || !(Boolean) sun.getMethod("isThreadAllocatedMemorySupported").invoke(bean)) {
            return;
        }
        sun.getMethod("setThreadAllocatedMemoryEnabled", boolean.class).invoke(bean, true);
        Method allocatedBytes = sun.getMethod("getThreadAllocatedBytes", long.class);
        for (String name : Environments.names()) {
            VectorEnv v = new VectorEnv(() -> Environments.create(name), 4);
            int dim = v.observationDimension();
            double[][] obs = new double[4][dim];
            double[][] fin = new double[4][dim];
            double[][] rew = new double[4][v.numberOfObjectives()];
            StepStatus[] st = new StepStatus[4];
            double[][] actions = new double[4][v.actionSpace().actionLength()];
            int n = v.actionSpace() instanceof ActionSpace.Discrete d ? d.n() : 0;
            v.reset(1, obs);
            run(v, actions, obs, rew, st, fin, n, 20_000); // warm up, let the JIT settle
            long thread = Thread.currentThread().getId();
            // the least over three rounds: a round may include lazy class initialisation (for
            // example of the Gaussian sampler the first time a cart mines), which is not per step
            long allocated = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                long before = (Long) allocatedBytes.invoke(bean, thread);
                run(v, actions, obs, rew, st, fin, n, 20_000);
                allocated = Math.min(allocated, (Long) allocatedBytes.invoke(bean, thread) - before);
            }
            assertTrue(allocated < 4096, name + " allocated " + allocated + " bytes in 20000 vector steps");
        }
    }

    private static void run(
            VectorEnv v,
            double[][] actions,
            double[][] obs,
            double[][] rew,
            StepStatus[] st,
            double[][] fin,
            int n,
            int steps) {
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < actions.length; i++) {
                actions[i][0] = n > 0 ? (t * 7 + i * 3) % n : ((t + i) % 3) - 1.0;
            }
            v.step(actions, obs, rew, st, fin);
        }
    }
}
