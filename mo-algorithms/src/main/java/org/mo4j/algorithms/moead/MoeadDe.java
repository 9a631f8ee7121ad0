package org.mo4j.algorithms.moead;

import java.util.concurrent.Executor;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.EvolutionaryAlgorithm;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.Termination;
import org.mo4j.algorithms.operators.Crossover;
import org.mo4j.algorithms.operators.DifferentialEvolution;
import org.mo4j.algorithms.operators.Mutation;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Problem;

/**
 * MOEA/D-DE (Li &amp; Zhang 2009, "Multiobjective optimization problems with complicated Pareto
 * sets, MOEA/D and NSGA-II", IEEE TEC 13(2):284–302): MOEA/D with differential evolution and two
 * changes that keep diversity, a mating pool that is the whole population with probability 1 − δ,
 * and at most n_r replacements per child.
 *
 * <p>Each generation visits the subproblems i = 1..N in order: the pool P is the neighbourhood
 * B(i) (the T nearest weight vectors) with probability δ (default 0.9), else the whole population;
 * the child is DE/rand/1/bin with r1 = i and r2 ≠ r3 drawn uniformly from P
 * ({@link DifferentialEvolution}, CR = 1, F = 0.5 by default, out-of-bounds values clipped), then
 * polynomial mutation (p_m = 1/n, η_m = 20); it is evaluated alone, the ideal point z* moves to it,
 * and it replaces members j of P drawn at random without repetition while fewer than n_r (default
 * 2) have been replaced, when g(y | λ_j, z*) ≤ g(x_j | λ_j, z*) with g {@link
 * Aggregation#TCHEBYCHEFF Tchebycheff} (default; {@link Aggregation#PBI PBI} is available).
 *
 * <p>Weight vectors as {@link Moead}: evenly spaced for two objectives, the simplex lattice for
 * m ≥ 3 when N is one of its sizes (the paper: N = 300 for two objectives, 595 for three, on
 * LZ09), else N Riesz s-energy directions.
 *
 * <p>Departures from the paper: the paper's N for two objectives is 300 (its LZ09 runs); the
 * default here is 100, matched to the 25,000-evaluation ZDT budget (set {@code populationSize(300)}
 * for the paper's setting). A zero Tchebycheff weight counts as 10⁻⁴ (jMetal); out-of-bounds DE
 * values are clipped to the bounds; under constraints a child replaces when its total violation is
 * smaller, or equal and its g is no worse; the ideal point is updated from every evaluated point.
 *
 * <p>Cost per step: one evaluation, O(n) variation, at most |P| aggregations of O(m) each. Like
 * {@link Moead}, steady-state: each child is evaluated alone, an {@link Builder#executor executor}
 * only parallelises the initial population, and a "generation" is a sweep of N steps.
 *
 * <p>Defaults: N = 100, T = 20, δ = 0.9, n_r = 2, Tchebycheff, DE with CR = 1 and F = 0.5,
 * polynomial mutation (1/n, η_m = 20), seed {@value #DEFAULT_SEED}.
 */
public final class MoeadDe implements EvolutionaryAlgorithm {

    /** The seed used when the builder sets none. */
    public static final long DEFAULT_SEED = 1L;

    /** The number of subproblems N used when the builder sets none. */
    public static final int DEFAULT_POPULATION_SIZE = 100;

    /** The neighbourhood size T used when the builder sets none (the paper's). */
    public static final int DEFAULT_NEIGHBOURHOOD_SIZE = 20;

    /** The probability δ of mating and replacing within the neighbourhood (the paper's). */
    public static final double DEFAULT_NEIGHBOURHOOD_PROBABILITY = 0.9;

    /** The maximum number n_r of members a child replaces (the paper's). */
    public static final int DEFAULT_MAX_REPLACEMENTS = 2;

    /** DE's crossover rate CR (the paper's). */
    public static final double DEFAULT_CR = 1.0;

    /** DE's scaling factor F (the paper's). */
    public static final double DEFAULT_F = 0.5;

    private final AlgorithmBuilder.Settings settings;
    private final int populationSize;
    private final int neighbourhoodSize;
    private final double delta;
    private final int maxReplacements;
    private final DifferentialEvolution de;
    private final Aggregation aggregation;
    private final double theta;
    private final double[][] weights;

    /**
     * MOEA/D-DE with the defaults.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public MoeadDe(Problem problem) {
        this(builder(problem));
    }

    private MoeadDe(Builder b) {
        this.settings = b.settings();
        this.populationSize = b.populationSize;
        this.neighbourhoodSize = b.neighbourhoodSize;
        this.delta = b.delta;
        this.maxReplacements = b.maxReplacements;
        this.de = b.de;
        this.aggregation = b.aggregation;
        this.theta = b.theta;
        this.weights = Decomposition.weights(settings.problem().numberOfObjectives(), populationSize);
    }

    /**
     * A builder for {@code problem}.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public static Builder builder(Problem problem) {
        return new Builder(problem);
    }

    /** The number of subproblems N (the population size). */
    @Override
    public int populationSize() {
        return populationSize;
    }

    /** The weight vectors, one per subproblem (fresh arrays). */
    public double[][] weights() {
        double[][] out = new double[weights.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = weights[i].clone();
        }
        return out;
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
        Decomposition d = new Decomposition(weights, neighbourhoodSize, aggregation, theta);
        Mutation mutation = settings.mutation();
        int[] donors = new int[2];
        return SubproblemLoop.run(
                "MOEA/D-DE", settings, termination, d, delta, maxReplacements, (i, pool, pop, child, bounds, rng) -> {
                    SubproblemLoop.twoDistinct(pool, rng, donors);
                    double[] xi = pop.variables(i);
                    de.apply(xi, xi, pop.variables(donors[0]), pop.variables(donors[1]), child, bounds, rng);
                    mutation.apply(child, bounds, rng);
                });
    }

