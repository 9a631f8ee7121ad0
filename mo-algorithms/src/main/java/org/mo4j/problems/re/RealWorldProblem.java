package org.mo4j.problems.re;

import java.util.Arrays;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.BenchmarkProblem;

/**
 * A problem of the RE suite of real-world engineering problems: Tanabe and Ishibuchi, "An
 * easy-to-use real-world multi-objective optimization problem suite", Applied Soft Computing 89
 * (2020) 106078, and its reference implementation (github.com/ryojitanabe/reproblems, C, Java,
 * MATLAB and Python versions, read at commit 28845742, which includes the 2021 fix of RE42).
 *
 * <p><b>Constraints are objectives.</b> The suite defines every problem as box-constrained: where
 * the original engineering problem has constraints g_j(x) ≥ 0, their total violation
 * Σ_j max(0, −g_j(x)) is an extra objective (the last one), so {@link #numberOfConstraints()} is 0
 * for all sixteen problems. Each class says which objective this is.
 *
 * <p><b>Ideal and nadir points.</b> {@link #idealPoint()} and {@link #nadirPoint()} are the points
 * Tanabe and Ishibuchi published with the suite (file {@code ideal_nadir_points/} of the reference
 * repository), computed from their approximations of each Pareto front; they are not the exact
 * ideal and nadir points. They are what the suite's papers normalise objectives with. Each class
 * names where its numbers were read. {@link #referencePoint()} is
 * nadir + 0.1·(nadir − ideal), that is 1.1 in every coordinate of the normalised objective space
 * (f − ideal)/(nadir − ideal), the usual hypervolume reference point for the suite.
 *
 * <p><b>Points where the reference divides by zero.</b> On a few sets of measure zero inside the
 * box (RE22 on the face x₂ = 0, RE33 on the plane x₁ = x₂) the reference formulas divide by zero.
 * There the reference's constraint violation is +∞ (and a violation the reference computes as NaN
 * counts 0, since its test {@code g < 0} is false for NaN, exactly as here). An {@link Evaluation}
 * must be finite, so an infinite total violation is reported as {@link Double#MAX_VALUE}; the
 * classes concerned say what else they do. Anywhere else a non-finite objective (only possible
 * outside the box) makes {@link #evaluate} throw.
 *
 * <p><b>Discrete variables</b> are encoded as real variables and mapped inside {@link #evaluate}
 * (rounded, or replaced by the nearest value of a table) exactly as the reference does; each class
 * documents its mapping. Rounding is {@link Math#rint} (ties to even) as in the reference's Java
 * and Python versions; its C and MATLAB versions round ties away from zero, which differs only at
 * inputs exactly halfway between two integers.
 *
 * <p>Instances are immutable and thread-safe. {@link #evaluate} does not modify or keep {@code x};
 * it accepts any finite x of the right length (the reference does not check the box either) but
 * the values are those of the published problem only inside the box.
 */
public abstract class RealWorldProblem implements BenchmarkProblem {

    private final String name;
    private final Bounds bounds;
    private final double[] ideal;
    private final double[] nadir;

    RealWorldProblem(String name, double[] lower, double[] upper, double[] ideal, double[] nadir) {
        this.name = name;
        this.bounds = new Bounds(lower, upper);
        Arguments.point("nadir", nadir, ideal.length, "ideal");
        this.ideal = ideal.clone();
        this.nadir = nadir.clone();
    }

    @Override
    public final int numberOfVariables() {
        return bounds.dimension();
    }

    @Override
    public final int numberOfObjectives() {
        return ideal.length;
    }

    @Override
    public final Bounds bounds() {
        return bounds;
    }

    /** The suite's name of the problem, e.g. {@code "RE21"}. */
    @Override
    public final String name() {
        return name;
    }

    /**
     * The ideal point published with the suite (a fresh copy): the minimum of each objective over
     * Tanabe and Ishibuchi's approximation of the Pareto front. Each class names the source.
     */
    public final double[] idealPoint() {
        return ideal.clone();
    }

    /**
     * The nadir point published with the suite (a fresh copy): the maximum of each objective over
     * Tanabe and Ishibuchi's approximation of the Pareto front. Each class names the source.
     */
    public final double[] nadirPoint() {
        return nadir.clone();
    }

    /**
     * nadir + 0.1·(nadir − ideal) (a fresh copy): the point 1.1 in every coordinate of the objective
     * space normalised by {@link #idealPoint()} and {@link #nadirPoint()}.
     */
    @Override
    public final double[] referencePoint() {
        double[] r = new double[nadir.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = nadir[i] + 0.1 * (nadir[i] - ideal[i]);
        }
        return r;
    }

    /**
     * The objectives at {@code x}; see the class of each problem for their meaning.
     *
     * @throws IllegalArgumentException if {@code x} is null, has another length than
     *                                  {@link #numberOfVariables()}, holds NaN or an infinity, or
     *                                  (only possible outside the box) an objective is not finite
     */
    @Override
    public final Evaluation evaluate(double[] x) {
        Arguments.point("x", x, bounds.dimension(), "the bounds of " + name);
        double[] f = objectives(x);
        for (int i = 0; i < f.length; i++) {
            if (!Double.isFinite(f[i])) {
                throw new IllegalArgumentException(name + " objective f" + (i + 1) + " is " + f[i]
                        + " at x = " + Arrays.toString(x) + " (outside the box [" + Arrays.toString(bounds.lower())
                        + ", " + Arrays.toString(bounds.upper()) + "]?)");
            }
        }
        return Evaluation.of(f);
    }

    /** The objective values at a validated {@code x}, which must not be modified. */
    abstract double[] objectives(double[] x);

    /**
     * The suite's constraint-violation objective: Σ_j max(0, −g_j) for constraints written, as in
     * the reference, g_j ≥ 0. A NaN g_j counts 0, as in the reference; an infinite sum is reported
     * as {@link Double#MAX_VALUE}.
     */
    static double violation(double... g) {
        double sum = 0;
        for (double gj : g) {
            if (gj < 0) {
                sum += -gj;
            }
        }
        return sum == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : sum;
    }

    /**
     * The entry of {@code table} nearest to {@code v}, the first one on ties (the reference's
     * {@code getClosestValue}: a linear scan keeping an entry only when strictly closer).
     */
    static double nearest(double[] table, double v) {
        double best = table[0];
        double bestDistance = Math.abs(table[0] - v);
        for (int i = 1; i < table.length; i++) {
            double d = Math.abs(table[i] - v);
            if (d < bestDistance) {
                bestDistance = d;
                best = table[i];
            }
        }
        return best;
    }
}
