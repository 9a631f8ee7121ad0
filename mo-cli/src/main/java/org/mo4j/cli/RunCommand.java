package org.mo4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.Progress;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Algorithms;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.indicators.InvertedGenerationalDistancePlus;
import org.mo4j.core.io.FrontText;
import org.mo4j.plot.FrontPlot;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;
import org.mo4j.problems.psl.PslBenchmark;
import org.mo4j.problems.psl.PslBenchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mo4j run}: runs a registered algorithm ({@link Algorithms}) on a benchmark problem and
 * reports the final front's hypervolume and IGD+.
 *
 * <p>Progress goes to standard error (a progress bar on a terminal, otherwise a line at every tenth
 * of the budget); the report goes to standard output as {@code key: value} lines, so scripts can
 * pick fields out. The run is reproducible: the same options give the same front, for any
 * {@code --threads}.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs a registered algorithm on a benchmark problem and prints the final front's",
            "hypervolume (against the problem's standard reference point; as a fraction of the true",
            "front's where the front is known) and IGD+ to the true front.",
            "Problems and their default sizes: mo4j list problems. Algorithms and their settings:",
            "mo4j list algorithms."
        })
final class RunCommand implements Callable<Integer> {

    /** Points of the true front sampled for the reference hypervolume and IGD+, by dimension. */
    static int trueFrontSize(int objectives) {
        return switch (objectives) {
            case 2 -> 10_000;
            case 3 -> 5_000;
            case 4, 5 -> 1_000;
            default -> 0;
        };
    }

    @Spec
    CommandSpec spec;

    @Option(
            names = "--algorithm",
            required = true,
            paramLabel = "ALG",
            description = "A registered algorithm (any case): ${COMPLETION-CANDIDATES}.",
            completionCandidates = AlgorithmNames.class,
            converter = AlgorithmConverter.class)
    AlgorithmProvider algorithm;

    @Option(
            names = "--problem",
            required = true,
            paramLabel = "NAME[:M[:N]]",
            description =
                    "Benchmark problem, optionally with M objectives and N variables, e.g. zdt1, dtlz2:3, wfg4:5.")
    String problem;

