package org.mo4j.problems.lz09;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;

/**
 * LZ09 F5 (Li, Zhang 2009, "Multiobjective optimization problems with complicated Pareto sets,
 * MOEA/D and NSGA-II", IEEE Transactions on Evolutionary Computation 13(2), pp. 284–302): two
 * objectives, a convex front and a Pareto set on a twisted spiral.
 *
 * <p>J₁ = {j odd, 3 ≤ j ≤ n}, J₂ = {j even, 2 ≤ j ≤ n}; y_j = x_j − (a_j cos θ_j for j ∈ J₁; a_j
 * sin θ_j for j ∈ J₂, where θ_j = 6πx₁ + jπ/n and a_j = 0.3x₁² cos(24πx₁ + 4jπ/n) + 0.6x₁); d_i =
 * (2/|J_i|) Σ_{j∈J_i} y_j²; f₁ = x₁ + d₁,
 * f₂ = 1 − √x₁ + d₂.
 *
 * <ul>
 * <li>Variables: n, default 30 (the paper's), n ≥ 3; x₁ ∈ [0, 1], x₂ … x_n ∈ [−1, 1], the paper's
 * box (the reference code (and jMetal and pymoo, which port it) draws every variable from [0, 1]
 * and maps x₂ … x_n affinely onto this box (x ↦ 2x − 1) before evaluating).</li>
 * <li>Pareto set: x₁ ∈ [0, 1], x_j = a_j cos θ_j for j ∈ J₁, x_j = a_j sin θ_j for j ∈ J₂, where
 * θ_j = 6πx₁ + jπ/n and a_j = 0.3x₁² cos(24πx₁ + 4jπ/n) + 0.6x₁, j = 2 … n (every y_j = 0); front:
 * f₂ = 1 − √f₁, f₁ ∈ [0, 1].</li>
 * <li>{@link #trueFront(int)}: exactly n points of f₂ = 1 − √f₁ at f₁ equally spaced in
 * [0, 1].</li>
 * <li>Reference point (1.1, 1.1): 1.1 × the nadir point (1, 1) of the front (the 1.1 × nadir
 * convention of the other suites; the paper itself measured IGD).</li>
 * </ul>
 *
 * <p>Where the authors' reference code (as jMetal ports it) departs from the paper: it adds the sum
 * over the odd j (J₁) to f₂ and the sum over the even j to f₁, the other way round from the paper's
 * formulas (same Pareto set and front, other values off the set). mo4j states the paper's formulas;
 * {@code evaluate} costs O(n) and allocates only the result.
 */
public final class Lz09F5 extends AbstractBenchmarkProblem {

    /** LZ09 F5 with the paper's 30 variables. */
    public Lz09F5() {
        this(30);
    }

    /**
     * @param variables n ≥ 3
     * @throws IllegalArgumentException if {@code variables < 3}
     */
    public Lz09F5(int variables) {
        super("LZ09-F5", Lz09.checkVariables(variables, 3), 2, Lz09.box(variables, 1, 1), new double[] {1.1, 1.1});
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int n = x.length;
        double x1 = x[0];
        double s1 = 0;
        double s2 = 0;
        for (int j = 2; j <= n; j++) {
            double theta = 6 * Math.PI * x1 + j * Math.PI / n;
            double a = 0.3 * x1 * x1 * Math.cos(24 * Math.PI * x1 + 4 * j * Math.PI / n) + 0.6 * x1;
            double y = x[j - 1] - (j % 2 == 1 ? a * Math.cos(theta) : a * Math.sin(theta));
            if (j % 2 == 1) {
                s1 += y * y;
            } else {
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
        return Lz09.curve(n, f1 -> 1 - Math.sqrt(f1));
    }
}
