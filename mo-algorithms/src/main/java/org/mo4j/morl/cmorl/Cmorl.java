package org.mo4j.morl.cmorl;

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
import org.mo4j.morl.env.EnvironmentSpec;
import org.mo4j.morl.env.Environments;
import org.mo4j.morl.env.MultiObjectiveEnv;
import org.mo4j.morl.ppo.ActorCritic;
import org.mo4j.morl.ppo.BarrierForm;
import org.mo4j.morl.ppo.PolicyEvaluator;
import org.mo4j.morl.ppo.PpoObjective;
import org.mo4j.morl.ppo.PpoSettings;
import org.mo4j.morl.ppo.PpoTrainer;
import org.mo4j.morl.ppo.Relaxation;
import org.mo4j.nn.LinearDecay;

/**
 * C-MORL, constrained multi-objective reinforcement learning with two-stage Pareto discovery (Liu,
 * Dai, Chen, Jiang, Zhang, "Efficient discovery of Pareto front for multi-objective reinforcement
 * learning", ICLR 2025), as its code runs it ({@code morl/morl.py}, {@code morl/mopg.py}).
 *
 * <p><b>Stage 1, Pareto initialisation.</b> One fresh policy per preference of the
 * {@link PreferenceGrid} (min, max, δ), each trained by PPO on the linear scalarisation w·G with a
 * linearly decaying learning rate, all in parallel (on the executor). Every
 * {@code evaluationInterval} updates and after the last, the policy is evaluated
 * deterministically ({@link PolicyEvaluator}) and the snapshot offered to the
 * {@link PolicyArchive} (reference-point filter, non-dominated, crowding pruning to the policy
 * buffer).
 *
 * <p><b>Stage 2, Pareto extension.</b> Rounds of: select the {@code select} archive members of
 * largest crowding distance never selected before; for each (in parallel) and each objective l,
 * run {@code updateIter} PPO updates maximising objective l under the log barrier
 * Σ_{j≠l} log(G_j − β G_j(π_r)) / t ({@link BarrierForm}), evaluating and archiving the snapshot
 * after every update; then update the archive and select again. Each objective's extension starts
 * from the selected policy, as the paper describes ({@link Extension#FROM_SELECTED}); the code
 * starts objective l + 1 from objective l's last snapshot ({@link Extension#CHAINED}).
 *
 * <p><b>Defaults and departures.</b> PPO as {@link PpoSettings#cmorl()}; β = 0.9, t = 20, buffer
 * 200, 20 updates per extension round, the code's barrier ({@link BarrierForm#CODE}). Budgets count
 * the environment steps actually taken ({@link Budget#ENVIRONMENT_STEPS}; the code's arithmetic is
 * {@link Budget#CODE}). Stage 2 uses the learning rate the code's copied optimisers carry, Stage 1's
 * last, lr/U for U Stage-1 updates ({@link Builder#stage2LearningRate} sets another). Every
 * evaluated snapshot is archived, as in the code, so intermediate policies count too; the
 * scalarised baseline (Stage 2 off) archives only each preference's final policy, the answer of a
 * linear-scalarisation method ({@link Snapshots}; {@link Builder#snapshots} sets either rule for
 * either algorithm). Two departures for costs and sparse archives, off by default: the constraint
 * bound G_j(π_r) − (1 − β)|G_j(π_r)| instead of β·G_j(π_r), which lies above a negative return
 * ({@link Relaxation#SIGN_AWARE}, {@link Builder#relaxation}), and a Stage 2 that keeps running
 * rounds while budget is left instead of the code's fixed round count sized for {@code select}
 * policies ({@link Stage2Budget#SPEND}, {@link Builder#stage2Budget}). Environment randomness
 * cannot follow numpy's streams; every
 * draw here is seeded, and a seed gives the same archive on any executor.
 *
 * <p>Cost: (T_total / (T·K)) PPO updates of T·K steps each (see {@link PpoTrainer}), one
 * evaluation of E episodes per snapshot, and an archive update per stage or round
 * (O(n² m) for n candidates).
 */
public final class Cmorl {

