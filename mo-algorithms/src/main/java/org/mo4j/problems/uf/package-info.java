/**
 * The UF suite of the CEC 2009 competition: Zhang, Zhou, Zhao, Suganthan, Liu, Tiwari 2009,
 * "Multiobjective optimization test instances for the CEC 2009 special session and competition",
 * technical report CES-487, University of Essex.
 *
 * <p>Ten unconstrained problems whose Pareto sets are curves and surfaces through the whole box
 * rather than a corner of it (which is why MOEA/D papers use them): two objectives for
 * {@link org.mo4j.problems.uf.Uf1} … {@link org.mo4j.problems.uf.Uf7}, three for
 * {@link org.mo4j.problems.uf.Uf8}, {@link org.mo4j.problems.uf.Uf9} and
 * {@link org.mo4j.problems.uf.Uf10}; 30 variables by default. Every front is analytic and sampled
 * by {@code trueFront}; each class says how. By name: {@code Problems.create("uf1")},
 * {@code "uf8::10"}.
 */
package org.mo4j.problems.uf;
