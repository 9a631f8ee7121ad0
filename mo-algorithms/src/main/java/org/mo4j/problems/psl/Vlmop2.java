package org.mo4j.problems.psl;

import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/**
 * VLMOP2 (Van Veldhuizen and Lamont 1999, "Multiobjective evolutionary algorithm test suites",
 * Proc. ACM Symposium on Applied Computing, 351–357), in the scalable form the SVH-PSL code
 * ({@code problem.py} of github.com/nguyenduc810/SVH-PSL) evaluates: two objectives, a concave
 * front.
 *
 * <p>With c = 1/√n:
 * f₁ = 1 − exp(−Σ_{i=1..n} (x_i − c)²), f₂ = 1 − exp(−Σ_{i=1..n} (x_i + c)²).
 *
 * <ul>
 * <li>Variables: n, default 6 (SVH-PSL's), each in [−2, 2]. (The SVH-PSL code takes x in [0, 1]ⁿ
 * and maps it affinely onto [−2, 2]ⁿ before these formulas; here x is given in [−2, 2]ⁿ.)</li>
 * <li>Pareto set: the segment x₁ = … = x_n = t, t ∈ [−c, c]. Off the diagonal, replacing x by
 * its mean in every coordinate lowers both sums (each is the squared distance of x to a point of
 * the diagonal), and on the diagonal t outside [−c, c] is worse in both objectives than the nearer
 * end.</li>
 * <li>Front: with s = √n·t ∈ [−1, 1], f₁ = 1 − exp(−(s − 1)²), f₂ = 1 − exp(−(s + 1)²), from
 * (0, 1 − e⁻⁴) to (1 − e⁻⁴, 0), whatever n. {@link #trueFront(int)}: exactly n points at s equally
 * spaced in [−1, 1], from the f₁ = 0 end.</li>
 * <li>Reference point (1.1, 1.1): the fixed hypervolume reference point of the SVH-PSL code
 * ({@code run_svh.py}), 1.1 × the nadir point (1, 1) its {@code problem.py} declares.</li>
 * </ul>
 */
public final class Vlmop2 extends AbstractBenchmarkProblem {

    /** VLMOP2 with SVH-PSL's 6 variables. */
    public Vlmop2() {
        this(6);
    }

    /**
     * @param variables n ≥ 1
     * @throws IllegalArgumentException if {@code variables < 1}
     */
    public Vlmop2(int variables) {
        super("VLMOP2", checkVariables(variables), 2, Bounds.uniform(variables, -2, 2), new double[] {1.1, 1.1});
    }

    private static int checkVariables(int variables) {
        if (variables < 1) {
            throw new IllegalArgumentException("variables must be >= 1, was " + variables);
        }
        return variables;
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        double c = 1 / Math.sqrt(x.length);
        double s1 = 0;
        double s2 = 0;
        for (double v : x) {
            s1 += (v - c) * (v - c);
            s2 += (v + c) * (v + c);
        }
        return Evaluation.of(-Math.expm1(-s1), -Math.expm1(-s2));
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        double[] s = Fronts.linspace(1, -1, n);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double a = s[i] - 1;
            double b = s[i] + 1;
            out[i] = new double[] {-Math.expm1(-a * a), -Math.expm1(-b * b)};
        }
        return out;
    }
}
