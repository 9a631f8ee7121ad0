package org.mo4j.problems.zdt;

import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/**
 * ZDT6 (Zitzler, Deb, Thiele 2000, "Comparison of multiobjective evolutionary algorithms:
 * empirical results", Evolutionary Computation 8(2), problem T₆): two objectives, concave front,
 * non-uniform density along it and near it.
 *
 * <p>f₁ = 1 − exp(−4x₁) sin⁶(6π x₁), g = 1 + 9 (Σ_{i=2..n} x_i / (n − 1))^0.25,
 * f₂ = g · (1 − (f₁/g)²).
 *
 * <ul>
 * <li>Variables: n, default 10 (the paper's), each in [0, 1].</li>
 * <li>Pareto set: x₁ ∈ [0, 1], x₂ = … = x_n = 0 (g = 1).</li>
 * <li>Front: f₂ = 1 − f₁², f₁ ∈ [f_min, 1] where f_min = 1 − exp(−4t) sin⁶(6πt) at
 * t = atan(9π) / (6π) (where d/dt[exp(−4t) sin⁶(6πt)] = 0, i.e. tan(6πt) = 9π, on the first
 * hump, the highest), f_min ≈ 0.2807753191.</li>
 * <li>{@link #trueFront(int)}: exactly n points of f₂ = 1 − f₁², f₁ equally spaced in
 * [f_min, 1].</li>
 * <li>Reference point (1.1, 1.1), as for the other ZDT problems (nadir (1, 1 − f_min²) ≈ (1,
 * 0.921)).</li>
 * </ul>
 */
public final class Zdt6 extends AbstractBenchmarkProblem {

    /** The smallest f₁ on the front. */
    static final double F1_MIN;

    static {
        double t = Math.atan(9 * Math.PI) / (6 * Math.PI);
        F1_MIN = f1(t);
    }

    /** ZDT6 with the paper's 10 variables. */
    public Zdt6() {
        this(10);
    }

    /**
     * @param variables n ≥ 2
     * @throws IllegalArgumentException if {@code variables < 2}
     */
    public Zdt6(int variables) {
        super("ZDT6", Zdt.checkVariables(variables), 2, Bounds.uniform(variables, 0, 1), new double[] {1.1, 1.1});
    }

    static double f1(double x1) {
        return 1 - Math.exp(-4 * x1) * Math.pow(Math.sin(6 * Math.PI * x1), 6);
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        double f1 = f1(x[0]);
        double s = 0;
        for (int i = 1; i < x.length; i++) {
            s += x[i];
        }
        double g = 1 + 9 * Math.pow(s / (x.length - 1), 0.25);
        double r = f1 / g;
        return Evaluation.of(f1, g * (1 - r * r));
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        double[] f1 = Fronts.linspace(F1_MIN, 1, n);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new double[] {f1[i], 1 - f1[i] * f1[i]};
        }
        return out;
    }
}
