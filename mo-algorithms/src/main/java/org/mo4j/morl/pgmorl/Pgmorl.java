package org.mo4j.morl.pgmorl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mo4j.algorithms.internal.Tasks;
import org.mo4j.morl.MorlMetrics;
import org.mo4j.morl.MorlResult;
import org.mo4j.morl.PolicyArchive;
import org.mo4j.morl.PreferenceGrid;
import org.mo4j.morl.cmorl.Budget;
import org.mo4j.morl.env.EnvironmentSpec;
import org.mo4j.morl.env.Environments;
import org.mo4j.morl.env.MultiObjectiveEnv;
import org.mo4j.morl.ppo.ActorCritic;
import org.mo4j.morl.ppo.PolicyEvaluator;
import org.mo4j.morl.ppo.PpoObjective;
import org.mo4j.morl.ppo.PpoSettings;
import org.mo4j.morl.ppo.PpoTrainer;

/**
 * PGMORL, prediction-guided multi-objective reinforcement learning (Xu, Tian, Ma, Rus, Sueda,
 * Matusik, "Prediction-Guided Multi-Objective Reinforcement Learning for Continuous Robot
 * Control", ICML 2020), as its code runs it ({@code morl/morl.py}): a second MORL baseline whose
 * tasks are chosen by predicting where training would move each policy.
 *
 * <p><b>Warm-up.</b> One fresh policy per weight of the {@link PreferenceGrid} (min, max, δ),
 * evaluated untrained (the root of its history) and trained by PPO on the linear scalarisation
 * w·G ({@link PpoObjective.Scalarised}), as C-MORL's Stage 1.
 *
 * <p><b>Evolution.</b> Each generation: (a) the population is the union of the last population and
 * the new offspring, thinned by {@link PerformanceBuffers performance buffers} (100 buffers of 2);
 * (b) for every member, 7 candidate weights around the weight it was trained with (two objectives:
 * evenly spaced angles within ±π/4, inside the first quadrant; more: the weight itself and random
 * weights of the grid of step δ/2 strictly within π/4 of it), each with returns predicted by the member's
 * {@link PredictionModel hyperbolic model} fitted to the optimisation history; (c) n tasks chosen
 * greedily to maximise the predicted front's hypervolume − α·sparsity (α = 1;
 * {@link TaskSelection}); (d) each task (policy, weight) trained for the generation's PPO updates,
 * in parallel on the executor. Every update is followed by a deterministic evaluation
 * ({@link PolicyEvaluator}); every evaluated snapshot is offered to the archive (the code's EP)
 * and every {@code update-iter}-th, and each task's last, joins the history and the offspring.
 *
 * <p><b>Defaults and departures.</b> PPO as {@link PpoSettings#cmorl()} with the constant learning
 * rate of the authors' scripts; n = the number of warm-up weights (the code pairs 6 tasks with
 * the 6 weights of δ = 0.2 and 15 with the 15 of δ = 0.25). Budgets count the environment steps
 * actually taken over all tasks ({@link Budget#ENVIRONMENT_STEPS}), where the code's
 * {@code num-env-steps} counts one task's: the CPU-sized budgets of C-MORL's presets are too small
 * for the code's 80 warm-up and 20 generation updates per task, so the warm-up takes C-MORL's
 * Stage 1 budget ({@code initialSteps}), and a generation's updates default to the rest divided
 * by 4n (between 1 and 20), so at least four generations run; the last generation is shortened,
 * or given to fewer tasks, to spend the budget exactly. When no candidate weight is left untried
 * (a population of a few equal points), selection finds no task and the run ends early, as the
 * code's generations then train nothing. The performance buffers and the
 * hypervolume of task selection measure from the environment's reference point, not the code's
 * origin (returns here may be negative); if the buffers keep no policy, the last offspring stand
 * in. The archive is {@link PolicyArchive} (reference-point filter; the code's EP keeps every
 * non-dominated point, the default unbounded capacity). Environment randomness cannot follow
 * numpy's streams; every draw is seeded, and a seed gives the same archive on any executor.
 *
 * <p>Cost: the PPO updates of the budget (see {@link PpoTrainer}), one evaluation per update, and
 * per generation the prediction fits (O(population · 7 · history)) and the greedy selection
 * (O(n · candidates) hypervolumes of the front).
 */
public final class Pgmorl {

    private record Sample(ActorCritic policy, double[] returns, int node) {}

    private record Task(Sample from, double[] weight) {}

