package org.mo4j.surrogates.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** L-BFGS on textbook functions: a convex quadratic, Rosenbrock, and a region where it must back off. */
class LbfgsTest {

    @Test
    void rosenbrock() {
        for (int p : new int[] {2, 5}) {
            double[] x = new double[p];
            java.util.Arrays.fill(x, -1.2);
            x[p - 1] = 1;
            int iterations = Lbfgs.minimize(LbfgsTest::rosenbrock, x, 1000);
            for (double v : x) {
                assertEquals(1, v, 1e-6, "p = " + p + " after " + iterations + " iterations");
            }
        }
    }

    static double rosenbrock(double[] x, double[] g) {
        java.util.Arrays.fill(g, 0);
        double f = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            f += 100 * a * a + b * b;
            g[i] += -400 * x[i] * a - 2 * b;
            g[i + 1] += 200 * a;
        }
        return f;
    }

    @Test
    void quadraticInFewSteps() {
        double[] x = {3, -4, 5};
        double[] scale = {1, 10, 100};
        int iterations = Lbfgs.minimize(
                (z, g) -> {
                    double f = 0;
                    for (int i = 0; i < z.length; i++) {
                        f += 0.5 * scale[i] * (z[i] - i) * (z[i] - i);
                        g[i] = scale[i] * (z[i] - i);
                    }
                    return f;
                },
                x,
                100);
        for (int i = 0; i < 3; i++) {
            assertEquals(i, x[i], 1e-9);
        }
        assertTrue(iterations < 30, "iterations " + iterations);
    }

    @Test
    void backsOffFromFailedEvaluations() {
        // the minimum of (z - 2)^2 lies beyond z = 1.5, where evaluation "fails": it stops inside
        double[] x = {0};
        Lbfgs.minimize(
                (z, g) -> {
                    if (z[0] > 1.5) {
                        throw new NotPositiveDefiniteException(1, 0, "test");
                    }
                    g[0] = 2 * (z[0] - 2);
                    return (z[0] - 2) * (z[0] - 2);
                },
                x,
                100);
        assertTrue(x[0] > 1.4 && x[0] <= 1.5, "x " + x[0]);
    }
}
