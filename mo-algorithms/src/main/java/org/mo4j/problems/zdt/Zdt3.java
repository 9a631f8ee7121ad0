package org.mo4j.problems.zdt;

import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/**
 * ZDT3 (Zitzler, Deb, Thiele 2000, "Comparison of multiobjective evolutionary algorithms:
 * empirical results", Evolutionary Computation 8(2), problem T₃): two objectives, a front of five
 * disconnected pieces.
 *
 * <p>f₁ = x₁, g = 1 + 9 Σ_{i=2..n} x_i / (n − 1), f₂ = g · (1 − √(f₁/g) − (f₁/g) sin(10π f₁)).
 *
 * <ul>
 * <li>Variables: n, default 30 (the paper's), each in [0, 1].</li>
 * <li>Pareto set: x₂ = … = x_n = 0 (g = 1) and x₁ in the non-dominated pieces of
 * φ(t) = 1 − √t − t sin(10πt): the t at which φ reaches a new strict minimum, five intervals
 * [0, b₀], (a₁, b₁], …, (a₄, b₄] with b₀ ≈ 0.0830, a₁ ≈ 0.1823, …, b₄ ≈ 0.8518. The endpoints
 * are computed once, when the class loads, to within a few ulps (each b_j a local minimum of φ,
 * each a_j the solution of φ(a_j) = φ(b_{j−1})), rather than copied as ten-digit constants, so
 * that no returned point is dominated by rounding.</li>
 * <li>{@link #trueFront(int)}: exactly n points (f₁, φ(f₁)) with f₁ equally spaced along the
 * total length of the pieces, from (0, 1) to the end of the last piece; none at an open end a_j
 * (which is weakly dominated).</li>
 * <li>Reference point (1.1, 1.1), as for the other ZDT problems: the front lies in
 * [0, 0.852] × [−0.774, 1].</li>
 * </ul>
 */
public final class Zdt3 extends AbstractBenchmarkProblem {

    private static final Fronts.RecordSet PIECES = new Fronts.RecordSet(Zdt3::phi, Zdt3::dphi, 0, 1);

    /** ZDT3 with the paper's 30 variables. */
    public Zdt3() {
        this(30);
    }

    /**
     * @param variables n ≥ 2
     * @throws IllegalArgumentException if {@code variables < 2}
     */
    public Zdt3(int variables) {
        super("ZDT3", Zdt.checkVariables(variables), 2, Bounds.uniform(variables, 0, 1), new double[] {1.1, 1.1});
    }

    static double phi(double t) {
        return 1 - Math.sqrt(t) - t * Math.sin(10 * Math.PI * t);
    }

    /** φ′(t) = −1/(2√t) − sin(10πt) − 10πt cos(10πt). */
    static double dphi(double t) {
        return -0.5 / Math.sqrt(t) - Math.sin(10 * Math.PI * t) - 10 * Math.PI * t * Math.cos(10 * Math.PI * t);
    }

    /** The non-dominated pieces of the front as values of f₁ (package-private for the tests). */
    static Fronts.RecordSet pieces() {
        return PIECES;
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        double f1 = x[0];
        double g = Zdt.linearG(x);
        double r = f1 / g;
        return Evaluation.of(f1, g * (1 - Math.sqrt(r) - r * Math.sin(10 * Math.PI * f1)));
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        double[] f1 = PIECES.sample(n);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new double[] {f1[i], phi(f1[i])};
        }
        return out;
    }
}
