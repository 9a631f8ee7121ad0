/**
 * C-MORL (Liu et al., "Efficient discovery of Pareto front for multi-objective reinforcement
 * learning", ICLR 2025): {@link org.mo4j.morl.cmorl.Cmorl} with its two stages, budget conventions
 * and switches, and the registry entries {@code c-morl} and {@code scalarised} (the baseline).
 */
package org.mo4j.morl.cmorl;
