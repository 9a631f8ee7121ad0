package org.mo4j.algorithms.emoea;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.EvolutionaryAlgorithm;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.StopReason;
import org.mo4j.algorithms.Termination;
import org.mo4j.algorithms.internal.Indices;
import org.mo4j.algorithms.internal.Population;
import org.mo4j.algorithms.internal.RunContext;
import org.mo4j.algorithms.operators.Crossover;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.core.archive.EpsilonGridArchive;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.problem.Problem;

/**
 * ε-MOEA (Deb, Mohan, Mishra 2005, "Evaluating the ε-domination based multi-objective evolutionary
 * algorithm for a quick computation of Pareto-optimal solutions", Evolutionary Computation
 * 13(4):501–525): a steady-state population of N beside an archive kept by ε-box dominance, so the
 * archive is bounded by the grid and spreads itself without a crowding measure.
 *
 * <p>Each step: one parent from the population by a dominance tournament (two distinct members at
 * random; the one that constrained-dominates the other, else either with probability ½), one parent
 * drawn uniformly from the archive, one child by SBX (the first of the pair) and polynomial
 * mutation, evaluated alone through the shared evaluator. The child enters the population by the
 * paper's rules ({@link Acceptance#population}): it replaces one of the members it dominates, chosen
 * at random; it is rejected if a member dominates it; otherwise it replaces a random member. It
 * enters the archive by ε-box dominance ({@link Acceptance.Archive}: mo-core's
 * {@link EpsilonGridArchive}, whose rules are the paper's: boxes {@code floor(f_i / ε_i)}, an offer
 * whose box is weakly box-dominated by another member's box is rejected, members whose boxes it
 * dominates leave, and in a shared box the dominating vector stays, of two incomparable ones the one
 * nearer the box's lower corner, the member on a tie). The initial archive is the initial
 * population offered in order. The result is the archive.
 *
 * <p>Departures from the paper: the grid is anchored at 0 ({@code floor(f_i / ε_i)}, as MOEA
 * Framework) instead of at the known minimum f_i^min, which only shifts the boxes; the two
 * population parents of the tournament are distinct; under constraints domination is constrained
 * domination (feasible first, then smaller total violation) in the tournament and the population,
 * and the archive holds the ε-box archive of the feasible children, or, while none has been
 * feasible, the single child of least total violation (the member on a tie) — the paper does not
 * treat constraints in these rules, and MOEA Framework's archive likewise lets a smaller violation
 * dominate.
 *
 * <p>Cost per step: one evaluation, O(n) variation, O(N m) for the population and O(A m) for the
 * archive of A members. ε-MOEA is steady-state: each child is evaluated alone, so an
 * {@link Builder#executor executor} only parallelises the initial population; results do not
 * depend on it. A "generation" (for the {@link Observer} and for time and stagnation checks) is N
 * steps; the last may be shorter when the evaluation budget ends inside it.
 *
 * <p>Defaults: N = {@value #DEFAULT_POPULATION_SIZE}, ε = {@value #DEFAULT_EPSILON} in every
 * objective (MOEA Framework's default, which it also uses for ZDT; give 0.05 for three-objective
 * DTLZ, its value there), SBX with probability 1 and η_c = 15, polynomial mutation with p_m = 1/n
 * and η_m = 20, seed {@value #DEFAULT_SEED}.
 */
public final class EpsilonMoea implements EvolutionaryAlgorithm {

    /** The seed used when the builder sets none. */
    public static final long DEFAULT_SEED = 1L;

    /** The population size N used when the builder sets none. */
    public static final int DEFAULT_POPULATION_SIZE = 100;

    /** The box side ε in every objective used when the builder sets none. */
    public static final double DEFAULT_EPSILON = 0.01;

    private final AlgorithmBuilder.Settings settings;
    private final int populationSize;
    private final double[] epsilon;

    /**
     * ε-MOEA with the defaults.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public EpsilonMoea(Problem problem) {
        this(builder(problem));
    }

    private EpsilonMoea(Builder b) {
        this.settings = b.settings();
        this.populationSize = b.populationSize;
        this.epsilon = b.epsilon;
    }

    /**
     * A builder for {@code problem}.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public static Builder builder(Problem problem) {
        return new Builder(problem);
    }

    /** The population size N (the archive's size follows from ε). */
    @Override
    public int populationSize() {
        return populationSize;
    }

    /** The box sides ε, one per objective (a copy). */
    public double[] epsilon() {
        return epsilon.clone();
    }

