package org.mo4j.algorithms.gde3;

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
import org.mo4j.algorithms.internal.Population;
import org.mo4j.algorithms.internal.RunContext;
import org.mo4j.algorithms.operators.Crossover;
import org.mo4j.algorithms.operators.DifferentialEvolution;
import org.mo4j.algorithms.operators.Mutation;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.problem.Problem;
import org.mo4j.core.sorting.CrowdingDistance;
import org.mo4j.core.sorting.NonDominatedSorting;

/**
 * GDE3 (Kukkonen &amp; Lampinen 2005, "GDE3: the third evolution step of generalized differential
 * evolution", IEEE CEC 2005, 1:443–450): differential evolution whose trial replaces its parent
 * when it weakly constraint-dominates it, and joins the population beside it when the two are
 * feasible and neither dominates, the population being cut back to N by non-dominated sorting and
 * crowding distance. DE's rotation-invariant variation with NSGA-II's survival.
 *
 * <p>Each generation: for every member x_i a trial u_i = DE/rand/1/bin (r1, r2, r3 distinct and
 * ≠ i, drawn uniformly; {@link DifferentialEvolution}, CR = 0.5 and F = 0.5 by default), all N
 * trials evaluated as one batch; then {@link #select the paper's selection rule}: u_i replaces x_i
 * if it weakly constraint-dominates it; both stay if both are feasible and x_i does not dominate
 * u_i; otherwise x_i stays. When the population has grown beyond N it is reduced to N: fronts
 * under constrained domination, the last front cut by decreasing NSGA-II crowding distance
 * (computed once over that front, ties by position).
 *
 * <p>Constraints as the paper: u weakly constraint-dominates x when u is feasible and x is not,
 * when both are infeasible and u's violation of every constraint, max(g_j, 0), is at most x's, or
 * when both are feasible and u weakly dominates x in objective space.
 *
 * <p>Departures from the paper: the paper's reduction is NSGA-II's (crowding distance computed
 * once, as here and in jMetal; the later GDE3 papers prune one at a time, not done here), but the
 * non-dominated sorting of the reduction ranks infeasible members by total violation (Deb's rule,
 * {@link ConstrainedSorting}) rather than by constraint-domination in the space of the individual
 * violations; DE values outside the bounds are clipped to them (as jMetal does); CR = F = 0.5
 * are jMetal's GDE3 defaults, not a setting taken from the paper. jMetal differs from
 * the paper in its selection: it keeps both when the two are mutually non-dominated by its
 * dominance comparator, including equal objective vectors, where the paper replaces.
 *
 * <p>Cost per generation: N evaluations (one batch, on the executor if set; results do not depend
 * on it), O(N n) for the trials, and one non-dominated sort and crowding of at most 2N members
 * (O(N log N) for two objectives, O(m N²) worst case otherwise).
 *
 * <p>Defaults: N = 100, CR = 0.5, F = 0.5, seed {@value #DEFAULT_SEED}.
 */
public final class Gde3 implements EvolutionaryAlgorithm {

    /** The seed used when the builder sets none. */
    public static final long DEFAULT_SEED = 1L;

    /** The population size N used when the builder sets none. */
    public static final int DEFAULT_POPULATION_SIZE = 100;

    /** DE's crossover rate CR used when the builder sets none (jMetal's). */
    public static final double DEFAULT_CR = 0.5;

    /** DE's scaling factor F used when the builder sets none (jMetal's). */
    public static final double DEFAULT_F = 0.5;

    /** The selection outcome: the trial replaces its parent. */
    static final int REPLACE = 0;

    /** The selection outcome: the parent stays, the trial is dropped. */
    static final int KEEP_PARENT = 1;

    /** The selection outcome: both stay. */
    static final int KEEP_BOTH = 2;

    private final AlgorithmBuilder.Settings settings;
    private final int populationSize;
    private final DifferentialEvolution de;

