/**
 * The problem contract every mo4j algorithm optimises: {@link org.mo4j.core.problem.Problem}
 * (objectives minimised, constraints g_j(x) ≤ 0, box {@link org.mo4j.core.problem.Bounds}), its
 * result {@link org.mo4j.core.problem.Evaluation}, the adapter for maximised objectives
 * ({@link org.mo4j.core.problem.Problem#minimising} with
 * {@link org.mo4j.core.problem.ObjectiveSense}), and deterministic batch evaluation on an executor
 * ({@link org.mo4j.core.problem.BatchEvaluator}, failures as
 * {@link org.mo4j.core.problem.EvaluationException}).
 */
package org.mo4j.core.problem;
