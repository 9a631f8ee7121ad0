package org.mo4j.surrogates.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.mo4j.core.archive.ParetoArchive;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.ObjectiveSense;
import org.mo4j.surrogates.quadratic.Link;
import org.mo4j.surrogates.quadratic.QuadraticFeatures;
import org.mo4j.surrogates.quadratic.QuadraticFit;
import org.mo4j.surrogates.quadratic.QuadraticSurrogate;
import org.mo4j.surrogates.sampling.LatinHypercube;
import org.mo4j.surrogates.sampling.MapSampling;
import org.mo4j.surrogates.sampling.ResidualBinSampler;

/**
 * MAP: model merging with amortised Pareto fronts (Li, Zhang, Bu et al., "MAP: Low-compute Model
 * Merging with Amortized Pareto Fronts via Quadratic Approximation", ICLR 2025; official code
 * {@code luli-git/MAP}, {@code run_MAP.py}).
 *
 * <p>T fine-tuned models share a pretrained model; with task vectors τ_i = θ_i − θ_pre a merge is
 * θ(c) = θ_pre + Σ_i c_i τ_i, and each task n has a metric M_n(c). A second-order Taylor expansion
 * of M_n in the span of the task vectors makes M_n(c) ≈ link(½cᵀA_nc + b_nᵀc + e_n). MAP therefore
 *
 * <ol>
 *   <li>evaluates a few pre-selected coefficient vectors expensively ({@link MapSampling}: by default
 *       (T+1)(T+2), twice the quadratic's parameter count, as {@code run_MAP});</li>
 *   <li>fits one quadratic surrogate per task by nonlinear least squares ({@link QuadraticFit};
 *       sigmoid link for a maximised metric such as accuracy, softplus for a minimised one such as
 *       a loss, as {@code choose_activation});</li>
 *   <li>searches the surrogates for their Pareto front of coefficients with NSGA-III in a (μ+λ)
 *       loop ({@link SearchSettings}), keeping the Pareto hall of fame of all generations;</li>
 *   <li>returns an {@link AmortizedParetoFront}: predicted fronts with their coefficient vectors, the
 *       fit diagnostics, the number of expensive evaluations, and true evaluation on request.</li>
 * </ol>
 *
 * <p>{@link #runBayesian} is Bayesian MAP: per task, the evaluations after the initial design go
 * where that task's surrogate fits worst ({@link ResidualBinSampler}). {@link NestedMap} is nested
 * MAP for many tasks.
 *
 * <p>Cost: the expensive evaluations (N full evaluations for plain MAP), T Levenberg–Marquardt fits
 * of P = (T+1)(T+2)/2 parameters (O(N·P²) per iteration), and μ + generations·λ surrogate
 * evaluations of O(T³) each plus NSGA-III's selection.
 *
 * <p><b>The search box.</b> As the code, the search ranges over [−3, 3]^T while the design samples
 * [0, 1]^T, so the surrogates are extrapolated up to 3 units outside their data. On the merging
 * benchmark of {@code org.mo4j.surrogates.merging} this is harmless for T = 2 but for T = 3
 * extrapolated members (predicted near-perfect, poor in reality) crowd out the sampled region's;
 * {@code SearchSettings.mapDefaults().withBounds(0, 1)} keeps the search inside the design's box
 * (IGD figures in mo-benchmarks/RESULTS.md).
 *
 * <p>Generalisation: the code has one metric type for all tasks; here each task has its own
 * direction (and link). With all tasks maximised (or all minimised) it is the code's behaviour.
 * Immutable and thread-safe; every run starts afresh from the seed.
 */
public final class MapMerging {

    /** Which pre-selected coefficients plain MAP evaluates. */
    public enum Design {
        /** The official code's design ({@link MapSampling}): one-hots, isotropic/perturbed shares, filtered grid. */
        MAP,
        /** A seeded Latin hypercube of the requested size in [0, 1]^T ({@link LatinHypercube}); not in the code. */
        LATIN_HYPERCUBE
    }

    private static final System.Logger LOG = System.getLogger(MapMerging.class.getName());

    private final int tasks;
    private final ObjectiveSense[] directions;
    private final Link[] links;
    private final int samples;
    private final double propIsotropic;
    private final double propOnehot;
    private final SearchSettings search;
    private final long seed;
    private final int bayesInitial;
    private final int bayesUpdate;
    private final int bayesIterations;
    private final FrontSearch frontSearch;
    private final Design design;

