/**
 * PGMORL, prediction-guided multi-objective reinforcement learning (Xu et al., ICML 2020): an
 * evolutionary loop over (policy, weight) tasks whose next tasks are picked by a per-policy
 * hyperbolic model of how its returns move when trained towards a weight; a second MORL baseline
 * next to C-MORL.
 */
package org.mo4j.morl.pgmorl;
