/**
 * The LZ09 suite: Li, Zhang 2009, "Multiobjective optimization problems with complicated Pareto
 * sets, MOEA/D and NSGA-II", IEEE Transactions on Evolutionary Computation 13(2), pp. 284–302.
 *
 * <p>Nine unconstrained problems whose Pareto sets are curves through the box (power curves,
 * sines, spirals), the instances MOEA/D-DE was introduced on: two objectives for
 * {@link org.mo4j.problems.lz09.Lz09F1} … {@link org.mo4j.problems.lz09.Lz09F5},
 * {@link org.mo4j.problems.lz09.Lz09F7} … {@link org.mo4j.problems.lz09.Lz09F9}, three for
 * {@link org.mo4j.problems.lz09.Lz09F6}; the paper's sizes (30 variables for F1–F5 and F9, 10 for
 * F6–F8) and boxes. Every front is analytic and sampled by {@code trueFront}. Each class states
 * where the authors' reference code departs from the paper (mo4j follows the paper). By name:
 * {@code Problems.create("lz09-f1")}, {@code "lz09-f6::12"}.
 */
package org.mo4j.problems.lz09;
