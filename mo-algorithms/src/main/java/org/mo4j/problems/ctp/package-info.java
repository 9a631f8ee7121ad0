/**
 * The CTP suite: Deb, Pratap, Meyarivan 2001, "Constrained test problems for multi-objective
 * evolutionary optimization", EMO 2001, LNCS 1993, pp. 284–298.
 *
 * <p>Holds the two-objective constrained problems {@link org.mo4j.problems.ctp.Ctp1} …
 * {@link org.mo4j.problems.ctp.Ctp8}; by name: {@code Problems.create("ctp1")}.
 */
package org.mo4j.problems.ctp;