    @Override
    public String toString() {
        return "MOEA/D-DE[problem=" + settings.problem().name() + ", populationSize=" + populationSize
                + ", neighbourhoodSize=" + neighbourhoodSize + ", delta=" + delta + ", maxReplacements="
                + maxReplacements + ", aggregation=" + aggregation.label()
                + (aggregation == Aggregation.PBI ? ", theta=" + theta : "") + ", de=" + de + ", mutation="
                + settings.mutation() + ", seed=" + settings.seed() + "]";
    }

    /** Configures a {@link MoeadDe}; every setter validates its argument at once. */
    public static final class Builder extends AlgorithmBuilder<Builder, MoeadDe> {

        private int populationSize = DEFAULT_POPULATION_SIZE;
        private int neighbourhoodSize = DEFAULT_NEIGHBOURHOOD_SIZE;
        private double delta = DEFAULT_NEIGHBOURHOOD_PROBABILITY;
        private int maxReplacements = DEFAULT_MAX_REPLACEMENTS;
        private DifferentialEvolution de = new DifferentialEvolution(DEFAULT_CR, DEFAULT_F);
        private Aggregation aggregation = Aggregation.TCHEBYCHEFF;
        private double theta = Moead.DEFAULT_PBI_PENALTY;

        private Builder(Problem problem) {
            // the shared settings' crossover is not used: MOEA/D-DE varies by differential evolution
            super(problem, new SbxCrossover(1.0, 20), new PolynomialMutation(20), DEFAULT_SEED);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The number of subproblems N ≥ 2 (default {@value MoeadDe#DEFAULT_POPULATION_SIZE}; the
         * paper's 300 for two objectives); weights as {@link Moead.Builder#populationSize}.
         *
         * @throws IllegalArgumentException if {@code size < 2}
         */
        @Override
        public Builder populationSize(int size) {
            this.populationSize = Arguments.atLeast("populationSize", size, 2);
            return this;
        }

        /**
         * The neighbourhood size T ≥ 2 (default {@value MoeadDe#DEFAULT_NEIGHBOURHOOD_SIZE}); a T above
         * N means the whole population.
         *
         * @throws IllegalArgumentException if {@code size < 2}
         */
        public Builder neighbourhoodSize(int size) {
            this.neighbourhoodSize = Arguments.atLeast("neighbourhoodSize", size, 2);
            return this;
        }

        /**
         * δ, the probability that a step mates and replaces within the neighbourhood rather than the
         * whole population (default {@value MoeadDe#DEFAULT_NEIGHBOURHOOD_PROBABILITY}).
         *
         * @throws IllegalArgumentException if {@code delta} is not in [0, 1]
         */
        public Builder neighbourhoodProbability(double delta) {
            if (!(delta >= 0 && delta <= 1)) {
                throw new IllegalArgumentException("neighbourhoodProbability must be in [0, 1], was " + delta);
            }
            this.delta = delta;
            return this;
        }

        /**
         * n_r ≥ 1, the most members one child may replace (default {@value MoeadDe#DEFAULT_MAX_REPLACEMENTS}).
         *
         * @throws IllegalArgumentException if {@code count < 1}
         */
        public Builder maxReplacements(int count) {
            this.maxReplacements = Arguments.positive("maxReplacements", count);
            return this;
        }

        /**
         * The differential-evolution operator (default CR = {@value MoeadDe#DEFAULT_CR}, F =
         * {@value MoeadDe#DEFAULT_F}).
         *
         * @throws IllegalArgumentException if {@code de} is null
         */
        public Builder differentialEvolution(DifferentialEvolution de) {
            this.de = Arguments.notNull("de", de);
            return this;
        }

        /**
         * The aggregation function (default Tchebycheff, the paper's).
         *
         * @throws IllegalArgumentException if {@code aggregation} is null
         */
        public Builder aggregation(Aggregation aggregation) {
            this.aggregation = Arguments.notNull("aggregation", aggregation);
            return this;
        }

        /**
         * PBI's penalty θ ≥ 0 (default 5); used only with {@link Aggregation#PBI}.
         *
         * @throws IllegalArgumentException if {@code theta} is negative or not finite
         */
        public Builder pbiPenalty(double theta) {
            if (!(theta >= 0) || Double.isInfinite(theta)) {
                throw new IllegalArgumentException("pbiPenalty must be finite and >= 0, was " + theta);
            }
            this.theta = theta;
            return this;
        }

        /**
         * Not supported: MOEA/D-DE varies by {@link #differentialEvolution differential evolution}.
         *
         * @throws UnsupportedOperationException always
         */
        @Override
        public Builder crossover(Crossover crossover) {
            throw new UnsupportedOperationException(
                    "MOEA/D-DE has no crossover setting; set differentialEvolution(...) instead");
        }

        /**
         * Where the initial population is evaluated (default: the calling thread); the steps evaluate
         * one child each on the calling thread. Results do not depend on it.
         */
        @Override
        public Builder executor(Executor executor) {
            return super.executor(executor);
        }

        /** Called once per sweep of N steps (default: none). */
        @Override
        public Builder observer(Observer observer) {
            return super.observer(observer);
        }

        /**
         * The configured algorithm, with its weight vectors.
         *
         * @throws IllegalArgumentException if N &gt; 10,000 for m ≥ 3 and is not a simplex-lattice size
         */
        @Override
        public MoeadDe build() {
            return new MoeadDe(this);
        }
    }
}
