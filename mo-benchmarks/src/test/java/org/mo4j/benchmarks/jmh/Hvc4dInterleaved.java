package org.mo4j.benchmarks.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import org.mo4j.core.hypervolume.BenchmarkVariants;
import org.mo4j.core.hypervolume.Hypervolume;

/**
 * A companion to {@link Hvc4dBenchmark} for a loaded machine, after {@link HvMoocoreInterleaved}:
 * in one JVM, after a warm-up, rounds in which the dispatch ({@link Hypervolume#contributions})
 * and the contenders (the limit-set sweep, {@code hvc4dLimitSets}; HVC4D with presorted orders and
 * rank sets, {@code hvc4d}, now a test oracle; HVC4D with HV4D+'s neighbour links,
 * {@code hvc4dLinks}, what the dispatch runs) time a batch of calls in turn (rotating the order),
 * in the thread's CPU time,
 * so that a change of load hits all alike; prints per case the median time per call of each and
 * the median and quartiles of the per-round ratio contender / mo4j. Run with {@code java -cp ...
 * org.mo4j.benchmarks.jmh.Hvc4dInterleaved ROUNDS SHAPE:N...} (shapes of {@link Fronts}, d = 4).
 */
public final class Hvc4dInterleaved {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String[] CONTENDERS = {"hvc4dLimitSets", "hvc4d", "hvc4dLinks"};

    private Hvc4dInterleaved() {}

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        StringBuilder header = new StringBuilder("| case | mo4j (ms CPU)");
        StringBuilder rule = new StringBuilder("|---|---");
        for (String c : CONTENDERS) {
            header.append(" | ").append(c).append(" (ms CPU)");
            rule.append("|---");
        }
        for (String c : CONTENDERS) {
            header.append(" | ").append(c).append(" / mo4j, median (quartiles)");
            rule.append("|---");
        }
        System.out.println(header.append(" |"));
        System.out.println(rule.append("|"));
        for (int i = 1; i < args.length; i++) {
            String[] parts = args[i].split(":");
            measure(parts[0], Integer.parseInt(parts[1]), rounds);
        }
    }

    private static void measure(String shape, int n, int rounds) {
        double[] ref = Fronts.reference(4);
        double[][] front = Fronts.generate(shape, n, 4);
        int k = CONTENDERS.length + 1;
        @SuppressWarnings("unchecked")
        BiFunction<double[][], double[], double[]>[] fs = new BiFunction[k];
        fs[0] = Hypervolume::contributions;
        for (int c = 0; c < CONTENDERS.length; c++) {
            fs[c + 1] = BenchmarkVariants.contributions(CONTENDERS[c]);
        }
        double[] expected = fs[0].apply(front, ref);
        double tolerance = 1e-12 * Math.max(1, Hypervolume.of(front, ref));
        for (int c = 1; c < k; c++) {
            double[] actual = fs[c].apply(front, ref);
            for (int i = 0; i < n; i++) {
                if (Math.abs(actual[i] - expected[i]) > tolerance) {
                    throw new IllegalStateException(
                            CONTENDERS[c - 1] + " point " + i + ": " + actual[i] + " vs " + expected[i]);
                }
            }
        }
        // Warm-up, and calls per batch: about 50 ms of all together.
        long t0 = System.nanoTime();
        int calls = 0;
        while (calls < 3 || System.nanoTime() - t0 < 2_000_000_000L) {
            for (var f : fs) {
                f.apply(front, ref);
            }
            calls++;
        }
        double perRound = (System.nanoTime() - t0) / 1e9 / calls;
        int batch = Math.max(1, (int) (0.05 * k / 2 / perRound));
        double[][] times = new double[k][rounds];
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int j = 0; j < k; j++) {
                int a = (j + r) % k;
                long s = CPU.getCurrentThreadCpuTime();
                for (int b = 0; b < batch; b++) {
                    sink += fs[a].apply(front, ref)[0];
                }
                times[a][r] = (CPU.getCurrentThreadCpuTime() - s) / 1e6 / batch;
            }
        }
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s, n = %d", shape, n));
        for (int c = 0; c < k; c++) {
            row.append(String.format(Locale.ROOT, " | %.2f", median(times[c].clone())));
        }
        for (int c = 1; c < k; c++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = times[c][r] / times[0][r];
            }
            Arrays.sort(ratio);
            row.append(String.format(
                    Locale.ROOT, " | %.2f (%.2f–%.2f)", ratio[rounds / 2], ratio[rounds / 4], ratio[(3 * rounds) / 4]));
        }
        System.out.println(row.append(" |").append(sink == 42 ? " " : ""));
    }

    private static double median(double[] v) {
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
