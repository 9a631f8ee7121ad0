package org.mo4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link RunningMeanStd} against a two-pass computation over the concatenated batches. */
class RunningMeanStdPropertiesTest {

    /**
     * The initial state is a pseudo-sample of weight 10⁻⁴ with mean 0 and variance 1, so the
     * two-pass reference over all N rows is μ = Σx/(N + 10⁻⁴) and σ² = (Σ(x − μ)² + 10⁻⁴·(1 +
     * μ²))/(N + 10⁻⁴); the parallel update must agree to 10⁻¹⁰ relative.
     */
    @Property(tries = 200)
    void batchUpdatesAgreeWithTwoPassStatistics(
            @ForAll @IntRange(min = 1, max = 5) int d,
            @ForAll @IntRange(min = 1, max = 6) int batches,
            @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        RunningMeanStd rms = new RunningMeanStd(d);
        int[] sizes = new int[batches];
        double[][] data = new double[batches][];
        int total = 0;
        for (int b = 0; b < batches; b++) {
            sizes[b] = 1 + r.nextInt(40);
            double offset = r.nextDouble(-100, 100);
            double spread = r.nextDouble(0.01, 50);
            data[b] = new double[sizes[b] * d];
            for (int i = 0; i < data[b].length; i++) {
                data[b][i] = offset + spread * r.nextGaussian();
            }
            rms.update(data[b], sizes[b]);
            total += sizes[b];
        }
        double n = total + RunningMeanStd.INITIAL_COUNT;
        assertEquals(n, rms.count(), 1e-9);
        for (int j = 0; j < d; j++) {
            double sum = 0;
            for (int b = 0; b < batches; b++) {
                for (int k = 0; k < sizes[b]; k++) {
                    sum += data[b][k * d + j];
                }
            }
            double mean = sum / n;
            double ss = RunningMeanStd.INITIAL_COUNT * (1 + mean * mean);
            for (int b = 0; b < batches; b++) {
                for (int k = 0; k < sizes[b]; k++) {
                    double e = data[b][k * d + j] - mean;
                    ss += e * e;
                }
            }
            double var = ss / n;
            assertEquals(mean, rms.mean()[j], 1e-10 * (1 + Math.abs(mean)));
            assertEquals(var, rms.variance()[j], 1e-10 * var);
        }
    }

    @Test
    void normaliseAndScaleClipAtTen() {
        RunningMeanStd rms = new RunningMeanStd(2);
        rms.update(new double[] {1, 10, 3, 30}, 2);
        double[] mean = rms.mean();
        double[] var = rms.variance();
        double[] out = new double[4];
        double[] x = {2, 20, 1000, -1000};
        rms.normalize(x, 2, out);
        assertEquals((2 - mean[0]) / Math.sqrt(var[0] + 1e-8), out[0], 1e-15);
        assertEquals((20 - mean[1]) / Math.sqrt(var[1] + 1e-8), out[1], 1e-15);
        assertEquals(10, out[2]);
        assertEquals(-10, out[3]);
        rms.scale(new double[] {1, 1}, 1, out);
        assertEquals(1 / Math.sqrt(var[0] + 1e-8), out[0], 1e-15);
        RunningMeanStd copy = rms.copy();
        copy.update(new double[] {7, 7}, 1);
        assertEquals(mean[0], rms.mean()[0]);
        rms.copyFrom(copy);
        assertEquals(copy.mean()[0], rms.mean()[0]);
    }
}
