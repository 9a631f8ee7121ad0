package org.mo4j.nn;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad arguments fail at the entry point with a message naming the argument and the value. */
class NnBadInputTest {

    static void fails(String expectedInMessage, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    final Mlp net = Mlp.builder(2, 3, 1).maxBatch(4).build(new SplittableRandom(1));

    @Test
    void builder() {
        fails("layerSizes must have at least 2 entries (input and output), was 1", () -> Mlp.builder(3));
        fails("layerSizes[1] must be at least 1, was 0", () -> Mlp.builder(3, 0, 1));
        fails("layerSizes must not be null", () -> Mlp.builder((int[]) null));
        fails("maxBatch must be at least 1, was -2", () -> Mlp.builder(1, 1).maxBatch(-2));
        fails(
                "hiddenGain must be finite and >= 0, was NaN",
                () -> Mlp.builder(1, 1).orthogonal(Double.NaN, 1));
        fails("perLayer must have length 2, was 1", () -> Mlp.builder(1, 2, 1).orthogonalGains(1));
        fails("random must not be null", () -> Mlp.builder(1, 1).build(null));
        fails("activation must not be null", () -> Mlp.builder(1, 1).hidden(null));
    }

    @Test
    void forwardAndBackward() {
        double[] out = new double[4];
        fails(
                "batch must be between 1 and the workspace's maxBatch 4, was 5",
                () -> net.forward(new double[10], 5, out));
        fails(
                "batch must be between 1 and the workspace's maxBatch 4, was 0",
                () -> net.forward(new double[10], 0, out));
        fails("inputs must have length at least 4, was 3", () -> net.forward(new double[3], 2, out));
        fails("inputs[1] must be finite, was NaN", () -> net.forward(new double[] {0, Double.NaN}, 1, out));
        fails("outputs must have length at least 2, was 1", () -> net.forward(new double[4], 2, new double[1]));
        fails("inputs must not be null", () -> net.forward(null, 1, out));
        Mlp fresh = net.copy();
        fails("backward needs a forward pass first (batch was 1)", () -> fresh.backward(new double[1], 1, null));
        net.forward(new double[4], 2, out);
        fails("batch must be the last forward pass's 2, was 1", () -> net.backward(new double[2], 1, null));
        fails(
                "outputGradient[0] must be finite, was Infinity",
                () -> net.backward(new double[] {Double.POSITIVE_INFINITY, 0}, 2, null));
        fails("inputGradient must have length at least 4, was 2", () -> net.backward(new double[2], 2, new double[2]));
        fails("layer must be between 0 and 1, was 2", () -> net.weightOffset(2));
        Mlp other = Mlp.builder(2, 4, 1).build(new SplittableRandom(1));
        fails("other must have layer sizes [2, 3, 1]", () -> net.copyParametersFrom(other));
    }

    @Test
    void heads() {
        CategoricalHead c = new CategoricalHead(3);
        fails("actions must be at least 1, was 0", () -> new CategoricalHead(0));
        fails("row must be between 0 and 1 for logits of length 6, was 2", () -> c.mode(new double[6], 2));
        fails("action must be between 0 and 2, was 3", () -> c.logProbability(new double[3], 0, 3));
        fails("logits[4] must be finite, was NaN", () -> c.entropy(new double[] {0, 0, 0, 0, Double.NaN, 0}, 1));
        fails(
                "dLogits must have length at least 3, was 2",
                () -> c.addLogProbabilityGradient(new double[3], 0, 0, 1, new double[2]));
        GaussianHead g = new GaussianHead(2);
        fails("dimension must be at least 1, was 0", () -> new GaussianHead(0));
        fails(
                "actions[1] must be finite, was NaN",
                () -> g.logProbability(new double[2], new double[] {0, Double.NaN}, 0));
        fails("scale must be finite, was NaN", () -> g.addEntropyGradient(Double.NaN));
        fails("other must have dimension 2, was 3", () -> g.copyParametersFrom(new GaussianHead(3)));
    }

    @Test
    void optimisersAndStatistics() {
        Adam adam = new Adam(3, 1e-5);
        fails("size must be at least 1, was 0", () -> new Adam(0, 1e-5));
        fails("epsilon must be finite and > 0, was 0.0", () -> new Adam(3, 0));
        fails("beta1 must be in [0, 1), was 1.0", () -> new Adam(3, 1, 0.999, 1e-8));
        fails("gradient must have length 3, was 2", () -> adam.step(new double[3], new double[2], 0.1));
        fails(
                "gradient[2] must be finite, was NaN",
                () -> adam.step(new double[3], new double[] {0, 0, Double.NaN}, 0.1));
        fails("learningRate must be finite and >= 0, was -0.1", () -> adam.step(new double[3], new double[3], -0.1));
        fails("totalUpdates must be at least 1, was 0", () -> new LinearDecay(0.1, 0));
        fails("update must be between 0 and totalUpdates 10, was 11", () -> new LinearDecay(0.1, 10).at(11));
        fails("maxNorm must be finite and > 0, was 0.0", () -> Gradients.clipNorm(new double[1], 0));
        fails("gradient[0] must be finite, was NaN", () -> Gradients.clipNorm(new double[] {Double.NaN}, 1));
        fails("gradients[1] must not be null", () -> Gradients.clipNorm(1, new double[1], null));
        RunningMeanStd rms = new RunningMeanStd(2);
        fails("rows must be at least 1, was 0", () -> rms.update(new double[2], 0));
        fails("batch must have length at least 4, was 3", () -> rms.update(new double[3], 2));
        fails(
                "x[3] must be finite, was NaN",
                () -> rms.normalize(new double[] {0, 0, 0, Double.NaN}, 2, new double[4]));
        fails("clip must be finite and > 0, was -1.0", () -> new RunningMeanStd(2, -1, 1e-8));
    }
}
