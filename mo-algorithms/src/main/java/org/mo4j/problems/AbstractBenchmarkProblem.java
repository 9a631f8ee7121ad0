package org.mo4j.problems;

import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.validation.Arguments;

/**
 * The common part of the suites' problems: sizes, bounds, reference point, name, and the checks
 * of {@link #evaluate}'s argument (length, finite, inside the bounds) and of {@code trueFront}'s
 * count, so that each problem only states its formulas.
 */
abstract class AbstractBenchmarkProblem implements BenchmarkProblem {

    private final String name;
    private final int variables;
    private final int objectives;
    private final Bounds bounds;
    private final double[] referencePoint;

    AbstractBenchmarkProblem(String name, int variables, int objectives, Bounds bounds, double[] referencePoint) {
        this.name = name;
        this.variables = variables;
        this.objectives = objectives;
        this.bounds = bounds;
        this.referencePoint = referencePoint.clone();
    }

    @Override
    public final int numberOfVariables() {
        return variables;
    }

    @Override
    public final int numberOfObjectives() {
        return objectives;
    }

    @Override
    public final Bounds bounds() {
        return bounds;
    }

    @Override
    public final double[] referencePoint() {
        return referencePoint.clone();
    }

    @Override
    public final String name() {
        return name;
    }

    /**
     * Evaluates {@code x}, which is read and never modified or kept.
     *
     * @throws IllegalArgumentException if {@code x} is null, has another length than
     *                                  {@link #numberOfVariables()}, or a coordinate is NaN or
     *                                  outside its bounds (the formulas are not defined there)
     */
    @Override
    public final Evaluation evaluate(double[] x) {
        Arguments.notNull("x", x);
        if (x.length != variables) {
            throw new IllegalArgumentException("x has " + x.length + " coordinates but " + name + " has "
                    + variables + " variables (dimension mismatch)");
        }
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= bounds.lower(i) && x[i] <= bounds.upper(i))) {
                throw new IllegalArgumentException("x[" + i + "] must lie in [" + bounds.lower(i) + ", "
                        + bounds.upper(i) + "], was " + x[i]);
            }
        }
        return evaluateInBounds(x);
    }

    /** The formulas, for an {@code x} already checked; must not modify {@code x}. */
    abstract Evaluation evaluateInBounds(double[] x);

    /** The check of {@code trueFront(n)}'s argument, and of its availability. */
    final void checkFrontRequest(int n) {
        if (!hasTrueFront()) {
            throw new UnsupportedOperationException(name + " has no analytic Pareto front");
        }
        Arguments.positive("n", n);
    }

    @Override
    public String toString() {
        return name + " (" + objectives + " objectives, " + variables + " variables)";
    }

    /** Checks {@code objectives >= 2}. */
    static int checkObjectives(int objectives) {
        if (objectives < 2) {
            throw new IllegalArgumentException("objectives must be >= 2, was " + objectives);
        }
        return objectives;
    }

    /** A vector of {@code m} copies of {@code value}. */
    static double[] filled(int m, double value) {
        double[] r = new double[m];
        java.util.Arrays.fill(r, value);
        return r;
    }
}
