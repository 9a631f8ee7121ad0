package org.mo4j.problems.maf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Dtlz;
import org.mo4j.problems.internal.Fronts;

/**
 * MaF2 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): DTLZ2BZ, any
 * m ≥ 2 objectives, a concave front cut to a patch of the sphere, with one distance function per
 * objective.
 *
 * <p>θ_j = (π/2)(x_j/2 + 1/4) for j &lt; m; the distance variables x_m … x_n are split into m
 * groups, the first m − 1 of c = ⌊(n − m + 1)/m⌋ consecutive variables each and the last of the
 * rest, and g_i = Σ_{group i} (x_j/2 + 1/4 − 1/2)²; f_1 = cos θ_1 ⋯ cos θ_{m−1} (1 + g_1),
 * f_i = cos θ_1 ⋯ cos θ_{m−i} sin θ_{m−i+1} (1 + g_i), f_m = sin θ_1 (1 + g_m).
 *
 * <ul>
 * <li>Variables: n = m + K − 1, default K = 10 (the paper's), each in [0, 1].</li>
 * <li>Pareto set: every distance variable 0.5 (every g_i = 0, which no other choice of them
 * improves on in any objective); front: the unit-sphere patch at the angles θ ∈ [π/8, 3π/8]^(m−1)
 * (its points dominate no other point of the sphere).</li>
 * <li>{@link #trueFront(int)}: the grid of c^(m−1) angle vectors, c = max(1, round(n^(1/(m−1)))),
 * each angle taking c values equally spaced in [π/8, 3π/8] (π/8 alone when c = 1), mapped onto
 * the sphere (PlatEMO instead filters or rescales a uniform sphere sample; either samples the
 * same patch).</li>
 * <li>Reference point 1.1 × the nadir point of the patch: f_1 ≤ cos^(m−1)(π/8), f_i ≤
 * cos^(m−i)(π/8) sin(3π/8) for i ≥ 2.</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n + m²) and allocates only the result and the angles.
 */
public final class Maf2 extends AbstractBenchmarkProblem {

    /**
     * MaF2 with m objectives and n = m + 10 − 1 variables (the paper's K = 10).
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Maf2(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + 10 - 1);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (with n − m + 1 &lt; m the first m − 1 groups are empty)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public Maf2(int objectives, int variables) {
        super(
                "MaF2",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                maf2Reference(objectives));
    }

    private static double[] maf2Reference(int m) {
        double[] theta = new double[m - 1];
        java.util.Arrays.fill(theta, Math.PI / 8);
        double[] r = Dtlz.sphere(theta, m, 1.1);
        // f_i for i ≥ 2 is largest with its sine factor at 3π/8 and the cosines at π/8
        for (int i = 1; i < m; i++) {
            r[i] *= Math.sin(3 * Math.PI / 8) / Math.sin(Math.PI / 8);
        }
        return r;
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = numberOfObjectives();
        int n = x.length;
        int c = (n - m + 1) / m;
        double[] theta = new double[m - 1];
        for (int j = 0; j < m - 1; j++) {
            theta[j] = Math.PI / 2 * (x[j] / 2 + 0.25);
        }
        double[] f = Dtlz.sphere(theta, m, 1);
        for (int i = 0; i < m; i++) {
            int from = m - 1 + i * c;
            int to = i == m - 1 ? n : from + c;
            double g = 0;
            for (int j = from; j < to; j++) {
                double d = x[j] / 2 - 0.25;
                g += d * d;
            }
            f[i] *= 1 + g;
        }
        return Evaluation.of(f);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        int m = numberOfObjectives();
        int c = Fronts.perAxis(n, m - 1);
        double[] axis = Fronts.linspace(Math.PI / 8, 3 * Math.PI / 8, c);
        double[][] axes = new double[m - 1][];
        java.util.Arrays.fill(axes, axis);
        double[][] angles = Fronts.grid(axes);
        double[][] out = new double[angles.length][];
        for (int i = 0; i < angles.length; i++) {
            out[i] = Dtlz.sphere(angles[i], m, 1);
        }
        return out;
    }
}
