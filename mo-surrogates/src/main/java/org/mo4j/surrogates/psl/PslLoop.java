package org.mo4j.surrogates.psl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.Progress;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.Solution;
import org.mo4j.algorithms.StopReason;
import org.mo4j.algorithms.Termination;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.problem.BatchEvaluator;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.problem.EvaluationException;
import org.mo4j.core.problem.Problem;
import org.mo4j.core.sorting.NonDominatedSorting;
import org.mo4j.core.weights.EnergyDirections;
import org.mo4j.nn.Mlp;
import org.mo4j.surrogates.gp.GaussianProcess;
import org.mo4j.surrogates.gp.GpSettings;
import org.mo4j.surrogates.sampling.LatinHypercube;

/**
 * The batch loop that SVH-PSL's {@code run_svh.py} and PSL-MOBO's {@code run_psl_mobo.py} share: a
 * Latin-hypercube design in [0,1]<sup>d</sup>, then per iteration Y z-scored (or not), one GP per
 * objective, the ideal point z ← min(z, min Y − 0.1) from 0, a {@link Proposer} that trains a
 * hypernetwork and picks a batch, the batch evaluated and appended, the hypervolume recorded. Every
 * random draw comes from one {@link SplittableRandom} on the calling thread; the executor, when there
 * is one, takes the evaluations and the GP fits of objectives 1..m−1 (no random draws).
 */
final class PslLoop {

    /** Trains a hypernetwork on the fitted GPs and picks the next batch. */
    interface Proposer {
        /**
         * @param gps   one fitted GP per objective, on the (normalised) data
         * @param y     the (normalised) observed objectives
         * @param z     the ideal point
         * @param batch the number of points to pick
         * @param tests the 100·m test preferences
         * @param rng   the run's random stream
         * @return the trained network and the chosen points in [0,1]^d
         */
        Proposal propose(
                GaussianProcess[] gps, double[][] y, double[] z, int batch, double[][] tests, SplittableRandom rng);
    }

    /** A trained hypernetwork and the batch it chose. */
    record Proposal(Mlp network, double[][] chosen) {}

    private final String label;
    private final Problem problem;
    private final int initialPoints;
    private final int batchSize;
    private final long seed;
    private final Executor executor;
    private final boolean standardise;
    private final GpSettings gpSettings;
    private final double[] referencePoint;
    private final BatchListener listener;
    private final Observer observer;

    PslLoop(
            String label,
            Problem problem,
            int initialPoints,
            int batchSize,
            long seed,
            Executor executor,
            boolean standardise,
            GpSettings gpSettings,
            double[] referencePoint,
            BatchListener listener,
            Observer observer) {
        this.label = label;
        this.problem = problem;
        this.initialPoints = initialPoints;
        this.batchSize = batchSize;
        this.seed = seed;
        this.executor = executor;
        this.standardise = standardise;
        this.gpSettings = gpSettings;
        this.referencePoint = referencePoint;
        this.listener = listener;
        this.observer = observer;
    }

    /** Whether Y is z-scored before the GPs are fitted. */
    boolean standardises() {
        return standardise;
    }

    /** The reference point of the per-batch hypervolume (a copy), or null if there is none. */
    double[] referencePoint() {
        return referencePoint == null ? null : referencePoint.clone();
    }

    /** The 100·m energy test preferences of both codes (pymoo's {@code seed=1}). */
    static double[][] testPreferences(int m) {
        return EnergyDirections.of(m, 100 * m, SvhPsl.TEST_PREFERENCE_SEED);
    }

