package org.mo4j.algorithms.rvea;

import java.util.Arrays;
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
import org.mo4j.algorithms.internal.WeightSets;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Problem;
import org.mo4j.core.weights.WeightVectors;

/**
 * RVEA (Cheng, Jin, Olhofer, Sendhoff 2016, "A reference vector guided evolutionary algorithm for
 * many-objective optimization", IEEE TEC 20(5):773–791): one solution per reference vector, chosen
 * by an angle-penalised distance that favours convergence early and spread late, so many-objective
 * problems need neither dominance nor a density estimator.
 *
 * <p>Each generation: N offspring from parents drawn uniformly at random from the current
 * population (with replacement), SBX and polynomial mutation, evaluated as one batch; then the
 * {@link ReferenceVectors#select selection} of parents ∪ offspring: objectives translated by their
 * minimum, each solution joined to the reference vector of smallest angle, and each vector that
 * has solutions keeps the one of least APD = (1 + m (t/t_max)^α θ/γ_v) ‖f'‖, γ_v the smallest angle
 * between v and another vector. The population therefore holds at most N members (one per occupied
 * vector), as in the paper. Every ⌈f_r · t_max⌉ generations the vectors are adapted: v = v0 ∘
 * (z_max − z_min), normalised, z_min and z_max over the new population.
 *
 * <p>Progress t/t_max: with an evaluation budget B (also inside {@link Termination#anyOf}), t/t_max
 * = (evaluations so far) / B and t_max = ⌈B / N⌉ generations, as the paper's "maximal number of
 * generations" for a budget of evaluations. When the termination has no evaluation budget (a time
 * limit or stagnation alone), t_max is the planned number of generations,
 * {@link Builder#plannedGenerations} (default {@value #DEFAULT_PLANNED_GENERATIONS}), t the
 * generations completed, and t/t_max is capped at 1 beyond it.
 *
 * <p>Constraints: within a vector's solutions feasible ones come first and are compared by APD; a
 * vector with only infeasible solutions keeps the one of least total violation — the constrained
 * RVEA of the authors' code (PlatEMO). Translation uses all solutions, feasible or not.
 *
 * <p>Departures from the paper: progress is measured in evaluations rather than generations (the
 * same up to the initial population, and exact when the last generation is shortened to the
 * budget); the adaptation period is counted in generations including the initial one, as PlatEMO;
 * a range z_max − z_min below 10⁻¹² counts as 10⁻¹² in the adaptation; a solution at the translated
 * origin joins vector 0; ties (equal cosines, equal APD) go to the lower index.
 *
 * <p>Cost per generation: N evaluations and O(2N · V · m) for the association with V vectors, plus
 * O(V² m) at each adaptation.
 *
 * <p>Defaults: the reference vectors of {@link #defaultVectors(int)} (m = 3: H = 13, 105 vectors,
 * the paper's), N = their number, α = {@value #DEFAULT_ALPHA}, f_r = {@value #DEFAULT_FREQUENCY},
 * SBX with probability 1 and η_c = 30, polynomial mutation with p_m = 1/n and η_m = 20 (the paper's
 * settings), seed {@value #DEFAULT_SEED}.
 */
public final class Rvea implements EvolutionaryAlgorithm {

    /** The seed used when the builder sets none. */
    public static final long DEFAULT_SEED = 1L;

    /** The penalty exponent α used when the builder sets none (the paper's). */
    public static final double DEFAULT_ALPHA = 2.0;

    /** The adaptation frequency f_r used when the builder sets none (the paper's). */
    public static final double DEFAULT_FREQUENCY = 0.1;

    /** t_max, in generations, when the termination has no evaluation budget and the builder sets none. */
    public static final int DEFAULT_PLANNED_GENERATIONS = 500;

    private final AlgorithmBuilder.Settings settings;
    private final double[][] vectors;
    private final double alpha;
    private final double frequency;
    private final int plannedGenerations;

