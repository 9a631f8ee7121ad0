package org.mo4j.problems.maf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/**
 * MaF13 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): PF7, any m ≥ 3
 * objectives, a degenerate front (a two-dimensional surface) and a Pareto set on a sine surface.
 *
 * <p>y_j = x_j − 2x₂ sin(2πx₁ + jπ/n); J₁ = {j ≥ 4 : j − 1 a multiple of 3}, J₂ = {j ≥ 5 : j − 2
 * a multiple of 3}, J₃ = {j ≥ 3 : j a multiple of 3}, J₄ = {j ≥ 4}; d_i = (2/|J_i|) Σ_{J_i} y_j²;
 * f₁ = sin(πx₁/2) + d₁, f₂ = cos(πx₁/2) sin(πx₂/2) + d₂, f₃ = cos(πx₁/2) cos(πx₂/2) + d₃,
 * f_i = f₁² + f₂¹⁰ + f₃¹⁰ + d₄ for 4 ≤ i ≤ m.
 *
 * <ul>
 * <li>Variables: n, default 5 (the paper's), n ≥ 5 (so that no J_i is empty); x₁, x₂ ∈ [0, 1],
 * x₃ … x_n ∈ [−2, 2].</li>
 * <li>Pareto set: x₁, x₂ ∈ [0, 1], x_j = 2x₂ sin(2πx₁ + jπ/n) for j ≥ 3 (every y_j = 0); front:
 * (u, u₁² + u₂¹⁰ + u₃¹⁰, …) for u on the unit sphere, u ≥ 0 (its first three coordinates alone make
 * the points mutually non-dominated, and any y ≠ 0 only adds).</li>
 * <li>{@link #trueFront(int)}: the Das–Dennis lattice directions in three dimensions whose count is
 * closest to n (as for DTLZ2), scaled to norm 1, then extended.</li>
 * <li>Reference point (1.1, …, 1.1): 1.1 × the nadir point (1, …, 1) of the front
 * (u₁² + u₂¹⁰ + u₃¹⁰ ≤ Σ u_i² = 1, reached at the corners).</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n + m) and allocates only the result.
 */
public final class Maf13 extends AbstractBenchmarkProblem {

    /**
     * MaF13 with m objectives and the paper's 5 variables.
     *
     * @throws IllegalArgumentException if {@code objectives < 3}
     */
    public Maf13(int objectives) {
        this(objectives, 5);
    }

    /**
     * @param objectives m ≥ 3
     * @param variables  n ≥ 5
     * @throws IllegalArgumentException if {@code objectives < 3} or {@code variables < 5}
     */
    public Maf13(int objectives, int variables) {
        super("MaF13", checkVariables(variables), Maf8.checkThree(objectives), box(variables), filled(objectives, 1.1));
    }

    private static int checkVariables(int variables) {
        if (variables < 5) {
            throw new IllegalArgumentException("variables must be >= 5, was " + variables);
        }
        return variables;
    }

    private static org.mo4j.core.problem.Bounds box(int variables) {
        double[] lo = new double[variables];
        double[] hi = new double[variables];
        java.util.Arrays.fill(lo, 2, variables, -2);
        java.util.Arrays.fill(hi, 0, 2, 1);
        java.util.Arrays.fill(hi, 2, variables, 2);
        return new org.mo4j.core.problem.Bounds(lo, hi);
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int n = x.length;
        int m = numberOfObjectives();
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        for (int j = 3; j <= n; j++) {
            double y = x[j - 1] - 2 * x[1] * Math.sin(2 * Math.PI * x[0] + j * Math.PI / n);
            switch (j % 3) {
                case 1 -> s1 += y * y;
                case 2 -> s2 += y * y;
                default -> s3 += y * y;
            }
            if (j >= 4) {
                s4 += y * y;
            }
        }
        double[] f = new double[m];
        double a = Math.PI * x[0] / 2;
        double b = Math.PI * x[1] / 2;
        f[0] = Math.sin(a) + 2 * s1 / ((n - 1) / 3);
        f[1] = Math.cos(a) * Math.sin(b) + 2 * s2 / ((n - 2) / 3);
        f[2] = Math.cos(a) * Math.cos(b) + 2 * s3 / (n / 3);
        double rest = f[0] * f[0] + Math.pow(f[1], 10) + Math.pow(f[2], 10) + 2 * s4 / (n - 3);
        for (int i = 3; i < m; i++) {
            f[i] = rest;
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
        double[][] u = Fronts.sphere(3, n);
        double[][] out = new double[u.length][];
        for (int i = 0; i < u.length; i++) {
            // the lattice's (w1, w2, w3) as (f1, f2, f3): every direction of the octant is one
            double[] f = java.util.Arrays.copyOf(u[i], m);
            double rest = f[0] * f[0] + Math.pow(f[1], 10) + Math.pow(f[2], 10);
            java.util.Arrays.fill(f, 3, m, rest);
            out[i] = f;
        }
        return out;
    }
}
