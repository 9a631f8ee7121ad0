/**
 * Pieces of Pareto-set learning for expensive problems, as SVH-PSL's code (Nguyen et al., AAAI
 * 2025, github.com/nguyenduc810/SVH-PSL, {@code run_svh.py}) runs them: the greedy
 * hypervolume batch selection of the next points to evaluate
 * ({@link org.mo4j.surrogates.psl.GreedyHypervolumeBatch}).
 */
package org.mo4j.surrogates.psl;