    /** A task's outcome: the start policy's returns (warm-up only) and each update's snapshot. */
    private record Outcome(double[] initial, List<PolicyArchive.Member<ActorCritic>> snapshots) {}

    private final Builder b;

    private Pgmorl(Builder b) {
        this.b = b;
    }

    /**
     * A builder for the registered environment {@code name} ({@link Environments}).
     *
     * @throws IllegalArgumentException if the name is unknown
     */
    public static Builder builder(String environment) {
        return new Builder(Environments.evaluationLimited(environment), Environments.spec(environment));
    }

    /** A builder for environments from {@code environments} described by {@code spec}. */
    public static Builder builder(Supplier<? extends MultiObjectiveEnv> environments, EnvironmentSpec spec) {
        return new Builder(environments, spec);
    }

    /**
     * Runs PGMORL.
     *
     * @throws IllegalArgumentException if the budgets give no warm-up update or the warm-up budget
     *                                  exceeds the total
     */
    public MorlResult run() {
        long start = System.nanoTime();
        MultiObjectiveEnv probe = b.environments.get();
        int m = probe.numberOfObjectives();
        PpoSettings ppo = b.ppo;
        double[][] prefs = PreferenceGrid.of(m, b.minWeight, b.maxWeight, b.delta);
        long unit = b.budget.stepsPerUpdate(ppo.steps(), ppo.envs());
        if (b.initialSteps > b.totalSteps) {
            throw new IllegalArgumentException(
                    "initialSteps must be at most totalSteps " + b.totalSteps + ", was " + b.initialSteps);
        }
        long warmup = b.initialSteps / prefs.length / unit;
        if (warmup < 1) {
            throw new IllegalArgumentException("initialSteps " + b.initialSteps + " gives no PPO update to each of the "
                    + prefs.length + " warm-up weights (one update takes " + unit + " budget steps)");
        }
        int n = b.tasks > 0 ? b.tasks : prefs.length;
        long remaining = (b.totalSteps - warmup * prefs.length * unit) / unit; // updates left
        int updateIter = b.updateIter > 0 ? b.updateIter : (int) Math.max(1, Math.min(20, remaining / (4L * n)));

        double[] reference = b.spec.referencePoint();
        PolicyArchive<ActorCritic> archive = new PolicyArchive<>(reference, b.policyBuffer);
        PolicyEvaluator evaluator =
                new PolicyEvaluator(b.environments, b.spec.evaluationEpisodes(), b.spec.evaluationGamma(), b.seed);
        PerformanceBuffers buffers = new PerformanceBuffers(reference, b.pbufferNum, b.pbufferSize);
        OptGraph graph = new OptGraph();
        List<MorlResult.Checkpoint> history = new ArrayList<>();
        long[] steps = {0};

        // warm-up
        List<Supplier<Outcome>> jobs = new ArrayList<>();
        for (int i = 0; i < prefs.length; i++) {
            double[] w = prefs[i];
            long s = seed(1, 0, i);
            jobs.add(() -> warmUp(probe, w, (int) warmup, s, evaluator, steps));
        }
        List<Outcome> outcomes = runAll(jobs);
        List<Sample> offspring = new ArrayList<>();
        List<PolicyArchive.Member<ActorCritic>> all = new ArrayList<>();
        for (int i = 0; i < prefs.length; i++) {
            int root = graph.insert(prefs[i], outcomes.get(i).initial(), -1);
            record(graph, root, prefs[i], outcomes.get(i).snapshots(), updateIter, offspring, all);
        }
        archive.update(all);
        List<Sample> population = thin(buffers, List.of(), offspring);
        history.add(checkpoint("warm-up", prefs.length, steps[0], archive, m));

        // evolution
        for (int gen = 1; remaining > 0; gen++) {
            List<Task> tasks = select(population, graph, archive, n, m, gen);
            if (tasks.isEmpty()) {
                break;
            }
            long updates = Math.min(updateIter, remaining / tasks.size());
            if (updates == 0) {
                tasks = tasks.subList(0, (int) remaining);
                updates = 1;
            }
            List<Supplier<Outcome>> gjobs = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                Task t = tasks.get(i);
                long s = seed(2, gen, i);
                int u = (int) updates;
                gjobs.add(() -> train(t, u, s, evaluator, steps));
            }
            List<Outcome> results = runAll(gjobs);
            offspring = new ArrayList<>();
            all = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                Task t = tasks.get(i);
                record(graph, t.from().node(), t.weight(), results.get(i).snapshots(), updateIter, offspring, all);
            }
            remaining -= updates * tasks.size();
            archive.update(all);
            population = thin(buffers, population, offspring);
            history.add(checkpoint("generation " + gen, tasks.size(), steps[0], archive, m));
        }
        MorlMetrics metrics = archive.metrics(b.spec.utilityDelta());
        return new MorlResult(
                archive.members(), history, metrics, steps[0], Duration.ofNanos(System.nanoTime() - start), m);
    }

    /** Adds a task's snapshots to the archive candidates, and every update-iter-th and the last to history and offspring. */
    private static void record(
            OptGraph graph,
            int prev,
            double[] weight,
            List<PolicyArchive.Member<ActorCritic>> snapshots,
            int updateIter,
            List<Sample> offspring,
            List<PolicyArchive.Member<ActorCritic>> all) {
        for (int k = 0; k < snapshots.size(); k++) {
            PolicyArchive.Member<ActorCritic> s = snapshots.get(k);
            all.add(s);
            if ((k + 1) % updateIter == 0 || k == snapshots.size() - 1) {
                double[] r = s.returns();
                prev = graph.insert(weight, r, prev);
                offspring.add(new Sample(s.policy(), r, prev));
            }
        }
    }

    private static List<Sample> thin(PerformanceBuffers buffers, List<Sample> population, List<Sample> offspring) {
        List<Sample> union = new ArrayList<>(population);
        union.addAll(offspring);
        List<double[]> points = new ArrayList<>(union.size());
        for (Sample s : union) {
            points.add(s.returns());
        }
        int[] keep = buffers.select(points);
        if (keep.length == 0) {
            return List.copyOf(offspring);
        }
        List<Sample> out = new ArrayList<>(keep.length);
        for (int i : keep) {
            out.add(union.get(i));
        }
        return out;
    }

    /** Prediction-guided task selection over the population's candidate weights. */
    private List<Task> select(
            List<Sample> population, OptGraph graph, PolicyArchive<ActorCritic> archive, int n, int m, int gen) {
        SplittableRandom random = new SplittableRandom(seed(3, gen, 0));
        List<Sample> owners = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        List<double[]> predictions = new ArrayList<>();
        for (Sample s : population) {
            double[][] test = candidateWeights(graph, s.node(), m, random);
            if (test.length == 0) {
                continue;
            }
            double[][] pred = PredictionModel.predict(graph, s.node(), test);
            for (int i = 0; i < test.length; i++) {
                owners.add(s);
                weights.add(PredictionModel.sumNormalised(test[i]));
                predictions.add(pred[i]);
            }
        }
        int[] chosen = TaskSelection.greedy(
                predictions.toArray(new double[0][]), archive.returns(), b.spec.referencePoint(), n, b.sparsity);
        List<Task> out = new ArrayList<>(chosen.length);
        for (int i : chosen) {
            out.add(new Task(owners.get(i), weights.get(i)));
        }
        return out;
    }

    /** The code's candidate weights of a node (non-negative, any scale), minus those already tried from it. */
    double[][] candidateWeights(OptGraph graph, int node, int m, SplittableRandom random) {
        List<double[]> out = new ArrayList<>();
        List<double[]> tried = new ArrayList<>();
        for (int next : graph.succ.get(node)) {
            tried.add(graph.weights.get(next));
        }
        double[] center = graph.weights.get(node); // unit length
        if (m == 2) {
            double angle = Math.atan2(center[1], center[0]);
            for (int i = 0; i < b.weightCandidates; i++) {
                double a = angle - Math.PI / 4 + (Math.PI / 2) / (b.weightCandidates - 1) * i;
                double[] w = {Math.cos(a), Math.sin(a)};
                if (w[0] >= -1e-7 && w[1] >= -1e-7 && !near(tried, w, false)) {
                    w[0] = Math.max(0, w[0]);
                    w[1] = Math.max(0, w[1]);
                    out.add(w);
                }
            }
            return out.toArray(new double[0][]);
        }
        double[] c = PredictionModel.sumNormalised(center);
        if (!near(tried, c, true)) {
            out.add(c);
        }
        double[][] grid = PreferenceGrid.of(m, 0, 1, b.delta / 2);
        int[] order = new int[grid.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[k];
            order[k] = tmp;
        }
        for (int idx : order) {
            if (out.size() >= b.weightCandidates) {
                break;
            }
            double[] w = grid[idx];
            if (distance(w, c) < 1e-3) {
                continue;
            }
            // the code keeps a random weight only within π/4 of the member's own weight
            double angle = Math.acos(Math.max(-1, Math.min(1, dot(c, w) / norm(c) / norm(w))));
            if (angle < Math.PI / 4 && !near(tried, w, true)) {
                out.add(w);
            }
        }
        return out.toArray(new double[0][]);
    }

    /** Whether {@code w} is within 10⁻³ of a tried weight (both normalised to sum 1 or to unit length). */
    private static boolean near(List<double[]> tried, double[] w, boolean bySum) {
        double[] x = bySum ? PredictionModel.sumNormalised(w) : unit(w);
        for (double[] t : tried) {
            if (distance(bySum ? PredictionModel.sumNormalised(t) : unit(t), x) < 1e-3) {
                return true;
            }
        }
        return false;
    }

    /** {@code w} scaled to unit length. */
    static double[] unit(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v * v;
        }
        s = Math.sqrt(s);
        double[] out = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            out[j] = w[j] / s;
        }
        return out;
    }

    private static double dot(double[] a, double[] c) {
        double d = 0;
        for (int j = 0; j < a.length; j++) {
            d += a[j] * c[j];
        }
        return d;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double distance(double[] a, double[] c) {
        double d = 0;
        for (int j = 0; j < a.length; j++) {
            d += (a[j] - c[j]) * (a[j] - c[j]);
        }
        return Math.sqrt(d);
    }

    private Outcome warmUp(
            MultiObjectiveEnv probe, double[] w, int updates, long seed, PolicyEvaluator evaluator, long[] steps) {
        PpoSettings ppo = b.ppo;
        SplittableRandom init = new SplittableRandom(seed);
        ActorCritic policy = new ActorCritic(
                probe.observationDimension(),
                probe.actionSpace(),
                probe.numberOfObjectives(),
                ppo.hidden(),
                PpoTrainer.maxBatch(ppo),
                ppo.adamEpsilon(),
                init.split());
        double[] initial = evaluator.evaluate(policy);
        PpoTrainer trainer = new PpoTrainer(policy, b.environments, ppo, init.nextLong());
        return new Outcome(initial, trainLoop(trainer, policy, w, updates, evaluator, steps));
    }

    private Outcome train(Task t, int updates, long seed, PolicyEvaluator evaluator, long[] steps) {
        ActorCritic policy = t.from().policy().copy();
        PpoTrainer trainer = new PpoTrainer(policy, b.environments, b.ppo, seed);
        return new Outcome(null, trainLoop(trainer, policy, t.weight(), updates, evaluator, steps));
    }

    private List<PolicyArchive.Member<ActorCritic>> trainLoop(
            PpoTrainer trainer, ActorCritic policy, double[] w, int updates, PolicyEvaluator evaluator, long[] steps) {
        PpoObjective objective = new PpoObjective.Scalarised(w);
        List<PolicyArchive.Member<ActorCritic>> out = new ArrayList<>(updates);
        for (int j = 0; j < updates; j++) {
            long taken = trainer.train(policy, objective, b.ppo.learningRate(), false);
            synchronized (steps) {
                steps[0] += taken;
            }
            ActorCritic snapshot = policy.copy();
            out.add(new PolicyArchive.Member<>(snapshot, evaluator.evaluate(snapshot)));
        }
        return out;
    }

    private MorlResult.Checkpoint checkpoint(
            String label, int trained, long steps, PolicyArchive<ActorCritic> archive, int m) {
        MorlMetrics mm = archive.metrics(b.spec.utilityDelta());
        MorlResult.Checkpoint c = new MorlResult.Checkpoint(label, trained, steps, archive.size(), mm);
        if (b.progress != null) {
            b.progress.accept(c);
        }
        return c;
    }

    private <T> List<T> runAll(List<Supplier<T>> jobs) {
        return Tasks.runAll(jobs, b.executor);
    }

    /** A job's seed from (run seed, stage, generation, task); see {@link Tasks#seed}. */
    private long seed(int stage, int round, int task) {
        return Tasks.seed(b.seed, stage, round, task);
    }

    /**
     * Configures a {@link Pgmorl} run. Defaults: budgets 500,000 total and 100,000 for the warm-up,
     * weights (0, 1, 0.2), n = the number of warm-up weights, update-iter derived (see the class
     * comment), 100 performance buffers of 2, 7 weight candidates, α = 1, an unbounded archive,
     * C-MORL's PPO settings, seed 1; every setter validates its argument.
     */
    public static final class Builder {
        private final Supplier<? extends MultiObjectiveEnv> environments;
        private final EnvironmentSpec spec;
        private long totalSteps = 500_000;
        private long initialSteps = 100_000;
        private double minWeight = 0;
        private double maxWeight = 1;
        private double delta = 0.2;
        private int tasks;
        private int updateIter;
        private int pbufferNum = 100;
        private int pbufferSize = 2;
        private int weightCandidates = 7;
        private double sparsity = 1.0;
        private int policyBuffer = Integer.MAX_VALUE;
        private Budget budget = Budget.ENVIRONMENT_STEPS;
        private PpoSettings ppo = PpoSettings.cmorl();
        private long seed = 1;
        private Executor executor;
        private Consumer<MorlResult.Checkpoint> progress;

        private Builder(Supplier<? extends MultiObjectiveEnv> environments, EnvironmentSpec spec) {
            if (environments == null || spec == null) {
                throw new IllegalArgumentException("environments and spec must not be null");
            }
            this.environments = environments;
            this.spec = spec;
        }

        /** The total budget (warm-up + evolution), in {@link Budget} units. */
        public Builder totalSteps(long n) {
            positive("totalSteps", n);
            totalSteps = n;
            return this;
        }

        /** The warm-up's budget, at most the total. */
        public Builder initialSteps(long n) {
            positive("initialSteps", n);
            initialSteps = n;
            return this;
        }

        /** The warm-up weights ({@link PreferenceGrid}); δ/2 is also the m ≥ 3 candidate grid's step. */
        public Builder preferences(double min, double max, double delta) {
            PreferenceGrid.of(2, min, max, delta);
            this.minWeight = min;
            this.maxWeight = max;
            this.delta = delta;
            return this;
        }

        /** n, tasks per generation (0: the number of warm-up weights). */
        public Builder tasks(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("tasks must be >= 0, was " + n);
            }
            tasks = n;
            return this;
        }

        /** PPO updates per task and generation (0: derived, see the class comment; the code's 20). */
        public Builder updateIter(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("updateIter must be >= 0, was " + n);
            }
            updateIter = n;
            return this;
        }

        /** The number of performance buffers (the code's 100) and each one's size (2). */
        public Builder performanceBuffers(int count, int size) {
            positive("pbufferNum", count);
            positive("pbufferSize", size);
            pbufferNum = count;
            pbufferSize = size;
            return this;
        }

        /** Candidate weights per population member (the code's 7), at least 2. */
        public Builder weightCandidates(int n) {
            if (n < 2) {
                throw new IllegalArgumentException("weightCandidates must be >= 2, was " + n);
            }
            weightCandidates = n;
            return this;
        }

        /** α, the sparsity's weight in task selection (the code's 1). */
        public Builder sparsity(double alpha) {
            if (!(alpha >= 0) || !Double.isFinite(alpha)) {
                throw new IllegalArgumentException("sparsity must be finite and >= 0, was " + alpha);
            }
            sparsity = alpha;
            return this;
        }

        /** The archive's capacity (default unbounded, as the code's EP). */
        public Builder policyBuffer(int n) {
            positive("policyBuffer", n);
            policyBuffer = n;
            return this;
        }

        /** How budgets count steps. */
        public Builder budget(Budget budget) {
            if (budget == null) {
                throw new IllegalArgumentException("budget must not be null");
            }
            this.budget = budget;
            return this;
        }

        /** The PPO settings. */
        public Builder ppo(PpoSettings ppo) {
            if (ppo == null) {
                throw new IllegalArgumentException("ppo must not be null");
            }
            this.ppo = ppo;
            return this;
        }

        /** The seed of every random draw. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Where tasks train in parallel (default: the calling thread). */
        public Builder executor(Executor executor) {
            if (executor == null) {
                throw new IllegalArgumentException("executor must not be null");
            }
            this.executor = executor;
            return this;
        }

        /** Called after the warm-up and each generation. */
        public Builder progress(Consumer<MorlResult.Checkpoint> progress) {
            if (progress == null) {
                throw new IllegalArgumentException("progress must not be null");
            }
            this.progress = progress;
            return this;
        }

        /** The configured run. */
        public Pgmorl build() {
            return new Pgmorl(this);
        }

        private static void positive(String name, long v) {
            if (v < 1) {
                throw new IllegalArgumentException(name + " must be >= 1, was " + v);
            }
        }
    }
}
