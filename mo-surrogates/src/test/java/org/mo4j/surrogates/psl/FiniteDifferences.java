package org.mo4j.surrogates.psl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;

/** Central finite differences and the tolerance every gradient test here uses. */
final class FiniteDifferences {

    static final double STEP = 1e-6;

    private FiniteDifferences() {}

    /** Central differences of f at x, one coordinate at a time (x is restored). */
    static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
        return gradient(f, x, STEP);
    }

    /**
     * Central differences with a step of at most {@link #STEP} and at most 10⁻³ of the length
     * scale √h of a Gaussian kernel exp(−d²/h): the truncation error grows as step²/h^1.5, and a
     * lower median over a few particles can make h as small as 10⁻⁹.
     */
    static double[] gradientAtScale(ToDoubleFunction<double[]> f, double[] x, double h) {
        return gradient(f, x, Math.min(STEP, 1e-3 * Math.sqrt(h)));
    }

    private static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double step) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double saved = x[i];
            x[i] = saved + step;
            double up = f.applyAsDouble(x);
            x[i] = saved - step;
            double down = f.applyAsDouble(x);
            x[i] = saved;
            g[i] = (up - down) / (2 * step);
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
