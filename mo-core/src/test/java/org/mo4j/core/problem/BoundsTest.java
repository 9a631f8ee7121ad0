package org.mo4j.core.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BoundsTest {

    private static final Bounds BOX = new Bounds(new double[] {0, -1}, new double[] {1, 1});

    private static String rejection(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void containsIsInclusiveAndRejectsNaN() {
        assertTrue(BOX.contains(new double[] {0, 1}));
        assertFalse(BOX.contains(new double[] {1.5, 0}));
        assertFalse(BOX.contains(new double[] {0.5, Double.NaN}));
        assertEquals(2, BOX.dimension());
    }

    @Test
    void clipMovesEachCoordinateToTheNearestBound() {
        double[] x = {2, -3};
        assertArrayEquals(new double[] {1, -1}, BOX.clip(x));
        assertArrayEquals(new double[] {2, -3}, x);
        assertArrayEquals(new double[] {0.5, 0}, BOX.clip(new double[] {0.5, 0}));
    }

    @Test
    void fixedVariablesAreAllowed() {
        assertTrue(new Bounds(new double[] {1}, new double[] {1}).contains(new double[] {1}));
    }

    @Test
    void rejectsInvalidInputNamingTheArgument() {
        assertEquals(
                "lower[1] must be <= upper[1], was 2.0 > 1.0",
                rejection(() -> new Bounds(new double[] {0, 2}, new double[] {1, 1})));
        assertEquals(
                "upper has 1 coordinates but lower has 2 (dimension mismatch)",
                rejection(() -> new Bounds(new double[] {0, 2}, new double[] {1})));
        assertEquals(
                "upper[0] must be finite, was Infinity",
                rejection(() -> new Bounds(new double[] {0}, new double[] {Double.POSITIVE_INFINITY})));
        assertEquals(
                "x has 3 coordinates but bounds have 2 (dimension mismatch)",
                rejection(() -> BOX.contains(new double[3])));
        assertEquals("x[0] must not be NaN", rejection(() -> BOX.clip(new double[] {Double.NaN, 0})));
        assertEquals("dimension must be at least 1, was 0", rejection(() -> Bounds.uniform(0, 0, 1)));
    }
}
