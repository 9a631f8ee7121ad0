package org.mo4j.problems;

import org.mo4j.core.problem.Evaluation;

/**
 * CTP8 (Deb, Pratap, Meyarivan 2001, "Constrained test problems for multi-objective evolutionary
 * optimization", EMO 2001, LNCS 1993): two objectives, two constraints, C(0.1π, 40, 0.5, 1, 2, −2) (CTP6's) and C(−0.05π, 40, 2, 1, 6, 0): CTP6's bands
 * crossed by a second family, leaving disconnected feasible patches.
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
 * <li>Reference point (1.1, 4.2); no standard one is published. f_1 ≤ 1 always, and (0, 3.8) is feasible for both constraints (x = (0, 2.8, 0, …); a test checks it), so every
 * Pareto-optimal point has f_2 ≤ that value (a point with f_1 ≥ 0 and a larger f_2 is dominated by it); the
 * reference point exceeds both bounds by at least 10%.</li>
 * </ul>
 */
public final class Ctp8 extends AbstractBenchmarkProblem {

    /** CTP8 with 2 variables. */
    public Ctp8() {
        this(2);
    }

    /** @throws IllegalArgumentException if {@code variables < 2} */
    public Ctp8(int variables) {
        super("CTP8", Ctp.checkVariables(variables), 2, Ctp.bounds(variables, 20), new double[] {1.1, 4.2});
    }

    @Override
    public int numberOfConstraints() {
        return 2;
    }

    @Override
    Evaluation evaluateInBounds(double[] x) {
        double f1 = x[0];
        double f2 = Ctp.f2(f1, Ctp.g(x));
        return new Evaluation(new double[] {f1, f2}, new double[] {
            Ctp.constraint(0.1 * Math.PI, 40, 0.5, 1, 2, -2, f1, f2),
            Ctp.constraint(-0.05 * Math.PI, 40, 2, 1, 6, 0, f1, f2)});
    }
}
