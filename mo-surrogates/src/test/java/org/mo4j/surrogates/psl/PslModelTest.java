package org.mo4j.surrogates.psl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.Termination;
import org.mo4j.core.problem.Problem;
import org.mo4j.problems.Problems;

/** The Pareto-set model a PSL run returns. */
class PslModelTest {

    private static final Problem VLMOP2 = Problems.create("vlmop2::3");

    private static PslResult run(int evaluations) {
        return PslMobo.builder(VLMOP2)
                .initialPoints(10)
                .steps(40)
                .particles(5)
                .candidates(100)
                .seed(7)
                .build()
                .runWithHistory(Termination.evaluations(evaluations));
    }

    @Test
    void answersWithTheHypernetworkInTheBoxAndTheGpMeansInTheProblemsUnits() {
        PslModel model = run(15).model();
        assertNotNull(model);
        assertEquals(2, model.numberOfObjectives());
        assertEquals(3, model.numberOfVariables());
        double[] x = model.solutionFor(new double[] {1, 3});
        assertTrue(VLMOP2.bounds().contains(x));
        // the preference is put on the simplex: a multiple gives the same answer
        assertArrayEquals(x, model.solutionFor(new double[] {0.25, 0.75}), 0.0);
        double[] predicted = model.objectivesFor(new double[] {1, 3});
        double[] truth = model.evaluate(new double[] {1, 3});
        assertArrayEquals(VLMOP2.evaluate(x).objectives(), truth, 0.0);
        // VLMOP2's objectives lie in [0, 1]; the GP means of standardised data are mapped back there
        for (int j = 0; j < 2; j++) {
            assertTrue(predicted[j] > -0.5 && predicted[j] < 1.5, "predicted " + predicted[j]);
        }
        assertEquals(200, model.front().length, "100·m energy test preferences");
        assertEquals(200, model.paretoSet().size());
        assertTrue(VLMOP2.bounds().contains(model.paretoSet().get(17)));
    }

    @Test
    void badPreferencesAreRejectedAndNoModelWithoutABatch() {
        PslModel model = run(15).model();
        assertThrows(IllegalArgumentException.class, () -> model.solutionFor(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> model.solutionFor(new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> model.objectivesFor(new double[] {-1, 2}));
        assertThrows(IllegalArgumentException.class, () -> model.solutionFor(new double[] {Double.NaN, 1}));
        assertNull(run(10).model(), "the budget ended with the initial design");
    }
}
