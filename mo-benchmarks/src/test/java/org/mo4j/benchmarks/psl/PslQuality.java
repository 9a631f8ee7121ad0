package org.mo4j.benchmarks.psl;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.Termination;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Algorithms;
import org.mo4j.problems.Problems;
import org.mo4j.problems.psl.PslBenchmark;
import org.mo4j.problems.psl.PslBenchmarks;

/**
 * Issue 13's quality runs: an algorithm of the registry on SVH-PSL's problems for several seeds,
 * each run's log hypervolume difference as the authors' evaluation notebook computes it (all
 * evaluated points, ref 1.1, pymoo's ZDT fronts or the shipped approximate fronts) with its CPU and
 * wall time, one CSV line per run appended to {@code --csv} and the whole LHD curve to {@code
 * --curves}.
 *
 * <pre>
 * mo-benchmarks/psl-quality ALGORITHM PROBLEMS SEEDS [EVALUATIONS] [name=value ...] [--csv FILE] [--curves FILE]
 *   e.g. mo-benchmarks/psl-quality svh-psl zdt1,zdt2,vlmop2 42,43,44,45,46 120 --csv /tmp/q.csv
 *   (a problem may carry its size: zdt1::20)
 * </pre>
 */
public final class PslQuality {

    private PslQuality() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println(
                    "usage: psl-quality ALGORITHM PROBLEMS SEEDS [EVALUATIONS] [name=value ...] [--csv FILE] [--curves FILE]");
            System.exit(2);
        }
        AlgorithmProvider provider = Algorithms.provider(args[0]);
        String[] problems = args[1].split(",");
        String[] seeds = args[2].split(",");
        int evaluations = 120;
        Map<String, String> settings = new LinkedHashMap<>();
        Path csv = null;
        Path curves = null;
        for (int i = 3; i < args.length; i++) {
            if (args[i].equals("--csv")) {
                csv = Path.of(args[++i]);
            } else if (args[i].equals("--curves")) {
                curves = Path.of(args[++i]);
            } else if (args[i].contains("=")) {
                String[] kv = args[i].split("=", 2);
                settings.put(kv[0], kv[1]);
            } else {
                evaluations = Integer.parseInt(args[i]);
            }
        }
        String label = provider.name() + (settings.isEmpty() ? "" : " " + settings);
        for (String name : problems) {
            // "zdt1::20": another size of the benchmark (PSL-MOBO's runner uses 20-variable ZDT)
            PslBenchmark b = PslBenchmarks.get(name.split(":")[0]);
            String spec = name.contains(":") ? name : b.spec();
            for (String seed : seeds) {
                Map<String, String> s = new LinkedHashMap<>(settings);
                s.put("seed", seed);
                var bean = ManagementFactory.getThreadMXBean();
                long cpu0 = bean.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                Result r = provider.create(Problems.create(spec), provider.configure(s), null, null)
                        .run(Termination.evaluations(evaluations));
                double wall = (System.nanoTime() - wall0) / 1e9;
                double cpu = (bean.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double[][] ys = r.population().stream().map(p -> p.objectives()).toArray(double[][]::new);
                double[] curve = b.logHypervolumeDifferenceCurve(ys);
                String line = String.format(
                        Locale.ROOT,
                        "%s,%s,%s,%d,%.4f,%.1f,%.1f",
                        label.replace(',', ';'),
                        name,
                        seed,
                        ys.length,
                        curve[curve.length - 1],
                        cpu,
                        wall);
                System.out.println(line);
                append(csv, line);
                StringBuilder c = new StringBuilder(label.replace(',', ';') + "," + name + "," + seed);
                for (double v : curve) {
                    c.append(String.format(Locale.ROOT, ",%.4f", v));
                }
                append(curves, c.toString());
            }
        }
    }

    private static void append(Path file, String line) throws IOException {
        if (file == null) {
            return;
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            w.println(line);
        }
    }
}
