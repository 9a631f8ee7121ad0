package org.mo4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Backpropagation through {@link Mlp} against central finite differences, for parameters and
 * inputs, every hidden and output activation, random shapes, batch sizes, inputs and
 * initialisations.
 *
 * <p>The loss is L = Σ c·outputs with random c in [−1, 1], so dL/d(outputs) = c. The derivative is
 * the five-point central difference [8(L(θ+h) − L(θ−h)) − (L(θ+2h) − L(θ−2h))]/(12h) with h = 3·10⁻⁴:
 * truncation error O(h⁴·L⁽⁵⁾) ≈ 10⁻¹⁴, rounding error about ε_machine·|L|/h ≈ 10⁻¹²·|L|. We
 * require |fd − bp| / max(|fd| + |bp|, 10⁻³) &lt; 10⁻⁶: relative error 10⁻⁶ for derivatives above
 * 10⁻³, absolute error 10⁻⁹ below. A scan of 1000 random networks (sizes 1–9, up to 4 layers,
 * batch up to 7) gave a worst error of 4·10⁻⁹ with this stencil, against 10⁻⁷ for the plain
 * two-point difference at its best step (10⁻⁵), where rounding and truncation balance; any real
 * mistake is off by O(1). With a ReLU, a coordinate whose perturbations switch a unit on or off
 * has no derivative to compare and is skipped (a pre-activation within ~10⁻³ of 0; one ReLU
 * coordinate in about 15 000 in a counted run).
 */
class MlpGradientPropertiesTest {

    static final double H = 3e-4;
    static final double TOLERANCE = 1e-6;
    static final double FLOOR = 1e-3;

