package org.mo4j.problems.maf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Dtlz;
import org.mo4j.problems.internal.Fronts;

/**
 * MaF6 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): DTLZ5(I, M) with I
 * = 2: any m ≥ 2 objectives, a degenerate front
 * (a curve).
 *
 * <p>g = Σ_{x_M} (x_i − 0.5)², θ_1 = x_1 π/2, θ_j = π (1 + 2g x_j) / (4 (1 + g)) for
 * 2 ≤ j ≤ m − 1; f is the DTLZ sphere of radius 1 + 100g at the angles θ.
 *
 * <ul>
 * <li>Variables: n = m + K − 1, default K = 10 (the paper's), each in [0, 1].</li>
 * <li>Pareto set: x_M = 0.5 (g = 0, so θ_j = π/4 for j ≥ 2); front: the curve
 * f = (c^(m−2) cos θ, c^(m−2) cos θ, c^(m−3) cos θ, …, c cos θ, sin θ), c = 1/√2, θ ∈ [0, π/2]
 * (for m = 2 the quarter circle (cos θ, sin θ)).</li>
 * <li>{@link #trueFront(int)}: exactly n points of that curve at θ equally spaced in [0, π/2].</li>
 * <li>Reference point 1.1 × (c^(m−2), c^(m−2), c^(m−3), …, c, 1): 1.1 × the nadir point of the
 * front.</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n + m²) and allocates only the result.
 */
public final class Maf6 extends AbstractBenchmarkProblem {

    private static double[] maf6Reference(int m) {
        double[] theta = new double[m - 1];
        java.util.Arrays.fill(theta, Math.PI / 4);
        theta[0] = 0;
        double[] r = Dtlz.sphere(theta, m, 1.1);
        r[m - 1] = 1.1;
        return r;
    }

    /**
     * MaF6 with m objectives and n = m + 10 − 1 variables (the paper's K = 10).
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Maf6(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + 10 - 1);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (K = n − m + 1 distance variables)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public Maf6(int objectives, int variables) {
        super(
                "MaF6",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                maf6Reference(objectives));
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = numberOfObjectives();
        double g = Dtlz.sphereG(x, m);
        double[] theta = new double[m - 1];
        theta[0] = x[0] * Math.PI / 2;
        for (int j = 1; j < m - 1; j++) {
            theta[j] = Math.PI * (1 + 2 * g * x[j]) / (4 * (1 + g));
        }
        return Evaluation.of(Dtlz.sphere(theta, m, 1 + 100 * g));
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        int m = numberOfObjectives();
        double[] angle = Fronts.linspace(0, Math.PI / 2, n);
        double[] theta = new double[m - 1];
        java.util.Arrays.fill(theta, Math.PI / 4);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            theta[0] = angle[i];
            out[i] = Dtlz.sphere(theta, m, 1);
        }
        return out;
    }
}
