package org.mo4j.benchmarks.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;
import org.mo4j.benchmarks.peers.MoocorePeer;
import org.mo4j.core.hypervolume.BenchmarkVariants;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.testing.RefData;

/**
 * A companion to {@link HvMoocoreBenchmark} for a loaded machine: in one JVM, after a warm-up,
 * rounds in which every library times a batch of calls in turn (alternating the order), so that a
 * change of load hits all of them alike, in the thread's CPU time (so that time slices given to
 * other processes are not counted); prints per library the median time per call and the
 * median and quartiles of the per-round ratio library / mo4j. JMH runs each library in its own
 * trial, minutes apart, and its ratios then carry the load's drift; this one does not. Run with
 * {@code java -cp ... org.mo4j.benchmarks.jmh.HvMoocoreInterleaved ROUNDS FILE... [-- LIBRARY...]}
 * (libraries: moocore and the names of {@link BenchmarkVariants}; mo4j is always first).
 */
public final class HvMoocoreInterleaved {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private HvMoocoreInterleaved() {}

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        List<String> files = new ArrayList<>();
        List<String> libraries = new ArrayList<>(List.of("mo4j"));
        boolean libs = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--")) {
                libs = true;
            } else if (libs) {
                libraries.add(args[i]);
            } else {
                files.add(args[i]);
            }
        }
        if (libraries.size() == 1) {
            libraries.add("moocore");
        }
        MoocorePeer.load();
        // Every file is measured twice and only the second pass printed: the first one in a JVM
        // ran up to three times slower (the compiled code settles only after all files ran).
        measure(files, libraries, rounds, false);
        StringBuilder head = new StringBuilder("| file | mo4j (µs CPU) |");
        for (int k = 1; k < libraries.size(); k++) {
            head.append(' ')
                    .append(libraries.get(k))
                    .append(" (µs CPU) | ")
                    .append(libraries.get(k))
                    .append(" / mo4j, median (quartiles) |");
        }
        System.out.println(head);
        System.out.println("|---|---|" + "---|---|".repeat(libraries.size() - 1));
        measure(files, libraries, rounds, true);
    }

    private static void measure(List<String> files, List<String> libraries, int rounds, boolean print) {
        for (String file : files) {
            RefData.HvCase c = RefData.hvCase(RefData.root().resolve("hv").resolve(file + ".txt"));
            double[][] front = c.points();
            double[] ref = c.ref();
            double[] flat = MoocorePeer.flat(front, c.d());
            List<ToDoubleBiFunction<double[][], double[]>> fs = new ArrayList<>();
            for (String lib : libraries) {
                ToDoubleBiFunction<double[][], double[]> f = switch (lib) {
                    case "mo4j" -> Hypervolume::of;
                    case "moocore" -> (p, r) -> MoocorePeer.fpliHv(flat, p.length, c.d(), r);
                    default -> BenchmarkVariants.volume(lib);
                };
                double v = f.applyAsDouble(front, ref);
                if (Math.abs(v - c.hv()) > 1e-12 * Math.abs(c.hv())) {
                    throw new IllegalStateException(lib + " computes " + v + ", expected " + c.hv() + " on " + file);
                }
                fs.add(f);
            }
            // Calls per batch: about 20 ms of all libraries together.
            long t0 = System.nanoTime();
            int calls = 0;
            while (System.nanoTime() - t0 < 2_000_000_000L) {
                for (var f : fs) {
                    f.applyAsDouble(front, ref);
                }
                calls++;
            }
            int batch = Math.max(1, (int) (calls * 0.02 / 2.0));
            double[][] times = new double[fs.size()][rounds];
            double sink = 0;
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < fs.size(); k++) {
                    int a = (r % 2 == 0) ? k : fs.size() - 1 - k;
                    var f = fs.get(a);
                    long s = CPU.getCurrentThreadCpuTime();
                    for (int b = 0; b < batch; b++) {
                        sink += f.applyAsDouble(front, ref);
                    }
                    times[a][r] = (CPU.getCurrentThreadCpuTime() - s) / 1e3 / batch;
                }
            }
            StringBuilder line =
                    new StringBuilder(String.format(Locale.ROOT, "| %s | %.1f |", file, median(times[0].clone())));
            for (int k = 1; k < fs.size(); k++) {
                double[] ratio = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratio[r] = times[k][r] / times[0][r];
                }
                Arrays.sort(ratio);
                line.append(String.format(
                        Locale.ROOT,
                        " %.1f | %.2f (%.2f–%.2f) |",
                        median(times[k].clone()),
                        ratio[rounds / 2],
                        ratio[rounds / 4],
                        ratio[(3 * rounds) / 4]));
            }
            if (print) {
                System.out.println(line + (sink == 42 ? " " : ""));
            }
        }
    }

    private static double median(double[] v) {
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
