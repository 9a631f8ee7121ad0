package org.mo4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * From {@link Mlp#AXPY_MIN_BATCH} rows on, the forward pass uses its Wᵀ row-update kernel; it must
 * give exactly what the dot products give one row at a time, and the backward pass of a batch must
 * give exactly the gradient of its chunks below the threshold.
 */
class BatchedForwardPropertiesTest {

    @Property(tries = 60)
    void aLargeBatchIsBitIdenticalToItsRowsOneByOne(
            @ForAll @IntRange(min = 1, max = 9) int in,
            @ForAll @IntRange(min = 1, max = 40) int hidden,
            @ForAll @IntRange(min = 1, max = 7) int out,
            @ForAll @IntRange(min = 1, max = 45) int batch,
            @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Mlp net = Mlp.builder(in, hidden, hidden, out)
                .hidden(Activation.RELU)
                .output(Activation.SIGMOID)
                .pytorchDefault()
                .maxBatch(45)
                .build(rng);
        double[] x = new double[batch * in];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble(-3, 3);
        }
        double[] together = new double[batch * out];
        net.forward(x, batch, together);
        double[] g = new double[batch * out];
        for (int i = 0; i < g.length; i++) {
            g[i] = rng.nextDouble(-1, 1);
        }
        double[] inputGradient = new double[batch * in];
        net.zeroGradient();
        net.backward(g, batch, inputGradient);
        double[] batchGradient = net.gradient().clone();

        double[] rowByRow = new double[batch * out];
        double[] summed = new double[batchGradient.length];
        double[] one = new double[out];
        for (int r = 0; r < batch; r++) {
            net.forward(Arrays.copyOfRange(x, r * in, (r + 1) * in), 1, one);
            System.arraycopy(one, 0, rowByRow, r * out, out);
        }
        assertArrayEquals(rowByRow, together, 0.0, "forward, batch " + batch);
        // the backward pass of the batched forward equals EJML's on the same batch below the threshold
        Mlp copy = net.copy();
        copy.zeroGradient();
        for (int start = 0; start < batch; start += Mlp.AXPY_MIN_BATCH - 1) {
            int rows = Math.min(Mlp.AXPY_MIN_BATCH - 1, batch - start);
            copy.forward(Arrays.copyOfRange(x, start * in, (start + rows) * in), rows, new double[rows * out]);
            copy.backward(Arrays.copyOfRange(g, start * out, (start + rows) * out), rows, null);
        }
        double[] chunked = copy.gradient();
        // both add the samples' terms into the gradient one sample at a time, in sample order
        assertArrayEquals(batchGradient, chunked, 0.0, "gradient, batch " + batch);
    }
}
