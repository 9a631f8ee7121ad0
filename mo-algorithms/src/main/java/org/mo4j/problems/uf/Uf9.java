package org.mo4j.problems.uf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/**
 * UF9 (Zhang, Zhou, Zhao, Suganthan, Liu, Tiwari 2009, "Multiobjective optimization test instances
 * for the CEC 2009 special session and competition", technical report CES-487, University of
 * Essex): three objectives, a front of two disconnected planar pieces.
 *
 * <p>J₁ = {j : 3 ≤ j ≤ n, j − 1 a multiple of 3}, J₂ = {j : 3 ≤ j ≤ n, j − 2 a multiple of 3},
 * J₃ = {j : 3 ≤ j ≤ n, j a multiple of 3}; y_j = x_j − 2x₂ sin(2πx₁ + jπ/n). ε = 0.1, w = max{0, (1
 * + ε)(1 − 4(2x₁ − 1)²)}; f₁ = 0.5 (w + 2x₁) x₂ + (2/|J₁|) Σ_{J₁} y_j², f₂ = 0.5 (w − 2x₁ + 2) x₂ +
 * (2/|J₂|) Σ_{J₂} y_j², f₃ = 1 − x₂ + (2/|J₃|) Σ_{J₃} y_j².
 *
 * <ul>
 * <li>Variables: n, default 30 (the report's), n ≥ 5 (so that no J_i is empty); x₁, x₂ ∈ [0, 1],
 * x₃ … x_n ∈ [−2, 2].</li>
 * <li>Pareto set: x₁ ∈ [0, 1/4] ∪ [3/4, 1] (where w = 0), x₂ ∈ [0, 1], x_j = 2x₂ sin(2πx₁ + jπ/n)
 * for j = 3 … n; front: f = (x₁x₂, (1 − x₁)x₂, 1 − x₂), the two pieces of the plane f₁ + f₂ + f₃ =
 * 1, f ≥ 0, where f₁ ≤ (1 − f₃)/4 or f₁ ≥ 3(1 − f₃)/4. (Points of the plane dominate no other point
 * of it, and every x off the Pareto set has f₁ + f₂ + f₃ &gt; 1, so none dominates the
 * pieces.)</li>
 * <li>{@link #trueFront(int)}: the points of the Das–Dennis lattice on that plane whose size C(H +
 * 2, 2) is closest to 2n that lie on the two pieces, their boundaries included: about n points,
 * since the pieces cover half of the triangle.</li>
 * <li>Reference point (1.1, 1.1, 1.1): 1.1 × the nadir point (1, 1, 1) of the front (the 1.1 ×
 * nadir convention of the other suites; the CEC 2009 competition itself measured IGD).</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n) and allocates only the result.
 */
public final class Uf9 extends AbstractBenchmarkProblem {

    private static final double EPSILON = 0.1;

    /** UF9 with the report's 30 variables. */
    public Uf9() {
        this(Uf.DEFAULT_VARIABLES);
    }

    /**
     * @param variables n ≥ 5
     * @throws IllegalArgumentException if {@code variables < 5}
     */
    public Uf9(int variables) {
        super("UF9", Uf.checkVariables(variables, 5), 3, Uf.box(variables, 2, 2), filled(3, 1.1));
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int n = x.length;
        double x1 = x[0];
        double x2 = x[1];
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int j = 3; j <= n; j++) {
            double y = x[j - 1] - Uf.sine3(x1, x2, j, n);
            double h = y * y;
            switch (j % 3) {
                case 1 -> s1 += h;
                case 2 -> s2 += h;
                default -> s3 += h;
            }
        }
        int c1 = (n - 1) / 3; // |J1| = #{4, 7, ...}
        int c2 = (n - 2) / 3; // |J2| = #{5, 8, ...}
        int c3 = n / 3; // |J3| = #{3, 6, ...}
        double w = Math.max(0, (1 + EPSILON) * (1 - 4 * (2 * x1 - 1) * (2 * x1 - 1)));
        return Evaluation.of(
                0.5 * (w + 2 * x1) * x2 + 2 * s1 / c1, 0.5 * (w - 2 * x1 + 2) * x2 + 2 * s2 / c2, 1 - x2 + 2 * s3 / c3);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        double[][] lattice = Fronts.simplex(3, 2 * Math.min(n, Integer.MAX_VALUE / 2));
        int kept = 0;
        for (double[] f : lattice) {
            double rest = 1 - f[2];
            if (4 * f[0] <= rest || 4 * f[0] >= 3 * rest) {
                lattice[kept++] = f;
            }
        }
        return java.util.Arrays.copyOf(lattice, kept);
    }
}
