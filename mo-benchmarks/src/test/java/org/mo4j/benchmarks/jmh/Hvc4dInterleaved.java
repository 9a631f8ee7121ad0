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
 * in one JVM, after a warm-up, rounds in which the dispatch ({@link Hypervolume#contributions},
 * HVC4D) and the limit-set sweep it replaced time a batch of calls in turn (alternating the
 * order), in the thread's CPU time, so that a change of load hits both alike; prints per case the
 * median time per call of each and the median and quartiles of the per-round ratio
 * hvc4dLimitSets / mo4j. Run with {@code java -cp ... org.mo4j.benchmarks.jmh.Hvc4dInterleaved
 * ROUNDS SHAPE:N...} (shapes of {@link Fronts}, d = 4).
 */
public final class Hvc4dInterleaved {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private Hvc4dInterleaved() {}

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        System.out.println(
                "| case | mo4j (ms CPU) | hvc4dLimitSets (ms CPU) | hvc4dLimitSets / mo4j, median (quartiles) |");
        System.out.println("|---|---|---|---|");
        for (int i = 1; i < args.length; i++) {
            String[] parts = args[i].split(":");
            measure(parts[0], Integer.parseInt(parts[1]), rounds);
        }
    }

    private static void measure(String shape, int n, int rounds) {
        double[] ref = Fronts.reference(4);
        double[][] front = Fronts.generate(shape, n, 4);
        BiFunction<double[][], double[], double[]> old = BenchmarkVariants.contributions("hvc4dLimitSets");
        @SuppressWarnings("unchecked")
        BiFunction<double[][], double[], double[]>[] fs =
                new BiFunction[] {(BiFunction<double[][], double[], double[]>) Hypervolume::contributions, old};
        double[] expected = fs[0].apply(front, ref);
        double[] actual = fs[1].apply(front, ref);
        double tolerance = 1e-12 * Math.max(1, Hypervolume.of(front, ref));
        for (int i = 0; i < n; i++) {
            if (Math.abs(actual[i] - expected[i]) > tolerance) {
                throw new IllegalStateException("point " + i + ": " + actual[i] + " vs " + expected[i]);
            }
        }
        // Warm-up, and calls per batch: about 50 ms of both together.
        long t0 = System.nanoTime();
        int calls = 0;
        while (calls < 3 || System.nanoTime() - t0 < 2_000_000_000L) {
            for (var f : fs) {
                f.apply(front, ref);
            }
            calls++;
        }
        double perPair = (System.nanoTime() - t0) / 1e9 / calls;
        int batch = Math.max(1, (int) (0.05 / perPair));
        double[][] times = new double[2][rounds];
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int a = (r % 2 == 0) ? k : 1 - k;
                long s = CPU.getCurrentThreadCpuTime();
                for (int b = 0; b < batch; b++) {
                    sink += fs[a].apply(front, ref)[0];
                }
                times[a][r] = (CPU.getCurrentThreadCpuTime() - s) / 1e6 / batch;
            }
        }
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratio[r] = times[1][r] / times[0][r];
        }
        Arrays.sort(ratio);
        System.out.printf(
                Locale.ROOT,
                "| %s, n = %d | %.2f | %.2f | %.2f (%.2f–%.2f) |%s%n",
                shape,
                n,
                median(times[0].clone()),
                median(times[1].clone()),
                ratio[rounds / 2],
                ratio[rounds / 4],
                ratio[(3 * rounds) / 4],
                sink == 42 ? " " : "");
    }

    private static double median(double[] v) {
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
