package org.mo4j.algorithms.spea2;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.EvolutionaryAlgorithm;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.StopReason;
import org.mo4j.algorithms.Termination;
import org.mo4j.algorithms.internal.Indices;
import org.mo4j.algorithms.internal.Offspring;
import org.mo4j.algorithms.internal.Population;
import org.mo4j.algorithms.internal.RunContext;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Problem;

/**
 * SPEA2 (Zitzler, Laumanns, Thiele 2001, "SPEA2: Improving the strength Pareto evolutionary
 * algorithm", TIK-Report 103, ETH Zürich): an archive of N̄ solutions selected by strength-based
 * fitness with a k-th-nearest-neighbour density, truncated by nearest-neighbour distances so the
 * boundary solutions are kept.
 *
 * <p>Each generation: N offspring from parents chosen by binary tournament on the archive's fitness
 * (lower wins, ties at random), SBX and polynomial mutation, evaluated as one batch; the new archive
 * is the {@link EnvironmentalSelection environmental selection} of archive ∪ offspring. The
 * initial archive is the selection of N random solutions.
 *
 * <p>Departures from the paper: the archive and the population have the same size N (as in jMetal
 * and pymoo); the mating pool is drawn from the archive alone and the next population is the
 * offspring alone, which merges the paper's steps 3 to 6 (fitness is computed on archive ∪
 * offspring, as the paper's P_t ∪ P̄_t); constrained domination (feasible first, then by total
 * violation) replaces Pareto dominance, so constrained problems work; truncation ties (equal
 * distance lists) go to the lower index.
 *
 * <p>Cost per generation: N evaluations (one batch, on the executor if set; results do not depend
 * on it) and one environmental selection of 2N solutions, O(N² m + N² log N) plus truncation.
 *
 * <p>Defaults: N = N̄ = 100, SBX with probability 0.9 and η_c = 20, polynomial mutation with
 * p_m = 1/n and η_m = 20, seed {@value #DEFAULT_SEED}.
 */
public final class Spea2 implements EvolutionaryAlgorithm {

    /** The seed used when the builder sets none. */
    public static final long DEFAULT_SEED = 1L;

    /** The population and archive size N used when the builder sets none. */
    public static final int DEFAULT_POPULATION_SIZE = 100;

    private final AlgorithmBuilder.Settings settings;
    private final int populationSize;

    /**
     * SPEA2 with the defaults.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public Spea2(Problem problem) {
        this(builder(problem));
    }

    private Spea2(Builder b) {
        this.settings = b.settings();
        this.populationSize = b.populationSize;
    }

    /**
     * A builder for {@code problem}.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public static Builder builder(Problem problem) {
        return new Builder(problem);
    }

    /** The population and archive size N. */
    @Override
    public int populationSize() {
        return populationSize;
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
        RunContext ctx = new RunContext("SPEA2", settings, termination);
        Problem problem = settings.problem();
        Population pop = new Population(2 * populationSize);
        int size = Math.min(populationSize, ctx.tracker().remainingEvaluations());
        ctx.evaluateInto(RunContext.randomVectors(size, problem.bounds(), rng), pop);
        double[][] fitness = {select(pop)};
        StopReason reason = ctx.endGeneration(pop);
        double[] spare = new double[problem.numberOfVariables()];
        Offspring.Selection tournament = (members, r) -> {
            int a = r.nextInt(members);
            int b = Indices.other(r, members, a);
            double fa = fitness[0][a];
            double fb = fitness[0][b];
            if (fa != fb) {
                return fa < fb ? a : b;
            }
            return r.nextBoolean() ? a : b;
        };
        while (reason == null && pop.size() >= 2) {
            int k = Math.min(populationSize, ctx.tracker().remainingEvaluations());
            ctx.evaluateInto(
                    Offspring.pairs(
                            k,
                            pop,
                            tournament,
                            settings.crossover(),
                            settings.mutation(),
                            problem.bounds(),
                            rng,
                            spare),
                    pop);
            fitness[0] = select(pop);
            reason = ctx.endGeneration(pop);
        }
        return ctx.result(reason == null ? StopReason.EVALUATIONS : reason);
    }

    /** Keeps the environmental selection of {@code pop}; returns the kept members' fitness. */
    private double[] select(Population pop) {
        EnvironmentalSelection.Selected s =
                EnvironmentalSelection.select(pop.objectives(), pop.violations(), populationSize);
        pop.keep(s.members());
        return s.fitness();
    }

    @Override
    public String toString() {
        return "SPEA2[problem=" + settings.problem().name() + ", populationSize=" + populationSize + ", crossover="
                + settings.crossover() + ", mutation=" + settings.mutation() + ", seed=" + settings.seed() + "]";
    }

    /** Configures a {@link Spea2}; every setter validates its argument at once. */
    public static final class Builder extends AlgorithmBuilder<Builder, Spea2> {

        private int populationSize = DEFAULT_POPULATION_SIZE;

        private Builder(Problem problem) {
            super(problem, new SbxCrossover(0.9, 20), new PolynomialMutation(20), DEFAULT_SEED);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The population and archive size N ≥ 2 (default {@value Spea2#DEFAULT_POPULATION_SIZE}).
         *
         * @throws IllegalArgumentException if {@code size < 2}
         */
        @Override
        public Builder populationSize(int size) {
            this.populationSize = Arguments.atLeast("populationSize", size, 2);
            return this;
        }

        /** The configured algorithm. */
        @Override
        public Spea2 build() {
            return new Spea2(this);
        }
    }
}
