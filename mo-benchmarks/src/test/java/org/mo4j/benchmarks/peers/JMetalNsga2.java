package org.mo4j.benchmarks.peers;

import java.util.ArrayList;
import java.util.List;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.problem.Problem;
import org.uma.jmetal.algorithm.multiobjective.nsgaii.NSGAII;
import org.uma.jmetal.algorithm.multiobjective.nsgaii.NSGAIIBuilder;
import org.uma.jmetal.operator.crossover.impl.SBXCrossover;
import org.uma.jmetal.operator.mutation.impl.PolynomialMutation;
import org.uma.jmetal.problem.doubleproblem.impl.AbstractDoubleProblem;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.util.evaluator.impl.SequentialSolutionListEvaluator;
import org.uma.jmetal.util.pseudorandom.JMetalRandom;

/**
 * jMetal 6.6's NSGA-II (the classic {@code NSGAII} of jmetal-algorithm, built by
 * {@code NSGAIIBuilder}) run on an mo4j {@link Problem}, for the side-by-side comparison.
 *
 * <p>Both libraries then optimise the very same problem code: {@link Adapter} wraps our problem as
 * a jMetal {@code DoubleProblem}, so neither gains from a faster problem implementation. Operators
 * as in Deb et al. 2002 and as mo4j's defaults: SBX (probability 0.9, distribution index 20),
 * polynomial mutation (probability 1/n, index 20), binary tournament on rank and crowding distance
 * (jMetal's default), population and offspring of the same size, sequential evaluation.
 *
 * <p>jMetal draws every random number from the process-wide {@code JMetalRandom} singleton; a run
 * sets its seed first, so runs are reproducible but must not overlap in one JVM.
 */
public final class JMetalNsga2 {

    private JMetalNsga2() {}

    /** jMetal's NSGA-II front (objective vectors of the final population's first front). */
    public static double[][] run(Problem problem, int populationSize, int evaluations, long seed) {
        JMetalRandom.getInstance().setSeed(seed);
        Adapter p = new Adapter(problem);
        int n = problem.numberOfVariables();
        NSGAII<DoubleSolution> algorithm = new NSGAIIBuilder<DoubleSolution>(
                        p, new SBXCrossover(0.9, 20.0), new PolynomialMutation(1.0 / n, 20.0), populationSize)
                .setMaxEvaluations(evaluations)
                .setSolutionListEvaluator(new SequentialSolutionListEvaluator<>())
                .build();
        algorithm.run();
        List<DoubleSolution> result = algorithm.result();
        double[][] front = new double[result.size()][];
        for (int i = 0; i < front.length; i++) {
            front[i] = result.get(i).objectives().clone();
        }
        return front;
    }

    /**
     * An mo4j problem seen as a jMetal double problem. jMetal's constraints are violated when
     * negative, ours when positive, so each g_j is passed on as {@code -g_j}.
     */
    static final class Adapter extends AbstractDoubleProblem {

        private final Problem problem;

        Adapter(Problem problem) {
            this.problem = problem;
            numberOfObjectives(problem.numberOfObjectives());
            numberOfConstraints(problem.numberOfConstraints());
            name(problem.name());
            Bounds b = problem.bounds();
            double[] lower = b.lower();
            double[] upper = b.upper();
            List<Double> lo = new ArrayList<>();
            List<Double> hi = new ArrayList<>();
            for (int i = 0; i < lower.length; i++) {
                lo.add(lower[i]);
                hi.add(upper[i]);
            }
            variableBounds(lo, hi);
        }

        @Override
        public DoubleSolution evaluate(DoubleSolution solution) {
            double[] x = new double[solution.variables().size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = solution.variables().get(i);
            }
            Evaluation e = problem.evaluate(x);
            for (int j = 0; j < e.numberOfObjectives(); j++) {
                solution.objectives()[j] = e.objective(j);
            }
            double[] g = e.constraints();
            for (int j = 0; j < g.length; j++) {
                solution.constraints()[j] = -g[j];
            }
            return solution;
        }
    }
}
