package org.mo4j.surrogates.gp;

/**
 * How {@link GaussianProcess#fit} maximises the log marginal likelihood over the raw
 * hyper-parameters.
 *
 * <ul>
 *   <li>{@link #ADAM}: a fixed number of Adam steps (PyTorch's form, β = (0.9, 0.999), ε = 10⁻⁸)
 *       on the per-point loss, from gpytorch's initial values, no restarts: what SVH-PSL's code
 *       ({@code mobo/gp_model/opt_utils.py}, lr 0.5, 300 iterations) does;
 *   <li>{@link #LBFGS}: limited-memory BFGS (memory 10, weak-Wolfe line search) from the same
 *       start, until the gradient vanishes (largest entry below 10⁻⁹), the loss stops decreasing
 *       (10⁻¹³ relative) or the iteration budget is spent. It converges to a stationary point
 *       instead of stopping after a fixed number of steps, as BoTorch's scipy L-BFGS-B fit does.
 *       (Commons Math's nonlinear conjugate gradient was tried first and stopped far from
 *       stationarity on a 1-D sine, gradient entries of 0.02.)
 * </ul>
 *
 * <p>Each iteration costs one (Adam) or one or more (line search) O(n³) likelihood evaluations.
 */
public enum Optimizer {
    /** Adam with a fixed step count, as SVH-PSL. */
    ADAM,
    /** Limited-memory BFGS with a weak-Wolfe line search. */
    LBFGS
}
