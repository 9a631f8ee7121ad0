/**
 * Benchmark problems: the contract {@link org.mo4j.problems.BenchmarkProblem}, the by-name
 * registry {@link org.mo4j.problems.Problems}, and the base
 * {@link org.mo4j.problems.AbstractBenchmarkProblem}; the suites live in one package each:
 * <ul>
 * <li>{@link org.mo4j.problems.zdt}: ZDT ({@link org.mo4j.problems.zdt.Zdt1} …
 * {@link org.mo4j.problems.zdt.Zdt6});</li>
 * <li>{@link org.mo4j.problems.dtlz}: DTLZ ({@link org.mo4j.problems.dtlz.Dtlz1} …
 * {@link org.mo4j.problems.dtlz.Dtlz7});</li>
 * <li>{@link org.mo4j.problems.wfg}: WFG ({@link org.mo4j.problems.wfg.Wfg1} …
 * {@link org.mo4j.problems.wfg.Wfg9});</li>
 * <li>{@link org.mo4j.problems.cdtlz}: the constrained C-DTLZ
 * ({@link org.mo4j.problems.cdtlz.C1Dtlz1}, {@link org.mo4j.problems.cdtlz.C2Dtlz2},
 * {@link org.mo4j.problems.cdtlz.C3Dtlz4});</li>
 * <li>{@link org.mo4j.problems.ctp}: CTP ({@link org.mo4j.problems.ctp.Ctp1} …
 * {@link org.mo4j.problems.ctp.Ctp8});</li>
 * <li>{@link org.mo4j.problems.re}: the RE real-world problems ({@link org.mo4j.problems.re.Re21}
 * … {@link org.mo4j.problems.re.Re91});</li>
 * <li>{@link org.mo4j.problems.uf}: UF of the CEC 2009 competition ({@link org.mo4j.problems.uf.Uf1}
 * … {@link org.mo4j.problems.uf.Uf10});</li>
 * <li>{@link org.mo4j.problems.lz09}: LZ09 of Li and Zhang 2009
 * ({@link org.mo4j.problems.lz09.Lz09F1} … {@link org.mo4j.problems.lz09.Lz09F9});</li>
 * <li>{@link org.mo4j.problems.maf}: MaF1–MaF15 of Cheng et al. 2017
 * ({@link org.mo4j.problems.maf.Maf1} … {@link org.mo4j.problems.maf.Maf15});</li>
 * <li>{@link org.mo4j.problems.psl}: VLMOP2 and F2 of the Pareto-set-learning papers
 * ({@link org.mo4j.problems.psl.Vlmop2}, {@link org.mo4j.problems.psl.F2}).</li>
 * </ul>
 * ({@code org.mo4j.problems.internal} holds helpers the suites share; it is not API.)
 *
 * <p>Every problem implements {@link org.mo4j.problems.BenchmarkProblem}: it knows its bounds and
 * its reference point (each class says where the value comes from), and, where the Pareto front
 * is known exactly, samples it ({@code trueFront}; each class says how many points it returns and
 * why a front is missing where it is). {@code evaluate} rejects an x of the wrong length or
 * outside the bounds with an {@link java.lang.IllegalArgumentException} naming the coordinate (the
 * RE problems, like their reference implementation, check only that x is finite).
 *
 * <p>{@link org.mo4j.problems.Problems} builds them by name: {@code name[:objectives[:variables]]},
 * e.g. {@code "zdt1"}, {@code "zdt1::50"}, {@code "dtlz2:3"}, {@code "wfg4:5"},
 * {@code "c2-dtlz2:3"}, {@code "ctp1"}, {@code "uf1"}, {@code "lz09-f1"}, {@code "re33"}, {@code "vlmop2"}.
 */
package org.mo4j.problems;