    /**
     * RVEA with the defaults.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public Rvea(Problem problem) {
        this(builder(problem));
    }

    private Rvea(Builder b) {
        this.settings = b.settings();
        int m = settings.problem().numberOfObjectives();
        this.vectors = b.vectors != null
                ? b.vectors
                : b.populationSize > 0 ? WeightSets.ofSize(m, b.populationSize) : defaultVectors(m);
        this.alpha = b.alpha;
        this.frequency = b.frequency;
        this.plannedGenerations = b.plannedGenerations;
    }

    /**
     * A builder for {@code problem}.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public static Builder builder(Problem problem) {
        return new Builder(problem);
    }

    /**
     * The default reference vectors for m objectives: simplex lattices with H divisions for m ≤ 5
     * (m = 2: H = 99, 100 vectors; m = 3: H = 13, 105, the paper's; m = 4: H = 7, 120; m = 5: H = 5,
     * 126) and two layers from m = 6 as the paper (m = 6: H₁ = 4, H₂ = 1, 132; m = 7 to 10: H₁ = 3,
     * H₂ = 2, 156 for m = 8 and 275 for m = 10, the paper's; m ≥ 11: H₁ = 2, H₂ = 1, 135 for m = 15,
     * the paper's). Fresh arrays.
     */
    public static double[][] defaultVectors(int m) {
        return switch (m) {
            case 1 -> new double[][] {{1.0}};
            case 2 -> WeightVectors.simplexLattice(2, 99);
            case 3 -> WeightVectors.simplexLattice(3, 13);
            case 4 -> WeightVectors.simplexLattice(4, 7);
            case 5 -> WeightVectors.simplexLattice(5, 5);
            case 6 -> WeightVectors.twoLayer(6, 4, 1);
            case 7, 8, 9, 10 -> WeightVectors.twoLayer(m, 3, 2);
            default -> WeightVectors.twoLayer(m, 2, 1);
        };
    }

    /** The population size N: the number of reference vectors (the population may hold fewer). */
    @Override
    public int populationSize() {
        return vectors.length;
    }

