package org.mo4j.benchmarks.morl;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.mo4j.morl.env.Environments;
import org.mo4j.morl.env.MultiObjectiveEnv;
import org.mo4j.morl.env.TimeLimit;
import org.mo4j.morl.ppo.ActorCritic;
import org.mo4j.morl.ppo.PpoObjective;
import org.mo4j.morl.ppo.PpoSettings;
import org.mo4j.morl.ppo.PpoTrainer;

/**
 * Wall-clock throughput of C-MORL's PPO on one core: environment steps per second, PPO updates
 * included, with the code's settings (64-64 networks, 512 × 8 steps per update, 10 epochs of 32
 * minibatches). A whole training loop is the unit, so a wall clock over several warmed-up updates
 * is the honest measure (JMH's per-call harness adds nothing here); the first repetitions warm the
 * JIT and are reported but not counted. The thread's CPU time is reported beside the wall clock:
 * on a shared machine it is the figure that does not depend on the other jobs' load.
 *
 * <p>Run: {@code mo-benchmarks/morl-throughput [environment] [updates] [repetitions]} (defaults
 * fruit-tree:6 10 5).
 */
public final class PpoThroughput {

    private PpoThroughput() {}

    public static void main(String[] args) {
        String env = args.length > 0 ? args[0] : "fruit-tree:6";
        int updates = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int limit = Environments.spec(env).evaluationTimeLimit();
        Supplier<MultiObjectiveEnv> f = () -> new TimeLimit(Environments.create(env), limit);
        PpoSettings s = PpoSettings.cmorl();
        MultiObjectiveEnv e = f.get();
        int m = e.numberOfObjectives();
        ActorCritic policy = new ActorCritic(
                e.observationDimension(),
                e.actionSpace(),
                m,
                s.hidden(),
                PpoTrainer.maxBatch(s),
                s.adamEpsilon(),
                new SplittableRandom(1));
        PpoTrainer trainer = new PpoTrainer(policy, f, s, 7);
        double[] w = new double[m];
        w[0] = 1;
        PpoObjective objective = new PpoObjective.Scalarised(w);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = 0;
        double bestCpu = 0;
        for (int rep = 0; rep < reps; rep++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int u = 0; u < updates; u++) {
                trainer.train(policy, objective, s.learningRate(), false);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            double rate = updates * s.stepsPerUpdate() / secs;
            double cpuRate = updates * s.stepsPerUpdate() / cpu;
            System.out.printf(
                    Locale.ROOT,
                    "%s rep %d: %d updates, %d steps in %.2f s = %.0f steps/s (CPU %.2f s = %.0f steps/CPU-s)%s%n",
                    env,
                    rep,
                    updates,
                    updates * s.stepsPerUpdate(),
                    secs,
                    rate,
                    cpu,
                    cpuRate,
                    rep < 2 ? " (warm-up)" : "");
            if (rep >= 2) {
                best = Math.max(best, rate);
                bestCpu = Math.max(bestCpu, cpuRate);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: best %.0f environment steps/s on one thread, %.0f per CPU-second of the thread (Java %s)%n",
                env,
                best,
                bestCpu,
                System.getProperty("java.version"));
    }
}
