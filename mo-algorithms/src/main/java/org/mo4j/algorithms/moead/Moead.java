package org.mo4j.algorithms.moead;

import java.util.concurrent.Executor;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.EvolutionaryAlgorithm;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.Termination;
import org.mo4j.algorithms.operators.Crossover;
import org.mo4j.algorithms.operators.Mutation;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Problem;

/**
 * MOEA/D (Zhang &amp; Li 2007, "MOEA/D: A multiobjective evolutionary algorithm based on
 * decomposition", IEEE TEC 11(6):712–731): the problem is decomposed into N scalar subproblems,
 * one per weight vector, each optimised with the help of its T nearest neighbours.
 *
 * <p>Each generation visits the subproblems i = 1..N in order: two distinct parents drawn
 * uniformly from the neighbourhood B(i), one child by SBX (the first of the pair) and polynomial
 * mutation — the operators of the paper's ZDT and DTLZ experiments (p_c = 1, η_c = 20, p_m = 1/n,
 * η_m = 20) — evaluated alone; the ideal point z* moves to it; it replaces every neighbour x_j,
 * j ∈ B(i), with g(y | λ_j, z*) ≤ g(x_j | λ_j, z*), g being {@link Aggregation#TCHEBYCHEFF
 * Tchebycheff} (default) or {@link Aggregation#PBI PBI} with penalty θ (default 5).
 *
 * <p>Weight vectors: for two objectives N evenly spaced ones (the simplex lattice with H = N − 1);
 * for m ≥ 3 the simplex lattice when N is one of its sizes C(H + m − 1, m − 1) (the paper's
 * choice; N = 300, H = 23, for the three-objective DTLZ runs of the quality test), else N Riesz
 * s-energy directions ({@link org.mo4j.core.weights.EnergyDirections}, seed 1).
 *
 * <p>Departures from the paper: no external population EP (the result is the population's
 * non-dominated members, as in jMetal and pymoo); a zero Tchebycheff weight counts as 10⁻⁴
 * (jMetal's rule); the paper's problem-specific repair heuristic is not applied; under constraints
 * a child replaces a neighbour when its total violation is smaller, or equal and its g is no
 * worse (feasibility first, as jMetal's constrained MOEA/D); the ideal point is updated from every
 * evaluated point, feasible or not.
 *
 * <p>Cost per step: one evaluation, O(n) variation and O(T m) aggregations; setup O(N² (m + T)) for
 * the neighbourhoods. MOEA/D is steady-state per subproblem: each child is evaluated alone, so an
 * {@link Builder#executor executor} only parallelises the initial population; results do not
 * depend on it. A "generation" (for the {@link Observer} and for time and stagnation checks) is
 * one sweep of N steps; the last may be shorter when the evaluation budget ends inside it.
 *
 * <p>Defaults: N = 100, T = 20, Tchebycheff, SBX (1.0, η_c = 20), polynomial mutation (1/n,
 * η_m = 20), seed {@value #DEFAULT_SEED}.
 */
public final class Moead implements EvolutionaryAlgorithm {

    /** The seed used when the builder sets none. */
    public static final long DEFAULT_SEED = 1L;

    /** The number of subproblems N used when the builder sets none. */
    public static final int DEFAULT_POPULATION_SIZE = 100;

    /** The neighbourhood size T used when the builder sets none (the paper's). */
    public static final int DEFAULT_NEIGHBOURHOOD_SIZE = 20;

    /** The PBI penalty θ used when the builder sets none (the paper's). */
    public static final double DEFAULT_PBI_PENALTY = 5.0;

    private final AlgorithmBuilder.Settings settings;
    private final int populationSize;
    private final int neighbourhoodSize;
    private final Aggregation aggregation;
    private final double theta;
    private final double[][] weights;

    /**
     * MOEA/D with the defaults.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public Moead(Problem problem) {
        this(builder(problem));
    }

    private Moead(Builder b) {
        this.settings = b.settings();
        this.populationSize = b.populationSize;
        this.neighbourhoodSize = b.neighbourhoodSize;
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
        Crossover crossover = settings.crossover();
        Mutation mutation = settings.mutation();
        double[] spare = new double[settings.problem().numberOfVariables()];
        int[] parents = new int[2];
        return SubproblemLoop.run(
                "MOEA/D", settings, termination, d, 1.0, Integer.MAX_VALUE, (i, pool, pop, child, bounds, rng) -> {
                    SubproblemLoop.twoDistinct(pool, rng, parents);
                    crossover.apply(pop.variables(parents[0]), pop.variables(parents[1]), child, spare, bounds, rng);
                    mutation.apply(child, bounds, rng);
                });
    }

    @Override
    public String toString() {
        return "MOEA/D[problem=" + settings.problem().name() + ", populationSize=" + populationSize
                + ", neighbourhoodSize=" + neighbourhoodSize + ", aggregation=" + aggregation.label()
                + (aggregation == Aggregation.PBI ? ", theta=" + theta : "") + ", crossover=" + settings.crossover()
                + ", mutation=" + settings.mutation() + ", seed=" + settings.seed() + "]";
    }

    /** Configures a {@link Moead}; every setter validates its argument at once. */
    public static final class Builder extends AlgorithmBuilder<Builder, Moead> {

        private int populationSize = DEFAULT_POPULATION_SIZE;
        private int neighbourhoodSize = DEFAULT_NEIGHBOURHOOD_SIZE;
        private Aggregation aggregation = Aggregation.TCHEBYCHEFF;
        private double theta = DEFAULT_PBI_PENALTY;

        private Builder(Problem problem) {
            super(problem, new SbxCrossover(1.0, 20), new PolynomialMutation(20), DEFAULT_SEED);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The number of subproblems N ≥ 2 (default {@value Moead#DEFAULT_POPULATION_SIZE}); for
         * m ≥ 3 objectives a simplex-lattice size gives the paper's weights, any other N Riesz
         * s-energy weights (N ≤ 10,000).
         *
         * @throws IllegalArgumentException if {@code size < 2}
         */
        @Override
        public Builder populationSize(int size) {
            this.populationSize = Arguments.atLeast("populationSize", size, 2);
            return this;
        }

        /**
         * The neighbourhood size T ≥ 2 (default {@value Moead#DEFAULT_NEIGHBOURHOOD_SIZE}); a T above
         * N means the whole population.
         *
         * @throws IllegalArgumentException if {@code size < 2}
         */
        public Builder neighbourhoodSize(int size) {
            this.neighbourhoodSize = Arguments.atLeast("neighbourhoodSize", size, 2);
            return this;
        }

        /**
         * The aggregation function (default Tchebycheff).
         *
         * @throws IllegalArgumentException if {@code aggregation} is null
         */
        public Builder aggregation(Aggregation aggregation) {
            this.aggregation = Arguments.notNull("aggregation", aggregation);
            return this;
        }

        /**
         * PBI's penalty θ ≥ 0 (default {@value Moead#DEFAULT_PBI_PENALTY}); used only with
         * {@link Aggregation#PBI}.
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

        /** The crossover; the first child is used (default SBX, probability 1, η_c = 20). */
        @Override
        public Builder crossover(Crossover crossover) {
            return super.crossover(crossover);
        }

        /**
         * The configured algorithm, with its weight vectors.
         *
         * @throws IllegalArgumentException if N &gt; 10,000 for m ≥ 3 and is not a simplex-lattice size
         */
        @Override
        public Moead build() {
            return new Moead(this);
        }
    }
}
