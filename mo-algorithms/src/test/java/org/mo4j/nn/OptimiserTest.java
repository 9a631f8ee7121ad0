package org.mo4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Adam against hand-computed steps, the learning-rate schedule, and gradient-norm clipping. */
class OptimiserTest {

    /**
     * θ = (1, −2), lr 0.1, ε 10⁻⁸, β = (0.9, 0.999). Step 1 with g = (0.5, −1): m = (0.05, −0.1),
     * v = (0.00025, 0.001), bias corrections 0.1 and 0.001, so θ moves by lr·m̂/(√v̂ + ε) ≈ lr·sign(g).
     * Step 2 with g = (0.1, 0.3): m = (0.055, −0.06), v = (0.00025975, 0.001089), corrections 0.19
     * and 0.001999. Expected values computed by hand from these numbers.
     */
    @Test
    void adamMatchesTwoHandComputedSteps() {
        Adam adam = new Adam(2, 1e-8);
        double[] theta = {1, -2};
        adam.step(theta, new double[] {0.5, -1}, 0.1);
        assertEquals(1 - 1.0 * 0.05 / (Math.sqrt(0.00025 / 0.001) + 1e-8), theta[0], 1e-15);
        assertEquals(0.900000002, theta[0], 1e-15);
        assertEquals(-1.900000001, theta[1], 1e-15);
        assertArrayEquals(new double[] {0.05, -0.1}, adam.firstMoment(), 1e-16);
        assertArrayEquals(new double[] {0.00025, 0.001}, adam.secondMoment(), 1e-17);
        Adam copy = adam.copy();
        double[] theta2 = theta.clone();
        adam.step(theta, new double[] {0.1, 0.3}, 0.1);
        assertEquals(0.8196959063846512, theta[0], 1e-14);
        assertEquals(-1.857215142429226, theta[1], 1e-14);
        assertEquals(2, adam.steps());
        // the copy carries the state: the same second step gives the same result
        copy.step(theta2, new double[] {0.1, 0.3}, 0.1);
        assertArrayEquals(theta, theta2);
        adam.reset();
        assertEquals(0, adam.steps());
        Adam other = new Adam(2, 1e-5);
        other.copyStateFrom(copy);
        assertEquals(2, other.steps());
    }

    @Test
    void linearDecayFollowsUpdateLinearSchedule() {
        LinearDecay lr = new LinearDecay(3e-4, 100);
        assertEquals(3e-4, lr.at(0));
        assertEquals(1.5e-4, lr.at(50), 1e-18);
        assertEquals(3e-6, lr.at(99), 1e-18);
        assertEquals(0, lr.at(100));
    }

    @Property(tries = 200)
    void clipNormScalesToTheMaximumAndReturnsTheNormBefore(
            @ForAll @IntRange(min = 1, max = 50) int n,
            @ForAll @DoubleRange(min = 0.01, max = 10) double maxNorm,
            @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = MlpGradientPropertiesTest.uniform(r, n, -3, 3);
        double[] b = MlpGradientPropertiesTest.uniform(r, 1 + r.nextInt(5), -3, 3);
        double norm = 0;
        for (double x : a) {
            norm += x * x;
        }
        for (double x : b) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        double[] a0 = a.clone();
        double[] b0 = b.clone();
        assertEquals(norm, Gradients.clipNorm(maxNorm, a, b), 1e-12 * norm);
        double factor = Math.min(1, maxNorm / (norm + 1e-6));
        for (int i = 0; i < a.length; i++) {
            assertEquals(a0[i] * factor, a[i], 1e-15);
        }
        for (int i = 0; i < b.length; i++) {
            assertEquals(b0[i] * factor, b[i], 1e-15);
        }
    }

    @Test
    void clipNormOnOneArray() {
        double[] g = {3, 4};
        assertEquals(5, Gradients.clipNorm(g, 0.5));
        assertEquals(0.5, Math.hypot(g[0], g[1]), 1e-6);
        double[] small = {0.3, 0.4};
        assertEquals(0.5, Gradients.clipNorm(small, 1), 1e-15);
        assertArrayEquals(new double[] {0.3, 0.4}, small); // below the maximum: untouched
    }
}
