package org.mo4j.algorithms.nsga3;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.EvolutionaryAlgorithm;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.StopReason;
import org.mo4j.algorithms.Termination;
import org.mo4j.algorithms.internal.ConstrainedSorting;
import org.mo4j.algorithms.internal.Offspring;
import org.mo4j.algorithms.internal.Population;
import org.mo4j.algorithms.internal.RunContext;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.algorithms.operators.TournamentSelection;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Problem;
import org.mo4j.core.sorting.NonDominatedSorting;

/**
 * NSGA-III (Deb &amp; Jain 2014, "An evolutionary many-objective optimization algorithm using
 * reference-point-based nondominated sorting approach, part I: solving problems with box
 * constraints", IEEE TEC 18(4):577–601; constraints as in Jain &amp; Deb 2014, part II, IEEE TEC
 * 18(4):602–622).
 *
 * <p>Each generation: N offspring from randomly chosen parents (unconstrained problems, as the
 * paper) or from binary tournaments on feasibility then violation (constrained problems, part II),
 * SBX and polynomial mutation. Parents and offspring are sorted into fronts under constrained
 * domination; whole fronts are kept while they fit, and the last front is cut by niching: the
 * objectives are normalised (ideal point, extreme points by the achievement scalarising function
 * with weights 1e-6 off the axis, intercepts of their hyperplane, falling back to the worst values
 * of the first front when the system is singular or an intercept is not positive), each solution is
 * associated with the reference line nearest in perpendicular distance, and the least crowded
 * reference points receive members of the last front, the nearest one when the niche is empty,
 * a random one otherwise.
 *
 * <p>Defaults: the reference directions of {@link ReferenceDirections#defaults(int)} (m = 3:
 * 91 directions, N = 92; m = 5: 210, N = 212; two layers from m = 8), N the smallest multiple of 4
 * ≥ the number of directions, SBX with probability 1 and η_c = 30, polynomial mutation with
 * p_m = 1/n and η_m = 20 (the paper's Table II), seed {@value #DEFAULT_SEED}.
 *
 * <p>Departures from the paper, from pymoo's reading of it: the extreme points of the previous
 * generation stay candidates for the new ones (so the normalisation does not jump back when an
 * extreme solution is lost), the extreme points are searched among the first front, and
 * differences below 1e-3 from the ideal point are taken as 0 in the scalarising function, and each
 * intercept is capped at the worst value of S_t in its objective, as pymoo does (the evidence for
 * keeping it is in docs/DECISIONS.md).
 *
 * <p>Cost per generation: N evaluations, the sort of 2N points, and O(m · 2N · H) for the
 * association with H reference directions. Random draws happen on the calling thread and offspring
 * are evaluated as one batch (on the executor if set): a seed gives bit-identical results for any
 * number of threads.
 */
public final class Nsga3 implements EvolutionaryAlgorithm {

    /** The seed used when the builder sets none. */
    public static final long DEFAULT_SEED = 1L;

    private final AlgorithmBuilder.Settings settings;
    private final double[][] directions;
    private final int populationSize;

