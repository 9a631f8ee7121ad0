package org.mo4j.surrogates.psl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mo4j.surrogates.psl.TchebycheffTest.assertMessage;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Kernels, bandwidths and row-sum gradients, against hand computation and finite differences. */
class SteinKernelsTest {

    private static final double LOG3 = Math.log(3);

    /**
     * v = ((0,0), (1,2), (3,6)). D₀ off-diagonal 1, 9, 4 and D₁ 4, 36, 16; with the three diagonal
     * zeros the fifth of nine sorted entries is 1 for D₀ and 4 for D₁, so h₀ = 1/log 3 and h₁ =
     * 16/log 3, and every kernel value is a power of 3.
     */
    private static final double[][] V3 = {{0, 0}, {1, 2}, {3, 6}};

    @Test
    void medianIsNumpysMedianAsTheCodesHelperComputesIt() {
        assertEquals(2.5, SteinKernels.median(new double[] {4, 1, 3, 2}));
        assertEquals(2, SteinKernels.lowerMedian(new double[] {4, 1, 3, 2})); // torch.median
        assertEquals(2, SteinKernels.median(new double[] {3, 1, 2}));
        assertEquals(2, SteinKernels.lowerMedian(new double[] {3, 1, 2}));
        assertEquals(7, SteinKernels.median(new double[] {7}));
        assertEquals(5, SteinKernels.median(new double[] {0, 0, 10, 10}));
        assertEquals(0, SteinKernels.lowerMedian(new double[] {0, 0, 10, 10}));
    }

