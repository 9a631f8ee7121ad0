/**
 * Benchmark problem suites: ZDT ({@link org.mo4j.problems.Zdt1} … {@link org.mo4j.problems.Zdt6}),
 * DTLZ ({@link org.mo4j.problems.Dtlz1} … {@link org.mo4j.problems.Dtlz7}), WFG
 * ({@link org.mo4j.problems.Wfg1} … {@link org.mo4j.problems.Wfg9}), the constrained C-DTLZ
 * ({@link org.mo4j.problems.C1Dtlz1}, {@link org.mo4j.problems.C2Dtlz2},
 * {@link org.mo4j.problems.C3Dtlz4}) and CTP ({@link org.mo4j.problems.Ctp1} …
 * {@link org.mo4j.problems.Ctp8}) problems; the RE real-world problems are added separately.
 *
 * <p>Every problem implements {@link org.mo4j.problems.BenchmarkProblem}: it knows its bounds and
 * its reference point (each class says where the value comes from), and, where the Pareto front
 * is known exactly, samples it ({@code trueFront}; each class says how many points it returns and
 * why a front is missing where it is). {@code evaluate} rejects an x of the wrong length or
 * outside the bounds with an {@link java.lang.IllegalArgumentException} naming the coordinate.
 *
 * <p>{@link org.mo4j.problems.Problems} builds them by name: {@code name[:objectives[:variables]]},
 * e.g. {@code "zdt1"}, {@code "zdt1::50"}, {@code "dtlz2:3"}, {@code "wfg4:5"},
 * {@code "c2-dtlz2:3"}, {@code "ctp1"}.
 */
package org.mo4j.problems;
