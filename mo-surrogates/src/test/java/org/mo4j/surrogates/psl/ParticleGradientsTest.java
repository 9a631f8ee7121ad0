package org.mo4j.surrogates.psl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mo4j.surrogates.psl.TchebycheffTest.assertMessage;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@code F.normalize(dim=0)}: each coordinate's column across the particles gets unit norm. */
class ParticleGradientsTest {

    @Test
    void eachColumnIsDividedByItsNormAcrossParticles() {
        double[][] g = {{3, 0, 1e-13}, {4, 0, 0}};
        ParticleGradients.normalizeAcrossParticles(g);
        assertArrayEquals(new double[] {0.6, 0, 0.1}, g[0], 1e-15); // 1e-13 / max(1e-13, 1e-12)
        assertArrayEquals(new double[] {0.8, 0, 0}, g[1], 1e-15);
    }

    @Test
    void rowsAreNotNormalised() {
        double[][] g = {{1, 1}, {0, 1}};
        ParticleGradients.normalizeAcrossParticles(g);
        assertArrayEquals(new double[] {1, Math.sqrt(0.5)}, g[0], 1e-15);
        assertArrayEquals(new double[] {0, Math.sqrt(0.5)}, g[1], 1e-15);
    }

    @Property(tries = 100)
    void columnsHaveUnitNormAndKeepTheirDirection(
            @ForAll @IntRange(min = 1, max = 12) int k, @ForAll @IntRange(min = 1, max = 30) int p, @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] g = new double[k][p];
        for (double[] row : g) {
            for (int c = 0; c < p; c++) {
                row[c] = rng.nextGaussian() * Math.exp(rng.nextGaussian() * 3);
            }
        }
        double[][] before = new double[k][];
        for (int a = 0; a < k; a++) {
            before[a] = g[a].clone();
        }
        ParticleGradients.normalizeAcrossParticles(g);
        for (int c = 0; c < p; c++) {
            double sum = 0;
            double norm = 0;
            for (int a = 0; a < k; a++) {
                sum += g[a][c] * g[a][c];
                norm += before[a][c] * before[a][c];
            }
            assertEquals(1, sum, 1e-12, "column " + c);
            for (int a = 0; a < k; a++) {
                assertEquals(before[a][c] / Math.sqrt(norm), g[a][c], 1e-15);
            }
        }
    }

    @Test
    void badInputIsRejectedWithTheArgumentAndValue() {
        assertMessage("gradients must not be null", () -> ParticleGradients.normalizeAcrossParticles(null));
        assertMessage(
                "gradients must have at least 1 row, was 0",
                () -> ParticleGradients.normalizeAcrossParticles(new double[0][]));
        assertMessage(
                "gradients[1] has 1 columns, gradients[0] has 2 (ragged array)",
                () -> ParticleGradients.normalizeAcrossParticles(new double[][] {{1, 2}, {3}}));
        assertMessage(
                "gradients[0][1] must be finite, was NaN",
                () -> ParticleGradients.normalizeAcrossParticles(new double[][] {{1, Double.NaN}}));
    }
}
