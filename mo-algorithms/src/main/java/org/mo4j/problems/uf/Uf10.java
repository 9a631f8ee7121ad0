package org.mo4j.problems.uf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/**
 * UF10 (Zhang, Zhou, Zhao, Suganthan, Liu, Tiwari 2009, "Multiobjective optimization test instances
 * for the CEC 2009 special session and competition", technical report CES-487, University of
 * Essex): three objectives, a spherical front and a multimodal distance (Rastrigin-like).
 *
 * <p>J₁ = {j : 3 ≤ j ≤ n, j − 1 a multiple of 3}, J₂ = {j : 3 ≤ j ≤ n, j − 2 a multiple of 3},
 * J₃ = {j : 3 ≤ j ≤ n, j a multiple of 3}; y_j = x_j − 2x₂ sin(2πx₁ + jπ/n). h(t) = 4t² − cos(8πt)
 * + 1; f₁ = cos(0.5πx₁) cos(0.5πx₂) + (2/|J₁|) Σ_{J₁} h(y_j), f₂ = cos(0.5πx₁) sin(0.5πx₂) +
 * (2/|J₂|) Σ_{J₂} h(y_j), f₃ = sin(0.5πx₁) + (2/|J₃|) Σ_{J₃} h(y_j).
 *
 * <ul>
 * <li>Variables: n, default 30 (the report's), n ≥ 5 (so that no J_i is empty); x₁, x₂ ∈ [0, 1],
 * x₃ … x_n ∈ [−2, 2].</li>
 * <li>Pareto set: x₁, x₂ ∈ [0, 1], x_j = 2x₂ sin(2πx₁ + jπ/n) for j = 3 … n; front: the unit sphere
 * Σ f_i² = 1, f ≥ 0.</li>
 * <li>{@link #trueFront(int)}: the Das–Dennis lattice (Das, Dennis 1998) whose size C(H + 2, 2) is
 * closest to n (the smaller H on a tie, H ≥ 1), each direction scaled to norm 1, as for DTLZ2.</li>
 * <li>Reference point (1.1, 1.1, 1.1): 1.1 × the nadir point (1, 1, 1) of the front (the 1.1 ×
 * nadir convention of the other suites; the CEC 2009 competition itself measured IGD).</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n) and allocates only the result.
 */
public final class Uf10 extends AbstractBenchmarkProblem {

    /** UF10 with the report's 30 variables. */
    public Uf10() {
        this(Uf.DEFAULT_VARIABLES);
    }

    /**
     * @param variables n ≥ 5
     * @throws IllegalArgumentException if {@code variables < 5}
     */
    public Uf10(int variables) {
        super("UF10", Uf.checkVariables(variables, 5), 3, Uf.box(variables, 2, 2), filled(3, 1.1));
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
            double h = 4 * y * y - Math.cos(8 * Math.PI * y) + 1;
            switch (j % 3) {
                case 1 -> s1 += h;
                case 2 -> s2 += h;
                default -> s3 += h;
            }
        }
        int c1 = (n - 1) / 3; // |J1| = #{4, 7, ...}
        int c2 = (n - 2) / 3; // |J2| = #{5, 8, ...}
        int c3 = n / 3; // |J3| = #{3, 6, ...}
        double a = 0.5 * Math.PI * x1;
        double b = 0.5 * Math.PI * x2;
        return Evaluation.of(
                Math.cos(a) * Math.cos(b) + 2 * s1 / c1,
                Math.cos(a) * Math.sin(b) + 2 * s2 / c2,
                Math.sin(a) + 2 * s3 / c3);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        return Fronts.sphere(3, n);
    }
}
