/**
 * The MaF suite, problems MaF1–MaF7: Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark
 * test suite for evolutionary many-objective optimization", Complex &amp; Intelligent Systems 3,
 * pp. 67–81 (the CEC 2017 many-objective competition's problems).
 *
 * <p>Any number m ≥ 2 of objectives, default 3; n = m + K − 1 variables with the paper's K (10;
 * 20 for MaF7), each in [0, 1]: {@link org.mo4j.problems.maf.Maf1} (inverted linear),
 * {@link org.mo4j.problems.maf.Maf2} (a patch of the sphere), {@link org.mo4j.problems.maf.Maf3}
 * (convex, multimodal), {@link org.mo4j.problems.maf.Maf4} (inverted, badly scaled, multimodal),
 * {@link org.mo4j.problems.maf.Maf5} (badly scaled, biased), {@link org.mo4j.problems.maf.Maf6}
 * (degenerate) and {@link org.mo4j.problems.maf.Maf7} (disconnected). Every front is analytic and
 * sampled by {@code trueFront}. MaF8–MaF15 (the distance-minimisation, WFG-based, PF7 and
 * large-scale problems) are not implemented. By name: {@code Problems.create("maf1:5")}.
 */
package org.mo4j.problems.maf;