    /** The initial reference vectors, not normalised (fresh arrays). */
    public double[][] referenceVectors() {
        double[][] out = new double[vectors.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = vectors[i].clone();
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
        RunContext ctx = new RunContext("RVEA", settings, termination);
        Problem problem = settings.problem();
        Bounds bounds = problem.bounds();
        int n = vectors.length;
        ReferenceVectors rv = new ReferenceVectors(vectors);
        long budget = termination.maxEvaluations();
        boolean byEvaluations = budget != Long.MAX_VALUE;
        long tmax = byEvaluations ? (budget + n - 1) / n : plannedGenerations;
        long period = Math.max(1, (long) Math.ceil(frequency * tmax));
        Population pop = new Population(2 * n);
        int size = Math.min(n, ctx.tracker().remainingEvaluations());
        ctx.evaluateInto(RunContext.randomVectors(size, bounds, rng), pop);
        StopReason reason = ctx.endGeneration(pop);
        long generation = 1; // the initial population counts, as the adaptation schedule of PlatEMO
        double[] spare = new double[problem.numberOfVariables()];
        Offspring.Selection random = (members, r) -> r.nextInt(members);
        while (reason == null && pop.size() >= 1) {
            int k = Math.min(n, ctx.tracker().remainingEvaluations());
            ctx.evaluateInto(
                    Offspring.pairs(k, pop, random, settings.crossover(), settings.mutation(), bounds, rng, spare),
                    pop);
            generation++;
            double progress = byEvaluations
                    ? (double) ctx.tracker().evaluations() / budget
                    : Math.min(1.0, (double) (generation - 1) / tmax);
            pop.keep(rv.select(pop.objectives(), pop.violations(), Math.pow(progress, alpha)));
            if (generation % period == 0) {
                rv.adapt(pop.objectives());
            }
            reason = ctx.endGeneration(pop);
        }
        return ctx.result(reason == null ? StopReason.EVALUATIONS : reason);
    }

    @Override
    public String toString() {
        return "RVEA[problem=" + settings.problem().name() + ", referenceVectors=" + vectors.length + ", alpha="
                + alpha + ", frequency=" + frequency + ", crossover=" + settings.crossover() + ", mutation="
                + settings.mutation() + ", seed=" + settings.seed() + "]";
    }

    /** Configures an {@link Rvea}; every setter validates its argument at once. */
    public static final class Builder extends AlgorithmBuilder<Builder, Rvea> {

        private double[][] vectors;
        private int populationSize;
        private double alpha = DEFAULT_ALPHA;
        private double frequency = DEFAULT_FREQUENCY;
        private int plannedGenerations = DEFAULT_PLANNED_GENERATIONS;

        private Builder(Problem problem) {
            super(problem, new SbxCrossover(1.0, 30), new PolynomialMutation(20), DEFAULT_SEED);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The population size N ≥ 2, which is the number of reference vectors: the simplex lattice
         * when N is one of its sizes (always for two objectives), else N Riesz s-energy vectors
         * (N ≤ 10,000). Replaces vectors set before. Default: {@link Rvea#defaultVectors(int)}.
         *
         * @throws IllegalArgumentException if {@code size < 2}
         */
        @Override
        public Builder populationSize(int size) {
            this.populationSize = Arguments.atLeast("populationSize", size, 2);
            this.vectors = null;
            return this;
        }

        /**
         * Das–Dennis reference vectors with {@code divisions} divisions (one layer); N follows.
         *
         * @throws IllegalArgumentException if {@code divisions < 1}
         */
        public Builder divisions(int divisions) {
            Arguments.positive("divisions", divisions);
            return referenceVectors(WeightVectors.simplexLattice(problem().numberOfObjectives(), divisions));
        }

        /**
         * Two-layer reference vectors (outer H₁, inner H₂), as the paper for six or more objectives.
         *
         * @throws IllegalArgumentException if a division count is below 1
         */
        public Builder divisions(int outer, int inner) {
            return referenceVectors(WeightVectors.twoLayer(problem().numberOfObjectives(), outer, inner));
        }

        /**
         * Explicit initial reference vectors: at least two non-negative rows, not all zero, with one
         * entry per objective, no two within 10⁻⁶ radians of the same direction (copied); N is their
         * number.
         *
         * @throws IllegalArgumentException naming the offending row
         */
        public Builder referenceVectors(double[][] vectors) {
            int m = problem().numberOfObjectives();
            Arguments.nonEmptyFront("vectors", vectors, m, "problem objectives");
            if (vectors.length < 2) {
                throw new IllegalArgumentException("vectors must have at least 2 rows, had " + vectors.length);
            }
            double[][] copy = new double[vectors.length][];
            for (int i = 0; i < vectors.length; i++) {
                double sum = 0;
                for (double w : vectors[i]) {
                    if (!(w >= 0)) {
                        throw new IllegalArgumentException(
                                "vectors[" + i + "] must be non-negative, was " + Arrays.toString(vectors[i]));
                    }
                    sum += w;
                }
                if (sum == 0) {
                    throw new IllegalArgumentException("vectors[" + i + "] must not be all zero");
                }
                copy[i] = vectors[i].clone();
            }
            ReferenceVectors rv = new ReferenceVectors(copy);
            for (int j = 0; j < rv.size(); j++) {
                if (rv.gamma(j) < 1e-6) {
                    throw new IllegalArgumentException(
                            "vectors[" + j + "] has the direction of another row: " + Arrays.toString(vectors[j]));
                }
            }
            this.vectors = copy;
            this.populationSize = 0;
            return this;
        }

        /**
         * The penalty exponent α &gt; 0 of APD (default {@value Rvea#DEFAULT_ALPHA}).
         *
         * @throws IllegalArgumentException if {@code alpha} is not positive and finite
         */
        public Builder alpha(double alpha) {
            if (!(alpha > 0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException("alpha must be positive and finite, was " + alpha);
            }
            this.alpha = alpha;
            return this;
        }

        /**
         * The adaptation frequency f_r in (0, 1]: the vectors are adapted every ⌈f_r · t_max⌉
         * generations (default {@value Rvea#DEFAULT_FREQUENCY}).
         *
         * @throws IllegalArgumentException if {@code frequency} is not in (0, 1]
         */
        public Builder adaptationFrequency(double frequency) {
            if (!(frequency > 0 && frequency <= 1)) {
                throw new IllegalArgumentException("adaptationFrequency must be in (0, 1], was " + frequency);
            }
            this.frequency = frequency;
            return this;
        }

        /**
         * t_max in generations when the termination has no evaluation budget (default
         * {@value Rvea#DEFAULT_PLANNED_GENERATIONS}); with an evaluation budget B, t_max = ⌈B / N⌉.
         *
         * @throws IllegalArgumentException if {@code generations < 1}
         */
        public Builder plannedGenerations(int generations) {
            Arguments.positive("generations", generations);
            this.plannedGenerations = generations;
            return this;
        }

        /** The configured algorithm. */
        @Override
        public Rvea build() {
            return new Rvea(this);
        }
    }
}