    PslResult run(Termination termination, Proposer proposer) {
        if (termination == null) {
            throw new IllegalArgumentException("termination must not be null");
        }
        if (termination.maxEvaluations() < initialPoints) {
            throw new IllegalArgumentException("the evaluation budget " + termination.maxEvaluations()
                    + " must cover the initial design of " + initialPoints + " points");
        }
        Termination.Tracker tracker = termination.start();
        SplittableRandom rng = new SplittableRandom(seed);
        int d = problem.numberOfVariables();
        int m = problem.numberOfObjectives();
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        List<Double> hvs = new ArrayList<>();
        List<Long> evals = new ArrayList<>();

        double[][] design = LatinHypercube.sample(initialPoints, Bounds.uniform(d, 0, 1), rng);
        evaluate(0, design, xs, ys, tracker);
        record(0, ys, tracker, hvs, evals);
        observe(0, xs, ys, tracker);

        double[][] tests = testPreferences(m);
        double[] z = new double[m];
        double[] shift = new double[m];
        double[] scale = new double[m];
        // the last iteration's network and GPs; the model (200 forward passes and GP means) is
        // built once, after the loop
        Proposal last = null;
        GaussianProcess[] lastGps = null;
        int iteration = 0;
        StopReason reason = tracker.endGeneration(front(ys));
        while (reason == null) {
            int batch = Math.min(batchSize, tracker.remainingEvaluations());
            double[][] x = xs.toArray(new double[0][]);
            double[][] y = normalised(ys, shift, scale);
            for (int j = 0; j < m; j++) {
                double min = Double.POSITIVE_INFINITY;
                for (double[] row : y) {
                    min = Math.min(min, row[j]);
                }
                z[j] = Math.min(z[j], min - 0.1);
            }
            GaussianProcess[] gps = fitGps(x, y);
            Proposal proposal = proposer.propose(gps, y, z, batch, tests, rng);
            last = proposal;
            lastGps = gps;
            evaluate(iteration + 1, proposal.chosen(), xs, ys, tracker);
            iteration++;
            record(iteration, ys, tracker, hvs, evals);
            observe(iteration, xs, ys, tracker);
            reason = tracker.endGeneration(front(ys));
        }
        double[] hv = new double[hvs.size()];
        long[] ev = new long[evals.size()];
        for (int i = 0; i < hv.length; i++) {
            hv[i] = hvs.get(i);
            ev[i] = evals.get(i);
        }
        // shift and scale still hold the last iteration's standardisation: Y is not refitted after it
        PslModel model = last == null ? null : new PslModel(last.network(), lastGps, shift, scale, problem, tests);
        return new PslResult(result(xs, ys, tracker, iteration, reason), hv, ev, model);
    }

    /**
     * One GP per objective on column j of y. With an executor, objectives 1..m−1 are fitted on it
     * while the calling thread fits objective 0; each fit is a deterministic function of its own
     * column, so the GPs are the same on any thread count.
     */
    private GaussianProcess[] fitGps(double[][] x, double[][] y) {
        int m = y[0].length;
        GaussianProcess[] gps = new GaussianProcess[m];
        if (executor == null || m == 1) {
            for (int j = 0; j < m; j++) {
                gps[j] = GaussianProcess.fit(x, column(y, j), gpSettings);
            }
            return gps;
        }
        List<CompletableFuture<GaussianProcess>> others = new ArrayList<>(m - 1);
        for (int j = 1; j < m; j++) {
            double[] target = column(y, j);
            others.add(CompletableFuture.supplyAsync(() -> GaussianProcess.fit(x, target, gpSettings), executor));
        }
        RuntimeException first = null;
        try {
            gps[0] = GaussianProcess.fit(x, column(y, 0), gpSettings);
        } catch (RuntimeException e) {
            first = e;
        }
        for (int j = 1; j < m; j++) {
            try {
                gps[j] = others.get(j - 1).join();
            } catch (CompletionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
        }
        if (first != null) {
            // the lowest objective's failure, whichever thread saw it first
            throw first;
        }
        return gps;
    }

    private static double[] column(double[][] y, int j) {
        double[] c = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            c[i] = y[i][j];
        }
        return c;
    }

    private void record(
            int iteration, List<double[]> ys, Termination.Tracker tracker, List<Double> hvs, List<Long> evals) {
        double hv = referencePoint == null ? Double.NaN : Hypervolume.of(ys.toArray(new double[0][]), referencePoint);
        hvs.add(hv);
        evals.add(tracker.evaluations());
        if (listener != null) {
            listener.evaluated(iteration, tracker.evaluations(), hv);
        }
    }

    private void observe(int iteration, List<double[]> xs, List<double[]> ys, Termination.Tracker tracker) {
        if (observer != null) {
            Result r = result(xs, ys, tracker, iteration, null);
            observer.onGeneration(new Progress(iteration, tracker.evaluations(), tracker.elapsed(), r.nonDominated()));
        }
    }

