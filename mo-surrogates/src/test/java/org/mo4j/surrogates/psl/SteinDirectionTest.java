package org.mo4j.surrogates.psl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mo4j.surrogates.psl.TchebycheffTest.assertMessage;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The Stein update (K·g + α·r)/K, per particle and summed, and its argument checks. */
class SteinDirectionTest {

    @Test
    void twoParticlesByHand() {
        double[][] g = {{1}, {2}};
        double[][] kernel = {{1, 0.5}, {0.25, 1}};
        double[][] r = {{10}, {20}};
        double[][] phi = new double[2][1];
        SteinDirection.perParticle(g, kernel, r, 0.1, phi);
        // φ₀ = (1·1 + 0.5·2 + 0.1·10)/2, φ₁ = (0.25·1 + 1·2 + 0.1·20)/2: the repulsion is added
        assertEquals(1.5, phi[0][0], 1e-15);
        assertEquals(2.125, phi[1][0], 1e-15);
        double[] sum = new double[1];
        SteinDirection.summed(g, kernel, r, 0.1, sum);
        assertEquals(3.625, sum[0], 1e-15);
    }

    @Property(tries = 100)
    void summedIsTheSumOfThePerParticleDirections(
            @ForAll @IntRange(min = 2, max = 10) int k, @ForAll @IntRange(min = 1, max = 20) int p, @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] g = new double[k][p];
        double[][] r = new double[k][p];
        double[][] kernel = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < p; c++) {
                g[a][c] = rng.nextGaussian();
                r[a][c] = rng.nextGaussian() * 100;
            }
            for (int b = 0; b < k; b++) {
                kernel[a][b] = a == b ? 1 : rng.nextDouble();
            }
        }
        double[][] phi = new double[k][p];
        SteinDirection.perParticle(g, kernel, r, SteinDirection.ALPHA, phi);
        double[] sum = new double[p];
        SteinDirection.summed(g, kernel, r, SteinDirection.ALPHA, sum);
        for (int c = 0; c < p; c++) {
            double expected = 0;
            for (int a = 0; a < k; a++) {
                double s = SteinDirection.ALPHA * r[a][c];
                for (int b = 0; b < k; b++) {
                    s += kernel[a][b] * g[b][c];
                }
                assertEquals(s / k, phi[a][c], 1e-12);
                expected += phi[a][c];
            }
            assertEquals(expected, sum[c], 1e-12);
        }
    }

    @Test
    void withoutRepulsionAndWithTheIdentityKernelItIsTheMeanGradient() {
        double[][] g = {{1, 2}, {3, 4}, {5, 6}};
        double[][] eye = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        double[] sum = new double[2];
        SteinDirection.summed(g, eye, new double[3][2], 0, sum);
        assertArrayEquals(new double[] {3, 4}, sum, 1e-15);
    }

    @Test
    void badInputIsRejectedWithTheArgumentAndValue() {
        double[][] g = {{1}, {2}};
        double[][] kernel = {{1, 0.5}, {0.5, 1}};
        double[][] r = {{0}, {0}};
        assertMessage("gradients must not be null", () -> SteinDirection.summed(null, kernel, r, 0, new double[1]));
        assertMessage(
                "gradients must hold at least 2 particles, was 1",
                () -> SteinDirection.summed(new double[][] {{1}}, kernel, r, 0, new double[1]));
        assertMessage(
                "kernel[1][0] must be finite, was NaN",
                () -> SteinDirection.summed(g, new double[][] {{1, 0}, {Double.NaN, 1}}, r, 0, new double[1]));
        assertMessage(
                "kernel must have 2 columns, was 3",
                () -> SteinDirection.summed(g, new double[][] {{1, 0, 0}, {0, 1, 0}}, r, 0, new double[1]));
        assertMessage(
                "repulsion must have 2 rows, was 1",
                () -> SteinDirection.perParticle(g, kernel, new double[][] {{0}}, 0, new double[2][1]));
        assertMessage(
                "alpha must be finite and >= 0, was -0.001",
                () -> SteinDirection.summed(g, kernel, r, -0.001, new double[1]));
        assertMessage("out must have length 1, was 2", () -> SteinDirection.summed(g, kernel, r, 0, new double[2]));
        assertMessage(
                "out[1] must have length 1, was 3",
                () -> SteinDirection.perParticle(g, kernel, r, 0, new double[][] {{0}, {0, 0, 0}}));
    }

    @Test
    void theSumFormEqualsThePerParticleForm() {
        SplittableRandom rng = new SplittableRandom(11);
        int k = 6;
        int p = 40;
        double[][] g = new double[k][p];
        double[][] r = new double[k][p];
        double[][] kernel = new double[k][k];
        double[] sum = new double[p];
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < p; c++) {
                g[a][c] = rng.nextDouble(-1, 1);
                r[a][c] = rng.nextDouble(-1, 1);
                sum[c] += r[a][c];
            }
            for (int b = 0; b < k; b++) {
                kernel[a][b] = rng.nextDouble();
            }
        }
        double[] expected = new double[p];
        double[] actual = new double[p];
        SteinDirection.summed(g, kernel, r, 0.3, expected);
        SteinDirection.summed(g, kernel, sum, 0.3, actual);
        assertArrayEquals(expected, actual, 1e-12);
        assertMessage(
                "repulsionSum must have length 40, was 39",
                () -> SteinDirection.summed(g, kernel, new double[p - 1], 0.3, actual));
    }
}
