package org.mo4j.problems.lz09;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/**
 * LZ09 F6 (Li, Zhang 2009, "Multiobjective optimization problems with complicated Pareto sets,
 * MOEA/D and NSGA-II", IEEE Transactions on Evolutionary Computation 13(2), pp. 284–302): three
 * objectives, a spherical front and a Pareto set on a sine surface.
 *
 * <p>J₁ = {j : 3 ≤ j ≤ n, j − 1 a multiple of 3}, J₂ = {j : 3 ≤ j ≤ n, j − 2 a multiple of 3},
 * J₃ = {j : 3 ≤ j ≤ n, j a multiple of 3}; y_j = x_j − 2x₂ sin(2πx₁ + jπ/n),
 * d_i = (2/|J_i|) Σ_{j∈J_i} y_j²; f₁ = cos(0.5πx₁) cos(0.5πx₂) + d₁,
 * f₂ = cos(0.5πx₁) sin(0.5πx₂) + d₂, f₃ = sin(0.5πx₁) + d₃.
 *
 * <ul>
 * <li>Variables: n, default 10 (the paper's), n ≥ 5 (so that no J_i is empty); x₁, x₂ ∈ [0, 1],
 * x₃ … x_n ∈ [−2, 2], the paper's box (the reference code, and jMetal and pymoo, which port it,
 * draw every variable from [0, 1] and map x₃ … x_n affinely onto [−2, 2], x ↦ 4x − 2).</li>
 * <li>Pareto set: x₁, x₂ ∈ [0, 1], x_j = 2x₂ sin(2πx₁ + jπ/n) for j = 3 … n; front: the unit
 * sphere Σ f_i² = 1, f ≥ 0.</li>
 * <li>{@link #trueFront(int)}: the Das–Dennis lattice (Das, Dennis 1998) whose size C(H + 2, 2)
 * is closest to n (the smaller H on a tie, H ≥ 1), each direction scaled to norm 1, as for
 * DTLZ2.</li>
 * <li>Reference point (1.1, 1.1, 1.1): 1.1 × the nadir point (1, 1, 1) of the front (the 1.1 ×
 * nadir convention of the other suites; the paper itself measured IGD).</li>
 * </ul>
 *
 * <p>Where the authors' reference code (as jMetal ports it) departs from the paper: it adds the sum
 * over J₁ to f₂ and the sum over J₂ to f₁, the other way round from the paper's formulas (same
 * Pareto set and front, other values off the set). mo4j states the paper's formulas; {@code
 * evaluate} costs O(n) and allocates only the result.
 */
public final class Lz09F6 extends AbstractBenchmarkProblem {

    /** LZ09 F6 with the paper's 10 variables. */
    public Lz09F6() {
        this(10);
    }

    /**
     * @param variables n ≥ 5
     * @throws IllegalArgumentException if {@code variables < 5}
     */
    public Lz09F6(int variables) {
        super("LZ09-F6", Lz09.checkVariables(variables, 5), 3, Lz09.box(variables, 2, 2), filled(3, 1.1));
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
            double y = x[j - 1] - 2 * x2 * Math.sin(2 * Math.PI * x1 + j * Math.PI / n);
            switch (j % 3) {
                case 1 -> s1 += y * y;
                case 2 -> s2 += y * y;
                default -> s3 += y * y;
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