    /**
     * NSGA-III with the defaults.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public Nsga3(Problem problem) {
        this(builder(problem));
    }

    private Nsga3(Builder b) {
        this.settings = b.settings();
        this.directions = b.directions;
        this.populationSize =
                b.populationSize > 0 ? b.populationSize : ReferenceDirections.populationSize(b.directions.length);
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

    /** The reference directions (fresh arrays). */
    public double[][] referenceDirections() {
        double[][] out = new double[directions.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = directions[i].clone();
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
        RandomGenerator rng = new SplittableRandom(settings.seed());
        RunContext ctx = new RunContext("NSGA-III", settings, termination);
        Niching niching = new Niching(directions);
        Problem problem = settings.problem();
        Bounds bounds = problem.bounds();
        Population pop = new Population(2 * populationSize);

        int size = Math.min(populationSize, ctx.tracker().remainingEvaluations());
        ctx.evaluateInto(RunContext.randomVectors(size, bounds, rng), pop);
        StopReason reason = ctx.endGeneration(pop);
        double[] spare = new double[problem.numberOfVariables()];
        Offspring.Selection mating = problem.numberOfConstraints() > 0
                ? (members, r) -> TournamentSelection.constrained(pop.violationsView(), members, r)
                : (members, r) -> r.nextInt(members);
        while (reason == null && pop.size() >= 2) {
            int k = Math.min(populationSize, ctx.tracker().remainingEvaluations());
            ctx.evaluateInto(
                    Offspring.pairs(k, pop, mating, settings.crossover(), settings.mutation(), bounds, rng, spare),
                    pop);
            survive(pop, populationSize, niching, rng);
            reason = ctx.endGeneration(pop);
        }
        return ctx.result(reason == null ? StopReason.EVALUATIONS : reason);
    }

    private static void survive(Population pop, int target, Niching niching, RandomGenerator rng) {
        if (pop.size() <= target) {
            return;
        }
        double[][] fm = pop.objectives();
        int[][] fronts = NonDominatedSorting.fronts(ConstrainedSorting.ranks(fm, pop.violations()));
        int[] chosen = new int[target];
        int count = 0;
        int r = 0;
        while (count + fronts[r].length <= target) {
            System.arraycopy(fronts[r], 0, chosen, count, fronts[r].length);
            count += fronts[r].length;
            r++;
        }
        if (count < target) {
            int[] picks = niching.select(fm, Arrays.copyOf(chosen, count), fronts[r], fronts[0], target - count, rng);
            System.arraycopy(picks, 0, chosen, count, picks.length);
        }
        pop.keep(chosen);
    }

    @Override
    public String toString() {
        return "NSGA-III[problem=" + settings.problem().name() + ", referenceDirections=" + directions.length
                + ", populationSize=" + populationSize + ", crossover=" + settings.crossover() + ", mutation="
                + settings.mutation() + ", seed=" + settings.seed() + "]";
    }

    /** Configures an {@link Nsga3}; every setter validates its argument at once. */
    public static final class Builder extends AlgorithmBuilder<Builder, Nsga3> {

        private double[][] directions;
        private int populationSize;

        private Builder(Problem problem) {
            super(problem, new SbxCrossover(1.0, 30), new PolynomialMutation(20), DEFAULT_SEED);
            this.directions = ReferenceDirections.defaults(problem.numberOfObjectives());
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The population size N, even and ≥ 2 (default: the smallest multiple of 4 ≥ the number of
         * reference directions).
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

        /**
         * Das–Dennis reference directions with {@code divisions} divisions (one layer).
         *
         * @throws IllegalArgumentException if {@code divisions < 1}
         */
        public Builder divisions(int divisions) {
            Arguments.positive("divisions", divisions);
            this.directions =
                    org.mo4j.core.weights.WeightVectors.simplexLattice(problem().numberOfObjectives(), divisions);
            return this;
        }

        /**
         * Two-layer reference directions (outer H₁, inner H₂), as the paper for 8 or more objectives.
         *
         * @throws IllegalArgumentException if a division count is below 1
         */
        public Builder divisions(int outer, int inner) {
            this.directions =
                    org.mo4j.core.weights.WeightVectors.twoLayer(problem().numberOfObjectives(), outer, inner);
            return this;
        }

        /**
         * Explicit reference directions: non-negative rows, not all zero, with one entry per objective
         * (copied).
         *
         * @throws IllegalArgumentException naming the offending row
         */
        public Builder referenceDirections(double[][] directions) {
            int m = problem().numberOfObjectives();
            Arguments.nonEmptyFront("directions", directions, m, "problem objectives");
            double[][] copy = new double[directions.length][];
            for (int i = 0; i < directions.length; i++) {
                double sum = 0;
                for (double w : directions[i]) {
                    if (w < 0) {
                        throw new IllegalArgumentException(
                                "directions[" + i + "] must be non-negative, was " + Arrays.toString(directions[i]));
                    }
                    sum += w;
                }
                if (sum == 0) {
                    throw new IllegalArgumentException("directions[" + i + "] must not be all zero");
                }
                copy[i] = directions[i].clone();
            }
            this.directions = copy;
            return this;
        }

        /** The configured algorithm. */
        @Override
        public Nsga3 build() {
            return new Nsga3(this);
        }
    }
}
