/**
 * MAP, model merging with amortised Pareto fronts (Li, Zhang, Bu et al., "MAP: Low-compute Model
 * Merging with Amortized Pareto Fronts via Quadratic Approximation", ICLR 2025; official code
 * {@code luli-git/MAP}): {@link org.mo4j.surrogates.map.MapMerging} (plain and Bayesian MAP),
 * {@link org.mo4j.surrogates.map.NestedMap}, and their result
 * {@link org.mo4j.surrogates.map.AmortizedParetoFront}.
 */
package org.mo4j.surrogates.map;