    record Case(int[] sizes, Activation hidden, Activation output, int batch, boolean orthogonal, long seed) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<int[]> sizes = Arbitraries.integers()
                .between(1, 9)
                .array(int[].class)
                .ofMinSize(2)
                .ofMaxSize(5);
        return Combinators.combine(
                        sizes,
                        Arbitraries.of(Activation.class),
                        Arbitraries.of(Activation.class),
                        Arbitraries.integers().between(1, 7),
                        Arbitraries.of(true, false),
                        Arbitraries.longs())
                .as(Case::new);
    }

    static Mlp build(Case c) {
        Mlp.Builder b =
                Mlp.builder(c.sizes()).hidden(c.hidden()).output(c.output()).maxBatch(c.batch() + 2);
        if (c.orthogonal()) {
            b.orthogonal(1.0, 1.0);
        } else {
            b.pytorchDefault();
        }
        Mlp net = b.build(new SplittableRandom(c.seed()));
        // non-zero biases, so that the bias paths are exercised too
        SplittableRandom r = new SplittableRandom(c.seed() + 1);
        for (int l = 0; l < net.layerCount(); l++) {
            for (int j = 0; j < c.sizes()[l + 1]; j++) {
                net.parameters()[net.biasOffset(l) + j] = r.nextDouble(-0.5, 0.5);
            }
        }
        return net;
    }

    static double[] uniform(SplittableRandom r, int n, double lo, double hi) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble(lo, hi);
        }
        return a;
    }

    static double loss(Mlp net, double[] x, int batch, double[] c, double[] out) {
        net.forward(x, batch, out);
        double s = 0;
        for (int i = 0; i < batch * net.outputSize(); i++) {
            s += c[i] * out[i];
        }
        return s;
    }

    /** Which units are on (h > 0) in every layer after the input, to detect ReLU kinks. */
    static boolean[] pattern(Mlp net, int batch) {
        int[] sizes = net.layerSizes();
        int total = 0;
        for (int l = 1; l < sizes.length; l++) {
            total += batch * sizes[l];
        }
        boolean[] p = new boolean[total];
        int k = 0;
        for (int l = 1; l < sizes.length; l++) {
            double[] a = net.activations(l);
            for (int i = 0; i < batch * sizes[l]; i++) {
                p[k++] = a[i] > 0;
            }
        }
        return p;
    }

    static boolean usesRelu(Case c) {
        return c.hidden() == Activation.RELU || c.output() == Activation.RELU;
    }

    static double relativeError(double fd, double bp) {
        return Math.abs(fd - bp) / Math.max(Math.abs(fd) + Math.abs(bp), FLOOR);
    }

    @Property(tries = 300)
    void backpropMatchesCentralDifferencesForParametersAndInputs(@ForAll("cases") Case c) {
        Mlp net = build(c);
        int batch = c.batch();
        SplittableRandom r = new SplittableRandom(c.seed() + 2);
        double[] x = uniform(r, batch * net.inputSize(), -2, 2);
        double[] weights = uniform(r, batch * net.outputSize(), -1, 1);
        double[] out = new double[batch * net.outputSize()];
        net.forward(x, batch, out);
        double[] dx = new double[x.length];
        net.backward(weights, batch, dx);
        double[] grad = net.gradient().clone();
        double[] p = net.parameters();
        boolean relu = usesRelu(c);
        for (int i = 0; i < p.length; i++) {
            double fd = difference(net, x, batch, weights, out, p, i, relu);
            if (!Double.isNaN(fd)) {
                assertTrue(
                        relativeError(fd, grad[i]) < TOLERANCE,
                        "parameter " + i + ": finite difference " + fd + ", backprop " + grad[i]);
            }
        }
        for (int i = 0; i < x.length; i++) {
            double fd = difference(net, x, batch, weights, out, x, i, relu);
            if (!Double.isNaN(fd)) {
                assertTrue(
                        relativeError(fd, dx[i]) < TOLERANCE,
                        "input " + i + ": finite difference " + fd + ", backprop " + dx[i]);
            }
        }
    }

    /**
     * The five-point central difference of the loss in {@code v[i]} (a parameter or an input), or
     * NaN when a ReLU unit switches within the stencil.
     */
    static double difference(
            Mlp net, double[] x, int batch, double[] c, double[] out, double[] v, int i, boolean relu) {
        double keep = v[i];
        double[] losses = new double[4];
        double[] offsets = {H, -H, 2 * H, -2 * H};
        boolean[] first = null;
        boolean kink = false;
        for (int k = 0; k < 4; k++) {
            v[i] = keep + offsets[k];
            losses[k] = loss(net, x, batch, c, out);
            if (relu) {
                boolean[] pattern = pattern(net, batch);
                if (first == null) {
                    first = pattern;
                } else if (!java.util.Arrays.equals(first, pattern)) {
                    kink = true;
                }
            }
        }
        v[i] = keep;
        return kink ? Double.NaN : (8 * (losses[0] - losses[1]) - (losses[2] - losses[3])) / (12 * H);
    }

    @Property(tries = 100)
    void backwardAccumulatesAndLeavesTheForwardPassAlone(@ForAll("cases") Case c) {
        Mlp net = build(c);
        int batch = c.batch();
        SplittableRandom r = new SplittableRandom(c.seed() + 3);
        double[] x = uniform(r, batch * net.inputSize(), -2, 2);
        double[] g = uniform(r, batch * net.outputSize(), -1, 1);
        double[] out = new double[batch * net.outputSize()];
        net.forward(x, batch, out);
        net.backward(g, batch, null);
        double[] once = net.gradient().clone();
        net.backward(g, batch, null);
        for (int i = 0; i < once.length; i++) {
            assertEquals(2 * once[i], net.gradient()[i], 1e-12 * (1 + Math.abs(once[i])));
        }
        net.zeroGradient();
        assertArrayEquals(new double[once.length], net.gradient());
        // a forward pass is a pure function of parameters and inputs, batch by batch
        double[] single = new double[net.outputSize()];
        double[] row = new double[net.inputSize()];
        for (int s = 0; s < batch; s++) {
            System.arraycopy(x, s * row.length, row, 0, row.length);
            net.forward(row, 1, single);
            for (int j = 0; j < single.length; j++) {
                assertEquals(out[s * single.length + j], single[j], 1e-12);
            }
        }
    }

    @Property(tries = 50)
    void copiesAreIndependentAndEqual(@ForAll("cases") Case c) {
        Mlp net = build(c);
        Mlp copy = net.copy();
        assertArrayEquals(net.parameters(), copy.parameters());
        copy.parameters()[0] += 1;
        assertEquals(net.parameters()[0] + 1, copy.parameters()[0]);
        copy.copyParametersFrom(net);
        assertArrayEquals(net.parameters(), copy.parameters());
    }
}