    @Property(tries = 200)
    void medianIsTheMeanOfTorchsLowerMediansWithAndWithoutTheMaximum(
            @ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextInt(5) + rng.nextDouble() * (rng.nextBoolean() ? 1 : 0); // ties too
            max = Math.max(max, x[i]);
        }
        double[] withMax = java.util.Arrays.copyOf(x, n + 1);
        withMax[n] = max;
        double code = (SteinKernels.lowerMedian(withMax) + SteinKernels.lowerMedian(x)) / 2.;
        assertEquals(code, SteinKernels.median(x), 0);
    }

    @Test
    void localBandwidthsOfThreeParticles() {
        double[] h = new double[2];
        SteinKernels.localBandwidths(V3, 1, h);
        assertArrayEquals(new double[] {1 / LOG3, 16 / LOG3}, h, 1e-15);
        SteinKernels.localBandwidths(V3, 0.5, h);
        assertArrayEquals(new double[] {0.5 / LOG3, 8 / LOG3}, h, 1e-15);
    }

    @Test
    void localKernelUsesTheColumnParticlesActiveIndex() {
        // active = (0, 1, 0): K(a,b) uses objective active[b]
        double[] h = {1 / LOG3, 16 / LOG3};
        double[][] k = new double[3][3];
        SteinKernels.localKernel(V3, new int[] {0, 1, 0}, h, k);
        double[][] expected = {
            {1, Math.pow(3, -0.25), Math.pow(3, -9)},
            {1 / 3., 1, Math.pow(3, -4)},
            {Math.pow(3, -9), 1 / 3., 1}
        };
        for (int a = 0; a < 3; a++) {
            assertArrayEquals(expected[a], k[a], 1e-15, "row " + a);
        }
        // not symmetric: K(0,1) uses objective 1 (3^-1/4), K(1,0) objective 0 (1/3)
    }

    @Test
    void globalKernelOfThreeParticles() {
        // squared distances 5, 45, 20 → sorted nine entries 0,0,0,5,5,20,20,45,45 → median 5
        double h = SteinKernels.globalBandwidth(V3, 1);
        assertEquals(25 / LOG3, h, 1e-14);
        double[][] k = new double[3][3];
        SteinKernels.globalKernel(V3, h, k);
        assertArrayEquals(new double[] {1, Math.pow(3, -0.2), Math.pow(3, -1.8)}, k[0], 1e-15);
        assertArrayEquals(new double[] {Math.pow(3, -0.2), 1, Math.pow(3, -0.8)}, k[1], 1e-15);
    }

    @Test
    void anEvenCountUsesTheMeanOfTheMiddleValuesNotTorchsLowerOne() {
        // K = 2: entries 0, 0, 4, 4 → numpy median 2 (torch's lower median 0 would give the fallback)
        double[][] v = {{0}, {2}};
        double[] h = new double[1];
        SteinKernels.localBandwidths(v, 1, h);
        assertEquals(4 / Math.log(2), h[0], 1e-15);
        double[][] k = new double[2][2];
        SteinKernels.localKernel(v, new int[] {0, 0}, h, k);
        assertEquals(0.5, k[0][1], 1e-15);
        assertEquals(4 / Math.log(2), SteinKernels.globalBandwidth(v, 1), 1e-15);
    }

    @Test
    void aZeroMedianFallsBackTo5e6LocallyAndC1e6Globally() {
        // two of three particles coincide: entries 0×5, d×4 → the fifth is 0
        double[][] v = {{1, 0}, {1, 0}, {2, 5}};
        double[] h = new double[2];
        SteinKernels.localBandwidths(v, 2, h);
        assertArrayEquals(new double[] {5e-6, 5e-6}, h, 0); // not scaled by c
        assertEquals(2e-6, SteinKernels.globalBandwidth(v, 2), 0); // scaled by c
        double[][] k = new double[3][3];
        SteinKernels.localKernel(v, new int[] {0, 0, 1}, h, k);
        assertArrayEquals(new double[] {1, 1, 0}, k[0], 0);
    }

    private static double[][] randomParticles(SplittableRandom rng, int k, int m) {
        double[][] v = new double[k][m];
        for (double[] row : v) {
            for (int j = 0; j < m; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return v;
    }

    private static double[][] unflatten(double[] x, int k, int m) {
        double[][] v = new double[k][m];
        for (int c = 0; c < k; c++) {
            System.arraycopy(x, c * m, v[c], 0, m);
        }
        return v;
    }

    private static double[] flatten(double[][] v) {
        int m = v[0].length;
        double[] x = new double[v.length * m];
        for (int c = 0; c < v.length; c++) {
            System.arraycopy(v[c], 0, x, c * m, m);
        }
        return x;
    }

    @Property(tries = 150)
    void localRowSumGradientMatchesFiniteDifferences(
            @ForAll @IntRange(min = 2, max = 10) int k, @ForAll @IntRange(min = 1, max = 4) int m, @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] v = randomParticles(rng, k, m);
        int[] active = new int[k];
        for (int b = 0; b < k; b++) {
            active[b] = rng.nextInt(m);
        }
        double[] h = new double[m];
        SteinKernels.localBandwidths(v, 1, h); // then held fixed, as the code's detached median
        for (int a = 0; a < k; a++) {
            int row = a;
            double[][] grad = new double[k][m];
            SteinKernels.localRowSumGradient(v, active, h, a, grad);
            double[] num = FiniteDifferences.gradientAtScale(
                    x -> {
                        double[][] kernel = new double[k][k];
                        SteinKernels.localKernel(unflatten(x, k, m), active, h, kernel);
                        double s = 0;
                        for (double e : kernel[row]) {
                            s += e;
                        }
                        return s;
                    },
                    flatten(v),
                    Arrays.stream(h).min().getAsDouble());
            FiniteDifferences.assertClose(num, flatten(grad), "row " + a);
        }
    }

    @Test
    void localRowSumGradientMatchesFiniteDifferencesWhenABandwidthIsTiny() {
        // the lower median gives h_1 = 5.3e-9 here: a fixed step of 1e-6 missed the gradient by 0.2%
        localRowSumGradientMatchesFiniteDifferences(4, 3, 29556);
    }

    @Property(tries = 150)
    void globalRowSumGradientMatchesFiniteDifferences(
            @ForAll @IntRange(min = 2, max = 10) int k, @ForAll @IntRange(min = 1, max = 4) int m, @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] v = randomParticles(rng, k, m);
        double h = SteinKernels.globalBandwidth(v, 1);
        for (int a = 0; a < k; a++) {
            int row = a;
            double[][] grad = new double[k][m];
            SteinKernels.globalRowSumGradient(v, h, a, grad);
            double[] num = FiniteDifferences.gradientAtScale(
                    x -> {
                        double[][] kernel = new double[k][k];
                        SteinKernels.globalKernel(unflatten(x, k, m), h, kernel);
                        double s = 0;
                        for (double e : kernel[row]) {
                            s += e;
                        }
                        return s;
                    },
                    flatten(v),
                    h);
            FiniteDifferences.assertClose(num, flatten(grad), "row " + a);
        }
    }

    @Test
    void localRowSumGradientByHand() {
        // row 0 of V3 with active (0, 1, 0): b = 1 on objective 1 (d = −2), b = 2 on objective 0 (d = −3)
        double[] h = {1 / LOG3, 16 / LOG3};
        double[][] g = new double[3][2];
        SteinKernels.localRowSumGradient(V3, new int[] {0, 1, 0}, h, 0, g);
        double t1 = 2 * -2 * Math.pow(3, -0.25) / h[1];
        double t2 = 2 * -3 * Math.pow(3, -9) / h[0];
        assertArrayEquals(new double[] {-t2, -t1}, g[0], 1e-15);
        assertArrayEquals(new double[] {0, t1}, g[1], 1e-15);
        assertArrayEquals(new double[] {t2, 0}, g[2], 1e-15);
    }

    @Test
    void badInputIsRejectedWithTheArgumentAndValue() {
        double[] h = {1, 1};
        double[][] k3 = new double[3][3];
        double[][] g3 = new double[3][2];
        assertMessage("v must not be null", () -> SteinKernels.localBandwidths(null, 1, h));
        assertMessage(
                "v must hold at least 2 particles, was 1",
                () -> SteinKernels.localBandwidths(new double[][] {{1, 2}}, 1, h));
        assertMessage(
                "v must hold at least 2 particles, was 1", () -> SteinKernels.globalBandwidth(new double[][] {{1}}, 1));
        assertMessage(
                "v[1][0] must be finite, was NaN",
                () -> SteinKernels.localKernel(new double[][] {{0, 0}, {Double.NaN, 0}, {1, 1}}, new int[3], h, k3));
        assertMessage(
                "v[2] has 1 columns, v[0] has 2 (ragged array)",
                () -> SteinKernels.globalKernel(new double[][] {{0, 0}, {1, 1}, {1}}, 1, k3));
        assertMessage("c must be finite and > 0, was 0.0", () -> SteinKernels.localBandwidths(V3, 0, h));
        assertMessage(
                "active[2] must be in [0, 2), was 2", () -> SteinKernels.localKernel(V3, new int[] {0, 1, 2}, h, k3));
        assertMessage("active must have length 3, was 2", () -> SteinKernels.localKernel(V3, new int[2], h, k3));
        assertMessage(
                "bandwidths[1] must be > 0, was -1.0",
                () -> SteinKernels.localKernel(V3, new int[3], new double[] {1, -1}, k3));
        assertMessage(
                "kernel must have 3 rows, was 2", () -> SteinKernels.localKernel(V3, new int[3], h, new double[2][3]));
        assertMessage("a must be in [0, 3), was 3", () -> SteinKernels.localRowSumGradient(V3, new int[3], h, 3, g3));
        assertMessage(
                "bandwidth must be finite and > 0, was NaN",
                () -> SteinKernels.globalRowSumGradient(V3, Double.NaN, 0, g3));
        assertMessage("values must not be empty", () -> SteinKernels.median(new double[0]));
        assertMessage("values[0] must be finite, was NaN", () -> SteinKernels.median(new double[] {Double.NaN}));
    }
}
