/**
 * The ZDT suite: Zitzler, Deb, Thiele 2000, "Comparison of multiobjective evolutionary
 * algorithms: empirical results", Evolutionary Computation 8(2).
 *
 * <p>Holds the five real-valued, two-objective ZDT problems, {@link org.mo4j.problems.zdt.Zdt1},
 * {@link org.mo4j.problems.zdt.Zdt2}, {@link org.mo4j.problems.zdt.Zdt3},
 * {@link org.mo4j.problems.zdt.Zdt4} and {@link org.mo4j.problems.zdt.Zdt6} (ZDT5 is binary), each
 * with its analytic front; by name: {@code Problems.create("zdt1")}, {@code "zdt1::50"}.
 */
package org.mo4j.problems.zdt;