    /** Which Stage 1 policies are offered to the archive. */
    public enum Snapshots {
        /**
         * Every evaluated snapshot (every {@code evaluationInterval} updates and the last), as C-MORL's
         * code archives them; the default with Stage 2.
         */
        EVERY,
        /**
         * Only each preference's final policy: what a linear-scalarisation method answers; the
         * default of the scalarised baseline (Stage 2 off).
         */
        FINAL
    }

    /** Where each objective's Stage 2 extension starts. */
    public enum Extension {
        /** From the selected policy π_r, for every objective (the paper; the default). */
        FROM_SELECTED,
        /** From the previous objective's last snapshot (the code's {@code Extension_worker}). */
        CHAINED
    }

    private final Builder b;

    private Cmorl(Builder b) {
        this.b = b;
    }

    /**
     * A builder for the registered environment {@code name} ({@link Environments}), with its
     * reference point, evaluation settings and time limits.
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
     * Runs C-MORL (or, with {@link Builder#stage2(boolean) stage 2 off}, the scalarised baseline).
     *
     * @throws IllegalArgumentException if the budgets give no Stage 1 update
     */
    public MorlResult run() {
        long start = System.nanoTime();
        MultiObjectiveEnv probe = b.environments.get();
        int m = probe.numberOfObjectives();
        PpoSettings ppo = b.ppo;
        double[][] prefs = PreferenceGrid.of(m, b.minWeight, b.maxWeight, b.delta);
        long unit = b.budget.stepsPerUpdate(ppo.steps(), ppo.envs());
        long initSteps = b.stage2 ? b.initialSteps : b.totalSteps;
        long initUpdates = initSteps / prefs.length / unit;
        if (initUpdates < 1) {
            throw new IllegalArgumentException("initialSteps " + initSteps + " gives no PPO update to each of the "
                    + prefs.length + " preferences (one update takes " + unit + " budget steps)");
        }
        PolicyArchive<ActorCritic> archive = new PolicyArchive<>(b.spec.referencePoint(), b.policyBuffer);
        PolicyEvaluator evaluator =
                new PolicyEvaluator(b.environments, b.spec.evaluationEpisodes(), b.spec.evaluationGamma(), b.seed);
        List<MorlResult.Checkpoint> history = new ArrayList<>();
        long[] steps = {0};

        // Stage 1
        List<Supplier<List<PolicyArchive.Member<ActorCritic>>>> init = new ArrayList<>();
        for (int i = 0; i < prefs.length; i++) {
            int task = i;
            init.add(() -> stage1(probe, prefs[task], (int) initUpdates, seed(1, 0, task), evaluator, steps));
        }
        List<PolicyArchive.Member<ActorCritic>> candidates = runAll(init);
        archive.update(candidates);
        history.add(checkpoint("stage 1", prefs.length, steps[0], archive, m));
        List<PolicyArchive.Member<ActorCritic>> selected = archive.select(b.select);

        // Stage 2
        if (b.stage2) {
            double lr2 = Double.isNaN(b.stage2LearningRate) ? ppo.learningRate() / initUpdates : b.stage2LearningRate;
            if (b.stage2Budget == Stage2Budget.ROUNDS) {
                long totalExt = (b.totalSteps - b.initialSteps) / b.select / unit / m;
                long iteration = 0;
                for (int round = 0; round <= totalExt / b.updateIter && !selected.isEmpty(); round++) {
                    int updates = (int) Math.min(b.updateIter, totalExt - iteration);
                    if (updates <= 0) {
                        break;
                    }
                    history.add(extensionRound(archive, selected, round, updates, m, lr2, evaluator, steps));
                    iteration += updates;
                    selected = archive.select(b.select);
                }
            } else {
                long used = initUpdates * prefs.length * unit;
                for (int round = 0; !selected.isEmpty(); round++) {
                    long slots = (b.totalSteps - used) / unit / m; // updates left per objective
                    long updates = Math.min(b.updateIter, slots / selected.size());
                    if (updates == 0) {
                        // fewer updates left than selected policies: the first (largest crowding) get one each
                        selected = selected.subList(0, (int) Math.min(selected.size(), slots));
                        updates = 1;
                    }
                    if (selected.isEmpty()) {
                        break;
                    }
                    history.add(extensionRound(archive, selected, round, (int) updates, m, lr2, evaluator, steps));
                    used += updates * selected.size() * m * unit;
                    selected = archive.select(b.select);
                }
            }
        }
        MorlMetrics metrics = archive.metrics(b.spec.utilityDelta());
        return new MorlResult(
                archive.members(), history, metrics, steps[0], Duration.ofNanos(System.nanoTime() - start), m);
    }

