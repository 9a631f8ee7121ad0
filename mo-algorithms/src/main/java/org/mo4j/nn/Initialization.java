package org.mo4j.nn;

/**
 * How {@link Mlp.Builder} draws a network's initial weights.
 *
 * <p>Both are O(parameters) random draws; the orthogonal one adds a QR factorisation per layer,
 * O(out·in·min(out, in)).
 */
public enum Initialization {
    /**
     * Orthogonal weights times a per-layer gain, biases 0: PyTorch's {@code nn.init.orthogonal_}
     * (Saxe, McClelland, Ganguli 2014). A standard normal out×in matrix (transposed first when
     * out &lt; in) is factorised A = QR, the columns of Q are multiplied by the signs of R's
     * diagonal (so Q is Haar-distributed), and Q (transposed back) times the gain is the weight
     * matrix: WᵀW = gain²·I when out ≥ in, WWᵀ = gain²·I otherwise. The PPO policies of C-MORL
     * (pytorch-a2c-ppo-acktr-gail) are initialised this way.
     */
    ORTHOGONAL,
    /**
     * PyTorch's default for {@code nn.Linear}: weights and biases uniform in ±1/√in (Kaiming-uniform
     * with a = √5, and its bias rule). SVH-PSL's hypernetwork keeps this default.
     */
    PYTORCH_DEFAULT
}
