/**
 * Multi-objective reinforcement learning: what C-MORL (Liu et al., "Efficient discovery of Pareto
 * front for multi-objective reinforcement learning", ICLR 2025) and its baseline share. Returns
 * are <em>maximised</em> here, as in MO-Gymnasium and the C-MORL code: the
 * {@link org.mo4j.morl.PolicyArchive policy archive} with crowding-distance pruning and
 * no-reselection history, the {@link org.mo4j.morl.PreferenceGrid Stage-1 preferences}, and the
 * reported {@link org.mo4j.morl.MorlMetrics metrics} (hypervolume, expected utility, sparsity).
 */
package org.mo4j.morl;