    private MapMerging(Builder b) {
        this.design = b.design;
        this.tasks = b.tasks;
        this.directions = b.directions.clone();
        this.links = new Link[tasks];
        for (int i = 0; i < tasks; i++) {
            links[i] = b.links != null ? b.links[i] : defaultLink(directions[i]);
        }
        this.samples = b.samples > 0 ? b.samples : MapSampling.plainMapCount(tasks);
        this.propIsotropic = b.propIsotropic;
        this.propOnehot = b.propOnehot;
        this.search = b.search;
        this.seed = b.seed;
        int p = QuadraticFeatures.parameterCount(tasks);
        this.bayesInitial = b.bayesInitial > 0 ? b.bayesInitial : Math.max(15, p + 1);
        this.bayesUpdate = b.bayesUpdate;
        this.bayesIterations = b.bayesIterations;
        this.frontSearch = b.frontSearch;
    }

    /**
     * A builder for T tasks, all maximised (accuracy) unless {@link Builder#directions} says otherwise.
     *
     * @throws IllegalArgumentException if {@code tasks < 2}
     */
    public static Builder builder(int tasks) {
        return new Builder(tasks);
    }

    /** The code's link for a direction: sigmoid for a maximised metric (accuracy), softplus for a minimised one (loss). */
    public static Link defaultLink(ObjectiveSense direction) {
        return direction == ObjectiveSense.MAXIMISE ? Link.SIGMOID : Link.SOFTPLUS;
    }

    /** T. */
    public int tasks() {
        return tasks;
    }

    /** The search settings. */
    public SearchSettings searchSettings() {
        return search;
    }

    /**
     * Plain MAP: sample, evaluate every sample on every task, fit, search.
     *
     * @throws IllegalArgumentException if the evaluator returns metrics of the wrong length or not
     *                                  finite, or the design holds fewer points than the P parameters
     * @throws org.mo4j.surrogates.quadratic.FitFailedException if a fit does not converge
     */
    public AmortizedParetoFront run(ExpensiveEvaluator evaluator) {
        Arguments.notNull("evaluator", evaluator);
        SplittableRandom root = new SplittableRandom(seed);
        double[][] c = design == Design.MAP
                ? MapSampling.combined(tasks, samples, propIsotropic, propOnehot, root.split())
                : LatinHypercube.sample(samples, Bounds.uniform(tasks, 0, 1), root.split());
        requireEnough("samples", samples, c.length);
        Evaluations ev = new Evaluations(evaluator, tasks);
        double[][] y = new double[c.length][];
        for (int k = 0; k < c.length; k++) {
            y[k] = ev.all(c[k]);
        }
        return fitAndSearch("MAP", c, y, ev.models(), ev.taskMetrics(), root.nextLong());
    }

    /**
     * MAP from samples already evaluated (the code's {@code fit_quadratic_functions} given a results
     * dictionary): fit and search only; the evaluation counts are the number of rows.
     *
     * @param coefficients n evaluated coefficient vectors of length T
     * @param metrics      n metric vectors of length T, user orientation
     * @throws IllegalArgumentException naming the argument: ragged, non-finite (NaN metrics),
     *                                  mismatched dimensions, or fewer rows than P = (T+1)(T+2)/2
     */
    public AmortizedParetoFront fromSamples(double[][] coefficients, double[][] metrics) {
        Arguments.nonEmptyFront("coefficients", coefficients, tasks, "tasks");
        Arguments.nonEmptyFront("metrics", metrics, tasks, "tasks");
        if (metrics.length != coefficients.length) {
            throw new IllegalArgumentException("metrics has " + metrics.length + " rows but coefficients has "
                    + coefficients.length + " (dimension mismatch)");
        }
        requireEnough("coefficients", coefficients.length, coefficients.length);
        SplittableRandom root = new SplittableRandom(seed);
        root.split();
        return fitAndSearch(
                "MAP",
                AmortizedParetoFront.deepCopy(coefficients),
                AmortizedParetoFront.deepCopy(metrics),
                coefficients.length,
                (long) coefficients.length * tasks,
                root.nextLong());
    }

