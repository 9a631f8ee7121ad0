package org.mo4j.benchmarks.jmh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs JMH benchmarks and prints, for every parameter combination, each peer's time divided by
 * mo4j's time in the same run, with an error bar propagated from JMH's 99.9% intervals:
 * {@code ratio · sqrt((e_peer/t_peer)² + (e_mo4j/t_mo4j)²)}. The table goes into RESULTS.md.
 *
 * <p>Arguments are JMH's own ({@code Hypervolume -p d=4,5 -p n=1000}); the benchmark's
 * {@code library} parameter tells mo4j from its peers.
 */
public final class Suite {

    private Suite() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(new CommandLineOptions(args));
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println(table(results));
    }

    /** Markdown table: one row per (benchmark, parameters without library), one column per library. */
    static String table(Collection<RunResult> results) {
        Map<String, Map<String, Result<?>>> rows = new LinkedHashMap<>();
        List<String> libraries = new ArrayList<>();
        String unit = "";
        for (RunResult r : results) {
            var params = r.getParams();
            String library = params.getParam("library");
            TreeMap<String, String> key = new TreeMap<>();
            for (String k : params.getParamsKeys()) {
                if (!k.equals("library")) {
                    key.put(k, params.getParam(k));
                }
            }
            String bench = params.getBenchmark();
            String row = bench.substring(bench.lastIndexOf('.', bench.lastIndexOf('.') - 1) + 1) + " " + key;
            rows.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(library, r.getPrimaryResult());
            if (!libraries.contains(library)) {
                libraries.add(library);
            }
            unit = r.getPrimaryResult().getScoreUnit();
        }
        StringBuilder sb = new StringBuilder();
        sb.append("| case | mo4j (").append(unit).append(") |");
        for (String lib : libraries) {
            if (!lib.equals("mo4j")) {
                sb.append(' ').append(lib).append(" / mo4j |");
            }
        }
        sb.append('\n').append("|---|---|");
        libraries.stream().filter(l -> !l.equals("mo4j")).forEach(l -> sb.append("---|"));
        sb.append('\n');
        for (var row : rows.entrySet()) {
            Result<?> mo4j = row.getValue().get("mo4j");
            sb.append("| ")
                    .append(row.getKey())
                    .append(" | ")
                    .append(mo4j == null ? "—" : fmt(mo4j.getScore()) + " ± " + fmt(mo4j.getScoreError()))
                    .append(" |");
            for (String lib : libraries) {
                if (lib.equals("mo4j")) {
                    continue;
                }
                Result<?> peer = row.getValue().get(lib);
                if (peer == null || mo4j == null) {
                    sb.append(" — |");
                    continue;
                }
                double ratio = peer.getScore() / mo4j.getScore();
                double rel = Math.hypot(err(peer) / peer.getScore(), err(mo4j) / mo4j.getScore());
                sb.append(' ')
                        .append(fmt(ratio))
                        .append(" ± ")
                        .append(fmt(ratio * rel))
                        .append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static double err(Result<?> r) {
        double e = r.getScoreError();
        return Double.isFinite(e) ? e : 0;
    }

    private static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }
}
