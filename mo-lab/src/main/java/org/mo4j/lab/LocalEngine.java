package org.mo4j.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a campaign on this machine: every run not yet in the store is a task on a fixed pool of
 * threads, each run single-threaded ({@link CampaignRun}), so a run's record is the same whatever
 * the number of threads. Each record is stored as soon as its run ends; a rerun after a crash runs
 * only what has no record. Overhead per run: one record write (O(front size + checkpoints)) and one
 * listener call.
 */
public final class LocalEngine {

    private final int threads;

    /**
     * An engine on {@code threads} threads.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public LocalEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
    }

    /**
     * Runs every run of the store's campaign that has no record, storing each record as it ends.
     *
     * @throws java.io.UncheckedIOException if a record cannot be written (the campaign stops; what
     *                                      was stored stays)
     */
    public CampaignOutcome run(RunStore store, CampaignListener listener) {
        long start = System.nanoTime();
        Campaign campaign = store.campaign();
        List<RunId> all = campaign.runs();
        List<RunId> todo = new ArrayList<>();
        for (RunId id : all) {
            if (!store.contains(id)) {
                todo.add(id);
            }
        }
        int skipped = all.size() - todo.size();
        listener.started(all.size(), skipped);
        AtomicInteger done = new AtomicInteger(skipped);
        AtomicInteger failed = new AtomicInteger();
        double[] seconds = new double[2];
        Object lock = new Object();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RunId id : todo) {
                futures.add(pool.submit(() -> {
                    RunRecord r = CampaignRun.execute(campaign, id);
                    store.write(r);
                    synchronized (lock) {
                        seconds[0] += r.runSeconds();
                        seconds[1] += r.taskSeconds();
                        int f = r.failed() ? failed.incrementAndGet() : failed.get();
                        listener.finished(r, done.incrementAndGet(), f);
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException re) {
                        throw re;
                    }
                    if (c instanceof Error er) {
                        throw er;
                    }
                    throw new IllegalStateException(c);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new CampaignOutcome(
                all.size(),
                skipped,
                todo.size(),
                failed.get(),
                (System.nanoTime() - start) / 1e9,
                seconds[0],
                seconds[1],
                threads);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "mo4j-campaign-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
