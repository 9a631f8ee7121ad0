package org.mo4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.core.io.FrontText;
import org.mo4j.morl.MorlAlgorithmProvider;
import org.mo4j.morl.MorlAlgorithms;
import org.mo4j.morl.MorlMetrics;
import org.mo4j.morl.MorlResult;
import org.mo4j.morl.env.EnvironmentSpec;
import org.mo4j.morl.env.Environments;
import org.mo4j.morl.env.MultiObjectiveEnv;
import org.mo4j.plot.FrontPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mo4j morl}: runs a registered multi-objective RL algorithm ({@link MorlAlgorithms}: C-MORL, PGMORL,
 * the scalarised baseline) on a registered environment ({@link Environments}) and reports the
 * archive's hypervolume, expected utility and sparsity, with the hypervolume ratio to the true
 * front where the environment knows it. Progress (one line after Stage 1 and each Stage 2 round)
 * goes to standard error; the report to standard output as {@code key: value} lines. The same
 * options give the same archive for any {@code --threads}.
 */
@Command(
        name = "morl",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs a multi-objective RL algorithm on an environment and prints the archive's hypervolume,",
            "expected utility and sparsity (returns are maximised). Environments: "
                    + "dst, dst-concave, fruit-tree[:5|6|7],",
            "resource-gathering, minecart, mo-mountaincar-continuous."
        })
final class MorlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--env", required = true, paramLabel = "ENV", description = "A registered environment.")
    String env;

    @Option(names = "--algorithm", required = true, paramLabel = "ALG", description = "c-morl, pgmorl or scalarised.")
    String algorithm;

    @Option(
            names = "--steps",
            paramLabel = "N",
            description = "Total budget in environment steps " + "(default: the algorithm's for the environment).")
    Long steps;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--set",
            paramLabel = "NAME=VALUE",
            description = "An algorithm setting, repeatable " + "(e.g. --set extension=chained).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(
            names = "--threads",
            defaultValue = "1",
            paramLabel = "T",
            description =
                    "Threads training policies in parallel; results do not depend on it (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the archive's returns here, as text.")
    Path out;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Draw the archive's returns (and the true front).")
    Path plot;

    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
        }
        if (steps != null && steps < 1) {
            throw new IllegalArgumentException("--steps must be >= 1, was " + steps);
        }
        EnvironmentSpec es = Environments.spec(env);
        MorlAlgorithmProvider provider = MorlAlgorithms.provider(algorithm);
        Map<String, String> all = new LinkedHashMap<>(settings);
        for (String o : new String[] {"seed", "steps"}) {
            if (all.containsKey(o)) {
                throw new IllegalArgumentException("--set " + o + "=...: use --" + o + " instead");
            }
        }
        all.put("seed", Long.toString(seed));
        if (steps != null) {
            all.put("steps", Long.toString(steps));
        }
        Configuration c;
        try {
            c = provider.configure(all);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(provider.name() + ": " + e.getMessage(), e);
        }
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        MorlResult r;
        try {
            r = provider.create(
                            env,
                            c,
                            pool,
                            quiet
                                    ? null
                                    : cp -> {
                                        err.printf(
                                                Locale.ROOT,
                                                "%s on %s: %s, %d environment steps, %d policies, hv %s%n",
                                                provider.title(),
                                                env,
                                                cp.label(),
                                                cp.environmentSteps(),
                                                cp.archiveSize(),
                                                FrontText.significant17(
                                                        cp.metrics().hypervolume()));
                                        err.flush();
                                    })
                    .run();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        report(provider, es, r, o);
        return 0;
    }

    private void report(MorlAlgorithmProvider p, EnvironmentSpec es, MorlResult r, PrintWriter o) {
        MultiObjectiveEnv e = Environments.create(env);
        o.printf(Locale.ROOT, "environment: %s (%d objectives, maximised)%n", env, es.numberOfObjectives());
        o.printf(Locale.ROOT, "algorithm: %s (seed %d)%n", p.title(), seed);
        o.printf(
                Locale.ROOT,
                "steps: %d environment steps (%d checkpoints, %.3f s)%n",
                r.environmentSteps(),
                r.history().size(),
                r.elapsed().toNanos() / 1e9);
        o.printf(Locale.ROOT, "policies: %d%n", r.size());
        MorlMetrics m = r.metrics();
        o.printf(
                Locale.ROOT,
                "hv: %s (reference point %s)%n",
                FrontText.significant17(m.hypervolume()),
                FrontText.toString(new double[][] {es.referencePoint()}).strip());
        double[][] truth = null;
        if (e.hasKnownFront()) {
            truth = e.paretoFront(es.evaluationGamma());
            MorlMetrics t = MorlMetrics.of(truth, es.referencePoint(), es.utilityDelta());
            o.printf(
                    Locale.ROOT,
                    "hv ratio: %.6f (of the true front's, gamma %s)%n",
                    m.hypervolume() / t.hypervolume(),
                    es.evaluationGamma());
            o.printf(
                    Locale.ROOT,
                    "eu: %s (true front %s, delta %s)%n",
                    FrontText.significant17(m.expectedUtility()),
                    FrontText.significant17(t.expectedUtility()),
                    es.utilityDelta());
        } else {
            o.println("hv ratio: n/a (no known front)");
            o.printf(
                    Locale.ROOT,
                    "eu: %s (delta %s)%n",
                    FrontText.significant17(m.expectedUtility()),
                    es.utilityDelta());
        }
        o.printf(Locale.ROOT, "sparsity: %s%n", FrontText.significant17(m.sparsity()));
        double[][] returns = r.returns();
        if (out != null) {
            try {
                FrontText.write(out, returns);
            } catch (IOException ex) {
                throw new UncheckedIOException(
                        new IOException("--out " + out + ": cannot write: " + ex.getMessage(), ex));
            }
            o.println("archive written to: " + out);
        }
        if (plot != null && returns.length > 0) {
            FrontPlot chart = FrontPlot.titled(env + ", " + p.title() + ", " + r.environmentSteps() + " steps");
            if (truth != null) {
                chart = chart.series("true front", truth);
            }
            o.println("plot written to: " + chart.series(p.title(), returns).write(plot));
        }
    }
}
