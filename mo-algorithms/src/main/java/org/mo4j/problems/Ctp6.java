package org.mo4j.problems;

import org.mo4j.core.problem.Evaluation;

/**
 * CTP6 (Deb, Pratap, Meyarivan 2001, "Constrained test problems for multi-objective evolutionary
 * optimization", EMO 2001, LNCS 1993): two objectives, C(θ, a, b, c, d, e) with θ = 0.1π, a = 40, b = 0.5, c = 1, d = 2, e = -2: infeasible bands cross the objective space; the front lies on a constraint boundary.
 *
 * <p>f_1 = x_1, g = 1 + Σ_{i≥2} x_i, f_2 = g (1 − √(f_1/g)); the constraint C(θ, a, b, c, d, e) is
 * cos θ (f_2 − e) − sin θ f_1 ≥ a |sin(bπ (sin θ (f_2 − e) + cos θ f_1)^c)|^d, returned as
 * a |sin(…)|^d − (cos θ (f_2 − e) − sin θ f_1) ≤ 0. (The choice of g and of f_2 follows the authors'
 * reference code; see the package's {@code Ctp} notes.)
 *
 * <ul>
 * <li>Variables: n, default 2 (as the authors' code); x_1 ∈ [0, 1], x_i ∈ [0, 20] for i ≥ 2.</li>
 * <li>Front: not offered ({@link #hasTrueFront()} is false). It lies on the constraint boundary
 * u = a|sin(bπ v^c)|^d at points and pieces fixed by transcendental equations; it can be computed
 * numerically, but not derived in closed form with certainty, and a sampled approximation is
 * not what {@code trueFront} promises.</li>
 * <li>Reference point (1.1, 4.2); no standard one is published. f_1 ≤ 1 always, and (0, 3.8) is feasible (x = (0, 2.8, 0, …); a test checks it), so every
 * Pareto-optimal point has f_2 ≤ that value (a point with f_1 ≥ 0 and a larger f_2 is dominated by it); the
 * reference point exceeds both bounds by at least 10%.</li>
 * </ul>
 */
public final class Ctp6 extends AbstractBenchmarkProblem {

    /** CTP6 with 2 variables. */
    public Ctp6() {
        this(2);
    }

    /** @throws IllegalArgumentException if {@code variables < 2} */
    public Ctp6(int variables) {
        super("CTP6", Ctp.checkVariables(variables), 2, Ctp.bounds(variables, 20), new double[] {1.1, 4.2});
    }

    @Override
    public int numberOfConstraints() {
        return 1;
    }

    @Override
    Evaluation evaluateInBounds(double[] x) {
        double f1 = x[0];
        double f2 = Ctp.f2(f1, Ctp.g(x));
        return new Evaluation(new double[] {f1, f2},
                new double[] {Ctp.constraint(0.1 * Math.PI, 40, 0.5, 1, 2, -2, f1, f2)});
    }
}
