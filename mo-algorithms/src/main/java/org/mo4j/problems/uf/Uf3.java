package org.mo4j.problems.uf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;

/**
 * UF3 (Zhang, Zhou, Zhao, Suganthan, Liu, Tiwari 2009, "Multiobjective optimization test instances
 * for the CEC 2009 special session and competition", technical report CES-487, University of
 * Essex): two objectives, a convex front and a multimodal distance (a product of cosines).
 *
 * <p>J₁ = {j odd, 3 ≤ j ≤ n}, J₂ = {j even, 2 ≤ j ≤ n}; y_j = x_j − x₁^{0.5(1 + 3(j − 2)/(n − 2))};
 * f₁ = x₁ + (2/|J₁|) (4 Σ_{J₁} y_j² − 2 Π_{J₁} cos(20 y_j π/√j) + 2), f₂ = 1 − √x₁ + (2/|J₂|) (4
 * Σ_{J₂} y_j² − 2 Π_{J₂} cos(20 y_j π/√j) + 2).
 *
 * <ul>
 * <li>Variables: n, default 30 (the report's), n ≥ 3; every x_j ∈ [0, 1].</li>
 * <li>Pareto set: x₁ ∈ [0, 1], x_j = x₁^{0.5(1 + 3(j − 2)/(n − 2))} for j = 2 … n; front: f₂ = 1 −
 * √f₁, f₁ ∈ [0, 1].</li>
 * <li>{@link #trueFront(int)}: exactly n points of f₂ = 1 − √f₁ at f₁ equally spaced in
 * [0, 1].</li>
 * <li>Reference point (1.1, 1.1): 1.1 × the nadir point (1, 1) of the front (the 1.1 × nadir
 * convention of the other two-objective suites; the CEC 2009 competition itself measured IGD).</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n) and allocates only the result.
 */
public final class Uf3 extends AbstractBenchmarkProblem {

    /** UF3 with the report's 30 variables. */
    public Uf3() {
        this(Uf.DEFAULT_VARIABLES);
    }

    /**
     * @param variables n ≥ 3
     * @throws IllegalArgumentException if {@code variables < 3}
     */
    public Uf3(int variables) {
        super("UF3", Uf.checkVariables(variables, 3), 2, Uf.box(variables, variables, 1), new double[] {1.1, 1.1});
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int n = x.length;
        double x1 = x[0];
        double s1 = 0;
        double s2 = 0;
        double p1 = 1;
        double p2 = 1;
        for (int j = 2; j <= n; j++) {
            double y = x[j - 1] - Math.pow(x1, 0.5 * (1 + 3.0 * (j - 2) / (n - 2)));
            double c = Math.cos(20 * y * Math.PI / Math.sqrt(j));
            if (j % 2 == 1) {
                s1 += y * y;
                p1 *= c;
            } else {
                s2 += y * y;
                p2 *= c;
            }
        }
        int c1 = (n - 1) / 2; // |J1|, the odd j >= 3
        int c2 = n / 2; // |J2|, the even j >= 2
        return Evaluation.of(x1 + 2 * (4 * s1 - 2 * p1 + 2) / c1, 1 - Math.sqrt(x1) + 2 * (4 * s2 - 2 * p2 + 2) / c2);
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
