package org.mo4j.problems.uf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;

/**
 * UF5 (Zhang, Zhou, Zhao, Suganthan, Liu, Tiwari 2009, "Multiobjective optimization test instances
 * for the CEC 2009 special session and competition", technical report CES-487, University of
 * Essex): two objectives, a front of 2N + 1 = 21 isolated points on the line f₁ + f₂ = 1.
 *
 * <p>N = 10, ε = 0.1; J₁ = {j odd, 3 ≤ j ≤ n}, J₂ = {j even, 2 ≤ j ≤ n}; y_j = x_j − sin(6πx₁ +
 * jπ/n), h(t) = 2t² − cos(4πt) + 1; f₁ = x₁ + (1/(2N) + ε) |sin(2Nπx₁)| + (2/|J₁|) Σ_{J₁} h(y_j),
 * f₂ = 1 − x₁ + (1/(2N) + ε) |sin(2Nπx₁)| + (2/|J₂|) Σ_{J₂} h(y_j).
 *
 * <ul>
 * <li>Variables: n, default 30 (the report's), n ≥ 3; x₁ ∈ [0, 1], x₂ … x_n ∈ [−1, 1].</li>
 * <li>Pareto set: x₁ = i/(2N) for i = 0 … 2N, x_j = sin(6πx₁ + jπ/n) for j = 2 … n; front: the 2N +
 * 1 points (i/(2N), 1 − i/(2N)).</li>
 * <li>{@link #trueFront(int)}: the whole front, always exactly its 21 points whatever n (a sample
 * of fewer would not be the front; more do not exist).</li>
 * <li>Reference point (1.1, 1.1): 1.1 × the nadir point (1, 1) of the front (the 1.1 × nadir
 * convention of the other two-objective suites; the CEC 2009 competition itself measured IGD).</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n) and allocates only the result.
 */
public final class Uf5 extends AbstractBenchmarkProblem {

    private static final int N = 10;
    private static final double EPSILON = 0.1;

    /** UF5 with the report's 30 variables. */
    public Uf5() {
        this(Uf.DEFAULT_VARIABLES);
    }

    /**
     * @param variables n ≥ 3
     * @throws IllegalArgumentException if {@code variables < 3}
     */
    public Uf5(int variables) {
        super("UF5", Uf.checkVariables(variables, 3), 2, Uf.box(variables, 1, 1), new double[] {1.1, 1.1});
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int n = x.length;
        double x1 = x[0];
        double s1 = 0;
        double s2 = 0;
        for (int j = 2; j <= n; j++) {
            double y = x[j - 1] - Uf.sine(x1, j, n);
            double h = 2 * y * y - Math.cos(4 * Math.PI * y) + 1;
            if (j % 2 == 1) {
                s1 += h;
            } else {
                s2 += h;
            }
        }
        int c1 = (n - 1) / 2; // |J1|, the odd j >= 3
        int c2 = n / 2; // |J2|, the even j >= 2
        double wave = (0.5 / N + EPSILON) * Math.abs(Math.sin(2 * N * Math.PI * x1));
        return Evaluation.of(x1 + wave + 2 * s1 / c1, 1 - x1 + wave + 2 * s2 / c2);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        double[][] out = new double[2 * N + 1][];
        for (int i = 0; i <= 2 * N; i++) {
            double f1 = i / (2.0 * N);
            out[i] = new double[] {f1, 1 - f1};
        }
        return out;
    }
}
