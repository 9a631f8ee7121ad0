package org.mo4j.algorithms.agemoea;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.EvolutionaryAlgorithm;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.StopReason;
import org.mo4j.algorithms.Termination;
import org.mo4j.algorithms.internal.Offspring;
import org.mo4j.algorithms.internal.Population;
import org.mo4j.algorithms.internal.RunContext;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.algorithms.operators.TournamentSelection;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Problem;

/**
 * AGE-MOEA (Panichella 2019, "An adaptive evolutionary algorithm based on non-Euclidean geometry
 * for many-objective optimization", GECCO 2019, 595–603): NSGA-II's frame with the crowding
 * distance replaced by a survival score that estimates the front's geometry (the L_p norm through
 * its central point) and measures proximity and diversity in that norm, so flat, convex and
 * concave fronts are spread alike.
 *
 * <p>Each generation: N offspring from parents chosen by binary tournament (lower constrained rank
 * wins, then the larger survival score, then a fair coin), SBX and polynomial mutation, evaluated
 * as one batch; then the {@link Survival environmental selection} of parents ∪ offspring:
 * constrained non-dominated sorting, normalisation of the first front, estimation of p, survival
 * scores (the paper's Algorithms 2 and 3), whole fronts while they fit and the last cut by
 * decreasing score.
 *
 * <p>Departures from the paper, which follow the author's code (PlatEMO's AGE-MOEA, written by the
 * author) where the paper leaves a detail open: corner solutions are the members nearest to the
 * axes in perpendicular distance, the intercepts fall back to the front's maxima when corners
 * coincide or the hyperplane is degenerate, and p = 1 when its estimate is not a number or at most
 * 0.1. Where this class differs from that code: objectives are not rounded (the code rounds to 6
 * decimals); p is capped at 20 (as pymoo); the greedy selection scores every member of the first
 * front (the code leaves the last one at 0); later fronts score 1 / ‖(f − z) / a‖_p, translated by
 * the ideal point z as the first front (the code divides untranslated values by a and measures the
 * distance to z); a zero divisor a_j counts as 1; ties go to the lower index. Constraints are
 * handled by constrained domination in the sort (feasible first, then total violation), as the
 * author's code.
 *
 * <p>Cost per generation: N evaluations, the sort of 2N points and O(k₁² m) L_p distances for a
 * first front of k₁ ≤ 2N members (see {@link Survival}). Random draws happen on the calling thread
 * and offspring are evaluated as one batch (on the executor if set): a seed gives bit-identical
 * results for any number of threads.
 *
 * <p>Defaults: N = {@value #DEFAULT_POPULATION_SIZE}, SBX with probability 0.9 and η_c = 20,
 * polynomial mutation with p_m = 1/n and η_m = 20, seed {@value #DEFAULT_SEED}.
 */
public final class AgeMoea implements EvolutionaryAlgorithm {

    /** The seed used when the builder sets none. */
    public static final long DEFAULT_SEED = 1L;

    /** The population size N used when the builder sets none. */
    public static final int DEFAULT_POPULATION_SIZE = 100;

    private final AlgorithmBuilder.Settings settings;
    private final int populationSize;

    /**
     * AGE-MOEA with the defaults.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public AgeMoea(Problem problem) {
        this(builder(problem));
    }

    private AgeMoea(Builder b) {
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

    /** The population size N. */
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
        RunContext ctx = new RunContext("AGE-MOEA", settings, termination);
        Problem problem = settings.problem();
        Bounds bounds = problem.bounds();
        Population pop = new Population(2 * populationSize);
        int[][] rank = {new int[0]};
        double[][] score = {new double[0]};
        int size = Math.min(populationSize, ctx.tracker().remainingEvaluations());
        ctx.evaluateInto(RunContext.randomVectors(size, bounds, rng), pop);
        survive(pop, rank, score);
        StopReason reason = ctx.endGeneration(pop);
        double[] spare = new double[problem.numberOfVariables()];
        Offspring.Selection tournament = (members, r) -> TournamentSelection.crowded(rank[0], score[0], members, r);
        while (reason == null && pop.size() >= 2) {
            int k = Math.min(populationSize, ctx.tracker().remainingEvaluations());
            ctx.evaluateInto(
                    Offspring.pairs(k, pop, tournament, settings.crossover(), settings.mutation(), bounds, rng, spare),
                    pop);
            survive(pop, rank, score);
            reason = ctx.endGeneration(pop);
        }
        return ctx.result(reason == null ? StopReason.EVALUATIONS : reason);
    }

    private void survive(Population pop, int[][] rank, double[][] score) {
        Survival.Selected s = Survival.select(pop.objectives(), pop.violations(), populationSize);
        pop.keep(s.members());
        rank[0] = s.ranks();
        score[0] = s.scores();
    }

    @Override
    public String toString() {
        return "AGE-MOEA[problem=" + settings.problem().name() + ", populationSize=" + populationSize
                + ", crossover=" + settings.crossover() + ", mutation=" + settings.mutation() + ", seed="
                + settings.seed() + "]";
    }

    /** Configures an {@link AgeMoea}; every setter validates its argument at once. */
    public static final class Builder extends AlgorithmBuilder<Builder, AgeMoea> {

        private int populationSize = DEFAULT_POPULATION_SIZE;

        private Builder(Problem problem) {
            super(problem, new SbxCrossover(0.9, 20), new PolynomialMutation(20), DEFAULT_SEED);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The population size N ≥ 2 (default {@value AgeMoea#DEFAULT_POPULATION_SIZE}).
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
        public AgeMoea build() {
            return new AgeMoea(this);
        }
    }
}
