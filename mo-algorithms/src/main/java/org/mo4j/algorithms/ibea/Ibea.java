package org.mo4j.algorithms.ibea;

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
 * IBEA (Zitzler &amp; Künzli 2004, "Indicator-based selection in multiobjective search", PPSN
 * VIII, LNCS 3242:832–842; the paper's adaptive IBEA) with the additive ε-indicator I_ε+ by default
 * or the paper's hypervolume indicator I_HD ({@link Indicator}): the fitness of a member is the
 * loss in quality, measured by the indicator, if it were removed, so selection needs no diversity
 * mechanism of its own.
 *
 * <p>Each generation: N offspring from parents chosen by binary tournament on fitness (higher
 * wins, ties at random), SBX and polynomial mutation, evaluated as one batch; then
 * {@link IndicatorSelection the environmental selection} of population ∪ offspring: objectives
 * scaled to [0, 1] by the bounds of the union, F(x) = Σ_{y ≠ x} −exp(−I(y, x) / (c·κ)) with c
 * the largest |I| and κ = 0.05, and the member of smallest fitness removed one at a time, the
 * others' fitness updated in O(N) per removal, until N remain. The initial population is N random
 * solutions with their fitness.
 *
 * <p>Departures from the paper: the mating pool and the offspring have the population's size
 * (λ = α = N, as jMetal); the two tournament contestants are distinct; ties in the removal go to
 * the lower index; the paper is unconstrained, and here a smaller total violation wins the
 * tournament before fitness and the removal takes the largest violation first while any member is
 * infeasible (mo4j's rule; fitness is computed on the objectives of all members); I_HD's reference
 * point, 2 on the scaled objectives, is jMetal's, not read from the paper. jMetal's IBEA uses I_HD only.
 *
 * <p>Cost per generation: N evaluations (one batch, on the executor if set; results do not depend
 * on it) and one selection of 2N members, O(N² m) for the indicator values plus O(N) per each of the
 * N removals, so O(N² m) with a 2N × 2N matrix of weights.
 *
 * <p>Defaults: N = 100, κ = 0.05 (the paper's), SBX with probability 0.9 and η_c = 20, polynomial
 * mutation with p_m = 1/n and η_m = 20 (jMetal's IBEA settings), seed {@value #DEFAULT_SEED}.
 */
public final class Ibea implements EvolutionaryAlgorithm {

    /** The seed used when the builder sets none. */
    public static final long DEFAULT_SEED = 1L;

    /** The population size N used when the builder sets none. */
    public static final int DEFAULT_POPULATION_SIZE = 100;

    /** The fitness scaling factor κ used when the builder sets none (the paper's). */
    public static final double DEFAULT_KAPPA = 0.05;

    /** The indicator used when the builder sets none. */
    public static final Indicator DEFAULT_INDICATOR = Indicator.EPSILON;

    private final AlgorithmBuilder.Settings settings;
    private final int populationSize;
    private final double kappa;
    private final Indicator indicator;

    /**
     * IBEA with the defaults.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public Ibea(Problem problem) {
        this(builder(problem));
    }

    private Ibea(Builder b) {
        this.settings = b.settings();
        this.populationSize = b.populationSize;
        this.kappa = b.kappa;
        this.indicator = b.indicator;
    }

    /**
     * A builder for {@code problem}.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public static Builder builder(Problem problem) {
        return new Builder(problem);
    }

    /** The population size N. */
    @Override
    public int populationSize() {
        return populationSize;
    }

    /** The fitness scaling factor κ. */
    public double kappa() {
        return kappa;
    }

    /** The indicator the fitness is built on. */
    public Indicator indicator() {
        return indicator;
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
        RunContext ctx = new RunContext("IBEA", settings, termination);
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
            double va = pop.violation(a);
            double vb = pop.violation(b);
            if (va != vb) {
                return va < vb ? a : b;
            }
            double fa = fitness[0][a];
            double fb = fitness[0][b];
            if (fa != fb) {
                return fa > fb ? a : b;
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
        IndicatorSelection.Selected s =
                IndicatorSelection.select(pop.objectives(), pop.violations(), populationSize, indicator, kappa);
        pop.keep(s.members());
        return s.fitness();
    }

    @Override
    public String toString() {
        return "IBEA[problem=" + settings.problem().name() + ", populationSize=" + populationSize + ", kappa=" + kappa
                + ", indicator=" + indicator.label() + ", crossover=" + settings.crossover() + ", mutation="
                + settings.mutation() + ", seed="
                + settings.seed() + "]";
    }

    /** Configures an {@link Ibea}; every setter validates its argument at once. */
    public static final class Builder extends AlgorithmBuilder<Builder, Ibea> {

        private int populationSize = DEFAULT_POPULATION_SIZE;
        private double kappa = DEFAULT_KAPPA;
        private Indicator indicator = DEFAULT_INDICATOR;

        private Builder(Problem problem) {
            super(problem, new SbxCrossover(0.9, 20), new PolynomialMutation(20), DEFAULT_SEED);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The population size N ≥ 2 (default {@value Ibea#DEFAULT_POPULATION_SIZE}).
         *
         * @throws IllegalArgumentException if {@code size < 2}
         */
        @Override
        public Builder populationSize(int size) {
            this.populationSize = Arguments.atLeast("populationSize", size, 2);
            return this;
        }

        /**
         * The fitness scaling factor κ &gt; 0 (default {@value Ibea#DEFAULT_KAPPA}).
         *
         * @throws IllegalArgumentException if {@code kappa} is not positive and finite
         */
        public Builder kappa(double kappa) {
            if (!(kappa > 0) || Double.isInfinite(kappa)) {
                throw new IllegalArgumentException("kappa must be positive and finite, was " + kappa);
            }
            this.kappa = kappa;
            return this;
        }

        /**
         * The indicator of the fitness (default {@link Indicator#EPSILON}).
         *
         * @throws IllegalArgumentException if {@code indicator} is null
         */
        public Builder indicator(Indicator indicator) {
            this.indicator = Arguments.notNull("indicator", indicator);
            return this;
        }

        /** The configured algorithm. */
        @Override
        public Ibea build() {
            return new Ibea(this);
        }
    }
}
