package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference data's tolerance: relative 1e-12, absolute 1e-12 when the expected value is 0. */
final class Tolerance {

    static final double REL = 1e-12;

    private Tolerance() {}

    static boolean close(double expected, double actual) {
        double scale = expected == 0 ? 1 : Math.abs(expected);
        return Math.abs(actual - expected) <= REL * scale;
    }

    static void assertClose(double expected, double actual, String what) {
        assertTrue(
                close(expected, actual),
                () -> what + ": expected " + expected + " but was " + actual + " (rel. diff "
                        + Math.abs(actual - expected) / Math.abs(expected) + ")");
    }
}
