/**
 * Where to spend expensive evaluations: MAP's pre-selected merging coefficients
 * ({@link org.mo4j.surrogates.sampling.MapSampling}), Latin hypercube designs
 * ({@link org.mo4j.surrogates.sampling.LatinHypercube}), hyperspherical coordinates and Bayesian
 * MAP's residual-driven angular-bin sampler
 * ({@link org.mo4j.surrogates.sampling.ResidualBinSampler}).
 */
package org.mo4j.surrogates.sampling;
