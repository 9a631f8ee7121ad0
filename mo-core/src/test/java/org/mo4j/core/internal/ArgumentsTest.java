package org.mo4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static String fail(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void frontReturnsDimensionOrZeroWhenEmpty() {
        assertEquals(2, Arguments.front("f", new double[][] {{1, 2}, {3, 4}}));
        assertEquals(0, Arguments.front("f", new double[0][]));
    }

    @Test
    void frontErrorsNameArgumentIndexAndValue() {
        assertEquals("f must not be null", fail(() -> Arguments.front("f", null)));
        assertEquals("f[1] must not be null", fail(() -> Arguments.front("f", new double[][] {{1}, null})));
        assertEquals("f[0] has no objectives", fail(() -> Arguments.front("f", new double[][] {{}})));
        assertEquals(
                "f[1] has 3 objectives, f[0] has 2 (ragged array)",
                fail(() -> Arguments.front("f", new double[][] {{1, 2}, {1, 2, 3}})));
        assertEquals(
                "f[1][0] must be finite, was NaN",
                fail(() -> Arguments.front("f", new double[][] {{1, 2}, {Double.NaN, 2}})));
        assertEquals(
                "f[0][1] must be finite, was -Infinity",
                fail(() -> Arguments.front("f", new double[][] {{1, Double.NEGATIVE_INFINITY}})));
        assertEquals(
                "f must contain at least one point, was empty",
                fail(() -> Arguments.nonEmptyFront("f", new double[0][])));
        assertEquals(
                "f has 2 objectives but ref has 3 (dimension mismatch)",
                fail(() -> Arguments.front("f", new double[][] {{1, 2}}, 3, "ref")));
        assertEquals(
                "f must contain at least one point, was empty",
                fail(() -> Arguments.nonEmptyFront("f", new double[0][], 3, "ref")));
        assertEquals(
                "f has 2 objectives but ref has 3 (dimension mismatch)",
                fail(() -> Arguments.nonEmptyFront("f", new double[][] {{1, 2}}, 3, "ref")));
    }

    @Test
    void pointErrorsNameArgumentAndCoordinate() {
        assertEquals("ref must not be null", fail(() -> Arguments.point("ref", null)));
        assertEquals(
                "ref must have at least one coordinate, was empty", fail(() -> Arguments.point("ref", new double[0])));
        assertEquals(
                "ref[2] must be finite, was Infinity",
                fail(() -> Arguments.point("ref", new double[] {1, 2, Double.POSITIVE_INFINITY})));
        assertEquals(
                "ref has 2 coordinates but front has 3 (dimension mismatch)",
                fail(() -> Arguments.point("ref", new double[] {1, 2}, 3, "front")));
    }

    @Test
    void scalarChecks() {
        assertEquals("k must be at least 1, was 0", fail(() -> Arguments.positive("k", 0)));
        assertEquals("s must be finite and > 0, was NaN", fail(() -> Arguments.positive("s", Double.NaN)));
        assertEquals("s must be finite and > 0, was -1.0", fail(() -> Arguments.positive("s", -1.0)));
        assertEquals("x must be finite, was Infinity", fail(() -> Arguments.finite("x", Double.POSITIVE_INFINITY)));
        assertEquals("o must not be null", fail(() -> Arguments.notNull("o", null)));
    }
}
