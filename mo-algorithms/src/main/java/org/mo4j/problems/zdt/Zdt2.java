package org.mo4j.problems.zdt;

import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/**
 * ZDT2 (Zitzler, Deb, Thiele 2000, "Comparison of multiobjective evolutionary algorithms:
 * empirical results", Evolutionary Computation 8(2), problem T₂): two objectives, concave front.
 *
 * <p>f₁ = x₁, g = 1 + 9 Σ_{i=2..n} x_i / (n − 1), f₂ = g · (1 − (f₁ / g)²).
 *
 * <ul>
 * <li>Variables: n, default 30 (the paper's), each in [0, 1].</li>
 * <li>Pareto set: x₁ ∈ [0, 1], x₂ = … = x_n = 0 (g = 1).</li>
 * <li>{@link #trueFront(int)}: exactly n points of f₂ = 1 − f₁² at f₁ equally spaced in [0, 1].</li>
 * <li>Reference point (1.1, 1.1): 1.1 × the nadir point (1, 1) of the front, the usual choice for
 * the ZDT problems in hypervolume comparisons (e.g. the 1.1 × nadir convention discussed by
 * Ishibuchi et al. 2018, "How to specify a reference point in hypervolume calculation for fair
 * performance comparison", Evolutionary Computation 26(3)).</li>
 * </ul>
 */
public final class Zdt2 extends AbstractBenchmarkProblem {

    /** ZDT2 with the paper's 30 variables. */
    public Zdt2() {
        this(30);
    }

    /**
     * @param variables n ≥ 2
     * @throws IllegalArgumentException if {@code variables < 2}
     */
    public Zdt2(int variables) {
        super("ZDT2", Zdt.checkVariables(variables), 2, Bounds.uniform(variables, 0, 1), new double[] {1.1, 1.1});
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        double f1 = x[0];
        double g = Zdt.linearG(x);
        return Evaluation.of(f1, g * (1 - (f1 / g) * (f1 / g)));
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
            out[i] = new double[] {f1[i], 1 - f1[i] * f1[i]};
        }
        return out;
    }
}
