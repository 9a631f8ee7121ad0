/**
 * SVH-PSL's building blocks (Nguyen et al., "Improving Pareto Set Learning for Expensive
 * Multi-objective Optimization via Stein Variational Hypernetworks", AAAI 2025; code {@code
 * nguyenduc810/SVH-PSL}): the pieces of one Stein-variational training step as pure functions with
 * analytic gradients, written to match what the authors' code computes.
 *
 * <ul>
 *   <li>{@link org.mo4j.surrogates.psl.Tchebycheff}: SVH-PSL's and PSL-MOBO's Tchebycheff losses,
 *       their gradients and active indices;
 *   <li>{@link org.mo4j.surrogates.psl.ParticleGradients}: the per-coordinate normalisation of the K
 *       particles' loss gradients;
 *   <li>{@link org.mo4j.surrogates.psl.SteinKernels}: the local (per active objective) and global
 *       RBF kernels in objective space, their median-heuristic bandwidths, and the gradient of a
 *       kernel row sum with respect to the particles' objective vectors;
 *   <li>{@link org.mo4j.surrogates.psl.SteinDirection}: the combined attraction–repulsion update;
 *   <li>{@link org.mo4j.surrogates.psl.PreferenceSampler}: Dirichlet(1) + 10⁻⁴ preferences;
 *   <li>{@link org.mo4j.surrogates.psl.GreedyHypervolumeBatch}: the greedy hypervolume batch
 *       selection of the next points to evaluate.
 * </ul>
 *
 * <p>The caller owns the chain rule: objective vectors come from the surrogate's LCB at the
 * hypernetwork's output, and gradients with respect to them are pulled back to the parameters with
 * {@code org.mo4j.nn.Mlp}'s backward pass.
 */
package org.mo4j.surrogates.psl;