    /** Evaluates unit-cube points mapped to the problem's box, and appends them. */
    private void evaluate(
            int iteration, double[][] unit, List<double[]> xs, List<double[]> ys, Termination.Tracker tracker) {
        Bounds bounds = problem.bounds();
        double[][] points = new double[unit.length][];
        for (int i = 0; i < unit.length; i++) {
            points[i] = toBounds(unit[i], bounds);
        }
        Evaluation[] out;
        try {
            out = executor == null
                    ? BatchEvaluator.evaluate(problem, points)
                    : BatchEvaluator.evaluate(problem, points, executor);
        } catch (EvaluationException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                // a NaN or infinite objective: Evaluation rejects it, the GPs could not use it
                throw new IllegalArgumentException(
                        problem.name() + " at " + Arrays.toString(points[e.index()]) + ": " + bad.getMessage(), e);
            }
            Result partial = result(xs, ys, tracker, Math.max(0, iteration - 1), null);
            throw new RunFailedException(
                    label, iteration, e.index(), tracker.evaluations() + e.index(), partial, e.getCause());
        }
        for (int i = 0; i < unit.length; i++) {
            double[] f = out[i].objectives();
            for (int j = 0; j < f.length; j++) {
                if (Double.isNaN(f[j])) {
                    throw new IllegalArgumentException("objective " + j + " of " + Arrays.toString(points[i])
                            + " was NaN (" + problem.name() + ")");
                }
            }
            xs.add(unit[i].clone());
            ys.add(f.clone());
        }
        tracker.evaluated(unit.length);
    }

    /**
     * h(λ) for every row of {@code prefs}, in [0,1]^d, through the caller's row-major buffers
     * (at least prefs.length·m and prefs.length·d long).
     */
    static double[][] solutions(Mlp net, double[][] prefs, double[] in, double[] out) {
        int n = prefs.length;
        int m = net.inputSize();
        int d = net.outputSize();
        for (int i = 0; i < n; i++) {
            System.arraycopy(prefs[i], 0, in, i * m, m);
        }
        net.forward(in, n, out);
        double[][] xs = new double[n][d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(out, i * d, xs[i], 0, d);
        }
        return xs;
    }

    /**
     * μ − κ·u at every point, one row per point, u the GP's latent variance or (with {@code
     * standardDeviation}) its square root.
     */
    static double[][] lowerConfidenceBounds(
            GaussianProcess[] gps, double[][] points, double kappa, boolean standardDeviation) {
        int n = points.length;
        int m = gps.length;
        double[][] y = new double[n][m];
        double[] mu = new double[n];
        double[] u = new double[n];
        for (int j = 0; j < m; j++) {
            gps[j].predict(points, mu, u, gps[j].workspace());
            for (int i = 0; i < n; i++) {
                y[i][j] = mu[i] - kappa * (standardDeviation ? Math.sqrt(u[i]) : u[i]);
            }
        }
        return y;
    }

    static double[] toBounds(double[] unit, Bounds bounds) {
        double[] x = new double[unit.length];
        for (int k = 0; k < x.length; k++) {
            double lo = bounds.lower(k);
            x[k] = lo + unit[k] * (bounds.upper(k) - lo);
        }
        return x;
    }

    /**
     * The codes' {@code StandardTransform} of Y (z-score, population std, 1 where it is 0), or Y;
     * the mean and std go into {@code shift} and {@code scale} (0 and 1 without standardisation).
     */
    private double[][] normalised(List<double[]> ys, double[] shift, double[] scale) {
        int n = ys.size();
        int m = ys.get(0).length;
        double[][] y = new double[n][];
        for (int i = 0; i < n; i++) {
            y[i] = ys.get(i).clone();
        }
        Arrays.fill(shift, 0);
        Arrays.fill(scale, 1);
        if (!standardise) {
            return y;
        }
        for (int j = 0; j < m; j++) {
            double mean = 0;
            for (double[] row : y) {
                mean += row[j];
            }
            mean /= n;
            double var = 0;
            for (double[] row : y) {
                var += (row[j] - mean) * (row[j] - mean);
            }
            double sd = Math.sqrt(var / n);
            if (sd == 0) {
                sd = 1;
            }
            for (double[] row : y) {
                row[j] = (row[j] - mean) / sd;
            }
            shift[j] = mean;
            scale[j] = sd;
        }
        return y;
    }

    private static double[][] front(List<double[]> ys) {
        double[][] y = ys.toArray(new double[0][]);
        int[] ranks = NonDominatedSorting.ranks(y);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (ranks[i] == 0) {
                out.add(y[i]);
            }
        }
        return out.toArray(new double[0][]);
    }

    private Result result(
            List<double[]> xs, List<double[]> ys, Termination.Tracker tracker, int iterations, StopReason reason) {
        Bounds bounds = problem.bounds();
        List<Solution> population = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            population.add(new Solution(toBounds(xs.get(i), bounds), ys.get(i), new double[0]));
        }
        int[] ranks = ys.isEmpty() ? new int[0] : NonDominatedSorting.ranks(ys.toArray(new double[0][]));
        List<Solution> nd = new ArrayList<>();
        for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] == 0) {
                nd.add(population.get(i));
            }
        }
        return new Result(population, nd, tracker.evaluations(), iterations, tracker.elapsed(), reason);
    }
}