    /**
     * GDE3 with the defaults.
     *
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public Gde3(Problem problem) {
        this(builder(problem));
    }

    private Gde3(Builder b) {
        this.settings = b.settings();
        this.populationSize = b.populationSize;
        this.de = b.de;
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

    /** The differential-evolution operator. */
    public DifferentialEvolution differentialEvolution() {
        return de;
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
        RunContext ctx = new RunContext("GDE3", settings, termination);
        Problem problem = settings.problem();
        Bounds bounds = problem.bounds();
        int n = problem.numberOfVariables();
        Population pop = new Population(2 * populationSize);
        int size = Math.min(populationSize, ctx.tracker().remainingEvaluations());
        ctx.evaluateInto(RunContext.randomVectors(size, bounds, rng), pop);
        StopReason reason = ctx.endGeneration(pop);
        double[][] extra = new double[populationSize][];
        Evaluation[] extraEvaluations = new Evaluation[populationSize];
        while (reason == null && pop.size() >= 4) {
            int members = pop.size();
            int k = Math.min(members, ctx.tracker().remainingEvaluations());
            double[][] trials = new double[k][];
            for (int i = 0; i < k; i++) {
                int r1 = other(members, rng, i, -1, -1);
                int r2 = other(members, rng, i, r1, -1);
                int r3 = other(members, rng, i, r1, r2);
                double[] u = new double[n];
                // the paper's u = x_r3 + F (x_r1 − x_r2), crossed with x_i
                de.apply(pop.variables(i), pop.variables(r3), pop.variables(r1), pop.variables(r2), u, bounds, rng);
                trials[i] = u;
            }
            Evaluation[] es = ctx.evaluate(trials);
            int added = 0;
            for (int i = 0; i < k; i++) {
                Evaluation e = es[i];
                double cvu = e.totalViolation();
                double cvx = pop.violation(i);
                boolean bothInfeasible = cvu > 0 && cvx > 0;
                int outcome = select(
                        pop.objectives(i),
                        cvx,
                        bothInfeasible ? pop.evaluation(i).constraints() : null,
                        e.objectives(),
                        cvu,
                        bothInfeasible ? e.constraints() : null);
                if (outcome == REPLACE) {
                    pop.replace(i, trials[i], e);
                } else if (outcome == KEEP_BOTH) {
                    extra[added] = trials[i];
                    extraEvaluations[added++] = e;
                }
            }
            for (int j = 0; j < added; j++) {
                pop.add(extra[j], extraEvaluations[j]);
                extra[j] = null;
                extraEvaluations[j] = null;
            }
            reduce(pop, populationSize);
            reason = ctx.endGeneration(pop);
        }
        return ctx.result(reason == null ? StopReason.EVALUATIONS : reason);
    }

    /** A uniform index below {@code members} other than {@code a}, {@code b} and {@code c}. */
    private static int other(int members, RandomGenerator rng, int a, int b, int c) {
        int r;
        do {
            r = rng.nextInt(members);
        } while (r == a || r == b || r == c);
        return r;
    }

    /**
     * GDE3's selection between a parent x and its trial u: {@link #REPLACE} when u weakly
     * constraint-dominates x, {@link #KEEP_BOTH} when both are feasible and x does not dominate u,
     * else {@link #KEEP_PARENT}.
     *
     * @param gx the parent's constraint values; read only when both are infeasible
     * @param gu the trial's constraint values; read only when both are infeasible
     */
    static int select(double[] fx, double cvx, double[] gx, double[] fu, double cvu, double[] gu) {
        if (cvx > 0 || cvu > 0) {
            if (cvu == 0) {
                return REPLACE; // u feasible, x not
            }
            if (cvx == 0) {
                return KEEP_PARENT; // x feasible, u not
            }
            for (int j = 0; j < gu.length; j++) {
                if (Math.max(gu[j], 0) > Math.max(gx[j], 0)) {
                    return KEEP_PARENT;
                }
            }
            return REPLACE;
        }
        boolean uNoWorse = true;
        boolean xNoWorse = true;
        boolean xBetterSomewhere = false;
        for (int k = 0; k < fu.length; k++) {
            if (fu[k] > fx[k]) {
                uNoWorse = false;
            }
            if (fx[k] > fu[k]) {
                xNoWorse = false;
            }
            if (fx[k] < fu[k]) {
                xBetterSomewhere = true;
            }
        }
        if (uNoWorse) {
            return REPLACE;
        }
        return xNoWorse && xBetterSomewhere ? KEEP_PARENT : KEEP_BOTH;
    }

