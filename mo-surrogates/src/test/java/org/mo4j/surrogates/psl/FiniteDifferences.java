package org.mo4j.surrogates.psl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;

/** Central finite differences and the tolerance every gradient test here uses. */
final class FiniteDifferences {

    static final double STEP = 1e-6;

    private FiniteDifferences() {}

    /** Central differences of f at x, one coordinate at a time (x is restored). */
    static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double saved = x[i];
            x[i] = saved + STEP;
            double up = f.applyAsDouble(x);
            x[i] = saved - STEP;
            double down = f.applyAsDouble(x);
            x[i] = saved;
            g[i] = (up - down) / (2 * STEP);
        }
        return g;
    }

    /** |expected − actual| ≤ 1e-6·(1 + |expected|) coordinate by coordinate. */
    static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-6 * (1 + Math.abs(expected[i])), what + ": coordinate " + i);
        }
    }
}
