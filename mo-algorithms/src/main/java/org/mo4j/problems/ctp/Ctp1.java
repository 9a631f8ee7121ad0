package org.mo4j.problems.ctp;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Fronts;

/**
 * CTP1 (Deb, Pratap, Meyarivan 2001, "Constrained test problems for multi-objective evolutionary
 * optimization", EMO 2001, LNCS 1993): two objectives, two constraints that cut the unconstrained
 * front f_2 = e^{−f_1} and put part of the constrained front on their boundaries.
 *
 * <p>f_1 = x_1, g = 1 + Σ_{i≥2} x_i, f_2 = g · exp(−f_1/g); constraints f_2 ≥ a_j exp(−b_j f_1) with
 * (a_1, b_1) = (0.858, 0.541), (a_2, b_2) = (0.728, 0.295) (the paper's J = 2), returned as
 * g_j = a_j exp(−b_j f_1) − f_2 ≤ 0.
 *
 * <ul>
 * <li>Variables: n, default 2 (as the authors' code), each in [0, 1].</li>
 * <li>Front: for a fixed f_1, f_2 = g e^{−f_1/g} grows continuously with g from e^{−f_1} (g = 1),
 * so the least feasible f_2 is φ(f_1) = max(e^{−f_1}, a_1 e^{−b_1 f_1}, a_2 e^{−b_2 f_1}); φ is
 * strictly decreasing (a maximum of strictly decreasing functions), so the front is
 * {(f_1, φ(f_1)) : f_1 ∈ [0, 1]}, exact. {@link #trueFront(int)}: n points, f_1 equally spaced.
 * (It follows e^{−f_1} up to f_1 ≈ 1/3, then the first constraint's boundary, and from
 * f_1 ≈ 0.668 the second's.)</li>
 * <li>Reference point (1.1, 1.1): 1.1 × the nadir point (1, 1) (f_2 = 1 at f_1 = 0).</li>
 * </ul>
 */
public final class Ctp1 extends AbstractBenchmarkProblem {

    private static final double[] A = {0.858, 0.728};
    private static final double[] B = {0.541, 0.295};

    /** CTP1 with 2 variables. */
    public Ctp1() {
        this(2);
    }

    /** @throws IllegalArgumentException if {@code variables < 2} */
    public Ctp1(int variables) {
        super("CTP1", Ctp.checkVariables(variables), 2, Ctp.bounds(variables, 1), new double[] {1.1, 1.1});
    }

    @Override
    public int numberOfConstraints() {
        return 2;
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        double f1 = x[0];
        double g = Ctp.g(x);
        double f2 = g * Math.exp(-f1 / g);
        double[] c = new double[2];
        for (int j = 0; j < 2; j++) {
            c[j] = A[j] * Math.exp(-B[j] * f1) - f2;
        }
        return new Evaluation(new double[] {f1, f2}, c);
    }

    /** φ(f_1), the least feasible f_2. */
    static double phi(double f1) {
        double v = Math.exp(-f1);
        for (int j = 0; j < 2; j++) {
            v = Math.max(v, A[j] * Math.exp(-B[j] * f1));
        }
        return v;
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
            out[i] = new double[] {f1[i], phi(f1[i])};
        }
        return out;
    }
}