    /**
     * Keeps the best {@code min(target, size)} members: whole fronts under constrained domination,
     * the last one cut by decreasing crowding distance (ties by position).
     */
    static void reduce(Population pop, int target) {
        if (pop.size() <= target) {
            return;
        }
        double[][] fm = pop.objectives();
        int[][] fronts = NonDominatedSorting.fronts(ConstrainedSorting.ranks(fm, pop.violations()));
        int[] chosen = new int[target];
        int count = 0;
        for (int r = 0; r < fronts.length && count < target; r++) {
            int[] front = fronts[r];
            int[] order = Indices.identity(front.length);
            if (count + front.length > target) {
                double[] cd = CrowdingDistance.of(fm, front);
                double[] negated = new double[cd.length];
                for (int i = 0; i < cd.length; i++) {
                    negated[i] = -cd[i];
                }
                Indices.sortByKey(order, negated);
            }
            for (int i = 0; i < front.length && count < target; i++) {
                chosen[count++] = front[order[i]];
            }
        }
        pop.keep(chosen);
    }

    @Override
    public String toString() {
        return "GDE3[problem=" + settings.problem().name() + ", populationSize=" + populationSize + ", de=" + de
                + ", seed=" + settings.seed() + "]";
    }

    /** Configures a {@link Gde3}; every setter validates its argument at once. */
    public static final class Builder extends AlgorithmBuilder<Builder, Gde3> {

        private int populationSize = DEFAULT_POPULATION_SIZE;
        private DifferentialEvolution de = new DifferentialEvolution(DEFAULT_CR, DEFAULT_F);

        private Builder(Problem problem) {
            // the shared settings' operators are not used: GDE3 varies by differential evolution alone
            super(problem, new SbxCrossover(1.0, 20), new PolynomialMutation(20), DEFAULT_SEED);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The population size N ≥ 4 (default {@value Gde3#DEFAULT_POPULATION_SIZE}): DE/rand/1 needs
         * three members besides the target.
         *
         * @throws IllegalArgumentException if {@code size < 4}
         */
        @Override
        public Builder populationSize(int size) {
            this.populationSize = Arguments.atLeast("populationSize", size, 4);
            return this;
        }

        /**
         * The differential-evolution operator (default CR = {@value Gde3#DEFAULT_CR}, F =
         * {@value Gde3#DEFAULT_F}).
         *
         * @throws IllegalArgumentException if {@code de} is null
         */
        public Builder differentialEvolution(DifferentialEvolution de) {
            this.de = Arguments.notNull("de", de);
            return this;
        }

        /**
         * Not supported: GDE3 varies by {@link #differentialEvolution differential evolution}.
         *
         * @throws UnsupportedOperationException always
         */
        @Override
        public Builder crossover(Crossover crossover) {
            throw new UnsupportedOperationException(
                    "GDE3 has no crossover setting; set differentialEvolution(...) instead");
        }

        /**
         * Not supported: GDE3 has no mutation besides {@link #differentialEvolution differential
         * evolution}.
         *
         * @throws UnsupportedOperationException always
         */
        @Override
        public Builder mutation(Mutation mutation) {
            throw new UnsupportedOperationException(
                    "GDE3 has no mutation setting; set differentialEvolution(...) instead");
        }

        /** The configured algorithm. */
        @Override
        public Gde3 build() {
            return new Gde3(this);
        }
    }
}
