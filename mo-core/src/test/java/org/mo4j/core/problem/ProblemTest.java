package org.mo4j.core.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ProblemTest {

    private static String rejection(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void minimisingNegatesOnlyTheMaximisedObjectives() {
        Problem user = TestProblems.of(2, 1, x -> new Evaluation(new double[] {x[0], x[1]}, new double[] {0.5}));
        Problem view = Problem.minimising(user, ObjectiveSense.MINIMISE, ObjectiveSense.MAXIMISE);
        Evaluation e = view.evaluate(new double[] {0.25, 0.75});
        assertArrayEquals(new double[] {0.25, -0.75}, e.objectives());
        assertArrayEquals(new double[] {0.5}, e.constraints());
        assertEquals(1, view.numberOfConstraints());
        assertEquals(user.bounds(), view.bounds());
        assertEquals("test (minimising)", view.name());
    }

    @Test
    void minimisingRejectsAWrongNumberOfSenses() {
        Problem user = TestProblems.smooth();
        assertEquals(
                "senses has 1 entries but problem has 2 objectives (dimension mismatch)",
                rejection(() -> Problem.minimising(user, ObjectiveSense.MAXIMISE)));
        assertEquals(
                "senses[1] must not be null", rejection(() -> Problem.minimising(user, ObjectiveSense.MAXIMISE, null)));
        assertEquals("problem must not be null", rejection(() -> Problem.minimising(null)));
    }
}
