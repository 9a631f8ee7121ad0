package org.mo4j.algorithms.smsemoa;

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
import org.mo4j.algorithms.internal.ConstrainedSorting;
import org.mo4j.algorithms.internal.Indices;
import org.mo4j.algorithms.internal.Population;
import org.mo4j.algorithms.internal.RunContext;
import org.mo4j.algorithms.operators.Crossover;
import org.mo4j.algorithms.operators.Mutation;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Problem;

/**
 * SMS-EMOA (Beume, Naujoks, Emmerich 2007, "SMS-EMOA: Multiobjective selection based on dominated
 * hypervolume", EJOR 181(3):1653–1669), a steady-state (μ + 1) algorithm.
 *
 * <p>Each step: two distinct parents drawn uniformly at random, one child by SBX (the first of the
 * pair) and polynomial mutation, evaluated alone; the μ + 1 solutions are sorted under constrained
 * domination (feasible first, then by total violation) and one member of the worst front is removed: the only
 * one if the front has a single member, otherwise the one with the smallest exact hypervolume
 * contribution ({@link Hypervolume#contributions}) with respect to the reference point
 * r_i = max_{p ∈ last front} p_i + {@link Builder#referenceOffset offset} (default offset 1, so the
 * extremes of the front keep a positive contribution). Ties go to the earliest position.
 *
 * <p>Cost per step: one evaluation, the non-dominated sort of μ + 1 points (O(μ log μ) for two
 * objectives, O(m μ²) worst case otherwise) and the contributions of the k points of the last
 * front: O(k log k) for m ≤ 3, O(k² m) plus k hypervolumes of limit sets for m ≥ 4. The steps
 * evaluate one child each, so an {@link Builder#executor executor} only parallelises the initial
 * population; results do not depend on it.
 *
 * <p>A "generation" (for the {@link Observer} and for time and stagnation checks) is μ steps; the
 * last may be shorter when the evaluation budget ends inside it.
 *
 * <p>Defaults: μ = 100, SBX with probability 0.9 and η_c = 15, polynomial mutation with
 * p_m = 1/n and η_m = 20 (the paper's settings), seed {@value #DEFAULT_SEED}.
 */
public final class SmsEmoa implements EvolutionaryAlgorithm {

    /** The seed used when the builder sets none. */
    public static final long DEFAULT_SEED = 1L;

    /** The population size μ used when the builder sets none. */
    public static final int DEFAULT_POPULATION_SIZE = 100;

    private final AlgorithmBuilder.Settings settings;
    private final int populationSize;
    private final double offset;

    /**
     * SMS-EMOA with the defaults.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public SmsEmoa(Problem problem) {
        this(builder(problem));
    }

    private SmsEmoa(Builder b) {
        this.settings = b.settings();
        this.populationSize = b.populationSize;
        this.offset = b.offset;
    }

    /**
     * A builder for {@code problem}.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public static Builder builder(Problem problem) {
        return new Builder(problem);
    }

    /** The population size μ. */
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
        RunContext ctx = new RunContext("SMS-EMOA", settings, termination);
        Problem problem = settings.problem();
        Crossover crossover = settings.crossover();
        Mutation mutation = settings.mutation();
        Bounds bounds = problem.bounds();
        int n = problem.numberOfVariables();
        int mu = populationSize;
        Population pop = new Population(mu + 1);

        int size = Math.min(mu, ctx.tracker().remainingEvaluations());
        ctx.evaluateInto(RunContext.randomVectors(size, bounds, rng), pop);
        StopReason reason = ctx.endGeneration(pop);
        double[] spare = new double[n];
        double[][] batch = new double[1][];
        int step = 0;
        while (reason == null && pop.size() >= 2) {
            int a = rng.nextInt(pop.size());
            int b = Indices.other(rng, pop.size(), a);
            double[] child = new double[n];
            crossover.apply(pop.variables(a), pop.variables(b), child, spare, bounds, rng);
            mutation.apply(child, bounds, rng);
            batch[0] = child;
            ctx.evaluateInto(batch, pop);
            pop.removeByLast(worst(pop.objectives(), pop.violations(), pop.size(), offset));
            step++;
            if (step % mu == 0 || ctx.tracker().budgetSpent()) {
                reason = ctx.endGeneration(pop);
            }
        }
        return ctx.result(reason == null ? StopReason.EVALUATIONS : reason);
    }

    /** The index of the member to remove from the first {@code size} members. */
    static int worst(double[][] f, double[] cv, int size, double offset) {
        double[][] fm = f.length == size ? f : Arrays.copyOf(f, size);
        int[] ranks = ConstrainedSorting.ranks(fm, cv.length == size ? cv : Arrays.copyOf(cv, size));
        int last = 0;
        for (int r : ranks) {
            last = Math.max(last, r);
        }
        int k = 0;
        for (int r : ranks) {
            if (r == last) {
                k++;
            }
        }
        int[] members = new int[k];
        double[][] points = new double[k][];
        k = 0;
        for (int i = 0; i < size; i++) {
            if (ranks[i] == last) {
                members[k] = i;
                points[k++] = fm[i];
            }
        }
        if (k == 1) {
            return members[0];
        }
        int m = points[0].length;
        double[] ref = new double[m];
        Arrays.fill(ref, Double.NEGATIVE_INFINITY);
        for (double[] p : points) {
            for (int d = 0; d < m; d++) {
                ref[d] = Math.max(ref[d], p[d]);
            }
        }
        for (int d = 0; d < m; d++) {
            ref[d] += offset;
        }
        double[] c = Hypervolume.contributions(points, ref);
        int best = 0;
        for (int i = 1; i < k; i++) {
            if (c[i] < c[best]) {
                best = i;
            }
        }
        return members[best];
    }

    @Override
    public String toString() {
        return "SMS-EMOA[problem=" + settings.problem().name() + ", populationSize=" + populationSize
                + ", crossover=" + settings.crossover() + ", mutation=" + settings.mutation() + ", referenceOffset="
                + offset + ", seed=" + settings.seed() + "]";
    }

    /** Configures an {@link SmsEmoa}; every setter validates its argument at once. */
    public static final class Builder extends AlgorithmBuilder<Builder, SmsEmoa> {

        private int populationSize = DEFAULT_POPULATION_SIZE;
        private double offset = 1.0;

        private Builder(Problem problem) {
            super(problem, new SbxCrossover(0.9, 15), new PolynomialMutation(20), DEFAULT_SEED);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The population size μ ≥ 2 (default {@value SmsEmoa#DEFAULT_POPULATION_SIZE}).
         *
         * @throws IllegalArgumentException if {@code size < 2}
         */
        @Override
        public Builder populationSize(int size) {
            this.populationSize = Arguments.atLeast("populationSize", size, 2);
            return this;
        }

        /**
         * The offset added to the worst values of the last front to form the reference point
         * (default 1, in the units of the objectives).
         *
         * @throws IllegalArgumentException if {@code offset} is not finite and &gt; 0
         */
        public Builder referenceOffset(double offset) {
            this.offset = Arguments.positive("offset", offset);
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

        /** Called once per generation of μ steps (default: none). */
        @Override
        public Builder observer(Observer observer) {
            return super.observer(observer);
        }

        /** The crossover; the first child is used (default SBX, probability 0.9, η_c = 15). */
        @Override
        public Builder crossover(Crossover crossover) {
            return super.crossover(crossover);
        }

        /** The configured algorithm. */
        @Override
        public SmsEmoa build() {
            return new SmsEmoa(this);
        }
    }
}
