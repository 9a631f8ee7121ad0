package org.mo4j.algorithms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Independent tasks of one run on an {@link Executor}, and the seed each task draws from: what the
 * MORL algorithms (C-MORL, PGMORL) share to train their policies in parallel and still give the
 * same result on any number of threads, because every task's randomness comes from its own seed
 * and the results are collected in submission order.
 */
public final class Tasks {

    private Tasks() {}

    /**
     * Runs {@code jobs} on {@code executor} (in the caller's thread, one after another, if it is
     * null) and returns their results in the jobs' order. A job's {@link RuntimeException} is
     * rethrown as it was thrown, after the jobs before it have been joined.
     */
    public static <T> List<T> runAll(List<Supplier<T>> jobs, Executor executor) {
        List<T> out = new ArrayList<>(jobs.size());
        if (executor == null) {
            for (Supplier<T> j : jobs) {
                out.add(j.get());
            }
            return out;
        }
        List<CompletableFuture<T>> futures = new ArrayList<>(jobs.size());
        for (Supplier<T> j : jobs) {
            futures.add(CompletableFuture.supplyAsync(j, executor));
        }
        for (CompletableFuture<T> f : futures) {
            try {
                out.add(f.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
        return out;
    }

    /**
     * A task's seed from (run seed, stage, round, task): SplitMix64's finaliser of their
     * combination, so that neighbouring tasks get unrelated streams.
     */
    public static long seed(long runSeed, int stage, int round, int task) {
        long z = runSeed
                ^ (0x9E3779B97F4A7C15L * stage)
                ^ (0xC2B2AE3D27D4EB4FL * (round + 1))
                ^ (0x165667B19E3779F9L * (task + 1));
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
