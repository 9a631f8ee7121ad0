/**
 * Non-dominated sorting and crowding distance (minimisation).
 *
 * <p>{@link org.mo4j.core.sorting.NonDominatedSorting} ranks points into Pareto fronts: one
 * objective by sorting, two by an O(n log n) sweep (the two-objective case of Jensen 2003,
 * "Reducing the run-time complexity of multiobjective EAs: the NSGA-II and other algorithms",
 * IEEE TEC 7(5):503-515), three by ENS's binary search over fronts with each front's 2D
 * projection staircase in a treap, four or more by ENS-BS (Zhang, Tian, Cheng, Jin 2015, "An
 * efficient approach to non-dominated sorting for evolutionary multiobjective optimization", IEEE
 * TEC 19(2):201-213) for small populations and by ENS-NDT (Gustavsson, Syberfeldt 2018, "A new
 * algorithm using the non-dominated tree to improve non-dominated sorting", Evolutionary
 * Computation 26(1)) for larger ones. {@link org.mo4j.core.sorting.CrowdingDistance} is the
 * diversity measure of NSGA-II (Deb, Pratap, Agarwal, Meyarivan 2002, IEEE TEC 6(2):182-197).
 */
package org.mo4j.core.sorting;
