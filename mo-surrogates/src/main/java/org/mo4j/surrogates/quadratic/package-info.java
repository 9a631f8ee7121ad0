/**
 * Quadratic response surfaces with a link function, the per-task surrogates of MAP (Li et al.,
 * "MAP: Low-compute Model Merging with Amortized Pareto Fronts via Quadratic Approximation",
 * ICLR 2025): {@link org.mo4j.surrogates.quadratic.QuadraticFeatures} (the monomial feature map),
 * {@link org.mo4j.surrogates.quadratic.Link}, {@link org.mo4j.surrogates.quadratic.QuadraticFit}
 * (nonlinear least squares by Levenberg–Marquardt) and the fitted
 * {@link org.mo4j.surrogates.quadratic.QuadraticSurrogate}.
 */
package org.mo4j.surrogates.quadratic;
