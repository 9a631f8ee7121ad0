/**
 * Dominance between objective vectors (minimisation): Pareto, weak, constrained (Deb, Pratap,
 * Agarwal, Meyarivan 2002, "A fast and elitist multiobjective genetic algorithm: NSGA-II", IEEE
 * Transactions on Evolutionary Computation 6(2):182-197) and additive or multiplicative epsilon
 * dominance (Laumanns, Thiele, Deb, Zitzler 2002, "Combining convergence and diversity in
 * evolutionary multiobjective optimization", Evolutionary Computation 10(3):263-282).
 */
package org.mo4j.core.dominance;
