/**
 * The DTLZ suite: Deb, Thiele, Laumanns, Zitzler 2005, "Scalable test problems for evolutionary
 * multiobjective optimization", in Evolutionary Multiobjective Optimization, Springer,
 * pp. 105–145.
 *
 * <p>Holds the seven problems {@link org.mo4j.problems.dtlz.Dtlz1} …
 * {@link org.mo4j.problems.dtlz.Dtlz7}, scalable to any m ≥ 2 objectives, each with its analytic
 * front where one is known; by name: {@code Problems.create("dtlz2:3")}.
 */
package org.mo4j.problems.dtlz;
