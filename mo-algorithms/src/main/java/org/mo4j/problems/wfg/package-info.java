/**
 * The WFG suite: Huband, Hingston, Barone, While 2006, "A review of multiobjective test problems
 * and a scalable test problem toolkit", IEEE TEC 10(5).
 *
 * <p>Holds the nine problems {@link org.mo4j.problems.wfg.Wfg1} …
 * {@link org.mo4j.problems.wfg.Wfg9}, their common type {@link org.mo4j.problems.wfg.Wfg} (which
 * gives k and l) and the toolkit's transformations and shapes; by name:
 * {@code Problems.create("wfg4:5")}.
 */
package org.mo4j.problems.wfg;
