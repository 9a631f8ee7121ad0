package org.mo4j.problems.uf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/**
 * UF6 (Zhang, Zhou, Zhao, Suganthan, Liu, Tiwari 2009, "Multiobjective optimization test instances
 * for the CEC 2009 special session and competition", technical report CES-487, University of
 * Essex): two objectives, a front of one isolated point and N = 2 segments of the line f₁ + f₂ = 1.
 *
 * <p>N = 2, ε = 0.1; J₁ = {j odd, 3 ≤ j ≤ n}, J₂ = {j even, 2 ≤ j ≤ n}; y_j = x_j − sin(6πx₁ +
 * jπ/n); w = max{0, 2(1/(2N) + ε) sin(2Nπx₁)}; f₁ = x₁ + w + (2/|J₁|) (4 Σ_{J₁} y_j² − 2 Π_{J₁}
 * cos(20 y_j π/√j) + 2), f₂ = 1 − x₁ + w + (2/|J₂|) (4 Σ_{J₂} y_j² − 2 Π_{J₂} cos(20 y_j π/√j) +
 * 2).
 *
 * <ul>
 * <li>Variables: n, default 30 (the report's), n ≥ 3; x₁ ∈ [0, 1], x₂ … x_n ∈ [−1, 1].</li>
 * <li>Pareto set: x₁ ∈ {0} ∪ [1/4, 1/2] ∪ [3/4, 1] (where w = 0), x_j = sin(6πx₁ + jπ/n) for j = 2
 * … n; front: f₂ = 1 − f₁ for f₁ in that set.</li>
 * <li>{@link #trueFront(int)}: exactly n points: (0, 1), then the other n − 1 split between the two
 * segments (⌈(n − 1)/2⌉ on [1/4, 1/2], the rest on [3/4, 1]), equally spaced on each from its first
 * end to its last.</li>
 * <li>Reference point (1.1, 1.1): 1.1 × the nadir point (1, 1) of the front (the 1.1 × nadir
 * convention of the other two-objective suites; the CEC 2009 competition itself measured IGD).</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n) and allocates only the result.
 */
public final class Uf6 extends AbstractBenchmarkProblem {

    private static final int N = 2;
    private static final double EPSILON = 0.1;

    /** UF6 with the report's 30 variables. */
    public Uf6() {
        this(Uf.DEFAULT_VARIABLES);
    }

    /**
     * @param variables n ≥ 3
     * @throws IllegalArgumentException if {@code variables < 3}
     */
    public Uf6(int variables) {
        super("UF6", Uf.checkVariables(variables, 3), 2, Uf.box(variables, 1, 1), new double[] {1.1, 1.1});
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
            double y = x[j - 1] - Uf.sine(x1, j, n);
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
        double w = Math.max(0, 2 * (0.5 / N + EPSILON) * Math.sin(2 * N * Math.PI * x1));
        return Evaluation.of(x1 + w + 2 * (4 * s1 - 2 * p1 + 2) / c1, 1 - x1 + w + 2 * (4 * s2 - 2 * p2 + 2) / c2);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        double[][] out = new double[n][];
        out[0] = new double[] {0, 1};
        int first = n / 2;
        double[] a = Fronts.linspace(0.25, 0.5, first);
        double[] b = Fronts.linspace(0.75, 1, n - 1 - first);
        for (int i = 0; i < a.length; i++) {
            out[1 + i] = new double[] {a[i], 1 - a[i]};
        }
        for (int i = 0; i < b.length; i++) {
            out[1 + first + i] = new double[] {b[i], 1 - b[i]};
        }
        return out;
    }
}
