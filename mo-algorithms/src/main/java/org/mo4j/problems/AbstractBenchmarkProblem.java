package org.mo4j.problems;

import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;

/**
 * A base for {@link BenchmarkProblem}s of fixed sizes on a box: it holds the name, sizes, bounds
 * and reference point, and checks {@link #evaluate}'s argument (length, not NaN, inside the
 * bounds) and {@code trueFront}'s count, so that a subclass only states its formulas. The ZDT,
 * DTLZ, WFG, C-DTLZ and CTP problems extend it; so may a user's own problem.
 *
 * <p><b>Contract for subclasses.</b> Implement {@link #evaluateInBounds} (the objectives and
 * constraints at an x already checked); override {@link #numberOfConstraints()} if there are
 * constraints, and {@link #hasTrueFront()} and {@link #trueFront(int)} if the Pareto front is known
 * in closed form, starting {@code trueFront} with {@link #checkFrontRequest}. A subclass must be
 * immutable (as {@link BenchmarkProblem} requires): {@code evaluateInBounds} may run on several
 * threads at once.
 *
 * <p>{@link #evaluate} costs O(n) for the checks, n the number of variables, plus the cost of
 * {@link #evaluateInBounds}. The accessors are O(1) but for {@link #referencePoint()}, an O(m)
 * copy.
 */
public abstract class AbstractBenchmarkProblem implements BenchmarkProblem {

    private final String name;
    private final int variables;
    private final int objectives;
    private final Bounds bounds;
    private final double[] referencePoint;

    /**
     * @param name           the problem's name, returned by {@link #name()} and used in messages
     * @param variables      the number of variables n, which must be {@code bounds.dimension()}
     *                       (not checked)
     * @param objectives     the number of objectives m, which must be the length of
     *                       {@code referencePoint} (not checked; a scalable problem checks m ≥ 2
     *                       first, with {@link #checkObjectives})
     * @param bounds         the box of the variables
     * @param referencePoint the hypervolume reference point; copied
     */
    protected AbstractBenchmarkProblem(
            String name, int variables, int objectives, Bounds bounds, double[] referencePoint) {
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
            throw new IllegalArgumentException("x has " + x.length + " coordinates but " + name + " has " + variables
                    + " variables (dimension mismatch)");
        }
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= bounds.lower(i) && x[i] <= bounds.upper(i))) {
                throw new IllegalArgumentException(
                        "x[" + i + "] must lie in [" + bounds.lower(i) + ", " + bounds.upper(i) + "], was " + x[i]);
            }
        }
        return evaluateInBounds(x);
    }

    /**
     * The formulas: the objectives (and constraints g ≤ 0, if any) at {@code x}, which
     * {@link #evaluate} has checked to have length {@link #numberOfVariables()} and to lie inside
     * {@link #bounds()}. Must not modify or keep {@code x}, and must be safe to call from several
     * threads at once.
     */
    protected abstract Evaluation evaluateInBounds(double[] x);

    /**
     * The check that starts {@code trueFront(n)}: the front must be available and {@code n} ≥ 1.
     *
     * @throws UnsupportedOperationException if {@link #hasTrueFront()} is false
     * @throws IllegalArgumentException      if {@code n < 1}
     */
    protected final void checkFrontRequest(int n) {
        if (!hasTrueFront()) {
            throw new UnsupportedOperationException(name + " has no analytic Pareto front");
        }
        Arguments.positive("n", n);
    }

    @Override
    public String toString() {
        return name + " (" + objectives + " objectives, " + variables + " variables)";
    }

    /**
     * Returns {@code objectives} after checking that it is at least 2, the smallest size of every
     * scalable suite; meant for the argument list of a {@code this(…)} or {@code super(…)} call.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public static int checkObjectives(int objectives) {
        if (objectives < 2) {
            throw new IllegalArgumentException("objectives must be >= 2, was " + objectives);
        }
        return objectives;
    }

    /** A new vector of {@code m} copies of {@code value}, e.g. a reference point; O(m). */
    protected static double[] filled(int m, double value) {
        double[] r = new double[m];
        java.util.Arrays.fill(r, value);
        return r;
    }
}
