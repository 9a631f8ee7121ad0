package org.mo4j.problems.zdt;

import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/**
 * ZDT4 (Zitzler, Deb, Thiele 2000, "Comparison of multiobjective evolutionary algorithms:
 * empirical results", Evolutionary Computation 8(2), problem T₄): two objectives, convex front,
 * 21⁹ local fronts (Rastrigin-like g).
 *
 * <p>f₁ = x₁, g = 1 + 10 (n − 1) + Σ_{i=2..n} (x_i² − 10 cos(4π x_i)), f₂ = g · (1 − √(f₁/g)).
 *
 * <ul>
 * <li>Variables: n, default 10 (the paper's); x₁ ∈ [0, 1], x₂, …, x_n ∈ [−5, 5].</li>
 * <li>Pareto set: x₁ ∈ [0, 1], x₂ = … = x_n = 0 (g = 1).</li>
 * <li>{@link #trueFront(int)}: exactly n points of f₂ = 1 − √f₁ at f₁ equally spaced in [0, 1].</li>
 * <li>Reference point (1.1, 1.1): 1.1 × the nadir point (1, 1), as for ZDT1.</li>
 * </ul>
 */
public final class Zdt4 extends AbstractBenchmarkProblem {

    /** ZDT4 with the paper's 10 variables. */
    public Zdt4() {
        this(10);
    }

    /**
     * @param variables n ≥ 2
     * @throws IllegalArgumentException if {@code variables < 2}
     */
    public Zdt4(int variables) {
        super("ZDT4", Zdt.checkVariables(variables), 2, bounds(variables), new double[] {1.1, 1.1});
    }

    private static Bounds bounds(int n) {
        double[] lo = new double[n];
        double[] hi = new double[n];
        java.util.Arrays.fill(lo, -5);
        java.util.Arrays.fill(hi, 5);
        lo[0] = 0;
        hi[0] = 1;
        return new Bounds(lo, hi);
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        double f1 = x[0];
        double g = 1 + 10 * (x.length - 1);
        for (int i = 1; i < x.length; i++) {
            g += x[i] * x[i] - 10 * Math.cos(4 * Math.PI * x[i]);
        }
        return Evaluation.of(f1, g * (1 - Math.sqrt(f1 / g)));
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
