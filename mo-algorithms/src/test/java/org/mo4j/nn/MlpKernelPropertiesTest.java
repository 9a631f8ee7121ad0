package org.mo4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The matrix kernels of {@link Mlp} against the straightforward triple loops they replace. Each
 * kernel keeps the order of summation of its oracle, so the comparison is exact (a −0 and a +0
 * compare equal); sizes cover the four-row blocks and their remainders.
 */
class MlpKernelPropertiesTest {

    private static double[][] random(SplittableRandom rng, int rows, int cols, int slack) {
        // rows longer than used, with garbage after the used part, as the workspace's rows are
        double[][] m = new double[rows][cols + slack];
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rng.nextDouble(-2, 2);
            }
        }
        return m;
    }

    @Property(tries = 200)
    void multiplyIsTheDotProductInIncreasingOrder(
            @ForAll @IntRange(min = 1, max = 11) int rows,
            @ForAll @IntRange(min = 1, max = 13) int k,
            @ForAll @IntRange(min = 1, max = 19) int n,
            @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] a = random(rng, rows, k, 2);
        double[][] b = random(rng, k + 1, n, 3);
        double[][] c = random(rng, rows, n, 1);
        Mlp.multiply(a, rows, k, b, n, c);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a[r][p] * b[p][j];
                }
                assertEquals(sum, c[r][j], 0.0, "c[" + r + "][" + j + "]");
            }
        }
    }

    @Property(tries = 200)
    void multiplyTransposedIsTheDotProductInIncreasingOrder(
            @ForAll @IntRange(min = 1, max = 11) int rows,
            @ForAll @IntRange(min = 1, max = 13) int k,
            @ForAll @IntRange(min = 1, max = 19) int n,
            @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] a = random(rng, rows, k, 2);
        double[][] w = random(rng, n, k, 1);
        double[][] c = random(rng, rows, n, 1);
        Mlp.multiplyTransposed(a, rows, k, w, n, c);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a[r][p] * w[j][p];
                }
                assertEquals(sum, c[r][j], 0.0, "c[" + r + "][" + j + "]");
            }
        }
    }

    @Property(tries = 200)
    void accumulateTransposedProductAddsSampleBySample(
            @ForAll @IntRange(min = 1, max = 11) int rows,
            @ForAll @IntRange(min = 1, max = 13) int out,
            @ForAll @IntRange(min = 1, max = 19) int in,
            @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] delta = random(rng, rows, out, 2);
        double[][] a = random(rng, rows, in, 1);
        double[][] g = random(rng, out, in, 0);
        double[][] expected = new double[out][];
        for (int j = 0; j < out; j++) {
            expected[j] = g[j].clone();
        }
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < out; j++) {
                for (int p = 0; p < in; p++) {
                    expected[j][p] += delta[r][j] * a[r][p];
                }
            }
        }
        Mlp.accumulateTransposedProduct(delta, rows, out, a, in, g);
        for (int j = 0; j < out; j++) {
            for (int p = 0; p < in; p++) {
                assertEquals(expected[j][p], g[j][p], 0.0, "g[" + j + "][" + p + "]");
            }
        }
    }
}