    /** One Stage 2 round: every selected policy extended towards every objective, then archived. */
    private MorlResult.Checkpoint extensionRound(
            PolicyArchive<ActorCritic> archive,
            List<PolicyArchive.Member<ActorCritic>> selected,
            int round,
            int updates,
            int m,
            double lr2,
            PolicyEvaluator evaluator,
            long[] steps) {
        List<Supplier<List<PolicyArchive.Member<ActorCritic>>>> ext = new ArrayList<>();
        for (int i = 0; i < selected.size(); i++) {
            PolicyArchive.Member<ActorCritic> from = selected.get(i);
            long s = seed(2, round, i);
            ext.add(() -> extend(from, m, updates, lr2, s, evaluator, steps));
        }
        archive.update(runAll(ext));
        return checkpoint("round " + (round + 1), ext.size(), steps[0], archive, m);
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

    private List<PolicyArchive.Member<ActorCritic>> stage1(
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
        PpoTrainer trainer = new PpoTrainer(policy, b.environments, ppo, init.nextLong());
        LinearDecay lr = new LinearDecay(ppo.learningRate(), updates);
        List<PolicyArchive.Member<ActorCritic>> out = new ArrayList<>();
        PpoObjective objective = new PpoObjective.Scalarised(w);
        boolean every = snapshots() == Snapshots.EVERY;
        for (int j = 0; j < updates; j++) {
            add(steps, trainer.train(policy, objective, lr.at(j), false));
            if ((every && (j + 1) % b.evaluationInterval == 0) || j == updates - 1) {
                ActorCritic snapshot = policy.copy();
                out.add(new PolicyArchive.Member<>(snapshot, evaluator.evaluate(snapshot)));
            }
        }
        return out;
    }

    /** The Stage 1 archive rule in force: as set, else EVERY with Stage 2 and FINAL without. */
    private Snapshots snapshots() {
        return b.snapshots != null ? b.snapshots : b.stage2 ? Snapshots.EVERY : Snapshots.FINAL;
    }

    private List<PolicyArchive.Member<ActorCritic>> extend(
            PolicyArchive.Member<ActorCritic> from,
            int m,
            int updates,
            double lr,
            long seed,
            PolicyEvaluator evaluator,
            long[] steps) {
        ActorCritic latest = from.policy();
        PpoTrainer trainer = new PpoTrainer(latest.copy(), b.environments, b.ppo, seed);
        List<PolicyArchive.Member<ActorCritic>> out = new ArrayList<>();
        for (int l = 0; l < m; l++) {
            ActorCritic policy = (b.extension == Extension.CHAINED ? latest : from.policy()).copy();
            PpoObjective objective = new PpoObjective.Constrained(l, b.barrier, b.beta, b.t, b.relaxation);
            for (int j = 0; j < updates; j++) {
                add(steps, trainer.train(policy, objective, lr, j == 0));
                ActorCritic snapshot = policy.copy();
                out.add(new PolicyArchive.Member<>(snapshot, evaluator.evaluate(snapshot)));
                latest = snapshot;
            }
        }
        return out;
    }

    private static void add(long[] steps, long n) {
        synchronized (steps) {
            steps[0] += n;
        }
    }

    private <T> List<T> runAll(List<Supplier<List<T>>> tasks) {
        List<T> out = new ArrayList<>();
        for (List<T> part : Tasks.runAll(tasks, b.executor)) {
            out.addAll(part);
        }
        return out;
    }

    /** A task's seed from (run seed, stage, round, task); see {@link Tasks#seed}. */
    private long seed(int stage, int round, int task) {
        return Tasks.seed(b.seed, stage, round, task);
    }

    /**
     * Configures a {@link Cmorl} run. Defaults: the code's Fruit-Tree-like settings, budgets
     * 500,000 total and 100,000 for Stage 1, preferences (0, 1, 1) (one-hot), 6 selected per round,
     * buffer 200, 20 updates per round, evaluation after every update, β 0.9, t 20, seed 1; every
     * setter validates its argument.
     */
    public static final class Builder {
        private final Supplier<? extends MultiObjectiveEnv> environments;
        private final EnvironmentSpec spec;
        private long totalSteps = 500_000;
        private long initialSteps = 100_000;
        private double minWeight = 0;
        private double maxWeight = 1;
        private double delta = 1;
        private int select = 6;
        private int policyBuffer = 200;
        private int updateIter = 20;
        private int evaluationInterval = 1;
        private double beta = 0.9;
        private double t = 20;
        private BarrierForm barrier = BarrierForm.CODE;
        private Relaxation relaxation = Relaxation.PROPORTIONAL;
        private Stage2Budget stage2Budget = Stage2Budget.ROUNDS;
        private Extension extension = Extension.FROM_SELECTED;
        private Budget budget = Budget.ENVIRONMENT_STEPS;
        private PpoSettings ppo = PpoSettings.cmorl();
        private boolean stage2 = true;
        private double stage2LearningRate = Double.NaN;
        private Snapshots snapshots;
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

        /** The total budget (Stage 1 + Stage 2), in {@link Budget} units. */
        public Builder totalSteps(long n) {
            if (n < 1) {
                throw new IllegalArgumentException("totalSteps must be >= 1, was " + n);
            }
            totalSteps = n;
            return this;
        }

        /** Stage 1's budget, at most the total. */
        public Builder initialSteps(long n) {
            if (n < 1) {
                throw new IllegalArgumentException("initialSteps must be >= 1, was " + n);
            }
            initialSteps = n;
            return this;
        }

        /** Stage 1's preference grid ({@link PreferenceGrid}). */
        public Builder preferences(double min, double max, double delta) {
            PreferenceGrid.of(2, min, max, delta);
            this.minWeight = min;
            this.maxWeight = max;
            this.delta = delta;
            return this;
        }

        /** Policies selected per Stage 2 round (C-MORL: 5 or 6). */
        public Builder select(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("select must be >= 1, was " + n);
            }
            select = n;
            return this;
        }

        /** The archive's capacity (C-MORL: 200). */
        public Builder policyBuffer(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("policyBuffer must be >= 1, was " + n);
            }
            policyBuffer = n;
            return this;
        }

