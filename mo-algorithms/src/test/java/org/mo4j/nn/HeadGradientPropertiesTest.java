package org.mo4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The heads' log-probability and entropy gradients against five-point central differences (step
 * and tolerance as in {@link MlpGradientPropertiesTest}: relative error below 10⁻⁶ above 10⁻³,
 * absolute below 10⁻⁹ under it), and their distributions against their definitions.
 */
class HeadGradientPropertiesTest {

    static final double H = MlpGradientPropertiesTest.H;

    interface Function {
        double at(double[] v);
    }

    static double difference(Function f, double[] v, int i) {
        double keep = v[i];
        v[i] = keep + H;
        double p1 = f.at(v);
        v[i] = keep - H;
        double m1 = f.at(v);
        v[i] = keep + 2 * H;
        double p2 = f.at(v);
        v[i] = keep - 2 * H;
        double m2 = f.at(v);
        v[i] = keep;
        return (8 * (p1 - m1) - (p2 - m2)) / (12 * H);
    }

    static void close(double fd, double analytic, String what) {
        assertTrue(
                MlpGradientPropertiesTest.relativeError(fd, analytic) < MlpGradientPropertiesTest.TOLERANCE,
                what + ": finite difference " + fd + ", analytic " + analytic);
    }

    @Property(tries = 300)
    void categoricalGradientsMatchFiniteDifferences(
            @ForAll @IntRange(min = 1, max = 12) int n,
            @ForAll @IntRange(min = 1, max = 4) int rows,
            @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        CategoricalHead head = new CategoricalHead(n);
        double[] logits = MlpGradientPropertiesTest.uniform(r, rows * n, -4, 4);
        int row = r.nextInt(rows);
        int action = r.nextInt(n);
        double scale = r.nextDouble(-2, 2);
        double[] grad = new double[logits.length];
        head.addLogProbabilityGradient(logits, row, action, scale, grad);
        double[] entropyGrad = new double[logits.length];
        head.addEntropyGradient(logits, row, scale, entropyGrad);
        for (int i = 0; i < logits.length; i++) {
            close(difference(z -> scale * head.logProbability(z, row, action), logits, i), grad[i], "log π " + i);
            close(difference(z -> scale * head.entropy(z, row), logits, i), entropyGrad[i], "entropy " + i);
        }
    }

    @Property(tries = 300)
    void gaussianGradientsMatchFiniteDifferences(
            @ForAll @IntRange(min = 1, max = 8) int d,
            @ForAll @IntRange(min = 1, max = 4) int rows,
            @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        GaussianHead head = new GaussianHead(d);
        for (int j = 0; j < d; j++) {
            head.logStd()[j] = r.nextDouble(-1.5, 1);
        }
        double[] means = MlpGradientPropertiesTest.uniform(r, rows * d, -2, 2);
        double[] actions = MlpGradientPropertiesTest.uniform(r, rows * d, -3, 3);
        int row = r.nextInt(rows);
        double scale = r.nextDouble(-2, 2);
        double[] dMeans = new double[means.length];
        head.addLogProbabilityGradient(means, actions, row, scale, dMeans);
        for (int i = 0; i < means.length; i++) {
            close(difference(m -> scale * head.logProbability(m, actions, row), means, i), dMeans[i], "mean " + i);
        }
        double[] dLogStd = head.logStdGradient().clone();
        for (int j = 0; j < d; j++) {
            close(
                    difference(s -> scale * head.logProbability(means, actions, row), head.logStd(), j),
                    dLogStd[j],
                    "log-std " + j);
        }
        head.zeroGradient();
        head.addEntropyGradient(scale);
        for (int j = 0; j < d; j++) {
            close(difference(s -> scale * head.entropy(), head.logStd(), j), head.logStdGradient()[j], "entropy " + j);
        }
    }

    @Test
    void categoricalDistributionSamplingModeAndEntropy() {
        CategoricalHead head = new CategoricalHead(3);
        double[] logits = {0, 0, 0, Math.log(0.2), Math.log(0.5), Math.log(0.3)};
        assertEquals(Math.log(3), head.entropy(logits, 0), 1e-15);
        double[] lp = new double[3];
        head.logProbabilities(logits, 1, lp);
        assertEquals(Math.log(0.5), lp[1], 1e-15);
        assertEquals(1, head.mode(logits, 1));
        assertEquals(0, head.mode(logits, 0)); // first on ties
        int[] counts = new int[3];
        SplittableRandom r = new SplittableRandom(9);
        for (int t = 0; t < 100_000; t++) {
            counts[head.sample(logits, 1, r)]++;
        }
        assertEquals(0.2, counts[0] / 1e5, 0.005);
        assertEquals(0.5, counts[1] / 1e5, 0.005);
        assertEquals(0.3, counts[2] / 1e5, 0.005);
        // large logits stay finite (log-sum-exp)
        assertEquals(0, head.logProbability(new double[] {1000, -1000, 0}, 0, 0), 1e-12);
    }

    @Test
    void gaussianDensitySamplingAndModeAgreeWithTheDefinition() {
        GaussianHead head = new GaussianHead(2);
        assertEquals(0, head.logStd()[0]); // σ = 1 at first
        head.logStd()[1] = Math.log(2);
        double[] mean = {1, -1};
        double[] a = {2, 1};
        double expected = -0.5 - 0.5 * Math.log(2 * Math.PI) - 0.5 * 1 - Math.log(2) - 0.5 * Math.log(2 * Math.PI);
        assertEquals(expected, head.logProbability(mean, a, 0), 1e-14);
        assertEquals(1 + Math.log(2 * Math.PI) + Math.log(2), head.entropy(), 1e-14);
        double[] mode = new double[2];
        head.mode(mean, 0, mode);
        assertEquals(1, mode[0]);
        SplittableRandom r = new SplittableRandom(4);
        double s = 0;
        double ss = 0;
        double[] x = new double[2];
        for (int t = 0; t < 100_000; t++) {
            head.sample(mean, 0, r, x);
            s += x[1];
            ss += (x[1] + 1) * (x[1] + 1);
        }
        assertEquals(-1, s / 1e5, 0.02);
        assertEquals(4, ss / 1e5, 0.06);
        GaussianHead copy = head.copy();
        copy.logStd()[0] = 5;
        assertEquals(0, head.logStd()[0]);
        copy.copyParametersFrom(head);
        assertEquals(0, copy.logStd()[0]);
    }
}
