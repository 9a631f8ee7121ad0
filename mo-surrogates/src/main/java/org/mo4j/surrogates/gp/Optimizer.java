package org.mo4j.surrogates.gp;

/**
 * How {@link GaussianProcess#fit} maximises the log marginal likelihood over the raw
 * hyper-parameters.
 *
 * <ul>
 *   <li>{@link #ADAM}: a fixed number of Adam steps (PyTorch's form, β = (0.9, 0.999), ε = 10⁻⁸)
 *       on the per-point loss, from gpytorch's initial values, no restarts: what SVH-PSL's code
 *       ({@code mobo/gp_model/opt_utils.py}, lr 0.5, 300 iterations) does;
 *   <li>{@link #CONJUGATE_GRADIENT}: Commons Math's nonlinear conjugate gradient (Polak–Ribière,
 *       Brent line search) from the same start, stopped when the loss changes by less than 10⁻¹⁰
 *       relative or after the iteration budget; the best point evaluated is kept. It converges to
 *       a stationary point instead of stopping after a fixed number of steps.
 * </ul>
 *
 * <p>Each iteration costs one (Adam) or several (line search) O(n³) likelihood evaluations.
 */
public enum Optimizer {
    /** Adam with a fixed step count, as SVH-PSL. */
    ADAM,
    /** Polak–Ribière nonlinear conjugate gradient with a line search. */
    CONJUGATE_GRADIENT
}
