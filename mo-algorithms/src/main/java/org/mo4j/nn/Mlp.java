package org.mo4j.nn;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * A fully connected feed-forward network in double precision with hand-written, batched
 * backpropagation: h₀ = x, h_{l+1} = f_l(h_l W_lᵀ + b_l), with the hidden activation on every layer
 * but the last and the output activation on the last.
 *
 * <p><b>Parameters.</b> All weights and biases live in one flat {@code double[]} ({@link
 * #parameters()}), with a gradient array of the same layout ({@link #gradient()}), so that Adam,
 * gradient-norm clipping, copying a policy with its optimiser state, and serialisation each work on
 * one array. Layer l (0-based, from the input) occupies, from {@link #weightOffset(int)}, its
 * weight matrix W_l of shape out×in in row-major order (PyTorch's {@code nn.Linear.weight}
 * layout, so a state dict's tensors flatten straight in), then from {@link #biasOffset(int)} its
 * out biases; layers follow each other with no gaps.
 *
 * <p><b>Batches.</b> {@link #forward} and {@link #backward} work on a minibatch in row-major order
 * (one row per sample) with EJML's dense matrix products; the workspace (every layer's activations
 * for {@code maxBatch} rows, gradient scratch) is allocated once, so a training loop allocates
 * nothing per sample or per minibatch. A forward pass copies the weights into the workspace
 * (O(parameters)) and costs O(batch·parameters); a backward pass costs about twice that. The
 * backward pass differentiates the last forward pass (with the weights it used) and
 * <em>accumulates</em> into the gradient array, so several losses can add their gradients before an
 * optimiser step; it can also return the gradient with respect to the inputs (SVH-PSL chains the
 * hypernetwork's output into a surrogate model).
 *
 * <p><b>Why.</b> C-MORL (Liu et al., ICLR 2025) trains float64 PPO policies and vector critics
 * obs→64→64→out with tanh and orthogonal initialisation; SVH-PSL (Nguyen et al., AAAI 2025) trains a
 * hypernetwork m→256→256→d with ReLU and a sigmoid output. Both are small enough that a plain,
 * gradient-checked double-precision implementation is the simplest faithful one.
 *
 * <p>Not thread-safe: the workspace belongs to the instance. Use {@link #copy()} for another
 * thread.
 */
public final class Mlp {

    private final int[] sizes;
    private final Activation hidden;
    private final Activation output;
    private final int maxBatch;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final double[] params;
    private final double[] grad;

    // workspace
    private final DMatrixRMaj[] weights;
    private final DMatrixRMaj[] activations;
    private final DMatrixRMaj deltaA;
    private final DMatrixRMaj deltaB;
    private final DMatrixRMaj weightGradient;
    /** W_lᵀ (in×out) for the batched forward kernel; sized for the largest layer. */
    private final double[] transposed;

    private int lastBatch;

    private Mlp(int[] sizes, Activation hidden, Activation output, int maxBatch) {
        this.sizes = sizes;
        this.hidden = hidden;
        this.output = output;
        this.maxBatch = maxBatch;
        int layers = sizes.length - 1;
        weightOffsets = new int[layers];
        biasOffsets = new int[layers];
        long count = 0;
        int widest = 0;
        int largestLayer = 0;
        for (int l = 0; l < layers; l++) {
            weightOffsets[l] = (int) count;
            count += (long) sizes[l] * sizes[l + 1];
            biasOffsets[l] = (int) count;
            count += sizes[l + 1];
            if (count > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(
                        "layerSizes " + Arrays.toString(sizes) + " give more than 2^31 parameters");
            }
            largestLayer = Math.max(largestLayer, sizes[l] * sizes[l + 1]);
        }
        for (int s : sizes) {
            widest = Math.max(widest, s);
        }
        if ((long) maxBatch * widest > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "maxBatch " + maxBatch + " times the widest layer " + widest + " exceeds the largest array");
        }
        params = new double[(int) count];
        grad = new double[(int) count];
        weights = new DMatrixRMaj[layers];
        activations = new DMatrixRMaj[layers + 1];
        for (int l = 0; l < layers; l++) {
            weights[l] = new DMatrixRMaj(sizes[l + 1], sizes[l]);
        }
        for (int l = 0; l <= layers; l++) {
            activations[l] = new DMatrixRMaj(maxBatch, sizes[l]);
        }
        deltaA = new DMatrixRMaj(maxBatch, widest);
        deltaB = new DMatrixRMaj(maxBatch, widest);
        weightGradient = new DMatrixRMaj(1, largestLayer);
        transposed = new double[largestLayer];
    }

    /**
     * Starts a network with the given layer sizes, input first and output last (at least two).
     * Defaults: hidden {@link Activation#TANH}, output {@link Activation#IDENTITY}, orthogonal
     * initialisation ({@link Builder#orthogonal(double, double)}) with gain 1 on every layer,
     * {@code maxBatch} 1.
     *
     * @param layerSizes input size, hidden sizes, output size; each at least 1
     * @return a builder
     * @throws IllegalArgumentException if fewer than two sizes are given or a size is below 1
     */
    public static Builder builder(int... layerSizes) {
        Checks.notNull("layerSizes", layerSizes);
        if (layerSizes.length < 2) {
            throw new IllegalArgumentException(
                    "layerSizes must have at least 2 entries (input and output), was " + layerSizes.length);
        }
        for (int i = 0; i < layerSizes.length; i++) {
            Checks.positive("layerSizes[" + i + "]", layerSizes[i]);
        }
        return new Builder(layerSizes.clone());
    }

    /** Configures and builds an {@link Mlp}; see {@link Mlp#builder(int...)} for the defaults. */
    public static final class Builder {
        private final int[] sizes;
        private Activation hidden = Activation.TANH;
        private Activation output = Activation.IDENTITY;
        private boolean orthogonal = true;
        private double[] gains;
        private int maxBatch = 1;

        private Builder(int[] sizes) {
            this.sizes = sizes;
            gains = new double[sizes.length - 1];
            Arrays.fill(gains, 1.0);
        }

        /**
         * Sets the activation of every layer but the last.
         *
         * @param activation the hidden activation
         * @return this builder
         */
        public Builder hidden(Activation activation) {
            Checks.notNull("activation", activation);
            hidden = activation;
            return this;
        }

        /**
         * Sets the activation of the last layer (IDENTITY for logits, means and values; SIGMOID for
         * SVH-PSL's hypernetwork, whose outputs lie in [0, 1]).
         *
         * @param activation the output activation
         * @return this builder
         */
        public Builder output(Activation activation) {
            Checks.notNull("activation", activation);
            output = activation;
            return this;
        }

        /**
         * Orthogonal initialisation with one gain for the hidden layers and one for the output
         * layer; C-MORL's actor uses (1, 0.01), its critic (1, 1).
         *
         * <p>As PyTorch's {@code nn.init.orthogonal_} (Saxe, McClelland, Ganguli 2014), with biases
         * 0: a standard normal out×in matrix (transposed first when out &lt; in) is factorised A =
         * QR by Householder QR, the columns of Q are multiplied by the signs of R's diagonal (so Q
         * is Haar-distributed), and Q (transposed back) times the gain is the weight matrix: WᵀW =
         * gain²·I when out ≥ in, WWᵀ = gain²·I otherwise. O(out·in·min(out, in)) per layer.
         *
         * @param hiddenGain gain of every layer but the last, finite and ≥ 0
         * @param outputGain gain of the last layer, finite and ≥ 0
         * @return this builder
         */
        public Builder orthogonal(double hiddenGain, double outputGain) {
            Checks.nonNegative("hiddenGain", hiddenGain);
            Checks.nonNegative("outputGain", outputGain);
            Arrays.fill(gains, hiddenGain);
            gains[gains.length - 1] = outputGain;
            orthogonal = true;
            return this;
        }

        /**
         * Orthogonal initialisation with a gain per layer.
         *
         * @param perLayer one gain per layer (layer sizes − 1 of them), each finite and ≥ 0
         * @return this builder
         */
        public Builder orthogonalGains(double... perLayer) {
            Checks.length("perLayer", perLayer, gains.length);
            for (int l = 0; l < perLayer.length; l++) {
                Checks.nonNegative("perLayer[" + l + "]", perLayer[l]);
            }
            gains = perLayer.clone();
            orthogonal = true;
            return this;
        }

        /**
         * PyTorch's default initialisation of {@code nn.Linear}, which SVH-PSL's hypernetwork
         * keeps: weights and biases uniform in ±1/√in (Kaiming-uniform with a = √5, and its bias
         * rule). O(parameters).
         *
         * @return this builder
         */
        public Builder pytorchDefault() {
            orthogonal = false;
            return this;
        }

        /**
         * Sets the largest batch {@link Mlp#forward} and {@link Mlp#backward} accept; the workspace
         * is sized for it.
         *
         * @param maxBatch at least 1
         * @return this builder
         */
        public Builder maxBatch(int maxBatch) {
            this.maxBatch = Checks.positive("maxBatch", maxBatch);
            return this;
        }

        /**
         * Builds the network and draws its initial parameters from {@code random}; the same seed
         * gives the same parameters.
         *
         * @param random the source of the initial weights
         * @return a new network with a zero gradient
         */
        public Mlp build(RandomGenerator random) {
            Checks.notNull("random", random);
            Mlp net = new Mlp(sizes.clone(), hidden, output, maxBatch);
            for (int l = 0; l < sizes.length - 1; l++) {
                if (orthogonal) {
                    net.orthogonal(l, gains[l], random);
                } else {
                    net.pytorchDefault(l, random);
                }
            }
            return net;
        }
    }

    /** Draws layer l's weights as PyTorch's {@code nn.init.orthogonal_}; biases stay 0. */
    private void orthogonal(int layer, double gain, RandomGenerator random) {
        int out = sizes[layer + 1];
        int in = sizes[layer];
        boolean transposed = out < in;
        int r = transposed ? in : out;
        int c = transposed ? out : in;
        DMatrixRMaj a = new DMatrixRMaj(out, in);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = random.nextGaussian();
        }
        if (transposed) {
            a = CommonOps_DDRM.transpose(a, null);
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(r, c);
        if (!qr.decompose(a)) {
            throw new IllegalStateException("QR decomposition failed for layer " + layer);
        }
        DMatrixRMaj q = qr.getQ(null, true); // r × c, orthonormal columns
        DMatrixRMaj rr = qr.getR(null, true); // c × c
        for (int j = 0; j < c; j++) {
            double sign = rr.get(j, j) < 0 ? -1 : 1;
            for (int i = 0; i < r; i++) {
                q.set(i, j, q.get(i, j) * sign * gain);
            }
        }
        int off = weightOffsets[layer];
        for (int i = 0; i < out; i++) {
            for (int k = 0; k < in; k++) {
                params[off + i * in + k] = transposed ? q.get(k, i) : q.get(i, k);
            }
        }
    }

    /** Draws layer l's weights and biases uniformly in ±1/√in (PyTorch's nn.Linear default). */
    private void pytorchDefault(int layer, RandomGenerator random) {
        double bound = 1 / Math.sqrt(sizes[layer]);
        int end = biasOffsets[layer] + sizes[layer + 1];
        for (int i = weightOffsets[layer]; i < end; i++) {
            params[i] = random.nextDouble(-bound, bound);
        }
    }

    /**
     * Returns a new network with the same layout, activations and workspace size and a copy of
     * this one's parameters and gradient; the two share nothing.
     *
     * @return an independent copy
     */
    public Mlp copy() {
        Mlp c = new Mlp(sizes.clone(), hidden, output, maxBatch);
        System.arraycopy(params, 0, c.params, 0, params.length);
        System.arraycopy(grad, 0, c.grad, 0, grad.length);
        return c;
    }

    /**
     * Overwrites this network's parameters with {@code other}'s (the gradient is left alone).
     *
     * @param other a network with the same layer sizes and activations
     * @throws IllegalArgumentException if the layouts differ
     */
    public void copyParametersFrom(Mlp other) {
        Checks.notNull("other", other);
        if (!Arrays.equals(sizes, other.sizes) || hidden != other.hidden || output != other.output) {
            throw new IllegalArgumentException("other must have layer sizes " + Arrays.toString(sizes) + " and "
                    + hidden + "/" + output + " activations, was " + Arrays.toString(other.sizes) + " and "
                    + other.hidden + "/" + other.output);
        }
        System.arraycopy(other.params, 0, params, 0, params.length);
    }

    /**
     * Computes the outputs of a batch: O(batch·parameters), no allocation.
     *
     * @param inputs  the batch, row-major: sample i's input j at {@code i·inputSize() + j}; at
     *                least {@code batch·inputSize()} finite values (more are ignored)
     * @param batch   the number of samples, between 1 and {@link #maxBatch()}
     * @param outputs receives the outputs, row-major, at least {@code batch·outputSize()} long
     * @throws IllegalArgumentException if the batch is out of range, an array is too short, or an
     *                                  input is NaN or infinite
     */
    public void forward(double[] inputs, int batch, double[] outputs) {
        Checks.batch(batch, maxBatch);
        Checks.finiteAtLeast("inputs", inputs, batch * sizes[0]);
        Checks.atLeast("outputs", outputs, batch * sizes[sizes.length - 1]);
        int layers = sizes.length - 1;
        DMatrixRMaj x = activations[0];
        x.reshape(batch, sizes[0], false);
        System.arraycopy(inputs, 0, x.data, 0, batch * sizes[0]);
        for (int l = 0; l < layers; l++) {
            DMatrixRMaj w = weights[l];
            System.arraycopy(params, weightOffsets[l], w.data, 0, w.data.length);
            DMatrixRMaj h = activations[l + 1];
            h.reshape(batch, sizes[l + 1], false);
            if (batch >= AXPY_MIN_BATCH) {
                productTransposed(activations[l].data, batch, sizes[l], weightOffsets[l], sizes[l + 1], h.data);
            } else {
                CommonOps_DDRM.multTransB(activations[l], w, h);
            }
            biasAndActivation(h.data, batch, sizes[l + 1], biasOffsets[l], l == layers - 1 ? output : hidden);
        }
        System.arraycopy(activations[layers].data, 0, outputs, 0, batch * sizes[layers]);
        lastBatch = batch;
    }

    /**
     * From this batch size on, {@link #forward} multiplies by Wᵀ with {@link #productTransposed}
     * rather than EJML's {@code multTransB}: on SVH-PSL's 200-row checkpoint pass through a 256×256
     * layer the row-times-row dot products do not vectorise, the row updates do.
     */
    static final int AXPY_MIN_BATCH = 16;

    /**
     * h = a·Wᵀ for a (batch×in) and the layer's W (out×in, from {@code params}): W is transposed
     * once, then each output row is accumulated as Σ_p a[r][p]·Wᵀ[p][·], four rows at a time so that
     * each row of Wᵀ is loaded once per four. Every entry is summed over p in increasing order, as
     * EJML's dot products sum it, so the result is bit-identical to {@code multTransB}. O(batch·in·out).
     */
    private void productTransposed(double[] a, int batch, int in, int weightOffset, int out, double[] h) {
        double[] wt = transposed;
        for (int j = 0; j < out; j++) {
            int src = weightOffset + j * in;
            for (int p = 0; p < in; p++) {
                wt[p * out + j] = params[src + p];
            }
        }
        int r = 0;
        for (; r + 4 <= batch; r += 4) {
            int h0 = r * out;
            int h1 = h0 + out;
            int h2 = h1 + out;
            int h3 = h2 + out;
            Arrays.fill(h, h0, h0 + 4 * out, 0);
            int a0 = r * in;
            for (int p = 0; p < in; p++) {
                double x0 = a[a0 + p];
                double x1 = a[a0 + in + p];
                double x2 = a[a0 + 2 * in + p];
                double x3 = a[a0 + 3 * in + p];
                int w = p * out;
                for (int j = 0; j < out; j++) {
                    double b = wt[w + j];
                    h[h0 + j] += x0 * b;
                    h[h1 + j] += x1 * b;
                    h[h2 + j] += x2 * b;
                    h[h3 + j] += x3 * b;
                }
            }
        }
        for (; r < batch; r++) {
            int h0 = r * out;
            Arrays.fill(h, h0, h0 + out, 0);
            int a0 = r * in;
            for (int p = 0; p < in; p++) {
                double x0 = a[a0 + p];
                int w = p * out;
                for (int j = 0; j < out; j++) {
                    h[h0 + j] += x0 * wt[w + j];
                }
            }
        }
    }

    /** h ← f(h + b), one switch per layer rather than a virtual call per element. */
    private void biasAndActivation(double[] h, int batch, int n, int biasOffset, Activation f) {
        for (int r = 0; r < batch; r++) {
            int row = r * n;
            for (int j = 0; j < n; j++) {
                h[row + j] += params[biasOffset + j];
            }
        }
        int len = batch * n;
        switch (f) {
            case TANH -> {
                for (int i = 0; i < len; i++) {
                    h[i] = Activation.TANH.apply(h[i]);
                }
            }
            case RELU -> {
                for (int i = 0; i < len; i++) {
                    h[i] = h[i] > 0 ? h[i] : 0;
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < len; i++) {
                    h[i] = Activation.SIGMOID.apply(h[i]);
                }
            }
            case IDENTITY -> {}
        }
    }

    /** δ ← δ ⊙ f′ (from the layer's output h). */
    private static void activationDerivative(double[] delta, double[] h, int len, Activation f) {
        switch (f) {
            case TANH -> {
                for (int i = 0; i < len; i++) {
                    delta[i] *= 1 - h[i] * h[i];
                }
            }
            case RELU -> {
                for (int i = 0; i < len; i++) {
                    if (!(h[i] > 0)) {
                        delta[i] = 0;
                    }
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < len; i++) {
                    delta[i] *= h[i] * (1 - h[i]);
                }
            }
            case IDENTITY -> {}
        }
    }

    /**
     * Backpropagates dL/d(outputs) of the last {@link #forward} pass, <em>adding</em> dL/dθ to
     * {@link #gradient()} and, if {@code inputGradient} is not null, writing dL/d(inputs) into it.
     * O(batch·parameters), no allocation. The derivative is that of the forward pass as it ran,
     * with the weights it used, even if the parameters changed since.
     *
     * @param outputGradient dL/d(outputs), row-major like the outputs, at least {@code
     *                       batch·outputSize()} finite values
     * @param batch          the batch size of the last forward pass
     * @param inputGradient  null, or receives dL/d(inputs) row-major, at least {@code
     *                       batch·inputSize()} long
     * @throws IllegalArgumentException if {@code batch} differs from the last forward pass's (or
     *                                  there was none), an array is too short, or a gradient value
     *                                  is NaN or infinite
     */
    public void backward(double[] outputGradient, int batch, double[] inputGradient) {
        Checks.batch(batch, maxBatch);
        if (batch != lastBatch) {
            throw new IllegalArgumentException(
                    lastBatch == 0
                            ? "backward needs a forward pass first (batch was " + batch + ")"
                            : "batch must be the last forward pass's " + lastBatch + ", was " + batch);
        }
        int layers = sizes.length - 1;
        Checks.finiteAtLeast("outputGradient", outputGradient, batch * sizes[layers]);
        if (inputGradient != null) {
            Checks.atLeast("inputGradient", inputGradient, batch * sizes[0]);
        }
        DMatrixRMaj delta = deltaA;
        DMatrixRMaj spare = deltaB;
        delta.reshape(batch, sizes[layers], false);
        System.arraycopy(outputGradient, 0, delta.data, 0, batch * sizes[layers]);
        for (int l = layers - 1; l >= 0; l--) {
            int out = sizes[l + 1];
            int in = sizes[l];
            activationDerivative(delta.data, activations[l + 1].data, batch * out, l == layers - 1 ? output : hidden);
            int b = biasOffsets[l];
            for (int r = 0; r < batch; r++) {
                int row = r * out;
                for (int j = 0; j < out; j++) {
                    grad[b + j] += delta.data[row + j];
                }
            }
            weightGradient.reshape(out, in, false);
            CommonOps_DDRM.multTransA(delta, activations[l], weightGradient);
            int w = weightOffsets[l];
            double[] dw = weightGradient.data;
            for (int i = 0, n = out * in; i < n; i++) {
                grad[w + i] += dw[i];
            }
            if (l > 0 || inputGradient != null) {
                spare.reshape(batch, in, false);
                CommonOps_DDRM.mult(delta, weights[l], spare);
                DMatrixRMaj t = delta;
                delta = spare;
                spare = t;
            }
        }
        if (inputGradient != null) {
            System.arraycopy(delta.data, 0, inputGradient, 0, batch * sizes[0]);
        }
    }

    /** Sets every entry of {@link #gradient()} to 0 (before accumulating a new minibatch's). */
    public void zeroGradient() {
        Arrays.fill(grad, 0);
    }

    /**
     * The parameters, live: writing to the array changes the network (the next forward pass reads
     * it). Layout in the class comment.
     *
     * @return the flat parameter array, {@link #parameterCount()} long
     */
    public double[] parameters() {
        return params;
    }

    /**
     * The accumulated gradient, live, in the layout of {@link #parameters()}.
     *
     * @return the flat gradient array, {@link #parameterCount()} long
     */
    public double[] gradient() {
        return grad;
    }

    /**
     * Returns the number of weights and biases.
     *
     * @return Σ_l (in_l·out_l + out_l)
     */
    public int parameterCount() {
        return params.length;
    }

    /**
     * Returns where layer l's weights (out×in, row-major) start in {@link #parameters()}.
     *
     * @param layer 0 (next to the input) to {@link #layerCount()} − 1
     * @return the offset of W_l[0][0]
     */
    public int weightOffset(int layer) {
        checkLayer(layer);
        return weightOffsets[layer];
    }

    /**
     * Returns where layer l's biases start in {@link #parameters()}.
     *
     * @param layer 0 (next to the input) to {@link #layerCount()} − 1
     * @return the offset of b_l[0]
     */
    public int biasOffset(int layer) {
        checkLayer(layer);
        return biasOffsets[layer];
    }

    private void checkLayer(int layer) {
        if (layer < 0 || layer >= sizes.length - 1) {
            throw new IllegalArgumentException("layer must be between 0 and " + (sizes.length - 2) + ", was " + layer);
        }
    }

    /**
     * Returns the number of weight layers.
     *
     * @return the number of layer sizes − 1
     */
    public int layerCount() {
        return sizes.length - 1;
    }

    /**
     * Returns the layer sizes, input first.
     *
     * @return a copy of the sizes given to the builder
     */
    public int[] layerSizes() {
        return sizes.clone();
    }

    /**
     * Returns the input size.
     *
     * @return the first layer size
     */
    public int inputSize() {
        return sizes[0];
    }

    /**
     * Returns the output size.
     *
     * @return the last layer size
     */
    public int outputSize() {
        return sizes[sizes.length - 1];
    }

    /**
     * Returns the largest batch the workspace holds.
     *
     * @return maxBatch as built
     */
    public int maxBatch() {
        return maxBatch;
    }

    /**
     * Returns the activation of every layer but the last.
     *
     * @return the hidden activation
     */
    public Activation hiddenActivation() {
        return hidden;
    }

    /**
     * Returns the activation of the last layer.
     *
     * @return the output activation
     */
    public Activation outputActivation() {
        return output;
    }

    /** Layer l's activations of the last forward pass (l = 0 is the input), row-major; for tests. */
    double[] activations(int layer) {
        return activations[layer].data;
    }
}