    /**
     * Bayesian MAP (paper: "Bayesian MAP"; code {@code run_MAP_Bayesian}). Per task independently:
     * the initial design ({@link MapSampling}, one-hots plus grid, shared by all tasks and evaluated
     * on all of them), then {@code iterations} rounds of: fit that task's quadratic on all its points
     * so far, score the angular cells by the squared residuals and draw {@code updatePoints} new
     * points ({@link ResidualBinSampler} with B = {@link ResidualBinSampler#defaultBins}), evaluate
     * them on that task only. Finally each task's surrogate is refitted on all its points and the
     * front is searched as in plain MAP.
     *
     * <p>Departures from the code, each a fix of what reads as a slip in it: (1) the code scores
     * the cells on the initial points only in every round (it never appends the new points to the
     * array it scores) while it fits on all of them; here both use all points. (2) The code keeps
     * the surrogate fitted <em>before</em> the last round's points were evaluated; here the last
     * points are used in a final fit. (3) The code passes the sigmoid to the scorer whatever the
     * metric; here each task's own link. Defaults, where the code has none: initial points
     * max(15, P + 1), 3 points per round, 3 rounds (the code's earlier default schedule [15, 3, 3]).
     *
     * @throws IllegalArgumentException as {@link #run}
     */
    public AmortizedParetoFront runBayesian(ExpensiveEvaluator evaluator) {
        Arguments.notNull("evaluator", evaluator);
        if (tasks > 6) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Bayesian MAP with T={0} > 6 tasks: 2 bins per angle leave the "
                            + "angular cells too coarse; the official code warns that results will be bad",
                    tasks);
        }
        SplittableRandom root = new SplittableRandom(seed);
        double[][] init = MapSampling.combined(tasks, bayesInitial, 0, 0, root.split());
        requireEnough("bayesian initialPoints", bayesInitial, init.length);
        Evaluations ev = new Evaluations(evaluator, tasks);
        double[][] y0 = new double[init.length][];
        for (int k = 0; k < init.length; k++) {
            y0[k] = ev.all(init[k]);
        }
        ResidualBinSampler sampler = new ResidualBinSampler(ResidualBinSampler.defaultBins(tasks));
        List<QuadraticSurrogate> surrogates = new ArrayList<>();
        List<AmortizedParetoFront.TaskSamples> data = new ArrayList<>();
        for (int task = 0; task < tasks; task++) {
            SplittableRandom rng = root.split();
            List<double[]> c = new ArrayList<>(Arrays.asList(AmortizedParetoFront.deepCopy(init)));
            List<Double> y = new ArrayList<>();
            for (double[] row : y0) {
                y.add(row[task]);
            }
            for (int round = 0; round < bayesIterations; round++) {
                double[][] cs = c.toArray(new double[0][]);
                double[] ys = unbox(y);
                QuadraticSurrogate s = QuadraticFit.fit(cs, ys, links[task]);
                double[] r = s.residuals();
                for (int k = 0; k < r.length; k++) {
                    r[k] *= r[k];
                }
                for (double[] point : sampler.sample(cs, r, bayesUpdate, rng).points()) {
                    c.add(point);
                    y.add(ev.one(point, task));
                }
            }
            double[][] cs = c.toArray(new double[0][]);
            double[] ys = unbox(y);
            surrogates.add(QuadraticFit.fit(cs, ys, links[task]));
            data.add(new AmortizedParetoFront.TaskSamples(cs, ys));
        }
        return search("Bayesian MAP", surrogates, data, ev.models(), ev.taskMetrics(), root.nextLong());
    }

    private AmortizedParetoFront fitAndSearch(
            String method, double[][] c, double[][] y, long models, long taskMetrics, long searchSeed) {
        List<QuadraticSurrogate> surrogates = new ArrayList<>(tasks);
        List<AmortizedParetoFront.TaskSamples> data = new ArrayList<>(tasks);
        for (int task = 0; task < tasks; task++) {
            double[] yt = new double[y.length];
            for (int k = 0; k < y.length; k++) {
                yt[k] = y[k][task];
            }
            surrogates.add(QuadraticFit.fit(c, yt, links[task]));
            data.add(new AmortizedParetoFront.TaskSamples(c, yt));
        }
        return search(method, surrogates, data, models, taskMetrics, searchSeed);
    }

    private AmortizedParetoFront search(
            String method,
            List<QuadraticSurrogate> surrogates,
            List<AmortizedParetoFront.TaskSamples> data,
            long models,
            long taskMetrics,
            long searchSeed) {
        SurrogateProblem problem = new SurrogateProblem(surrogates, directions, search.lower(), search.upper());
        frontSearch.search(problem, search, searchSeed);
        List<ParetoArchive.Entry<double[]>> hof = problem.hallOfFame();
        double[][] coefficients = new double[hof.size()][];
        double[][] predicted = new double[hof.size()][];
        for (int k = 0; k < hof.size(); k++) {
            coefficients[k] = hof.get(k).payload();
            double[] f = hof.get(k).objectives();
            for (int i = 0; i < tasks; i++) {
                f[i] *= problem.sign(i);
            }
            predicted[k] = f;
        }
        return new AmortizedParetoFront(
                method,
                directions,
                coefficients,
                predicted,
                surrogates,
                data,
                models,
                taskMetrics,
                problem.evaluations(),
                frontSearch.describe(search));
    }

    private void requireEnough(String name, int requested, int got) {
        int p = QuadraticFeatures.parameterCount(tasks);
        if (got < p) {
            throw new IllegalArgumentException(name + "=" + requested + " gives " + got
                    + " points, fewer than the " + p + " parameters of a quadratic in T=" + tasks
                    + " coefficients");
        }
    }

    private static double[] unbox(List<Double> y) {
        double[] out = new double[y.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = y.get(i);
        }
        return out;
    }

    @Override
    public String toString() {
        return "MapMerging[tasks=" + tasks + ", design=" + design + ", directions=" + Arrays.toString(directions)
                + ", links=" + Arrays.toString(links) + ", samples=" + samples + ", search=" + search + ", seed=" + seed
                + "]";
    }

    /** Configures a {@link MapMerging}; every setter validates its argument at once. */
    public static final class Builder {

        private final int tasks;
        private ObjectiveSense[] directions;
        private Link[] links;
        private int samples;
        private double propIsotropic;
        private double propOnehot;
        private SearchSettings search = SearchSettings.mapDefaults();
        private long seed = 1L;
        private int bayesInitial;
        private int bayesUpdate = 3;
        private int bayesIterations = 3;
        private FrontSearch frontSearch = FrontSearches.defaultSearch();
        private Design design = Design.MAP;

        private Builder(int tasks) {
            if (tasks < 2) {
                throw new IllegalArgumentException(
                        "tasks must be at least 2 (MAP merges two or more models), was " + tasks);
            }
            this.tasks = tasks;
            this.directions = new ObjectiveSense[tasks];
            Arrays.fill(directions, ObjectiveSense.MAXIMISE);
        }

        /** One direction for every task (MAXIMISE for accuracy, MINIMISE for loss). */
        public Builder direction(ObjectiveSense direction) {
            Arguments.notNull("direction", direction);
            Arrays.fill(directions, direction);
            return this;
        }

        /** Each task's direction. */
        public Builder directions(ObjectiveSense... directions) {
            Arguments.notNull("directions", directions);
            if (directions.length != tasks) {
                throw new IllegalArgumentException("directions has " + directions.length + " entries but tasks=" + tasks
                        + " (dimension mismatch)");
            }
            for (int i = 0; i < tasks; i++) {
                Arguments.notNull("directions[" + i + "]", directions[i]);
            }
            this.directions = directions.clone();
            return this;
        }

        /** Each task's link (default: {@link #defaultLink} of its direction). */
        public Builder links(Link... links) {
            Arguments.notNull("links", links);
            if (links.length != tasks) {
                throw new IllegalArgumentException(
                        "links has " + links.length + " entries but tasks=" + tasks + " (dimension mismatch)");
            }
            for (int i = 0; i < tasks; i++) {
                Arguments.notNull("links[" + i + "]", links[i]);
            }
            this.links = links.clone();
            return this;
        }

        /** The number of pre-selected points requested (default (T+1)(T+2)); must reach P. */
        public Builder samples(int samples) {
            int p = QuadraticFeatures.parameterCount(tasks);
            if (samples < p) {
                throw new IllegalArgumentException("samples must be at least the " + p
                        + " parameters of a quadratic in T=" + tasks + " coefficients, was " + samples);
            }
            this.samples = samples;
            return this;
        }

        /** The shares of isotropic and perturbed one-hot points in the design (default 0 and 0). */
        public Builder proportions(double isotropic, double onehot) {
            if (!(isotropic >= 0 && isotropic <= 1 && onehot >= 0 && onehot <= 1 && isotropic + onehot <= 1)) {
                throw new IllegalArgumentException(
                        "proportions must be in [0, 1] with sum at most 1, were " + isotropic + ", " + onehot);
            }
            this.propIsotropic = isotropic;
            this.propOnehot = onehot;
            return this;
        }

        /** Plain MAP's design (default {@link Design#MAP}, the code's). */
        public Builder design(Design design) {
            this.design = Arguments.notNull("design", design);
            return this;
        }

        /** The search settings (default {@link SearchSettings#mapDefaults()}). */
        public Builder search(SearchSettings search) {
            this.search = Arguments.notNull("search", search);
            return this;
        }

        /** The seed (default 1). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Bayesian MAP's schedule: initial design size, points per round (per task), rounds.
         *
         * @throws IllegalArgumentException if initialPoints is below P or a count is negative
         */
        public Builder bayesian(int initialPoints, int updatePoints, int iterations) {
            int p = QuadraticFeatures.parameterCount(tasks);
            if (initialPoints < p) {
                throw new IllegalArgumentException("initialPoints must be at least the " + p
                        + " parameters of a quadratic in T=" + tasks + " coefficients, was " + initialPoints);
            }
            if (updatePoints < 0) {
                throw new IllegalArgumentException("updatePoints must be >= 0, was " + updatePoints);
            }
            if (iterations < 0) {
                throw new IllegalArgumentException("iterations must be >= 0, was " + iterations);
            }
            this.bayesInitial = initialPoints;
            this.bayesUpdate = updatePoints;
            this.bayesIterations = iterations;
            return this;
        }

        Builder frontSearch(FrontSearch frontSearch) {
            this.frontSearch = frontSearch;
            return this;
        }

        /** The configured MAP. */
        public MapMerging build() {
            return new MapMerging(this);
        }
    }
}
