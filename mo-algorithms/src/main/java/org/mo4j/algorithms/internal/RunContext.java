package org.mo4j.algorithms.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.Progress;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.Solution;
import org.mo4j.algorithms.StopReason;
import org.mo4j.algorithms.Termination;
import org.mo4j.core.problem.BatchEvaluator;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.problem.EvaluationException;
import org.mo4j.core.problem.Problem;

/**
 * The bookkeeping every mo4j algorithm shares: evaluations in batches through
 * {@link BatchEvaluator} (on the optional executor, results in input order, so a seed gives the same
 * run for any number of threads), the {@link Termination.Tracker}, the {@link Observer}, the
 * snapshot of the last complete generation that a {@link RunFailedException} carries, and the final
 * {@link Result}. Costs O(N) per generation for the snapshot, plus a non-dominated sort of N points
 * when an observer is set or the termination needs the front.
 *
 * <p>One instance per run; not thread-safe.
 */
public final class RunContext {

    private final String algorithm;
    private final Problem problem;
    private final Executor executor;
    private final Observer observer;
    private final Termination termination;
    private final Termination.Tracker tracker;
    private int generation;

    private Population last = new Population(0);

    /**
     * Starts the clock of a run.
     *
     * @param algorithm   the algorithm's name, for messages
     * @param settings    the problem, executor (or null) and observer (or null) of the run
     * @param termination when to stop
     */
    public RunContext(String algorithm, AlgorithmBuilder.Settings settings, Termination termination) {
        this(algorithm, settings.problem(), termination, settings.executor(), settings.observer());
    }

    /**
     * Starts the clock of a run.
     *
     * @param algorithm   the algorithm's name, for messages
     * @param problem     the problem
     * @param termination when to stop
     * @param executor    where to evaluate batches, or null for the calling thread
     * @param observer    called once per generation, or null
     */
    public RunContext(
            String algorithm, Problem problem, Termination termination, Executor executor, Observer observer) {
        this.algorithm = algorithm;
        this.problem = problem;
        this.termination = termination;
        this.executor = executor;
        this.observer = observer;
        this.tracker = termination.start();
    }
    /** The tracker of this run's termination. */
    public Termination.Tracker tracker() {
        return tracker;
    }

    /** The number of generations completed after the initial population. */
    public int generation() {
        return Math.max(0, generation - 1);
    }

    /** Uniform random decision vectors in {@code bounds}, drawn in order from {@code rng}. */
    public static double[][] randomVectors(int count, Bounds bounds, RandomGenerator rng) {
        int n = bounds.dimension();
        double[][] out = new double[count][n];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < n; j++) {
                double lo = bounds.lower(j);
                double hi = bounds.upper(j);
                out[i][j] = lo == hi ? lo : lo + rng.nextDouble() * (hi - lo);
            }
        }
        return out;
    }

    /**
     * Evaluates a batch and counts it against the budget: on the executor when one is set and the
     * batch holds more than one vector, else on the calling thread (handing a single evaluation to
     * another thread gains nothing).
     *
     * @throws RunFailedException if an evaluation fails, with the last complete generation
     */
    public Evaluation[] evaluate(double[][] xs) {
        try {
            Evaluation[] out = executor == null || xs.length < 2
                    ? BatchEvaluator.evaluate(problem, xs)
                    : BatchEvaluator.evaluate(problem, xs, executor);
            tracker.evaluated(xs.length);
            return out;
        } catch (EvaluationException e) {
            long failing = tracker.evaluations() + e.index();
            tracker.evaluated(e.index());
            throw new RunFailedException(algorithm, generation, e.index(), failing, snapshotResult(null), e.getCause());
        }
    }

    /** The objective vectors of evaluations (one fresh array each). */
    public static double[][] objectives(Evaluation[] evaluations) {
        double[][] f = new double[evaluations.length][];
        for (int i = 0; i < f.length; i++) {
            f[i] = evaluations[i].objectives();
        }
        return f;
    }

    /** The total violations of evaluations. */
    public static double[] violations(Evaluation[] evaluations) {
        double[] cv = new double[evaluations.length];
        for (int i = 0; i < cv.length; i++) {
            cv[i] = evaluations[i].totalViolation();
        }
        return cv;
    }

    /**
     * Evaluates the decision vectors {@code xs} as one batch ({@link #evaluate}) and appends them to
     * {@code population}.
     *
     * @throws RunFailedException if an evaluation fails, with the last complete generation
     */
    public void evaluateInto(double[][] xs, Population population) {
        population.addAll(xs, evaluate(xs));
    }

    /**
     * Ends a generation with {@code population}: keeps a snapshot of it, calls the observer, and
     * asks the termination.
     *
     * @return the reason to stop, or null to go on
     */
    public StopReason endGeneration(Population population) {
        last = population.snapshot();
        generation++;
        boolean[] front = null;
        if (observer != null) {
            front = frontMask();
            observer.onGeneration(
                    new Progress(generation - 1, tracker.evaluations(), tracker.elapsed(), solutions(front)));
        }
        double[][] frontObjectives = null;
        if (termination.needsFront()) {
            if (front == null) {
                front = frontMask();
            }
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < front.length; i++) {
                if (front[i]) {
                    rows.add(last.objectives(i));
                }
            }
            frontObjectives = rows.toArray(new double[0][]);
        }
        return tracker.endGeneration(frontObjectives);
    }

    /** The result of the run as of the last complete generation. */
    public Result result(StopReason reason) {
        return snapshotResult(reason);
    }

    private Result snapshotResult(StopReason reason) {
        List<Solution> population = solutions(null);
        List<Solution> front = last.size() == 0 ? List.of() : solutions(frontMask());
        Duration elapsed = tracker.elapsed();
        return new Result(population, front, tracker.evaluations(), generation(), elapsed, reason);
    }

    private boolean[] frontMask() {
        return ConstrainedSorting.firstFront(ConstrainedSorting.ranks(last.objectives(), last.violations()));
    }

    private List<Solution> solutions(boolean[] mask) {
        List<Solution> out = new ArrayList<>(last.size());
        for (int i = 0; i < last.size(); i++) {
            if (mask == null || mask[i]) {
                out.add(new Solution(
                        last.variables(i),
                        last.objectives(i),
                        last.evaluation(i).constraints()));
            }
        }
        return out;
    }
}
