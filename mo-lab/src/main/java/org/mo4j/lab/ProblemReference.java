package org.mo4j.lab;

import org.mo4j.problems.BenchmarkProblem;

/**
 * What the indicators of one problem are measured against: its customary reference point and, when
 * the Pareto front is analytic, a sample of it of a size fixed per number of objectives (10,000
 * points for 2, 5,000 for 3, 1,000 for 4 and 5, none above: as {@code mo4j run}), so every run of a
 * campaign, and every campaign, measures against the same set. Building it costs one
 * {@link BenchmarkProblem#trueFront(int)} call; the runner builds one per run.
 *
 * @param referencePoint the hypervolume reference point
 * @param trueFront      the sampled true front, or null when the problem has none (or m &gt; 5)
 */
public record ProblemReference(double[] referencePoint, double[][] trueFront) {

    /** The reference of {@code problem}. */
    public static ProblemReference of(BenchmarkProblem problem) {
        int size = trueFrontSize(problem.numberOfObjectives());
        double[][] truth = problem.hasTrueFront() && size > 0 ? problem.trueFront(size) : null;
        return new ProblemReference(problem.referencePoint(), truth);
    }

    /** Whether a true front is available. */
    public boolean hasTrueFront() {
        return trueFront != null;
    }

    /** Points of the true front sampled for m objectives (0: none). */
    static int trueFrontSize(int objectives) {
        return switch (objectives) {
            case 2 -> 10_000;
            case 3 -> 5_000;
            case 4, 5 -> 1_000;
            default -> 0;
        };
    }
}
