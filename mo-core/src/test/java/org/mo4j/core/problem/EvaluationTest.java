package org.mo4j.core.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class EvaluationTest {

    private static String rejection(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void totalViolationSumsOnlyThePositiveConstraintValues() {
        Evaluation e = new Evaluation(new double[] {1}, new double[] {-1, 0.5, 2});
        // max(0,−1) + max(0,0.5) + max(0,2) = 2.5
        assertEquals(2.5, e.totalViolation());
        assertFalse(e.isFeasible());
    }

    @Test
    void nonPositiveConstraintsAreFeasible() {
        Evaluation e = new Evaluation(new double[] {1}, new double[] {-1, 0});
        assertEquals(0, e.totalViolation());
        assertTrue(e.isFeasible());
        assertTrue(Evaluation.of(3, 4).isFeasible());
        assertEquals(0, Evaluation.of(3, 4).numberOfConstraints());
    }

    @Test
    void copiesArraysInAndOut() {
        double[] f = {1, 2};
        Evaluation e = new Evaluation(f, new double[0]);
        f[0] = 9;
        e.objectives()[1] = 9;
        assertArrayEquals(new double[] {1, 2}, e.objectives());
        assertEquals(e, Evaluation.of(1, 2));
    }

    @Test
    void rejectsNonFiniteValuesNamingTheIndex() {
        assertEquals("objectives[1] must be finite, was NaN", rejection(() -> Evaluation.of(0, Double.NaN)));
        assertEquals(
                "constraints[0] must be finite, was Infinity",
                rejection(() -> new Evaluation(new double[] {0}, new double[] {Double.POSITIVE_INFINITY})));
        assertEquals("objectives must have at least one value, was empty", rejection(Evaluation::of));
        assertEquals("objectives must not be null", rejection(() -> new Evaluation(null, new double[0])));
        assertEquals(
                "constraints must not be null (use an empty array)",
                rejection(() -> new Evaluation(new double[] {1}, null)));
    }
}
