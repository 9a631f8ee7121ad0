package org.mo4j.algorithms.smpso;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.EvolutionaryAlgorithm;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.StopReason;
import org.mo4j.algorithms.Termination;
import org.mo4j.algorithms.internal.RunContext;
import org.mo4j.algorithms.operators.Crossover;
import org.mo4j.algorithms.operators.Mutation;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.problem.Problem;

/**
 * SMPSO (Nebro, Durillo, García-Nieto, Coello Coello, Luna, Alba 2009, "SMPSO: a new PSO-based
 * metaheuristic for multi-objective optimization", IEEE MCDM 2009:66–73): multi-objective particle
 * swarm optimisation whose velocity is constricted and bounded, so particles do not "explode"
 * towards the bounds on multi-frontal problems such as ZDT4.
 *
 * <p>Each iteration, for every particle i: a leader g is chosen from the leader archive by binary
 * tournament on crowding distance; C1, C2 are drawn uniformly from [1.5, 2.5] and r1, r2 from
 * [0, 1]; the velocity becomes v_j ← χ·(W·v_j + C1·r1·(p_j − x_j) + C2·r2·(g_j − x_j)) with p the
 * personal best, W = 0.1 and the {@link #constriction constriction coefficient} χ of φ = C1 + C2,
 * then is {@link #clampVelocity bounded} to [−δ_j, δ_j] with δ_j = (upper_j − lower_j) / 2; the
 * position x_j + v_j is clipped to the bounds, the velocity of a clipped variable reversed
 * (multiplied by −1). Particles 0, 6, 12, ... (one in six) are mutated by polynomial mutation
 * (p_m = 1/n, η_m = 20); the N new positions are evaluated as one batch, offered to the leader
 * archive, and each replaces its particle's personal best unless that best dominates it.
 *
 * <p>The leader archive ({@link Leaders}) is mo-core's bounded crowding-distance archive of N
 * members; the result's population is the leader archive (as the paper and jMetal), not the swarm,
 * so it may hold fewer than N solutions. Constraints as jMetal's SMPSO: a smaller total violation
 * dominates, equal violations compare by Pareto dominance, in the archive and for personal bests.
 *
 * <p>Departures from the paper: χ is the paper's formula 2 / (2 − φ − √(φ² − 4φ)) for φ &gt; 4
 * and 1 otherwise, as the authors' jMetal code computes it, which is negative for φ &gt; 4 (Clerc
 * and Kennedy's constriction takes the absolute value of the denominator); W = 0.1 is jMetal's;
 * the archive drops its most crowded member with ties to the earliest inserted, and the two leader
 * candidates are distinct.
 *
 * <p>Cost per iteration: N evaluations (one batch, on the executor if set; results do not depend
 * on it), O(N n) for the moves, one crowding computation of the archive, O(N m log N), and N
 * offers to the archive, each O(N m) plus a crowding computation when it overflows.
 *
 * <p>Defaults: swarm and archive size N = 100, polynomial mutation with p_m = 1/n and η_m = 20,
 * seed {@value #DEFAULT_SEED}.
 */
public final class Smpso implements EvolutionaryAlgorithm {

    /** The seed used when the builder sets none. */
    public static final long DEFAULT_SEED = 1L;

    /** The swarm and archive size N used when the builder sets none. */
    public static final int DEFAULT_SWARM_SIZE = 100;

    /** The inertia weight W (jMetal's SMPSO). */
    public static final double INERTIA = 0.1;

    /** One particle in this many is mutated each iteration: particles 0, 6, 12, ... (jMetal's SMPSO). */
    public static final int MUTATION_PERIOD = 6;

    private final AlgorithmBuilder.Settings settings;
    private final int swarmSize;

    /**
     * SMPSO with the defaults.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public Smpso(Problem problem) {
        this(builder(problem));
    }

    private Smpso(Builder b) {
        this.settings = b.settings();
        this.swarmSize = b.swarmSize;
    }

    /**
     * A builder for {@code problem}.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public static Builder builder(Problem problem) {
        return new Builder(problem);
    }

    /** The swarm size N, which is also the leader archive's capacity. */
    @Override
    public int populationSize() {
        return swarmSize;
    }

    /**
     * The constriction coefficient of φ = C1 + C2: 2 / (2 − φ − √(φ² − 4φ)) for φ &gt; 4, else 1 (the
     * paper's formula as jMetal evaluates it; negative for φ &gt; 4).
     */
    static double constriction(double c1, double c2) {
        double phi = c1 + c2;
        if (phi <= 4) {
            return 1.0;
        }
        return 2.0 / (2.0 - phi - Math.sqrt(phi * phi - 4.0 * phi));
    }

    /** {@code v} bounded to [−δ, δ]. */
    static double clampVelocity(double v, double delta) {
        return v > delta ? delta : Math.max(v, -delta);
    }

