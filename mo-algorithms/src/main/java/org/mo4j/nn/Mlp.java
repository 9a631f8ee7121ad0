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
 * (one row per sample), with hand-written kernels on a workspace of row arrays: dot products for a
 * batch of fewer than 8 rows, row updates by a transposed weight copy for larger ones, and row
 * updates for both backward products, blocked four rows at a time so that the JIT vectorises the
 * inner loops. The workspace (every layer's activations for {@code maxBatch} rows, weight copies,
 * gradient scratch) is allocated once, so a training loop allocates
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

    // workspace: every matrix is an array of rows, each indexed from 0, which is what lets the
    // JIT vectorise the kernels' inner loops (with an offset into a shared array it does not)
    /** W_l as the last forward pass used it, out rows of in. */
    private final double[][][] weights;
    /** W_lᵀ, in rows of out, for the forward kernel of larger batches. */
    private final double[][][] transposed;
    /** Layer l's activations (l = 0 is the input), maxBatch rows of sizes[l]. */
    private final double[][][] activations;
    /** dL/dW_l being accumulated, out rows of in. */
    private final double[][][] weightGradients;

    private final double[][] deltaA;
    private final double[][] deltaB;

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
        for (int l = 0; l < layers; l++) {
            weightOffsets[l] = (int) count;
            count += (long) sizes[l] * sizes[l + 1];
            biasOffsets[l] = (int) count;
            count += sizes[l + 1];
            if (count > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(
                        "layerSizes " + Arrays.toString(sizes) + " give more than 2^31 parameters");
            }
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
        weights = new double[layers][][];
        transposed = new double[layers][][];
        weightGradients = new double[layers][][];
        activations = new double[layers + 1][][];
        for (int l = 0; l < layers; l++) {
            weights[l] = new double[sizes[l + 1]][sizes[l]];
            transposed[l] = new double[sizes[l]][sizes[l + 1]];
            weightGradients[l] = new double[sizes[l + 1]][sizes[l]];
        }
        for (int l = 0; l <= layers; l++) {
            activations[l] = new double[maxBatch][sizes[l]];
        }
        deltaA = new double[maxBatch][widest];
        deltaB = new double[maxBatch][widest];
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
        int n0 = sizes[0];
        double[][] x = activations[0];
        for (int r = 0; r < batch; r++) {
            System.arraycopy(inputs, r * n0, x[r], 0, n0);
        }
        for (int l = 0; l < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[][] w = weights[l];
            int off = weightOffsets[l];
            for (int j = 0; j < out; j++) {
                System.arraycopy(params, off + j * in, w[j], 0, in);
            }
            double[][] h = activations[l + 1];
            if (batch >= AXPY_MIN_BATCH) {
                double[][] wt = transposed[l];
                for (int j = 0; j < out; j++) {
                    double[] row = w[j];
                    for (int p = 0; p < in; p++) {
                        wt[p][j] = row[p];
                    }
                }
                multiply(activations[l], batch, in, wt, out, h);
            } else {
                multiplyTransposed(activations[l], batch, in, w, out, h);
            }
            biasAndActivation(h, batch, out, biasOffsets[l], l == layers - 1 ? output : hidden);
        }
        int nl = sizes[layers];
        double[][] y = activations[layers];
        for (int r = 0; r < batch; r++) {
            System.arraycopy(y[r], 0, outputs, r * nl, nl);
        }
        lastBatch = batch;
    }

    /**
     * From this batch size on, {@link #forward} transposes W_l (O(parameters)) and multiplies by
     * Wᵀ with {@link #multiply}, whose row updates vectorise; below it the dot products of {@link
     * #multiplyTransposed} are cheaper than the transposition.
     */
    static final int AXPY_MIN_BATCH = 8;

    /**
     * c = a·b for a (rows×k), b (k×n) and c (rows×n), each an array of rows: c[r][·] = 0 +
     * a[r][0]·b[0][·] + a[r][1]·b[1][·] + …, four rows of b per sweep over c[r][·], each entry
     * summed term by term in increasing p. The inner loop (over n) loads four rows of b and stores
     * one row of c, all indexed from 0, so the JIT vectorises it. The order of summation is that
     * of a dot product in increasing p (EJML's {@code multTransB}, {@link #multiplyTransposed}) and
     * of EJML's {@code mult_reorder}, so the result is bit-identical to both (but for the sign of
     * an exact zero against the latter). O(rows·k·n), no allocation.
     */
    static void multiply(double[][] a, int rows, int k, double[][] b, int n, double[][] c) {
        for (int r = 0; r < rows; r++) {
            double[] t = c[r];
            double[] x = a[r];
            Arrays.fill(t, 0, n, 0);
            int p = 0;
            for (; p + 4 <= k; p += 4) {
                double x0 = x[p];
                double x1 = x[p + 1];
                double x2 = x[p + 2];
                double x3 = x[p + 3];
                double[] u0 = b[p];
                double[] u1 = b[p + 1];
                double[] u2 = b[p + 2];
                double[] u3 = b[p + 3];
                for (int j = 0; j < n; j++) {
                    double v = t[j] + x0 * u0[j];
                    v += x1 * u1[j];
                    v += x2 * u2[j];
                    t[j] = v + x3 * u3[j];
                }
            }
            for (; p < k; p++) {
                double x0 = x[p];
                double[] u0 = b[p];
                for (int j = 0; j < n; j++) {
                    t[j] += x0 * u0[j];
                }
            }
        }
    }

    /**
     * c = a·wᵀ for a (rows×k), w (n×k) and c (rows×n), each an array of rows, by dot products
     * summed from 0 in increasing p (as EJML's {@code multTransB}): the kernel of small batches,
     * where transposing w would cost more than it saves. O(rows·k·n), no allocation.
     */
    static void multiplyTransposed(double[][] a, int rows, int k, double[][] w, int n, double[][] c) {
        for (int r = 0; r < rows; r++) {
            double[] x = a[r];
            double[] t = c[r];
            for (int j = 0; j < n; j++) {
                double[] u = w[j];
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += x[p] * u[p];
                }
                t[j] = sum;
            }
        }
    }

    /**
     * g += δᵀ·a for δ (rows×out), a (rows×in) and g (out×in), each an array of rows: the weight
     * gradient of a layer. Four samples per sweep: g[j][·] += δ[r][j]·a[r][·], then
     * δ[r+1][j]·a[r+1][·], …, added term by term in sample order, so the result is bit-identical to
     * accumulating one sample at a time; each row of g is loaded and stored once per four samples
     * and the inner loop (over in, all rows indexed from 0) vectorises. O(rows·out·in), no
     * allocation.
     */
    static void accumulateTransposedProduct(double[][] delta, int rows, int out, double[][] a, int in, double[][] g) {
        int r = 0;
        for (; r + 4 <= rows; r += 4) {
            double[] d0 = delta[r];
            double[] d1 = delta[r + 1];
            double[] d2 = delta[r + 2];
            double[] d3 = delta[r + 3];
            double[] u0 = a[r];
            double[] u1 = a[r + 1];
            double[] u2 = a[r + 2];
            double[] u3 = a[r + 3];
            for (int j = 0; j < out; j++) {
                double x0 = d0[j];
                double x1 = d1[j];
                double x2 = d2[j];
                double x3 = d3[j];
                double[] t = g[j];
                for (int p = 0; p < in; p++) {
                    double v = t[p] + x0 * u0[p];
                    v += x1 * u1[p];
                    v += x2 * u2[p];
                    t[p] = v + x3 * u3[p];
                }
            }
        }
        for (; r < rows; r++) {
            double[] d0 = delta[r];
            double[] u0 = a[r];
            for (int j = 0; j < out; j++) {
                double x0 = d0[j];
                double[] t = g[j];
                for (int p = 0; p < in; p++) {
                    t[p] += x0 * u0[p];
                }
            }
        }
    }

    /** h ← f(h + b), one switch per layer rather than a virtual call per element. */
    private void biasAndActivation(double[][] h, int batch, int n, int biasOffset, Activation f) {
        for (int r = 0; r < batch; r++) {
            double[] row = h[r];
            for (int j = 0; j < n; j++) {
                row[j] += params[biasOffset + j];
            }
            switch (f) {
                case TANH -> {
                    for (int j = 0; j < n; j++) {
                        row[j] = Activation.TANH.apply(row[j]);
                    }
                }
                case RELU -> {
                    for (int j = 0; j < n; j++) {
                        row[j] = row[j] > 0 ? row[j] : 0;
                    }
                }
                case SIGMOID -> {
                    for (int j = 0; j < n; j++) {
                        row[j] = Activation.SIGMOID.apply(row[j]);
                    }
                }
                case IDENTITY -> {}
            }
        }
    }

    /** δ ← δ ⊙ f′ (from the layer's output h), row by row. */
    private static void activationDerivative(double[][] delta, double[][] h, int batch, int n, Activation f) {
        for (int r = 0; r < batch; r++) {
            double[] d = delta[r];
            double[] y = h[r];
            switch (f) {
                case TANH -> {
                    for (int j = 0; j < n; j++) {
                        d[j] *= 1 - y[j] * y[j];
                    }
                }
                case RELU -> {
                    for (int j = 0; j < n; j++) {
                        if (!(y[j] > 0)) {
                            d[j] = 0;
                        }
                    }
                }
                case SIGMOID -> {
                    for (int j = 0; j < n; j++) {
                        d[j] *= y[j] * (1 - y[j]);
                    }
                }
                case IDENTITY -> {}
            }
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
        double[][] delta = deltaA;
        double[][] spare = deltaB;
        int nl = sizes[layers];
        for (int r = 0; r < batch; r++) {
            System.arraycopy(outputGradient, r * nl, delta[r], 0, nl);
        }
        for (int l = layers - 1; l >= 0; l--) {
            int out = sizes[l + 1];
            int in = sizes[l];
            activationDerivative(delta, activations[l + 1], batch, out, l == layers - 1 ? output : hidden);
            int b = biasOffsets[l];
            for (int r = 0; r < batch; r++) {
                double[] row = delta[r];
                for (int j = 0; j < out; j++) {
                    grad[b + j] += row[j];
                }
            }
            double[][] g = weightGradients[l];
            int w = weightOffsets[l];
            for (int j = 0; j < out; j++) {
                System.arraycopy(grad, w + j * in, g[j], 0, in);
            }
            accumulateTransposedProduct(delta, batch, out, activations[l], in, g);
            for (int j = 0; j < out; j++) {
                System.arraycopy(g[j], 0, grad, w + j * in, in);
            }
            if (l > 0 || inputGradient != null) {
                multiply(delta, batch, out, weights[l], in, spare);
                double[][] t = delta;
                delta = spare;
                spare = t;
            }
        }
        if (inputGradient != null) {
            int n0 = sizes[0];
            for (int r = 0; r < batch; r++) {
                System.arraycopy(delta[r], 0, inputGradient, r * n0, n0);
            }
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
        int n = sizes[layer];
        double[] flat = new double[lastBatch * n];
        for (int r = 0; r < lastBatch; r++) {
            System.arraycopy(activations[layer][r], 0, flat, r * n, n);
        }
        return flat;
    }
}
