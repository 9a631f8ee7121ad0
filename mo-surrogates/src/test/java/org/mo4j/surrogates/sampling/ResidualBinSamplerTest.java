package org.mo4j.surrogates.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResidualBinSamplerTest {

    /** 40 points spread over the quarter disc of radius ≤ 1, as MAP's designs are. */
    private static double[][] quarterDisc(int n, SplittableRandom rng) {
        double[][] c = new double[n][];
        for (int k = 0; k < n; k++) {
            double a = rng.nextDouble(0, Math.PI / 2);
            double r = rng.nextDouble(0.1, 1);
            c[k] = new double[] {r * Math.cos(a), r * Math.sin(a)};
        }
        return c;
    }

    @Test
    void hypersphericalCoordinatesRoundTrip() {
        double[] x = {0.3, 0.1, 0.7, 0.2};
        double[] phi = HypersphericalCoordinates.angles(x);
        assertEquals(3, phi.length);
        assertArrayEquals(x, HypersphericalCoordinates.toCartesian(HypersphericalCoordinates.radius(x), phi), 1e-12);
        assertArrayEquals(new double[] {Math.PI / 2}, HypersphericalCoordinates.angles(new double[] {0, 1}), 0);
    }

    @Test
    void cellsWithLargeResidualGetMorePoints() {
        SplittableRandom rng = new SplittableRandom(11);
        double[][] c = quarterDisc(400, rng);
        ResidualBinSampler sampler = new ResidualBinSampler(4);
        double[] e = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            int cell = sampler.cellOf(c[k]);
            // squared residuals growing with the cell: 0.01, 0.02, 0.03, 0.04 (plus noise)
            e[k] = 0.01 * (cell + 1) * (1 + 0.1 * rng.nextDouble());
        }
        ResidualBinSampler.Draw draw = sampler.sample(c, e, 3000, new SplittableRandom(5));
        int[] counts = draw.counts();
        assertEquals(3000, counts[0] + counts[1] + counts[2] + counts[3]);
        for (int i = 0; i < 3; i++) {
            assertTrue(counts[i] < counts[i + 1], java.util.Arrays.toString(counts));
        }
        // softmax(score / 0.07): a residual gap of 0.01 is a factor of about e^(1/7) ≈ 1.15 per cell
        double[] p = draw.cells().probabilities();
        for (int i = 0; i < 4; i++) {
            assertEquals(p[i], counts[i] / 3000.0, 0.03);
        }
        for (double[] x : draw.points()) {
            double r = HypersphericalCoordinates.radius(x);
            assertTrue(r >= 0.2 - 1e-12 && r <= 0.8 + 1e-12, "radius " + r);
        }
    }

    @Test
    void aCellWithAFarLargerResidualTakesNearlyAllPointsAndEmptyCellsNone() {
        double[][] c = {{1, 0.05}, {0.9, 0.1}, {0.8, 0.3}, {0.2, 0.9}, {0.1, 0.8}};
        double[] e = {1e-4, 2e-4, 1e-4, 0.9, 0.95};
        ResidualBinSampler sampler = new ResidualBinSampler(4);
        ResidualBinSampler.Draw draw = sampler.sample(c, e, 200, new SplittableRandom(1));
        ResidualBinSampler.Cells cells = draw.cells();
        assertEquals(4, cells.size());
        assertEquals(Double.NEGATIVE_INFINITY, cells.scores()[1]);
        assertEquals(Double.NEGATIVE_INFINITY, cells.scores()[2]);
        assertEquals(0.0, cells.probabilities()[1]);
        assertEquals(200, draw.counts()[3]);
        for (double[] x : draw.points()) {
            assertEquals(3, sampler.cellOf(x));
        }
    }

    @Test
    void aCellScoreIsTheMeanSquaredResidualWhenTooSmallToThin() {
        // fewer than 5 points: ⌊20 %⌋ = 0 are dropped, every sub-sample mean is the mean, std 0
        double[][] c = {{1, 0.01}, {0.9, 0.02}, {0.95, 0.015}, {0.01, 1}};
        double[] e = {0.1, 0.2, 0.3, 0.05};
        ResidualBinSampler.Cells cells = new ResidualBinSampler(2).score(c, e, new SplittableRandom(1));
        assertEquals(0.2, cells.scores()[0], 1e-15);
        assertEquals(0.05, cells.scores()[1], 1e-15);
        assertArrayEquals(new int[] {3, 1}, cells.points());
    }

    @Test
    void usesFourBinsBelowFourTasksAndTwoFromFour() {
        assertEquals(4, ResidualBinSampler.defaultBins(3));
        assertEquals(2, ResidualBinSampler.defaultBins(4));
        double[][] c = quarterDisc(50, new SplittableRandom(2));
        double[][] c3 = new double[50][];
        for (int k = 0; k < 50; k++) {
            c3[k] = new double[] {c[k][0], c[k][1], 0.5};
        }
        assertEquals(
                16,
                new ResidualBinSampler(4)
                        .score(c3, new double[50], new SplittableRandom(1))
                        .size());
    }

    @Test
    void isDeterministicPerSeedAndRejectsBadInput() {
        double[][] c = quarterDisc(60, new SplittableRandom(3));
        double[] e = new double[60];
        for (int k = 0; k < 60; k++) {
            e[k] = c[k][0] * c[k][0];
        }
        ResidualBinSampler s = new ResidualBinSampler(4);
        assertTrue(java.util.Arrays.deepEquals(
                s.sample(c, e, 10, new SplittableRandom(9)).points(),
                s.sample(c, e, 10, new SplittableRandom(9)).points()));
        assertThrows(IllegalArgumentException.class, () -> s.sample(c, new double[3], 10, new SplittableRandom(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> s.score(new double[][] {{1}, {2}}, new double[2], new SplittableRandom(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> s.score(new double[][] {{-1, -1}}, new double[1], new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> new ResidualBinSampler(4, 0, 0.5, 30, 0.2, 0.2, 0.8));
    }
}
