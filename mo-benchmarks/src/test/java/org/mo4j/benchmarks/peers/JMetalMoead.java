package org.mo4j.benchmarks.peers;

import java.util.ArrayList;
import java.util.List;
import org.mo4j.core.weights.WeightVectors;
import org.uma.jmetal.algorithm.multiobjective.moead.AbstractMOEAD;
import org.uma.jmetal.algorithm.multiobjective.moead.MOEAD;
import org.uma.jmetal.algorithm.multiobjective.moead.util.MOEADUtils;
import org.uma.jmetal.operator.crossover.impl.DifferentialEvolutionCrossover;
import org.uma.jmetal.operator.crossover.impl.SBXCrossover;
import org.uma.jmetal.operator.mutation.impl.PolynomialMutation;
import org.uma.jmetal.problem.Problem;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;

/**
 * jMetal 6.6's MOEA/D machinery (weights for two objectives, neighbourhoods, Tchebycheff with
 * jMetal's 10⁻⁴ rule for zero weights, ideal point, neighbourhood replacement) in the two forms
 * the comparison needs.
 *
 * <p>{@link #de}: jMetal's own {@code MOEAD} class, which is MOEA/D-DE (Li &amp; Zhang 2009): DE
 * rand/1/bin, mating pool from the neighbourhood with probability δ, at most n_r replacements.
 *
 * <p>{@link #sbx}: the original MOEA/D (Zhang &amp; Li 2007), which jmetal-algorithm 6.6 does not
 * ship (its {@code MOEAD} casts the crossover to DE): {@code AbstractMOEAD} with a step written
 * here after jMetal's {@code MOEAD.run} — subproblems in a random permutation, two distinct parents
 * from the neighbourhood ({@code matingSelection}), the first SBX child, polynomial mutation,
 * ideal-point update, and jMetal's {@code updateNeighborhood} with δ = 1 and n_r = T, so every
 * neighbour the child improves is replaced, as in the paper.
 *
 * <p>Both use mo4j's simplex-lattice weights for three or more objectives (jMetal reads them from
 * {@code W3D_N.dat} files that its jars do not contain); for two objectives jMetal's own formula
 * gives the same evenly spaced vectors in the same order.
 */
final class JMetalMoead {

    private JMetalMoead() {}

    /** jMetal's MOEA/D-DE ({@code MOEAD}) with Tchebycheff aggregation. */
    static AbstractMOEAD<DoubleSolution> de(
            Problem<DoubleSolution> problem,
            int populationSize,
            int evaluations,
            int neighbourhood,
            double delta,
            int replacements,
            double cr,
            double f) {
        int n = problem.numberOfVariables();
        return new MOEAD(
                problem,
                populationSize,
                populationSize,
                evaluations,
                new PolynomialMutation(1.0 / n, 20.0),
                new DifferentialEvolutionCrossover(cr, f, DifferentialEvolutionCrossover.DE_VARIANT.RAND_1_BIN),
                AbstractMOEAD.FunctionType.TCHE,
                "",
                delta,
                replacements,
                neighbourhood) {
            @Override
            protected void initializeUniformWeight() {
                if (!latticeWeights(this.lambda, problem.numberOfObjectives())) {
                    super.initializeUniformWeight();
                }
            }
        };
    }

    /** The original MOEA/D on jMetal's machinery: SBX, every improved neighbour replaced. */
    static AbstractMOEAD<DoubleSolution> sbx(
            Problem<DoubleSolution> problem,
            int populationSize,
            int evaluations,
            int neighbourhood,
            double crossoverProbability,
            double crossoverEta) {
        return new Sbx(problem, populationSize, evaluations, neighbourhood, crossoverProbability, crossoverEta);
    }

    /** Fills {@code lambda} with the simplex lattice for m ≥ 3; false for m = 2 (jMetal's own). */
    static boolean latticeWeights(double[][] lambda, int m) {
        if (m < 3) {
            return false;
        }
        for (int h = 1; WeightVectors.latticeSize(m, h) <= lambda.length; h++) {
            if (WeightVectors.latticeSize(m, h) == lambda.length) {
                double[][] w = WeightVectors.simplexLattice(m, h);
                for (int i = 0; i < w.length; i++) {
                    lambda[i] = w[i].clone();
                }
                return true;
            }
        }
        throw new IllegalArgumentException(
                "populationSize must be a simplex-lattice size for " + m + " objectives, was " + lambda.length);
    }

    private static final class Sbx extends AbstractMOEAD<DoubleSolution> {

        Sbx(
                Problem<DoubleSolution> problem,
                int populationSize,
                int evaluations,
                int neighbourhood,
                double crossoverProbability,
                double crossoverEta) {
            super(
                    problem,
                    populationSize,
                    populationSize,
                    evaluations,
                    new SBXCrossover(crossoverProbability, crossoverEta),
                    new PolynomialMutation(1.0 / problem.numberOfVariables(), 20.0),
                    FunctionType.TCHE,
                    "",
                    1.0,
                    neighbourhood,
                    neighbourhood);
        }

        @Override
        protected void initializeUniformWeight() {
            if (!latticeWeights(lambda, problem.numberOfObjectives())) {
                super.initializeUniformWeight();
            }
        }

        @Override
        public void run() {
            population = new ArrayList<>(populationSize);
            for (int i = 0; i < populationSize; i++) {
                DoubleSolution s = problem.createSolution();
                problem.evaluate(s);
                population.add(s);
            }
            evaluations = populationSize;
            initializeUniformWeight();
            initializeNeighborhood();
            idealPoint.update(population);
            int[] permutation = new int[populationSize];
            do {
                MOEADUtils.randomPermutation(permutation, populationSize);
                for (int k = 0; k < populationSize && evaluations < maxEvaluations; k++) {
                    int i = permutation[k];
                    List<Integer> mates = matingSelection(i, 2, NeighborType.NEIGHBOR);
                    List<DoubleSolution> parents = List.of(population.get(mates.get(0)), population.get(mates.get(1)));
                    DoubleSolution child = crossoverOperator.execute(parents).get(0);
                    mutationOperator.execute(child);
                    problem.evaluate(child);
                    evaluations++;
                    idealPoint.update(child.objectives());
                    updateNeighborhood(child, i, NeighborType.NEIGHBOR);
                }
            } while (evaluations < maxEvaluations);
        }

        @Override
        public String name() {
            return "MOEA/D (SBX, jMetal machinery)";
        }

        @Override
        public String description() {
            return "MOEA/D of Zhang & Li 2007 on jMetal 6.6's AbstractMOEAD";
        }
    }
}
