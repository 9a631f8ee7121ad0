package org.mo4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Orthogonal and PyTorch-default initialisation, and reproducibility from a seed. */
class InitializationTest {

    /**
     * WᵀW = gain²·I (out ≥ in) or WWᵀ = gain²·I (out &lt; in), biases 0, to 10⁻¹² (Householder QR
     * is backward stable: errors of a few ulps times the size).
     */
    @Property(tries = 200)
    void orthogonalLayersHaveOrthonormalRowsOrColumnsTimesTheGain(
            @ForAll @IntRange(min = 1, max = 40) int in,
            @ForAll @IntRange(min = 1, max = 40) int hidden,
            @ForAll @IntRange(min = 1, max = 40) int out,
            @ForAll @DoubleRange(min = 0.01, max = 3) double hiddenGain,
            @ForAll @DoubleRange(min = 0.01, max = 3) double outputGain,
            @ForAll long seed) {
        Mlp net =
                Mlp.builder(in, hidden, out).orthogonal(hiddenGain, outputGain).build(new SplittableRandom(seed));
        double[] gains = {hiddenGain, outputGain};
        int[] sizes = net.layerSizes();
        for (int l = 0; l < 2; l++) {
            int cols = sizes[l];
            int rows = sizes[l + 1];
            int w = net.weightOffset(l);
            double[] p = net.parameters();
            boolean byColumns = rows >= cols; // WᵀW, cols × cols
            int k = byColumns ? cols : rows;
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double dot = 0;
                    int n = byColumns ? rows : cols;
                    for (int i = 0; i < n; i++) {
                        dot += byColumns
                                ? p[w + i * cols + a] * p[w + i * cols + b]
                                : p[w + a * cols + i] * p[w + b * cols + i];
                    }
                    double expected = a == b ? gains[l] * gains[l] : 0;
                    assertEquals(
                            expected, dot, 1e-12, "layer " + l + " (" + rows + "×" + cols + ") entry " + a + "," + b);
                }
            }
            for (int j = 0; j < rows; j++) {
                assertEquals(0, p[net.biasOffset(l) + j]);
            }
        }
    }

    @Test
    void squareAndRectangularLayersOfPolicySizes() {
        // C-MORL's actor 8 → 64 → 64 → 2 with output gain 0.01
        Mlp net = Mlp.builder(8, 64, 64, 2).orthogonal(1, 0.01).build(new SplittableRandom(1));
        double[] p = net.parameters();
        double sumSquares = 0;
        for (int i = net.weightOffset(2); i < net.biasOffset(2); i++) {
            sumSquares += p[i] * p[i];
        }
        assertEquals(2 * 0.01 * 0.01, sumSquares, 1e-15); // two orthonormal rows times 0.01
        double square = 0;
        for (int i = net.weightOffset(1); i < net.biasOffset(1); i++) {
            square += p[i] * p[i];
        }
        assertEquals(64, square, 1e-10); // an orthogonal 64 × 64 matrix: Frobenius norm² = 64
    }

    @Test
    void perLayerGains() {
        Mlp net = Mlp.builder(3, 5, 4, 2).orthogonalGains(2, 0.5, 0).build(new SplittableRandom(3));
        double[] p = net.parameters();
        double[] expected = {3 * 4.0, 4 * 0.25, 0}; // min(out, in)·gain²
        for (int l = 0; l < 3; l++) {
            double s = 0;
            for (int i = net.weightOffset(l); i < net.biasOffset(l); i++) {
                s += p[i] * p[i];
            }
            assertEquals(expected[l], s, 1e-12);
        }
    }

    @Property(tries = 50)
    void pytorchDefaultIsUniformWithinOneOverSqrtFanIn(
            @ForAll @IntRange(min = 1, max = 30) int in,
            @ForAll @IntRange(min = 1, max = 30) int out,
            @ForAll long seed) {
        Mlp net = Mlp.builder(in, out).pytorchDefault().build(new SplittableRandom(seed));
        double bound = 1 / Math.sqrt(in);
        for (double v : net.parameters()) {
            assertTrue(Math.abs(v) <= bound, v + " outside ±" + bound);
        }
    }

    @Test
    void pytorchDefaultHasTheUniformVariance() {
        Mlp net = Mlp.builder(256, 256).pytorchDefault().build(new SplittableRandom(5));
        double s = 0;
        for (double v : net.parameters()) {
            s += v * v;
        }
        // U(−1/16, 1/16) has variance (1/16)²/3
        assertEquals(1.0 / 256 / 3, s / net.parameterCount(), 0.02 / 256 / 3 * 3);
    }

    @Test
    void theSameSeedGivesTheSameNetworkAndAnotherSeedAnother() {
        for (boolean orthogonal : new boolean[] {true, false}) {
            Mlp.Builder b = Mlp.builder(6, 64, 64, 6).hidden(Activation.RELU).output(Activation.SIGMOID);
            if (!orthogonal) {
                b.pytorchDefault();
            }
            double[] first = b.build(new SplittableRandom(42)).parameters();
            double[] again = b.build(new SplittableRandom(42)).parameters();
            double[] other = b.build(new SplittableRandom(43)).parameters();
            assertArrayEquals(first, again);
            assertFalse(Arrays.equals(first, other));
        }
    }

    @Test
    void layoutIsWeightsThenBiasesLayerByLayer() {
        Mlp net = Mlp.builder(3, 4, 2).build(new SplittableRandom(1));
        assertEquals(0, net.weightOffset(0));
        assertEquals(12, net.biasOffset(0));
        assertEquals(16, net.weightOffset(1));
        assertEquals(24, net.biasOffset(1));
        assertEquals(26, net.parameterCount());
        // y = W x + b with the row-major W, checked by hand on one input
        double[] p = net.parameters();
        for (int i = 0; i < p.length; i++) {
            p[i] = 0.01 * (i + 1);
        }
        Mlp linear = Mlp.builder(3, 4)
                .hidden(Activation.TANH)
                .output(Activation.IDENTITY)
                .build(new SplittableRandom(1));
        System.arraycopy(p, 0, linear.parameters(), 0, 16);
        double[] y = new double[4];
        linear.forward(new double[] {1, 2, 3}, 1, y);
        for (int o = 0; o < 4; o++) {
            double expected = p[12 + o];
            for (int i = 0; i < 3; i++) {
                expected += p[o * 3 + i] * (i + 1);
            }
            assertEquals(expected, y[o], 1e-15);
        }
    }
}
