package org.mo4j.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.mo4j.algorithms.Algorithm;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.Progress;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.problems.BenchmarkProblem;

/**
 * One run of a campaign, as a task any engine can execute: builds the problem and the algorithm
 * through the registries, runs it on the calling thread with the campaign's budget, takes the front
 * at each checkpoint through an {@link Observer}, and measures the indicators on those fronts after
 * the run (so the algorithm's time does not include them). The result depends only on the campaign
 * and the {@link RunId}: no executor, no shared state.
 *
 * <p>Cost: the run's, plus O(N) per generation for the {@code Progress} the observer receives, plus
 * the indicators at each checkpoint (see {@link Indicator#of}).
 */
public final class CampaignRun {

    private static final String VERSION = readVersion();

    /**
     * Each problem spec's reference, built once per JVM: sampling a true front of 10,000 points for
     * every short run cost as much as the run. Immutable once built, shared read-only.
     */
    private static final Map<String, ProblemReference> REFERENCES = new ConcurrentHashMap<>();

    private CampaignRun() {}

    /** mo4j's version, as the build wrote it into this module. */
    public static String version() {
        return VERSION;
    }

    /**
     * Runs {@code id} of {@code campaign}. A run that throws gives a failed record with the
     * exception's class and message, so a campaign goes on; only a {@link VirtualMachineError}
     * (out of memory, ...) propagates.
     *
     * @throws IllegalArgumentException if {@code id}'s algorithm is not in the campaign
     */
    public static RunRecord execute(Campaign campaign, RunId id) {
        long start = System.nanoTime();
        AlgorithmSetup setup = campaign.algorithm(id.algorithm());
        Map<String, String> settings = new LinkedHashMap<>(setup.settings());
        settings.put("seed", Long.toString(id.seed()));
        try {
            AlgorithmProvider provider = setup.provider();
            Configuration configuration = setup.configure(id.seed());
            settings = configuration.asMap();
            BenchmarkProblem problem = Campaign.problem(id.problem());
            Budget budget = campaign.budget();
            double[] targets = budget.checkpoints(campaign.checkpoints());
            Capture capture = new Capture(targets, budget.byEvaluations());
            Algorithm algorithm = provider.create(problem, configuration, null, capture);
            Result result = algorithm.run(budget.termination());
            ProblemReference reference = REFERENCES.computeIfAbsent(id.problem(), k -> ProblemReference.of(problem));
            List<Checkpoint> checkpoints = new ArrayList<>();
            for (int k = 0; k < targets.length - 1; k++) {
                if (capture.fronts[k] != null) {
                    checkpoints.add(checkpoint(
                            campaign,
                            reference,
                            targets[k],
                            capture.evaluations[k],
                            capture.seconds[k],
                            capture.fronts[k]));
                }
            }
            double[][] front = result.front();
            double runSeconds = result.elapsed().toNanos() / 1e9;
            checkpoints.add(checkpoint(
                    campaign,
                    reference,
                    budget.byEvaluations() ? targets[targets.length - 1] : runSeconds,
                    result.evaluations(),
                    runSeconds,
                    front));
            return new RunRecord(
                    id,
                    provider.name(),
                    false,
                    "",
                    result.evaluations(),
                    result.generations(),
                    runSeconds,
                    (System.nanoTime() - start) / 1e9,
                    settings,
                    VERSION,
                    checkpoints,
                    front);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new RunRecord(
                    id,
                    setup.algorithm(),
                    true,
                    message,
                    0,
                    0,
                    0,
                    (System.nanoTime() - start) / 1e9,
                    settings,
                    VERSION,
                    List.of(),
                    new double[0][]);
        }
    }

    private static Checkpoint checkpoint(
            Campaign campaign,
            ProblemReference reference,
            double target,
            long evaluations,
            double seconds,
            double[][] front) {
        Map<Indicator, Double> values = new LinkedHashMap<>();
        for (Indicator i : campaign.indicators()) {
            values.put(i, i.of(front, reference));
        }
        return new Checkpoint(target, evaluations, seconds, values);
    }

    /** Keeps the front of the first generation at or past each target but the last. */
    private static final class Capture implements Observer {
        final double[] targets;
        final boolean byEvaluations;
        final double[][][] fronts;
        final long[] evaluations;
        final double[] seconds;
        int next;

        Capture(double[] targets, boolean byEvaluations) {
            this.targets = targets;
            this.byEvaluations = byEvaluations;
            this.fronts = new double[targets.length][][];
            this.evaluations = new long[targets.length];
            this.seconds = new double[targets.length];
        }

        @Override
        public void onGeneration(Progress p) {
            double s = p.elapsed().toNanos() / 1e9;
            double at = byEvaluations ? p.evaluations() : s;
            if (next < targets.length - 1 && at >= targets[next]) {
                double[][] front = p.frontObjectives();
                while (next < targets.length - 1 && at >= targets[next]) {
                    fronts[next] = front;
                    evaluations[next] = p.evaluations();
                    seconds[next] = s;
                    next++;
                }
            }
        }
    }

    private static String readVersion() {
        try (InputStream in = CampaignRun.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
