/**
 * The constrained C-DTLZ problems: Jain, Deb 2014, "An evolutionary many-objective optimization
 * algorithm using reference-point based nondominated sorting approach, part II: handling
 * constraints and extending to an adaptive approach", IEEE TEC 18(4), Section VI.
 *
 * <p>Holds {@link org.mo4j.problems.cdtlz.C1Dtlz1}, {@link org.mo4j.problems.cdtlz.C2Dtlz2} and
 * {@link org.mo4j.problems.cdtlz.C3Dtlz4}, DTLZ problems with constraints (g ≤ 0) added; by name:
 * {@code Problems.create("c2-dtlz2:3")}.
 */
package org.mo4j.problems.cdtlz;
