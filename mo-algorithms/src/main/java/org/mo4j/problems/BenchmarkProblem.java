package org.mo4j.problems;

import org.mo4j.core.problem.Problem;

/**
 * A published benchmark problem: a {@link Problem} (minimised objectives, constraints g ≤ 0) that
 * also knows the reference point its literature measures hypervolume against and, where the Pareto
 * front is known in closed form, can sample it.
 *
 * <p>Implementations are immutable and thread-safe, so {@code evaluate} may run on several threads.
 */
public interface BenchmarkProblem extends Problem {

    /**
     * The reference point customarily used for this problem's hypervolume (a fresh copy). Each
     * implementation's Javadoc says where the value comes from.
     */
    double[] referencePoint();

    /** Whether {@link #trueFront(int)} is available (the Pareto front is known analytically). */
    default boolean hasTrueFront() {
        return false;
    }

    /**
     * About {@code n} points of the true Pareto front, spread along it (the exact count depends on
     * the problem's geometry and is documented per problem: lattices, for instance, round to the
     * nearest lattice size). Every returned point is Pareto-optimal for this problem.
     *
     * @param n the requested number of points, ≥ 1
     * @throws IllegalArgumentException      if {@code n < 1}
     * @throws UnsupportedOperationException if {@link #hasTrueFront()} is false
     */
    default double[][] trueFront(int n) {
        throw new UnsupportedOperationException(name() + " has no analytic Pareto front");
    }
}
