package org.example.randomsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.Algorithm;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.Progress;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.Solution;
import org.mo4j.algorithms.StopReason;
import org.mo4j.algorithms.Termination;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.core.problem.BatchEvaluator;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.problem.Problem;
import org.mo4j.core.sorting.NonDominatedSorting;

/**
 * A third-party algorithm as a user would ship it: a provider in its own package, using only mo4j's
 * exported API, registered by a {@code META-INF/services} line. Uniform random search in batches,
 * keeping the non-dominated feasible points. The command-line tests and the launcher test check that
 * it appears in {@code mo4j list algorithms} and runs through {@code mo4j run} with no change to mo4j.
 */
public final class RandomSearchProvider implements AlgorithmProvider {

    public RandomSearchProvider() {}

    @Override
    public String name() {
        return "random-search";
    }

    @Override
    public String title() {
        return "Random search";
    }

    @Override
    public String description() {
        return "uniform random sampling of the box, keeping the non-dominated points (a test provider)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.integer("batch", 50L, 1, 100_000, "points sampled and evaluated per batch"),
                Parameter.integer("seed", 1L, Long.MIN_VALUE, Long.MAX_VALUE, "seed of the sampler"));
    }

    @Override
    public Algorithm create(Problem problem, Configuration c, Executor executor, Observer observer) {
        int batch = c.intValue("batch");
        long seed = c.integer("seed");
        return termination -> run(problem, batch, seed, executor, observer, termination);
    }

    private static Result run(
            Problem problem, int batch, long seed, Executor executor, Observer observer, Termination termination) {
        SplittableRandom rng = new SplittableRandom(seed);
        Termination.Tracker tracker = termination.start();
        Bounds b = problem.bounds();
        List<Solution> archive = new ArrayList<>();
        StopReason reason = null;
        int generation = 0;
        while (reason == null && tracker.remainingEvaluations() > 0) {
            double[][] xs = new double[Math.min(batch, tracker.remainingEvaluations())][b.dimension()];
            for (double[] x : xs) {
                for (int j = 0; j < x.length; j++) {
                    x[j] = b.lower(j) + rng.nextDouble() * (b.upper(j) - b.lower(j));
                }
            }
            Evaluation[] es = executor == null
                    ? BatchEvaluator.evaluate(problem, xs)
                    : BatchEvaluator.evaluate(problem, xs, executor);
            tracker.evaluated(xs.length);
            for (int i = 0; i < xs.length; i++) {
                if (es[i].totalViolation() == 0) {
                    archive.add(new Solution(xs[i], es[i].objectives(), es[i].constraints()));
                }
            }
            archive = nonDominated(archive);
            if (observer != null) {
                observer.onGeneration(new Progress(generation, tracker.evaluations(), tracker.elapsed(), archive));
            }
            generation++;
            reason = tracker.endGeneration(termination.needsFront() ? front(archive) : null);
        }
        return new Result(
                archive,
                archive,
                tracker.evaluations(),
                Math.max(0, generation - 1),
                tracker.elapsed(),
                reason == null ? StopReason.EVALUATIONS : reason);
    }

    private static List<Solution> nonDominated(List<Solution> s) {
        int[] ranks = NonDominatedSorting.ranks(front(s));
        List<Solution> out = new ArrayList<>();
        for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] == 0) {
                out.add(s.get(i));
            }
        }
        return out;
    }

    private static double[][] front(List<Solution> s) {
        return s.stream().map(Solution::objectives).toArray(double[][]::new);
    }
}
