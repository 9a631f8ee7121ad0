package org.mo4j.surrogates.psl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Both Tchebycheff losses: gradients against finite differences, active indices, bad input. */
class TchebycheffTest {

    /** Random (v, λ, z) whose two largest scores differ by at least 1e-3 (no kink within a step). */
    private static double[][] untied(SplittableRandom rng, int m, boolean reciprocal) {
        while (true) {
            double[] v = new double[m];
            double[] lambda = new double[m];
            double[] z = new double[m];
            double[] s = new double[m];
            for (int j = 0; j < m; j++) {
                v[j] = rng.nextGaussian();
                z[j] = rng.nextGaussian() - 2;
                lambda[j] = 0.05 + rng.nextDouble();
                s[j] = reciprocal ? (v[j] - z[j]) / lambda[j] : lambda[j] * (v[j] - z[j]);
            }
            double[] sorted = s.clone();
            java.util.Arrays.sort(sorted);
            if (m == 1 || sorted[m - 1] - sorted[m - 2] > 1e-3) {
                return new double[][] {v, lambda, z};
            }
        }
    }

    @Property(tries = 200)
    void svhGradientMatchesFiniteDifferences(@ForAll @IntRange(min = 1, max = 5) int m, @ForAll long seed) {
        double[][] a = untied(new SplittableRandom(seed), m, false);
        double[] grad = new double[m];
        Tchebycheff.svh(a[0], a[1], a[2], grad);
        double[] num = FiniteDifferences.gradient(v -> Tchebycheff.svh(v, a[1], a[2], null), a[0].clone());
        FiniteDifferences.assertClose(num, grad, "svh");
    }

    @Property(tries = 200)
    void pslMoboGradientMatchesFiniteDifferences(@ForAll @IntRange(min = 1, max = 5) int m, @ForAll long seed) {
        double[][] a = untied(new SplittableRandom(seed), m, true);
        double[] grad = new double[m];
        Tchebycheff.pslMobo(a[0], a[1], a[2], grad);
        double[] num = FiniteDifferences.gradient(v -> Tchebycheff.pslMobo(v, a[1], a[2], null), a[0].clone());
        FiniteDifferences.assertClose(num, grad, "pslMobo");
    }

    @Test
    void svhMultipliesByThePreference() {
        // scores λ(v − z) = (0.2·3, 0.8·1) = (0.6, 0.8): j* = 1
        double[] v = {3, 1};
        double[] lambda = {0.2, 0.8};
        double[] z = {0, 0};
        double[] grad = new double[2];
        assertEquals(0.8, Tchebycheff.svh(v, lambda, z, grad), 1e-15);
        assertArrayEquals(new double[] {0, 0.8}, grad, 0);
        assertEquals(1, Tchebycheff.svhActiveIndex(v, lambda, z));
    }

    @Test
    void pslMoboDividesByThePreferenceAndAugments() {
        // scores (v − z)/λ = (15, 1.25): j* = 0; augmentation 0.01·(3 + 1)
        double[] v = {3, 1};
        double[] lambda = {0.2, 0.8};
        double[] z = {0, 0};
        double[] grad = new double[2];
        assertEquals(15 + 0.04, Tchebycheff.pslMobo(v, lambda, z, grad), 1e-12);
        assertArrayEquals(new double[] {5 + 0.01, 0.01}, grad, 1e-15);
        assertEquals(0, Tchebycheff.pslMoboActiveIndex(v, lambda, z));
    }

    @Test
    void aTieGoesToTheFirstIndexAsTorchMaxReturnsIt() {
        double[] v = {1, 2, 2};
        double[] lambda = {0.5, 0.5, 0.5};
        double[] z = {0, 0, 0};
        assertEquals(1, Tchebycheff.svhActiveIndex(v, lambda, z));
        assertEquals(1, Tchebycheff.pslMoboActiveIndex(v, lambda, z));
        int[] active = new int[2];
        Tchebycheff.svhActiveIndices(
                new double[][] {{0, 0}, {0.5, 1}},
                new double[][] {{0.5, 0.5}, {0.5, 0.5}},
                new double[] {0, 0},
                active);
        assertArrayEquals(new int[] {0, 1}, active);
    }

    @Test
    void badInputIsRejectedWithTheArgumentAndValue() {
        double[] ok = {1, 2};
        assertMessage("v must not be null", () -> Tchebycheff.svh(null, ok, ok, null));
        assertMessage(
                "v[1] must be finite, was NaN", () -> Tchebycheff.svh(new double[] {0, Double.NaN}, ok, ok, null));
        assertMessage("lambda must have length 2, was 3", () -> Tchebycheff.svh(ok, new double[3], ok, null));
        assertMessage("lambda[0] must be >= 0, was -1.0", () -> Tchebycheff.svh(ok, new double[] {-1, 1}, ok, null));
        assertMessage("lambda[1] must be > 0, was 0.0", () -> Tchebycheff.pslMobo(ok, new double[] {1, 0}, ok, null));
        assertMessage(
                "z[0] must be finite, was Infinity",
                () -> Tchebycheff.pslMoboActiveIndex(ok, ok, new double[] {Double.POSITIVE_INFINITY, 0}));
        assertMessage("gradient must have length 2, was 1", () -> Tchebycheff.svh(ok, ok, ok, new double[1]));
        assertMessage(
                "lambda[1] has 1 columns, lambda[0] has 2 (ragged array)",
                () -> Tchebycheff.svhActiveIndices(new double[][] {ok, ok}, new double[][] {ok, {1}}, ok, new int[2]));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(
                expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