    /**
     * Runs until {@code termination} says stop; each call starts afresh from the seed. The result's
     * population is the archive.
     *
     * @throws IllegalArgumentException if {@code termination} is null
     * @throws RunFailedException       if an evaluation fails; it carries the archive of the last
     *                                  complete generation
     */
    @Override
    public Result run(Termination termination) {
        Arguments.notNull("termination", termination);
        RandomGenerator rng = new SplittableRandom(settings.seed());
        RunContext ctx = new RunContext("epsilon-MOEA", settings, termination);
        Problem problem = settings.problem();
        Bounds bounds = problem.bounds();
        int n = problem.numberOfVariables();
        Population pop = new Population(populationSize);
        Acceptance.Archive archive = new Acceptance.Archive(epsilon);
        int size = Math.min(populationSize, ctx.tracker().remainingEvaluations());
        ctx.evaluateInto(RunContext.randomVectors(size, bounds, rng), pop);
        for (int i = 0; i < pop.size(); i++) {
            archive.offer(pop.variables(i), pop.evaluation(i));
        }
        StopReason reason = ctx.endGeneration(archive.asPopulation());
        Crossover crossover = settings.crossover();
        double[] spare = new double[n];
        int[] scratch = new int[populationSize];
        double[][] batch = new double[1][];
        long step = 0;
        while (reason == null && pop.size() == populationSize) {
            int p = tournament(pop, rng);
            int q = rng.nextInt(archive.size());
            double[] child = new double[n];
            crossover.apply(pop.variables(p), archive.variables(q), child, spare, bounds, rng);
            settings.mutation().apply(child, bounds, rng);
            batch[0] = child;
            Evaluation e = ctx.evaluate(batch)[0];
            int replace = Acceptance.population(pop, e.objectives(), e.totalViolation(), scratch, rng);
            if (replace >= 0) {
                pop.replace(replace, child, e);
            }
            archive.offer(child, e);
            step++;
            if (step % populationSize == 0 || ctx.tracker().budgetSpent()) {
                reason = ctx.endGeneration(archive.asPopulation());
            }
        }
        return ctx.result(reason == null ? StopReason.EVALUATIONS : reason);
    }

    /** The dominance tournament: two distinct members; the dominating one, else a fair coin. */
    private static int tournament(Population pop, RandomGenerator rng) {
        int a = rng.nextInt(pop.size());
        int b = Indices.other(rng, pop.size(), a);
        if (Acceptance.dominates(pop.objectives(a), pop.violation(a), pop.objectives(b), pop.violation(b))) {
            return a;
        }
        if (Acceptance.dominates(pop.objectives(b), pop.violation(b), pop.objectives(a), pop.violation(a))) {
            return b;
        }
        return rng.nextBoolean() ? a : b;
    }

    @Override
    public String toString() {
        return "ε-MOEA[problem=" + settings.problem().name() + ", populationSize=" + populationSize + ", epsilon="
                + Arrays.toString(epsilon) + ", crossover=" + settings.crossover() + ", mutation="
                + settings.mutation() + ", seed=" + settings.seed() + "]";
    }

    /** Configures an {@link EpsilonMoea}; every setter validates its argument at once. */
    public static final class Builder extends AlgorithmBuilder<Builder, EpsilonMoea> {

        private int populationSize = DEFAULT_POPULATION_SIZE;
        private double[] epsilon;

        private Builder(Problem problem) {
            super(problem, new SbxCrossover(1.0, 15), new PolynomialMutation(20), DEFAULT_SEED);
            this.epsilon = new double[problem.numberOfObjectives()];
            Arrays.fill(epsilon, DEFAULT_EPSILON);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The population size N ≥ 2 (default {@value EpsilonMoea#DEFAULT_POPULATION_SIZE}).
         *
         * @throws IllegalArgumentException if {@code size < 2}
         */
        @Override
        public Builder populationSize(int size) {
            this.populationSize = Arguments.atLeast("populationSize", size, 2);
            return this;
        }

        /**
         * The box side ε in every objective (default {@value EpsilonMoea#DEFAULT_EPSILON}).
         *
         * @throws IllegalArgumentException if {@code epsilon} is not positive and finite
         */
        public Builder epsilon(double epsilon) {
            double[] all = new double[problem().numberOfObjectives()];
            Arrays.fill(all, epsilon);
            return epsilon(all);
        }

        /**
         * The box sides ε_i, one per objective, each positive and finite (copied).
         *
         * @throws IllegalArgumentException if {@code epsilon} is null, has another length than the
         *                                  number of objectives, or a side that is not positive and finite
         */
        public Builder epsilon(double[] epsilon) {
            Arguments.notNull("epsilon", epsilon);
            int m = problem().numberOfObjectives();
            if (epsilon.length != m) {
                throw new IllegalArgumentException(
                        "epsilon must have one side per objective (" + m + "), had " + epsilon.length);
            }
            for (int i = 0; i < m; i++) {
                if (!(epsilon[i] > 0) || Double.isInfinite(epsilon[i])) {
                    throw new IllegalArgumentException(
                            "epsilon[" + i + "] must be positive and finite, was " + epsilon[i]);
                }
            }
            this.epsilon = epsilon.clone();
            return this;
        }

        /**
         * Where the initial population is evaluated (default: the calling thread); the steps evaluate
         * one child each on the calling thread. Results do not depend on it.
         */
        @Override
        public Builder executor(Executor executor) {
            return super.executor(executor);
        }

        /** Called once per N steps (default: none). */
        @Override
        public Builder observer(Observer observer) {
            return super.observer(observer);
        }

        /** The crossover; the first child is used (default SBX, probability 1, η_c = 15). */
        @Override
        public Builder crossover(Crossover crossover) {
            return super.crossover(crossover);
        }

        /** The configured algorithm. */
        @Override
        public EpsilonMoea build() {
            return new EpsilonMoea(this);
        }
    }
}