    /**
     * Runs until {@code termination} says stop; each call starts afresh from the seed.
     *
     * @throws IllegalArgumentException if {@code termination} is null
     * @throws RunFailedException       if an evaluation fails; it carries the last complete generation
     */
    @Override
    public Result run(Termination termination) {
        Arguments.notNull("termination", termination);
        RandomGenerator rng = new SplittableRandom(settings.seed());
        RunContext ctx = new RunContext("SMPSO", settings, termination);
        Problem problem = settings.problem();
        Bounds bounds = problem.bounds();
        Mutation mutation = settings.mutation();
        int n = problem.numberOfVariables();
        int size = Math.min(swarmSize, ctx.tracker().remainingEvaluations());
        double[][] x = RunContext.randomVectors(size, bounds, rng);
        Evaluation[] e = ctx.evaluate(x);
        double[][] v = new double[size][n];
        double[][] bestX = x.clone();
        Evaluation[] bestE = e.clone();
        Leaders leaders = new Leaders(problem.numberOfObjectives(), swarmSize);
        for (int i = 0; i < size; i++) {
            leaders.add(x[i], e[i]);
        }
        StopReason reason = ctx.endGeneration(leaders.population());
        double[] delta = new double[n];
        for (int j = 0; j < n; j++) {
            delta[j] = (bounds.upper(j) - bounds.lower(j)) / 2;
        }
        while (reason == null && size == swarmSize) {
            int k = Math.min(swarmSize, ctx.tracker().remainingEvaluations());
            double[] crowding = leaders.crowding();
            var members = leaders.members();
            double[][] next = new double[k][];
            for (int i = 0; i < k; i++) {
                double[] g =
                        members.get(Leaders.tournament(crowding, rng)).payload().variables();
                double r1 = rng.nextDouble();
                double r2 = rng.nextDouble();
                double c1 = 1.5 + rng.nextDouble();
                double c2 = 1.5 + rng.nextDouble();
                double chi = constriction(c1, c2);
                double[] xi = x[i];
                double[] pi = bestX[i];
                double[] vi = v[i];
                double[] y = new double[n];
                for (int j = 0; j < n; j++) {
                    double vj = clampVelocity(
                            chi * (INERTIA * vi[j] + c1 * r1 * (pi[j] - xi[j]) + c2 * r2 * (g[j] - xi[j])), delta[j]);
                    double yj = xi[j] + vj;
                    if (yj < bounds.lower(j)) {
                        yj = bounds.lower(j);
                        vj = -vj;
                    } else if (yj > bounds.upper(j)) {
                        yj = bounds.upper(j);
                        vj = -vj;
                    }
                    vi[j] = vj;
                    y[j] = yj;
                }
                if (i % MUTATION_PERIOD == 0) {
                    mutation.apply(y, bounds, rng);
                }
                next[i] = y;
            }
            Evaluation[] es = ctx.evaluate(next);
            for (int i = 0; i < k; i++) {
                x[i] = next[i];
                e[i] = es[i];
                leaders.add(x[i], e[i]);
            }
            for (int i = 0; i < k; i++) {
                if (!dominates(bestE[i], e[i])) {
                    bestX[i] = x[i];
                    bestE[i] = e[i];
                }
            }
            reason = ctx.endGeneration(leaders.population());
        }
        return ctx.result(reason == null ? StopReason.EVALUATIONS : reason);
    }

    /** Whether {@code a} dominates {@code b}: smaller total violation, or equal and Pareto-dominating. */
    static boolean dominates(Evaluation a, Evaluation b) {
        double ca = a.totalViolation();
        double cb = b.totalViolation();
        if (ca != cb) {
            return ca < cb;
        }
        boolean strictly = false;
        for (int k = 0; k < a.numberOfObjectives(); k++) {
            double fa = a.objective(k);
            double fb = b.objective(k);
            if (fa > fb) {
                return false;
            }
            if (fa < fb) {
                strictly = true;
            }
        }
        return strictly;
    }

    @Override
    public String toString() {
        return "SMPSO[problem=" + settings.problem().name() + ", swarmSize=" + swarmSize + ", mutation="
                + settings.mutation() + ", seed=" + settings.seed() + "]";
    }

    /** Configures an {@link Smpso}; every setter validates its argument at once. */
    public static final class Builder extends AlgorithmBuilder<Builder, Smpso> {

        private int swarmSize = DEFAULT_SWARM_SIZE;

        private Builder(Problem problem) {
            // the shared settings' crossover is not used: particles move by velocity
            super(problem, new SbxCrossover(1.0, 20), new PolynomialMutation(20), DEFAULT_SEED);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The swarm size N ≥ 2, also the leader archive's capacity (default
         * {@value Smpso#DEFAULT_SWARM_SIZE}).
         *
         * @throws IllegalArgumentException if {@code size < 2}
         */
        @Override
        public Builder populationSize(int size) {
            this.swarmSize = Arguments.atLeast("populationSize", size, 2);
            return this;
        }

        /**
         * The mutation of one particle in six (default: polynomial, p_m = 1/n, η_m = 20).
         *
         * @throws IllegalArgumentException if {@code mutation} is null
         */
        @Override
        public Builder mutation(Mutation mutation) {
            return super.mutation(mutation);
        }

        /**
         * Not supported: SMPSO has no crossover; particles move by their velocity.
         *
         * @throws UnsupportedOperationException always
         */
        @Override
        public Builder crossover(Crossover crossover) {
            throw new UnsupportedOperationException("SMPSO has no crossover setting");
        }

        /** The configured algorithm. */
        @Override
        public Smpso build() {
            return new Smpso(this);
        }
    }
}
