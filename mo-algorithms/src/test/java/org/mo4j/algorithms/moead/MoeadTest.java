package org.mo4j.algorithms.moead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mo4j.algorithms.operators.OperatorExamplesTestAccess.assertMessage;

import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.Solution;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.problems.Problems;

/** The builders' checks and what the subproblem structure guarantees. */
class MoeadTest {

    @Test
    void badSettingsAreRejectedNamingTheArgumentAndValue() {
        var p = Problems.create("zdt1");
        assertMessage(() -> new Moead(null), "problem", "null");
        assertMessage(() -> Moead.builder(p).populationSize(1), "populationSize", "1");
        assertMessage(() -> Moead.builder(p).neighbourhoodSize(1), "neighbourhoodSize", "1");
        assertMessage(() -> Moead.builder(p).pbiPenalty(-1), "pbiPenalty", "-1");
        assertMessage(() -> Moead.builder(p).pbiPenalty(Double.NaN), "pbiPenalty", "NaN");
        assertMessage(() -> Moead.builder(p).aggregation(null), "aggregation", "null");
        assertMessage(() -> MoeadDe.builder(p).populationSize(0), "populationSize", "0");
        assertMessage(() -> MoeadDe.builder(p).neighbourhoodProbability(1.1), "neighbourhoodProbability", "1.1");
        assertMessage(() -> MoeadDe.builder(p).maxReplacements(0), "maxReplacements", "0");
        assertMessage(() -> MoeadDe.builder(p).differentialEvolution(null), "de", "null");
        assertMessage(() -> new MoeadDe(p).run((org.mo4j.algorithms.Termination) null), "termination", "null");
        assertThrows(
                UnsupportedOperationException.class, () -> MoeadDe.builder(p).crossover(new SbxCrossover(1, 20)));
        // N > 10,000 that is no lattice size for 3 objectives: the energy weights' limit
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Moead.builder(Problems.create("dtlz2:3"))
                        .populationSize(10_002)
                        .build());
        assertTrue(e.getMessage().contains("10002"), e.getMessage());
    }

    @Test
    void thePopulationHoldsOneSolutionPerSubproblemAndANeighbourhoodAboveNIsTheWholePopulation() {
        var p = Problems.create("zdt1");
        Result r = Moead.builder(p)
                .populationSize(10)
                .neighbourhoodSize(50)
                .build()
                .run(1_000);
        assertEquals(10, r.population().size());
        assertEquals(99, r.generations());
        // 100 is no lattice size for three objectives (91, 105): 100 energy weights
        assertEquals(100, new Moead(Problems.create("dtlz2:3")).weights().length);
    }

    @Test
    void eachSubproblemsSolutionIsTheBestOfThePopulationForItsWeightOnAConvergedRun() {
        // by the end each subproblem should hold (nearly) the population's best for its own weight,
        // the decomposition's defining property
        var p = Problems.create("zdt1");
        Moead a = Moead.builder(p).populationSize(20).build();
        Result r = a.run(20_000);
        double[][] w = a.weights();
        double[] z = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        for (Solution s : r.population()) {
            z[0] = Math.min(z[0], s.objectives()[0]);
            z[1] = Math.min(z[1], s.objectives()[1]);
        }
        int worse = 0;
        for (int j = 0; j < w.length; j++) {
            double own = tch(r.population().get(j).objectives(), w[j], z);
            for (Solution s : r.population()) {
                if (tch(s.objectives(), w[j], z) < own - 1e-3) {
                    worse++;
                    break;
                }
            }
        }
        assertTrue(worse <= 2, worse + " of 20 subproblems hold a clearly worse solution than another member");
    }

    private static double tch(double[] f, double[] w, double[] z) {
        double max = 0;
        for (int k = 0; k < f.length; k++) {
            max = Math.max(max, (w[k] == 0 ? 1e-4 : w[k]) * Math.abs(f[k] - z[k]));
        }
        return max;
    }
}
