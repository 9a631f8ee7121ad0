package org.mo4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.mo4j.lab.Campaign;
import org.mo4j.lab.CampaignEngine;
import org.mo4j.lab.CampaignFile;
import org.mo4j.lab.CampaignListener;
import org.mo4j.lab.CampaignOutcome;
import org.mo4j.lab.LocalEngine;
import org.mo4j.lab.Report;
import org.mo4j.lab.RunRecord;
import org.mo4j.lab.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mo4j campaign FILE}: runs an experiment campaign ({@link CampaignFile}) on this machine
 * with {@link LocalEngine}, storing each run as it ends ({@link RunStore}), then writes the report
 * ({@link Report}). Rerunning the same command after a crash or a kill runs only the runs that have
 * no record. Progress goes to standard error (a bar on a terminal, a line per run otherwise), the
 * summary to standard output as {@code key: value} lines.
 */
@Command(
        name = "campaign",
        aliases = "experiment",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs an experiment campaign (algorithms x problems x seeds, from a YAML or JSON file) on a",
            "pool of threads, storing every run as it ends, then writes results.csv and the report",
            "(report.md, report.html, plots/). Run it again after a crash: stored runs are not redone.",
            "The file's keys: docs/CAMPAIGNS.md."
        })
final class CampaignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "The campaign, YAML or JSON; or give it by --algorithms, --problems, --seeds and"
                    + " --evaluations.")
    Path file;

    @Option(
            names = "--algorithms",
            split = ",",
            paramLabel = "ALG",
            description = "Without FILE: registered algorithms with their defaults, e.g. nsga2,smsemoa.")
    java.util.List<String> algorithms;

    @Option(
            names = "--problems",
            split = ",",
            paramLabel = "NAME",
            description = "Without FILE: problems, e.g. zdt1,dtlz2:3.")
    java.util.List<String> problems;

    @Option(
            names = "--seeds",
            paramLabel = "N|S1,S2,..",
            description = "Without FILE: a count (seeds 1..N) or a list of seeds.")
    String seeds;

    @Option(names = "--evaluations", paramLabel = "N", description = "Without FILE: evaluations per run.")
    Long evaluations;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Results folder (default: FILE's name without extension, plus '-results'; needed"
                    + " without FILE).")
    Path out;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Runs in parallel, each single-threaded; records do not depend on it (default: the"
                    + " number of processors).")
    Integer threads;

    @Option(
            names = "--engine",
            defaultValue = "local",
            paramLabel = "ENGINE",
            description = "local (a thread pool here, the default) or spark (Apache Spark; the launcher adds"
                    + " mo-lab-spark for it); both write the same records.")
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description =
                    "The Spark master for --engine spark, e.g. local[2] or spark://host:7077 (default:" + " local[*]).")
    String master;

    @Option(names = "--no-report", description = "Store the runs and results.csv only.")
    boolean noReport;

    @Option(names = "--latex", description = "Also write report.tex (booktabs tables).")
    boolean latex;

    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;

    @Override
    public Integer call() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, was " + t);
        }
        boolean local = engine.equalsIgnoreCase("local");
        if (local && master != null) {
            throw new IllegalArgumentException("--master is for --engine spark");
        }
        CampaignEngine other = local ? null : CampaignEngine.named(engine);
        Campaign campaign = file != null ? fromFile() : fromOptions();
        Path dir =
                out != null ? out : Path.of(file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "-results");
        RunStore store = RunStore.create(dir, campaign);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CampaignOutcome o;
        try (Progress progress = quiet ? null : Progress.create(campaign.name(), stderr)) {
            CampaignListener listener = progress == null ? CampaignListener.NONE : progress;
            o = local
                    ? new LocalEngine(t).run(store, listener)
                    : other.run(store, listener, master == null ? Map.of() : Map.of("master", master));
        }
        stdout.printf(Locale.ROOT, "campaign: %s%n", campaign.name());
        stdout.printf(
                Locale.ROOT,
                "runs: %d (%d run now, %d stored before, %d failed now)%n",
                o.total(),
                o.ran(),
                o.skipped(),
                o.failed());
        stdout.printf(
                Locale.ROOT,
                "wall time: %.2f s on %d threads%s%n",
                o.wallSeconds(),
                o.threads(),
                local ? "" : " (" + engine + ")");
        stdout.printf(
                Locale.ROOT,
                "run time: %.2f s summed (%.2f s with indicators); runner overhead %.1f%%%n",
                o.runSeconds(),
                o.taskSeconds(),
                100 * o.overhead());
        stdout.printf(Locale.ROOT, "results: %s%n", dir.resolve("runs"));
        if (noReport) {
            org.mo4j.lab.ResultsTable.write(store.records(), dir.resolve("results.csv"));
            stdout.printf(Locale.ROOT, "table: %s%n", dir.resolve("results.csv"));
        } else if (store.records().stream().anyMatch(r -> !r.failed())) {
            Report.Written w = Report.write(store, latex);
            stdout.printf(Locale.ROOT, "table: %s%n", w.csv());
            stdout.printf(Locale.ROOT, "report: %s%n", w.html());
        }
        long failed = store.records().stream().filter(RunRecord::failed).count();
        if (failed > 0) {
            stderr.printf(
                    Locale.ROOT,
                    "mo4j campaign: %d run(s) failed; their records under %s say why%n",
                    failed,
                    dir.resolve("runs"));
            return 3;
        }
        return 0;
    }

    private Campaign fromFile() {
        if (algorithms != null || problems != null || seeds != null || evaluations != null) {
            throw new IllegalArgumentException(
                    "give FILE or --algorithms, --problems, --seeds and --evaluations, not both");
        }
        return CampaignFile.read(file);
    }

    /** The campaign of the options, validated as a file's would be, errors naming the option. */
    private Campaign fromOptions() {
        String[][] required = {
            {"--algorithms", algorithms == null ? null : "x"},
            {"--problems", problems == null ? null : "x"},
            {"--seeds", seeds},
            {"--evaluations", evaluations == null ? null : "x"},
            {"--out", out == null ? null : "x"}
        };
        for (String[] r : required) {
            if (r[1] == null) {
                throw new IllegalArgumentException("missing FILE, or " + r[0] + " (without FILE the campaign is given"
                        + " by --algorithms, --problems, --seeds, --evaluations and --out)");
            }
        }
        if (evaluations < 1) {
            throw new IllegalArgumentException("--evaluations must be >= 1, was " + evaluations);
        }
        Campaign.Builder b = Campaign.builder(out.getFileName().toString());
        for (String a : algorithms) {
            try {
                b.algorithm(a.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--algorithms: " + e.getMessage(), e);
            }
        }
        b.problems(problems.stream().map(String::strip).toArray(String[]::new));
        try {
            if (seeds.contains(",")) {
                b.seedList(java.util.Arrays.stream(seeds.split(","))
                        .map(t -> Long.parseLong(t.strip()))
                        .toList());
            } else {
                b.seeds(Integer.parseInt(seeds.strip()));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seeds must be a count or a list of integers, was '" + seeds + "'");
        }
        try {
            return b.evaluations(evaluations).build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    (e.getMessage().contains("problem") ? "--problems: " : "") + e.getMessage(), e);
        }
    }

    /**
     * The campaign's progress on standard error: a bar (me.tongfei:progressbar, which shows the time
     * left) on a terminal, otherwise a line per stored run with runs done, failed and the estimated
     * time left.
     */
    abstract static class Progress implements CampaignListener, AutoCloseable {

        static Progress create(String name, PrintWriter err) {
            return System.console() != null ? new Bar(name) : new Lines(name, err);
        }

        @Override
        public abstract void close();

        static final class Bar extends Progress {
            private final String name;
            private ProgressBar bar;

            Bar(String name) {
                this.name = name;
            }

            @Override
            public void started(int total, int skipped) {
                bar = new ProgressBarBuilder()
                        .setTaskName(name)
                        .setInitialMax(total)
                        .startsFrom(skipped, Duration.ZERO)
                        .setUnit(" runs", 1)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .continuousUpdate()
                        .build();
            }

            @Override
            public void finished(RunRecord record, int done, int failed) {
                bar.stepTo(done);
                bar.setExtraMessage(failed > 0 ? failed + " failed" : "");
            }

            @Override
            public void close() {
                if (bar != null) {
                    bar.close();
                }
            }
        }

        static final class Lines extends Progress {
            private final String name;
            private final PrintWriter err;
            private long start;
            private int total;
            private int skipped;

            Lines(String name, PrintWriter err) {
                this.name = name;
                this.err = err;
            }

            @Override
            public void started(int total, int skipped) {
                this.start = System.nanoTime();
                this.total = total;
                this.skipped = skipped;
                err.printf(
                        Locale.ROOT,
                        "%s: %d runs, %d already stored, %d to run%n",
                        name,
                        total,
                        skipped,
                        total - skipped);
                err.flush();
            }

            @Override
            public void finished(RunRecord record, int done, int failed) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                int ranNow = done - skipped;
                double eta = ranNow == 0 ? 0 : elapsed / ranNow * (total - done);
                err.printf(
                        Locale.ROOT,
                        "%s: %d/%d runs (%d failed), %s elapsed, %s left; %s %s in %.2f s%s%n",
                        name,
                        done,
                        total,
                        failed,
                        clock(elapsed),
                        clock(eta),
                        record.id(),
                        record.failed() ? "FAILED" : "finished",
                        record.taskSeconds(),
                        record.failed() ? ": " + record.message() : "");
                err.flush();
            }

            static String clock(double seconds) {
                long s = Math.round(seconds);
                return s >= 3600
                        ? String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60)
                        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
            }

            @Override
            public void close() {}
        }
    }
}
