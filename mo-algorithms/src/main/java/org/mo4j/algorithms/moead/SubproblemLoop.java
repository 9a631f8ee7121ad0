package org.mo4j.algorithms.moead;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.StopReason;
import org.mo4j.algorithms.Termination;
import org.mo4j.algorithms.internal.Indices;
import org.mo4j.algorithms.internal.Population;
import org.mo4j.algorithms.internal.RunContext;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;

/**
 * The steady-state loop MOEA/D and MOEA/D-DE share. Member j of the population is subproblem j's
 * current solution. Subproblems are visited in order 0..N−1, one sweep per generation; for
 * subproblem i: the mating and replacement pool P is B(i) with probability δ, else the whole
 * population; one child from P ({@link Variation}); its evaluation (alone, through the shared
 * evaluator); the ideal point moves to it; then it replaces members j of P while at most n_r have
 * been replaced, visiting P in order when n_r ≥ |P| and in random order otherwise.
 *
 * <p>The child y replaces x_j when its total violation is smaller, or equal (0 when both are
 * feasible) and g(y | λ_j, z*) ≤ g(x_j | λ_j, z*): the paper's rule with feasibility first, as
 * jMetal's constrained MOEA/D. Per step: O(n) variation, one evaluation, O(|P| m) for the
 * comparisons.
 */
final class SubproblemLoop {

    /** Writes a child of the pool's members into {@code child}. */
    @FunctionalInterface
    interface Variation {

        /**
         * @param i     the subproblem whose step this is
         * @param pool  the indices of the members to mate from (at least 2)
         * @param pop   the population, member j for subproblem j
         * @param child where the child goes (a fresh vector of n variables)
         */
        void child(int i, int[] pool, Population pop, double[] child, Bounds bounds, RandomGenerator rng);
    }

    private SubproblemLoop() {}

    static Result run(
            String name,
            AlgorithmBuilder.Settings settings,
            Termination termination,
            Decomposition d,
            double delta,
            int maxReplacements,
            Variation variation) {
        RandomGenerator rng = new SplittableRandom(settings.seed());
        RunContext ctx = new RunContext(name, settings, termination);
        Bounds bounds = settings.problem().bounds();
        int n = settings.problem().numberOfVariables();
        int subproblems = d.size();
        Population pop = new Population(subproblems);
        int size = Math.min(subproblems, ctx.tracker().remainingEvaluations());
        ctx.evaluateInto(RunContext.randomVectors(size, bounds, rng), pop);
        for (int j = 0; j < pop.size(); j++) {
            d.updateIdeal(pop.objectives(j));
        }
        StopReason reason = ctx.endGeneration(pop);
        int[] scratch = new int[subproblems];
        double[][] batch = new double[1][];
        long step = 0;
        while (reason == null && pop.size() == subproblems) {
            int i = (int) (step % subproblems);
            int[] pool = delta >= 1 || rng.nextDouble() < delta ? d.neighbours(i) : d.all();
            double[] child = new double[n];
            variation.child(i, pool, pop, child, bounds, rng);
            batch[0] = child;
            Evaluation e = ctx.evaluate(batch)[0];
            double[] f = e.objectives();
            double cv = e.totalViolation();
            d.updateIdeal(f);
            if (maxReplacements >= pool.length) {
                for (int j : pool) {
                    if (improves(d, f, cv, pop, j)) {
                        pop.replace(j, child, e);
                    }
                }
            } else {
                System.arraycopy(pool, 0, scratch, 0, pool.length);
                int left = pool.length;
                int replaced = 0;
                while (replaced < maxReplacements && left > 0) {
                    int k = rng.nextInt(left);
                    int j = scratch[k];
                    scratch[k] = scratch[--left];
                    if (improves(d, f, cv, pop, j)) {
                        pop.replace(j, child, e);
                        replaced++;
                    }
                }
            }
            step++;
            if (step % subproblems == 0 || ctx.tracker().budgetSpent()) {
                reason = ctx.endGeneration(pop);
            }
        }
        return ctx.result(reason == null ? StopReason.EVALUATIONS : reason);
    }

    private static boolean improves(Decomposition d, double[] f, double cv, Population pop, int j) {
        double cvj = pop.violation(j);
        if (cv != cvj) {
            return cv < cvj;
        }
        return d.g(f, j) <= d.g(pop.objectives(j), j);
    }

    /** Two distinct members of {@code pool}, uniformly, written into {@code out}. */
    static void twoDistinct(int[] pool, RandomGenerator rng, int[] out) {
        int a = rng.nextInt(pool.length);
        int b = Indices.other(rng, pool.length, a);
        out[0] = pool[a];
        out[1] = pool[b];
    }
}
