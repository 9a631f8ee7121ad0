/**
 * Exact Gaussian-process regression, usable on its own: a constant mean, a scaled Matérn-5/2 or
 * squared-exponential kernel with one length-scale per input ({@link org.mo4j.surrogates.gp.Kernel}),
 * Gaussian noise above a floor, hyper-parameters fitted by maximising the exact log marginal
 * likelihood with analytic gradients ({@link org.mo4j.surrogates.gp.MarginalLikelihood}), and the
 * posterior mean and variance with their gradients with respect to the input
 * ({@link org.mo4j.surrogates.gp.GaussianProcess}).
 *
 * <p>The parametrisation follows gpytorch (Gardner et al., NeurIPS 2018) as SVH-PSL's code
 * (Nguyen et al., AAAI 2025; {@code mobo/gp_model}) uses it: positive hyper-parameters are the
 * softplus of unconstrained raw values that start at 0, and the loss is the negative log marginal
 * likelihood divided by the number of data points, minimised by Adam (lr 0.5, 300 steps).
 * Rasmussen and Williams, "Gaussian Processes for Machine Learning" (MIT Press 2006), ch. 2 and 5,
 * give the formulas.
 */
package org.mo4j.surrogates.gp;
