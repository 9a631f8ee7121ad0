package org.mo4j.algorithms.nsga2;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.EvolutionaryAlgorithm;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.StopReason;
import org.mo4j.algorithms.Termination;
import org.mo4j.algorithms.internal.ConstrainedSorting;
import org.mo4j.algorithms.internal.Indices;
import org.mo4j.algorithms.internal.Offspring;
import org.mo4j.algorithms.internal.Population;
import org.mo4j.algorithms.internal.RunContext;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.algorithms.operators.TournamentSelection;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Problem;
import org.mo4j.core.sorting.CrowdingDistance;
import org.mo4j.core.sorting.NonDominatedSorting;

/**
 * NSGA-II (Deb, Pratap, Agarwal, Meyarivan 2002, "A fast and elitist multiobjective genetic
 * algorithm: NSGA-II", IEEE TEC 6(2):182–197).
 *
 * <p>Each generation: N offspring by binary tournament on crowded comparison (rank, then crowding
 * distance), SBX and polynomial mutation; parents and offspring are merged, sorted into fronts
 * under constrained domination (feasible first, then by total violation, then Pareto with
 * {@link NonDominatedSorting}), and the N survivors are the best fronts,
 * the last one cut by decreasing {@link CrowdingDistance crowding distance} (ties by position).
 *
 * <p>Defaults: N = 100, SBX with probability 0.9 and η_c = 20, polynomial mutation with p_m = 1/n
 * and η_m = 20 (the paper's settings), seed {@value #DEFAULT_SEED}.
 *
 * <p>Cost per generation: N evaluations plus the non-dominated sort of 2N points (O(N log N) for
 * two objectives, O(m N²) worst case otherwise) and O(m N log N) for crowding. All random draws
 * happen on the calling thread and offspring are evaluated as one batch, on the executor if one is
 * set, so a seed gives bit-identical results for any number of threads.
 *
 * <pre>{@code
 * Result r = new Nsga2(problem).run(25_000);
 * Result s = Nsga2.builder(problem).populationSize(200).seed(7).executor(pool).build()
 *         .run(Termination.evaluations(50_000));
 * }</pre>
 */
public final class Nsga2 implements EvolutionaryAlgorithm {

    /** The seed used when the builder sets none. */
    public static final long DEFAULT_SEED = 1L;

    /** The population size used when the builder sets none. */
    public static final int DEFAULT_POPULATION_SIZE = 100;

    private final AlgorithmBuilder.Settings settings;
    private final int populationSize;

    /**
     * NSGA-II with the defaults.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public Nsga2(Problem problem) {
        this(builder(problem));
    }

    private Nsga2(Builder b) {
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

    @Override
    public int populationSize() {
        return populationSize;
    }

    /**
     * Runs until {@code termination} says stop. Each call starts afresh from the seed, so repeated
     * calls return equal results.
     *
     * @throws IllegalArgumentException if {@code termination} is null
     * @throws RunFailedException       if an evaluation fails; it carries the last complete generation
     */
    @Override
    public Result run(Termination termination) {
        Arguments.notNull("termination", termination);
        RandomGenerator rng = new SplittableRandom(settings.seed());
        RunContext ctx = new RunContext("NSGA-II", settings, termination);
        Problem problem = settings.problem();
        Bounds bounds = problem.bounds();
        Population pop = new Population(2 * populationSize);
        int[] rank = new int[2 * populationSize];
        double[] crowding = new double[2 * populationSize];

        int size = Math.min(populationSize, ctx.tracker().remainingEvaluations());
        ctx.evaluateInto(RunContext.randomVectors(size, bounds, rng), pop);
        survive(pop, populationSize, rank, crowding);
        StopReason reason = ctx.endGeneration(pop);
        double[] spare = new double[problem.numberOfVariables()];
        Offspring.Selection crowded = (members, r) -> TournamentSelection.crowded(rank, crowding, members, r);
        while (reason == null && pop.size() >= 2) {
            int k = Math.min(populationSize, ctx.tracker().remainingEvaluations());
            ctx.evaluateInto(
                    Offspring.pairs(k, pop, crowded, settings.crossover(), settings.mutation(), bounds, rng, spare),
                    pop);
            survive(pop, populationSize, rank, crowding);
            reason = ctx.endGeneration(pop);
        }
        return ctx.result(reason == null ? StopReason.EVALUATIONS : reason);
    }

    /**
     * Keeps the best {@code min(target, size)} members in the first positions, with their rank and
     * crowding distance.
     */
    static void survive(Population pop, int target, int[] rank, double[] crowding) {
        double[][] fm = pop.objectives();
        int[][] fronts = NonDominatedSorting.fronts(ConstrainedSorting.ranks(fm, pop.violations()));
        int keep = Math.min(target, pop.size());
        int[] chosen = new int[keep];
        int count = 0;
        for (int r = 0; r < fronts.length && count < keep; r++) {
            int[] front = fronts[r];
            double[] cd = CrowdingDistance.of(fm, front);
            int[] order = Indices.identity(front.length);
            if (count + front.length > keep) {
                double[] negated = new double[cd.length];
                for (int i = 0; i < cd.length; i++) {
                    negated[i] = -cd[i];
                }
                Indices.sortByKey(order, negated);
            }
            for (int i = 0; i < front.length && count < keep; i++) {
                chosen[count] = front[order[i]];
                crowding[count] = cd[order[i]];
                rank[count++] = r;
            }
        }
        pop.keep(chosen);
    }

    @Override
    public String toString() {
        return "NSGA-II[problem=" + settings.problem().name() + ", populationSize=" + populationSize
                + ", crossover=" + settings.crossover() + ", mutation=" + settings.mutation() + ", seed="
                + settings.seed() + "]";
    }

    /** Configures an {@link Nsga2}; every setter validates its argument at once. */
    public static final class Builder extends AlgorithmBuilder<Builder, Nsga2> {

        private int populationSize = DEFAULT_POPULATION_SIZE;

        private Builder(Problem problem) {
            super(problem, new SbxCrossover(0.9, 20), new PolynomialMutation(20), DEFAULT_SEED);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The population size N, even and ≥ 2 (default {@value Nsga2#DEFAULT_POPULATION_SIZE}).
         *
         * @throws IllegalArgumentException if {@code size < 2} or odd
         */
        @Override
        public Builder populationSize(int size) {
            if (size < 2 || size % 2 != 0) {
                throw new IllegalArgumentException("populationSize must be even and at least 2, was " + size);
            }
            this.populationSize = size;
            return this;
        }

        /** The configured algorithm. */
        @Override
        public Nsga2 build() {
            return new Nsga2(this);
        }
    }
}