        /** PPO updates per (policy, objective) per Stage 2 round (C-MORL: 20). */
        public Builder updateIter(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("updateIter must be >= 1, was " + n);
            }
            updateIter = n;
            return this;
        }

        /** Stage 1 evaluates every n updates and after the last (scripts: 1; code default 10). */
        public Builder evaluationInterval(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("evaluationInterval must be >= 1, was " + n);
            }
            evaluationInterval = n;
            return this;
        }

        /** The constraint relaxation β (C-MORL: 0.9). */
        public Builder beta(double beta) {
            if (!Double.isFinite(beta)) {
                throw new IllegalArgumentException("beta must be finite, was " + beta);
            }
            this.beta = beta;
            return this;
        }

        /** The barrier coefficient t (C-MORL: 20). */
        public Builder t(double t) {
            if (!(t > 0) || !Double.isFinite(t)) {
                throw new IllegalArgumentException("t must be finite and > 0, was " + t);
            }
            this.t = t;
            return this;
        }

        /** The barrier's form (default {@link BarrierForm#CODE}). */
        public Builder barrier(BarrierForm form) {
            if (form == null) {
                throw new IllegalArgumentException("barrier must not be null");
            }
            barrier = form;
            return this;
        }

        /**
         * The bound each Stage 2 constraint relaxes to (default {@link Relaxation#PROPORTIONAL}, β·G,
         * the paper's and the code's; {@link Relaxation#SIGN_AWARE} relaxes negative returns
         * downwards too).
         */
        public Builder relaxation(Relaxation r) {
            if (r == null) {
                throw new IllegalArgumentException("relaxation must not be null");
            }
            relaxation = r;
            return this;
        }

        /**
         * How Stage 2 sizes its rounds (default {@link Stage2Budget#ROUNDS}, the code's;
         * {@link Stage2Budget#SPEND} keeps extending while budget is left).
         */
        public Builder stage2Budget(Stage2Budget s) {
            if (s == null) {
                throw new IllegalArgumentException("stage2Budget must not be null");
            }
            stage2Budget = s;
            return this;
        }

        /** Where each objective's extension starts (default {@link Extension#FROM_SELECTED}). */
        public Builder extension(Extension e) {
            if (e == null) {
                throw new IllegalArgumentException("extension must not be null");
            }
            extension = e;
            return this;
        }

        /** How budgets count steps (default {@link Budget#ENVIRONMENT_STEPS}). */
        public Builder budget(Budget b) {
            if (b == null) {
                throw new IllegalArgumentException("budget must not be null");
            }
            budget = b;
            return this;
        }

        /** PPO's settings (default {@link PpoSettings#cmorl()}). */
        public Builder ppo(PpoSettings s) {
            if (s == null) {
                throw new IllegalArgumentException("ppo must not be null");
            }
            ppo = s;
            return this;
        }

        /** Whether Stage 2 runs; without it, Stage 1 gets the whole budget (the scalarised baseline). */
        public Builder stage2(boolean on) {
            stage2 = on;
            return this;
        }

        /**
         * Stage 2's learning rate (default: the code's, Stage 1's last rate lr/U, which its copied
         * optimisers carry; NaN restores the default).
         */
        public Builder stage2LearningRate(double lr) {
            if (!Double.isNaN(lr) && (!(lr >= 0) || !Double.isFinite(lr))) {
                throw new IllegalArgumentException("stage2LearningRate must be finite and >= 0, was " + lr);
            }
            stage2LearningRate = lr;
            return this;
        }

        /**
         * Which Stage 1 policies the archive is offered (default: {@link Snapshots#EVERY} with
         * Stage 2, as C-MORL's code; {@link Snapshots#FINAL} for the scalarised baseline, whose
         * answer is its trained policies; null restores the default).
         */
        public Builder snapshots(Snapshots s) {
            snapshots = s;
            return this;
        }

        /** The seed of every random draw. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Where the parallel policies train (default: the calling thread); results do not depend on it. */
        public Builder executor(Executor executor) {
            if (executor == null) {
                throw new IllegalArgumentException("executor must not be null");
            }
            this.executor = executor;
            return this;
        }

        /** Called after Stage 1 and after each Stage 2 round. */
        public Builder progress(Consumer<MorlResult.Checkpoint> progress) {
            this.progress = progress;
            return this;
        }

        /**
         * The configured run.
         *
         * @throws IllegalArgumentException if Stage 1's budget exceeds the total
         */
        public Cmorl build() {
            if (stage2 && initialSteps > totalSteps) {
                throw new IllegalArgumentException(
                        "initialSteps must be <= totalSteps " + totalSteps + ", was " + initialSteps);
            }
            return new Cmorl(copy());
        }

        /** A copy, so that changing this builder later does not change a built run. */
        private Builder copy() {
            Builder c = new Builder(environments, spec);
            c.totalSteps = totalSteps;
            c.initialSteps = initialSteps;
            c.minWeight = minWeight;
            c.maxWeight = maxWeight;
            c.delta = delta;
            c.select = select;
            c.policyBuffer = policyBuffer;
            c.updateIter = updateIter;
            c.evaluationInterval = evaluationInterval;
            c.beta = beta;
            c.t = t;
            c.barrier = barrier;
            c.relaxation = relaxation;
            c.stage2Budget = stage2Budget;
            c.extension = extension;
            c.budget = budget;
            c.ppo = ppo;
            c.stage2 = stage2;
            c.stage2LearningRate = stage2LearningRate;
            c.snapshots = snapshots;
            c.seed = seed;
            c.executor = executor;
            c.progress = progress;
            return c;
        }
    }
}