    @Option(
            names = "--evaluations",
            defaultValue = "25000",
            paramLabel = "N",
            description = "Budget of problem evaluations (default: ${DEFAULT-VALUE}).")
    long evaluations;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "S",
            description = "Random seed; the same seed gives the same front (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--population",
            paramLabel = "P",
            description = "Population size (default: the algorithm's; for NSGA-III the reference directions').")
    Integer population;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "A named set of settings of the algorithm (mo4j list algorithms), under --set.")
    String profile;

    @Option(
            names = "--initial",
            paramLabel = "N",
            description = "Initial design size, for algorithms that have one (svh-psl, psl-mobo).")
    Integer initial;

    @Option(
            names = "--batch",
            paramLabel = "N",
            description = "Evaluations per iteration, for algorithms that have a batch size (svh-psl, psl-mobo).")
    Integer batch;

    @Option(
            names = "--set",
            paramLabel = "NAME=VALUE",
            description = "An algorithm setting, repeatable, e.g. --set crossover.eta=15 (mo4j list algorithms).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(
            names = "--threads",
            defaultValue = "1",
            paramLabel = "T",
            description = "Threads evaluating offspring; results do not depend on it (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write the final front's objective vectors here, as text.")
    Path out;

    @Option(
            names = "--plot",
            paramLabel = "FILE.png",
            description = "Draw the final front (and the true front) to a PNG file.")
    Path plot;

    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;

    @Override
    public Integer call() {
        if (evaluations < 1) {
            throw new IllegalArgumentException("--evaluations must be >= 1, was " + evaluations);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
        }
        if (population != null && population < 2) {
            throw new IllegalArgumentException("--population must be >= 2, was " + population);
        }
        BenchmarkProblem p = Problems.create(problem);
        Configuration configuration = configuration();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        String task = algorithm.title() + " on " + p.name();
        ProgressReporter progress = quiet ? null : ProgressReporter.create(task, evaluations, stderr);
        Result result;
        try {
            result = algorithm.create(p, configuration, pool, progress).run(evaluations);
        } catch (RunFailedException e) {
            Result partial = e.partialResult();
            String kept = "";
            if (out != null && !partial.nonDominated().isEmpty()) {
                write(out, partial.front());
                kept = "; the last complete generation's front ("
                        + partial.nonDominated().size() + " points) was written to " + out;
            }
            throw new RunStoppedException(e.getMessage() + kept);
        } finally {
            if (progress != null) {
                progress.close();
            }
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        report(p, result, configuration.isSet("seed"), stdout);
        return 0;
    }

    /**
     * The algorithm's settings: the --profile's, then --set over them, then --seed, --population,
     * --initial and --batch where the algorithm has them.
     */
    private Configuration configuration() {
        Map<String, String> all = new LinkedHashMap<>();
        if (profile != null) {
            Map<String, String> named = algorithm.profiles().get(profile);
            if (named == null) {
                throw new IllegalArgumentException("--profile: " + algorithm.name() + " has no profile '" + profile
                        + "'"
                        + (algorithm.profiles().isEmpty()
                                ? ""
                                : " (choose "
                                        + String.join(
                                                ", ",
                                                new TreeSet<>(
                                                        algorithm.profiles().keySet())) + ")"));
            }
            all.putAll(named);
        }
        all.putAll(settings);
        for (String option : new String[] {"seed", "population"}) {
            if (settings.containsKey(option)) {
                throw new IllegalArgumentException("--set " + option + "=...: use --" + option + " instead");
            }
        }
        if (settings.containsKey("initial") && initial != null || settings.containsKey("batch") && batch != null) {
            throw new IllegalArgumentException("give the initial design and the batch size either by --initial/--batch"
                    + " or by --set, not both");
        }
        option(all, "population", population);
        option(all, "initial", initial);
        option(all, "batch", batch);
        if (algorithm.configure(Map.of()).accepts("seed")) {
            all.put("seed", Long.toString(seed));
        }
        try {
            return algorithm.configure(all);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(algorithm.name() + ": " + e.getMessage(), e);
        }
    }

    private void option(Map<String, String> all, String name, Integer value) {
        if (value != null) {
            if (!algorithm.configure(Map.of()).accepts(name)) {
                throw new IllegalArgumentException(
                        "--" + name + ": " + algorithm.name() + " has no " + name + " setting");
            }
            all.put(name, Integer.toString(value));
        }
    }

    private void report(BenchmarkProblem p, Result r, boolean seeded, PrintWriter o) {
        double[][] front = r.front();
        double[] ref = p.referencePoint();
        int m = p.numberOfObjectives();
        o.printf(
                Locale.ROOT,
                "problem: %s (%d objectives, %d variables, %d constraints)%n",
                p.name(),
                m,
                p.numberOfVariables(),
                p.numberOfConstraints());
        o.printf(
                Locale.ROOT,
                "algorithm: %s (population %d%s)%n",
                algorithm.title(),
                r.population().size(),
                seeded ? ", seed " + seed : "");
        o.printf(
                Locale.ROOT,
                "evaluations: %d (%d generations, %.3f s)%n",
                r.evaluations(),
                r.generations(),
                r.elapsed().toNanos() / 1e9);
        o.printf(
                Locale.ROOT,
                "front: %d points%s%n",
                front.length,
                r.nonDominated().isEmpty() || r.nonDominated().get(0).isFeasible()
                        ? ""
                        : " (none feasible: least violation)");
        double hv = Hypervolume.of(front, ref);
        o.printf(
                Locale.ROOT,
                "hv: %s (reference point %s)%n",
                FrontText.significant17(hv),
                FrontText.toString(new double[][] {ref}).strip());
        int size = trueFrontSize(m);
        if (p.hasTrueFront() && size > 0) {
            double[][] truth = p.trueFront(size);
            double hvTrue = Hypervolume.of(truth, ref);
            o.printf(
                    Locale.ROOT,
                    "hv ratio: %.6f (of the true front's hypervolume, sampled at %d points)%n",
                    hv / hvTrue,
                    truth.length);
            o.printf(
                    Locale.ROOT,
                    "igd+: %s (to the true front, %d points)%n",
                    FrontText.significant17(InvertedGenerationalDistancePlus.of(front, truth)),
                    truth.length);
        } else {
            o.println("hv ratio: n/a ("
                    + (p.hasTrueFront() ? "true front not sampled above 5 objectives" : "no analytic true front")
                    + ")");
            o.println("igd+: n/a");
        }
        psl(p).ifPresent(b -> {
            double[][] evaluated =
                    r.population().stream().map(s -> s.objectives()).toArray(double[][]::new);
            o.printf(
                    Locale.ROOT,
                    "log hv difference: %.4f (the SVH-PSL notebook's: natural log, the %d points returned, ref 1.1%s)%n",
                    b.logHypervolumeDifference(evaluated),
                    evaluated.length,
                    b.normalisedForHypervolume() ? " after ideal/nadir normalisation" : "");
        });
        o.printf(Locale.ROOT, "wall time: %.3f s%n", r.elapsed().toNanos() / 1e9);
        if (out != null) {
            write(out, front);
            o.println("front written to: " + out);
        }
        if (plot != null && front.length > 0) {
            FrontPlot chart =
                    FrontPlot.titled(p.name() + ", " + algorithm.title() + ", " + r.evaluations() + " evaluations");
            if (p.hasTrueFront() && size > 0) {
                chart = chart.series("true front", p.trueFront(Math.min(size, 2_000)));
            }
            Path png = chart.series(algorithm.title(), front).write(plot);
            o.println("plot written to: " + png);
        }
    }

    /** SVH-PSL's benchmark of this problem when it has the same size, for the log hypervolume difference. */
    private static Optional<PslBenchmark> psl(BenchmarkProblem p) {
        String name = p.name().toLowerCase(Locale.ROOT);
        if (!PslBenchmarks.names().contains(name)) {
            return Optional.empty();
        }
        PslBenchmark b = PslBenchmarks.get(name);
        return b.objectives() == p.numberOfObjectives() && b.variables() == p.numberOfVariables()
                ? Optional.of(b)
                : Optional.empty();
    }

    private static void write(Path file, double[][] front) {
        try {
            FrontText.write(file, front);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("--out " + file + ": cannot write: " + e.getMessage(), e));
        }
    }

    /** A run that stopped on a failing evaluation: reported as an error, with what was kept. */
    static final class RunStoppedException extends RuntimeException {
        RunStoppedException(String message) {
            super(message);
        }
    }

    /** Converts the --algorithm name through the registry (any case), with a message listing the names. */
    static final class AlgorithmConverter implements picocli.CommandLine.ITypeConverter<AlgorithmProvider> {
        @Override
        public AlgorithmProvider convert(String value) {
            try {
                return Algorithms.provider(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The registered names, for the help text. */
    static final class AlgorithmNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Algorithms.names().iterator();
        }
    }

    /**
     * Progress of a run on standard error: a progress bar (me.tongfei:progressbar) when standard
     * error is a terminal, otherwise one line each time another tenth of the budget is spent, so
     * logs stay short and deterministic.
     */
    abstract static class ProgressReporter implements Observer, AutoCloseable {

        static ProgressReporter create(String task, long budget, PrintWriter err) {
            return System.console() != null ? new Bar(task, budget) : new Lines(task, budget, err);
        }

        @Override
        public abstract void close();

        static final class Bar extends ProgressReporter {
            private final ProgressBar bar;

            Bar(String task, long budget) {
                bar = new ProgressBarBuilder()
                        .setTaskName(task)
                        .setInitialMax(budget)
                        .setUnit(" evals", 1)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .continuousUpdate()
                        .build();
            }

            @Override
            public void onGeneration(Progress p) {
                bar.stepTo(p.evaluations());
                bar.setExtraMessage(
                        "generation " + p.generation() + ", front " + p.front().size());
            }

            @Override
            public void close() {
                bar.close();
            }
        }

        static final class Lines extends ProgressReporter {
            private final String task;
            private final long budget;
            private final PrintWriter err;
            private int tenths;

            Lines(String task, long budget, PrintWriter err) {
                this.task = task;
                this.budget = budget;
                this.err = err;
            }

            @Override
            public void onGeneration(Progress p) {
                int now = (int) Math.min(10, p.evaluations() * 10 / budget);
                if (now > tenths) {
                    tenths = now;
                    err.printf(
                            Locale.ROOT,
                            "%s: %3d%% (%d evaluations, generation %d, front %d points, %.1f s)%n",
                            task,
                            now * 10,
                            p.evaluations(),
                            p.generation(),
                            p.front().size(),
                            p.elapsed().toNanos() / 1e9);
                    err.flush();
                }
            }

            @Override
            public void close() {}
        }
    }
}
