package org.mo4j.problems.uf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;

/**
 * UF2 (Zhang, Zhou, Zhao, Suganthan, Liu, Tiwari 2009, "Multiobjective optimization test instances
 * for the CEC 2009 special session and competition", technical report CES-487, University of
 * Essex): two objectives, a convex front and a Pareto set on a twisted curve.
 *
 * <p>J₁ = {j odd, 3 ≤ j ≤ n}, J₂ = {j even, 2 ≤ j ≤ n}; a_j = 0.3x₁² cos(24πx₁ + 4jπ/n) + 0.6x₁,
 * θ_j = 6πx₁ + jπ/n; y_j = x_j − a_j cos θ_j for j ∈ J₁ and y_j = x_j − a_j sin θ_j for j ∈ J₂; f₁
 * = x₁ + (2/|J₁|) Σ_{J₁} y_j², f₂ = 1 − √x₁ + (2/|J₂|) Σ_{J₂} y_j².
 *
 * <ul>
 * <li>Variables: n, default 30 (the report's), n ≥ 3; x₁ ∈ [0, 1], x₂ … x_n ∈ [−1, 1].</li>
 * <li>Pareto set: x₁ ∈ [0, 1], y_j = 0 for j = 2 … n; front: f₂ = 1 − √f₁, f₁ ∈ [0, 1].</li>
 * <li>{@link #trueFront(int)}: exactly n points of f₂ = 1 − √f₁ at f₁ equally spaced in
 * [0, 1].</li>
 * <li>Reference point (1.1, 1.1): 1.1 × the nadir point (1, 1) of the front (the 1.1 × nadir
 * convention of the other two-objective suites; the CEC 2009 competition itself measured IGD).</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n) and allocates only the result.
 */
public final class Uf2 extends AbstractBenchmarkProblem {

    /** UF2 with the report's 30 variables. */
    public Uf2() {
        this(Uf.DEFAULT_VARIABLES);
    }

    /**
     * @param variables n ≥ 3
     * @throws IllegalArgumentException if {@code variables < 3}
     */
    public Uf2(int variables) {
        super("UF2", Uf.checkVariables(variables, 3), 2, Uf.box(variables, 1, 1), new double[] {1.1, 1.1});
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int n = x.length;
        double x1 = x[0];
        double s1 = 0;
        double s2 = 0;
        for (int j = 2; j <= n; j++) {
            double a = 0.3 * x1 * x1 * Math.cos(24 * Math.PI * x1 + 4 * j * Math.PI / n) + 0.6 * x1;
            double theta = 6 * Math.PI * x1 + j * Math.PI / n;
            if (j % 2 == 1) {
                double y = x[j - 1] - a * Math.cos(theta);
                s1 += y * y;
            } else {
                double y = x[j - 1] - a * Math.sin(theta);
                s2 += y * y;
            }
        }
        int c1 = (n - 1) / 2; // |J1|, the odd j >= 3
        int c2 = n / 2; // |J2|, the even j >= 2
        return Evaluation.of(x1 + 2 * s1 / c1, 1 - Math.sqrt(x1) + 2 * s2 / c2);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        return Uf.curve(n, f1 -> 1 - Math.sqrt(f1));
    }
}
