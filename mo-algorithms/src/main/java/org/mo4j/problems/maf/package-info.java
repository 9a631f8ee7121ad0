/**
 * The MaF suite, problems MaF1–MaF15: Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017,
 * "A benchmark
 * test suite for evolutionary many-objective optimization", Complex &amp; Intelligent Systems 3,
 * pp. 67–81 (the CEC 2017 many-objective competition's problems).
 *
 * <p>Any number m ≥ 2 of objectives (m ≥ 3 for MaF8, MaF9 and MaF13), default 3. MaF1–7 have
 * n = m + K − 1 variables with the paper's K (10; 20 for MaF7), each in [0, 1]:
 * {@link org.mo4j.problems.maf.Maf1} (inverted linear),
 * {@link org.mo4j.problems.maf.Maf2} (a patch of the sphere), {@link org.mo4j.problems.maf.Maf3}
 * (convex, multimodal), {@link org.mo4j.problems.maf.Maf4} (inverted, badly scaled, multimodal),
 * {@link org.mo4j.problems.maf.Maf5} (badly scaled, biased), {@link org.mo4j.problems.maf.Maf6}
 * (degenerate) and {@link org.mo4j.problems.maf.Maf7} (disconnected);
 * {@link org.mo4j.problems.maf.Maf8} is the multi-point distance minimisation problem over two
 * variables; {@link org.mo4j.problems.maf.Maf9} the multi-line distance minimisation problem over
 * two variables, whose infeasible regions are one constraint (the peers re-sample x at random
 * instead); {@link org.mo4j.problems.maf.Maf10}, {@link org.mo4j.problems.maf.Maf11} and
 * {@link org.mo4j.problems.maf.Maf12} are WFG1, WFG2 and WFG9 with k = m − 1 and l = 10;
 * {@link org.mo4j.problems.maf.Maf13} is PF7 (a degenerate front);
 * {@link org.mo4j.problems.maf.Maf14} and {@link org.mo4j.problems.maf.Maf15} the large-scale
 * LSMOP3 and inverted LSMOP8. Every front is analytic and sampled by {@code trueFront} (MaF14's
 * only for the sizes at which its Rosenbrock groups can reach their optimum, see there). By name:
 * {@code Problems.create("maf1:5")}.
 */
package org.mo4j.problems.maf;
