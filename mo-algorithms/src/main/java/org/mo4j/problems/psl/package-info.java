/**
 * The problems of the Pareto-set-learning papers that the other suites lack, and the SVH-PSL
 * experimental setup: {@link org.mo4j.problems.psl.Vlmop2} (Van Veldhuizen and Lamont 1999, "Multiobjective
 * evolutionary algorithm test suites", ACM SAC) and {@link org.mo4j.problems.psl.F2} (as used by
 * Lin et al. 2022, "Pareto set learning for expensive multi-objective optimization", NeurIPS, and by
 * Nguyen et al. 2025, "Improving Pareto set learning for expensive multi-objective optimization via
 * Stein variational hypernetworks", AAAI 39(18), 19677–19685), both with analytic fronts, as
 * SVH-PSL's code (github.com/nguyenduc810/SVH-PSL) defines them; the authors' approximate fronts
 * of RE21, RE32, RE33, RE36, RE37, RE41, RE42, VLMOP2 and F2 as data
 * ({@link org.mo4j.problems.psl.PslFronts}); and the twelve problems of the SVH-PSL experiments with
 * their reference and ideal points ({@link org.mo4j.problems.psl.PslBenchmarks}).
 *
 * <p>By name: {@code Problems.create("vlmop2")}, {@code "f2"}, {@code "vlmop2::10"}.
 */
package org.mo4j.problems.psl;
