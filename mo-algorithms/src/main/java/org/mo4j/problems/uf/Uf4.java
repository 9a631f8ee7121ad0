package org.mo4j.problems.uf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;

/**
 * UF4 (Zhang, Zhou, Zhao, Suganthan, Liu, Tiwari 2009, "Multiobjective optimization test instances
 * for the CEC 2009 special session and competition", technical report CES-487, University of
 * Essex): two objectives, a concave front and a distance that flattens far from the Pareto set.
 *
 * <p>J₁ = {j odd, 3 ≤ j ≤ n}, J₂ = {j even, 2 ≤ j ≤ n}; y_j = x_j − sin(6πx₁ + jπ/n), h(t) = |t| /
 * (1 + e^{2|t|}); f₁ = x₁ + (2/|J₁|) Σ_{J₁} h(y_j), f₂ = 1 − x₁² + (2/|J₂|) Σ_{J₂} h(y_j).
 *
 * <ul>
 * <li>Variables: n, default 30 (the report's), n ≥ 3; x₁ ∈ [0, 1], x₂ … x_n ∈ [−2, 2].</li>
 * <li>Pareto set: x₁ ∈ [0, 1], x_j = sin(6πx₁ + jπ/n) for j = 2 … n; front: f₂ = 1 − f₁², f₁ ∈ [0,
 * 1].</li>
 * <li>{@link #trueFront(int)}: exactly n points of f₂ = 1 − f₁² at f₁ equally spaced in
 * [0, 1].</li>
 * <li>Reference point (1.1, 1.1): 1.1 × the nadir point (1, 1) of the front (the 1.1 × nadir
 * convention of the other two-objective suites; the CEC 2009 competition itself measured IGD).</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n) and allocates only the result.
 */
public final class Uf4 extends AbstractBenchmarkProblem {

    /** UF4 with the report's 30 variables. */
    public Uf4() {
        this(Uf.DEFAULT_VARIABLES);
    }

    /**
     * @param variables n ≥ 3
     * @throws IllegalArgumentException if {@code variables < 3}
     */
    public Uf4(int variables) {
        super("UF4", Uf.checkVariables(variables, 3), 2, Uf.box(variables, 1, 2), new double[] {1.1, 1.1});
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int n = x.length;
        double x1 = x[0];
        double s1 = 0;
        double s2 = 0;
        for (int j = 2; j <= n; j++) {
            double y = x[j - 1] - Uf.sine(x1, j, n);
            double a = Math.abs(y);
            double h = a / (1 + Math.exp(2 * a));
            if (j % 2 == 1) {
                s1 += h;
            } else {
                s2 += h;
            }
        }
        int c1 = (n - 1) / 2; // |J1|, the odd j >= 3
        int c2 = n / 2; // |J2|, the even j >= 2
        return Evaluation.of(x1 + 2 * s1 / c1, 1 - x1 * x1 + 2 * s2 / c2);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        return Uf.curve(n, f1 -> 1 - f1 * f1);
    }
}
