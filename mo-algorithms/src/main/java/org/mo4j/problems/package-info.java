/**
 * Benchmark problem suites: ZDT, DTLZ, WFG, the RE real-world engineering problems, and
 * constrained suites. Every problem implements {@link org.mo4j.problems.BenchmarkProblem}: it knows
 * its bounds and its standard reference point, and, where the Pareto front is analytic, samples it.
 * {@link org.mo4j.problems.Problems} builds them by name ("zdt1", "dtlz2:3", ...).
 */
package org.mo4j.problems;
