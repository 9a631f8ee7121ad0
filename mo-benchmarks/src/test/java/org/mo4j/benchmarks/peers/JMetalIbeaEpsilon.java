package org.mo4j.benchmarks.peers;

import java.util.ArrayList;
import java.util.List;
import org.uma.jmetal.algorithm.multiobjective.ibea.IBEA;
import org.uma.jmetal.operator.crossover.CrossoverOperator;
import org.uma.jmetal.operator.mutation.MutationOperator;
import org.uma.jmetal.operator.selection.SelectionOperator;
import org.uma.jmetal.problem.doubleproblem.DoubleProblem;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;

/**
 * jMetal 6.6's IBEA with its one fixed indicator, the hypervolume difference I_HD, replaced by the
 * additive ε-indicator I_ε+ of Zitzler &amp; Künzli (2004) on objectives scaled to [0, 1] by the
 * bounds of the set (an objective of equal values scales to 0): everything else (selection,
 * variation, κ = 0.05, removal order, result) is jMetal's. Why: to compare mo4j's default IBEA_ε+
 * with jMetal's machinery at the same indicator, so that a difference cannot come from the indicator.
 *
 * <p>Overrides jMetal's {@code computeIndicatorValuesHD}, which fills {@code indicatorValues[a][b]
 * = I(a, b)} and {@code maxIndicatorValue = max |I|} (the diagonal, 0, included, as jMetal's).
 * O(N² m) per call, as jMetal's own.
 */
final class JMetalIbeaEpsilon extends IBEA<DoubleSolution> {

    JMetalIbeaEpsilon(
            DoubleProblem problem,
            int populationSize,
            int maxEvaluations,
            SelectionOperator<List<DoubleSolution>, DoubleSolution> selection,
            CrossoverOperator<DoubleSolution> crossover,
            MutationOperator<DoubleSolution> mutation) {
        super(problem, populationSize, populationSize, maxEvaluations, selection, crossover, mutation);
    }

    @Override
    public void computeIndicatorValuesHD(List<DoubleSolution> set, double[] maximumValues, double[] minimumValues) {
        int m = maximumValues.length;
        double[] span = new double[m];
        for (int k = 0; k < m; k++) {
            span[k] = maximumValues[k] > minimumValues[k] ? maximumValues[k] - minimumValues[k] : 1;
        }
        indicatorValues = new ArrayList<>(set.size());
        maxIndicatorValue = 0;
        for (DoubleSolution a : set) {
            List<Double> row = new ArrayList<>(set.size());
            for (DoubleSolution b : set) {
                double e = 0;
                if (a != b) {
                    e = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < m; k++) {
                        e = Math.max(e, (a.objectives()[k] - b.objectives()[k]) / span[k]);
                    }
                }
                maxIndicatorValue = Math.max(maxIndicatorValue, Math.abs(e));
                row.add(e);
            }
            indicatorValues.add(row);
        }
    }
}
