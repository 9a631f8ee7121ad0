package org.mo4j.problems.psl;

import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/**
 * F2 of the Pareto-set-learning papers (Lin, Yang, Zhang, Zhang 2022, "Pareto set learning for
 * expensive multi-objective optimization", NeurIPS; the SVH-PSL paper reuses it), exactly as the
 * SVH-PSL code defines it ({@code problem.py} of github.com/nguyenduc810/SVH-PSL): two
 * objectives, a convex front, a curved Pareto set. Its exponents θ_i are those of Li and Zhang's
 * LZ09 problems (2009).
 *
 * <p>For i = 2…n (1-based): θ_i = 1 + 3(i − 2)/(n − 2) and y_i = x_i − x₁^{θ_i/2}; J₁ holds the odd
 * i, J₂ the even i; g₁ = 1 + (1/|J₁|) Σ_{i∈J₁} y_i², g₂ = 1 + (1/|J₂|) Σ_{i∈J₂} y_i², and
 * f₁ = g₁·x₁, f₂ = g₂·(1 − √(x₁/g₂)) = g₂ − √(g₂·x₁).
 *
 * <ul>
 * <li>Variables: n ≥ 3 (so that θ is defined and J₁ is not empty), default 6 (SVH-PSL's), each in
 * [0, 1] (the code evaluates x ∈ [0, 1]ⁿ as it is).</li>
 * <li>Pareto set: x_i = x₁^{θ_i/2} for i ≥ 2, x₁ ∈ [0, 1] (inside the box), where g₁ = g₂ = 1.</li>
 * <li>Front, derived from the formulas: f₂ = 1 − √f₁, f₁ ∈ [0, 1], the front of ZDT1. For a fixed
 * x₁, f₁ grows with g₁, and ∂f₂/∂g₂ = 1 − √x₁/(2√g₂) ≥ 1/2 for g₂ ≥ 1, so f₂ grows with g₂: every
 * x with some y_i ≠ 0 is dominated by the x with the same x₁ and all y_i = 0 (the one exception:
 * at x₁ = 0 with nonzero y_i only in J₁ the objectives are the same, (0, 1)), and the points with
 * g₁ = g₂ = 1 are mutually non-dominated. {@link #trueFront(int)}: exactly n points at f₁ equally spaced in
 * [0, 1].</li>
 * <li>Reference point (1.1, 1.1): the fixed hypervolume reference point of the SVH-PSL code
 * ({@code run_svh.py}), 1.1 × the nadir point (1, 1) its {@code problem.py} declares.</li>
 * </ul>
 */
public final class F2 extends AbstractBenchmarkProblem {

    /** F2 with SVH-PSL's 6 variables. */
    public F2() {
        this(6);
    }

    /**
     * @param variables n ≥ 3
     * @throws IllegalArgumentException if {@code variables < 3}
     */
    public F2(int variables) {
        super("F2", checkVariables(variables), 2, Bounds.uniform(variables, 0, 1), new double[] {1.1, 1.1});
    }

    private static int checkVariables(int variables) {
        if (variables < 3) {
            throw new IllegalArgumentException("variables must be >= 3, was " + variables);
        }
        return variables;
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int n = x.length;
        double sum1 = 0;
        double sum2 = 0;
        int count1 = 0;
        int count2 = 0;
        for (int i = 2; i <= n; i++) {
            double theta = 1.0 + 3.0 * (i - 2) / (n - 2);
            double y = x[i - 1] - Math.pow(x[0], 0.5 * theta);
            if (i % 2 == 0) {
                sum2 += y * y;
                count2++;
            } else {
                sum1 += y * y;
                count1++;
            }
        }
        double g1 = 1 + sum1 / count1;
        double g2 = 1 + sum2 / count2;
        return Evaluation.of(g1 * x[0], g2 * (1 - Math.sqrt(x[0] / g2)));
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        double[] f1 = Fronts.linspace(0, 1, n);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new double[] {f1[i], 1 - Math.sqrt(f1[i])};
        }
        return out;
    }
}
