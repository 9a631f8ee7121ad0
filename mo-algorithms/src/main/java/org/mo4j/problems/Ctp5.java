package org.mo4j.problems;

import org.mo4j.core.problem.Evaluation;

/**
 * CTP5 (Deb, Pratap, Meyarivan 2001, "Constrained test problems for multi-objective evolutionary
 * optimization", EMO 2001, LNCS 1993): two objectives, C(θ, a, b, c, d, e) with θ = -0.2π, a = 0.1, b = 10, c = 2, d = 0.5, e = 1: as CTP3 with c = 2: the tunnels are spaced non-uniformly.
 *
 * <p>f_1 = x_1, g = 1 + Σ_{i≥2} x_i, f_2 = g (1 − √(f_1/g)); the constraint C(θ, a, b, c, d, e) is
 * cos θ (f_2 − e) − sin θ f_1 ≥ a |sin(bπ (sin θ (f_2 − e) + cos θ f_1)^c)|^d, returned as
 * a |sin(…)|^d − (cos θ (f_2 − e) − sin θ f_1) ≤ 0. (The choice of g and of f_2 follows the authors'
 * reference code; see the package's {@code Ctp} notes.)
 *
 * <ul>
 * <li>Variables: n, default 2 (as the authors' code); x_1 ∈ [0, 1], x_i ∈ [0, 1] for i ≥ 2.</li>
 * <li>Front: not offered ({@link #hasTrueFront()} is false). It lies on the constraint boundary
 * u = a|sin(bπ v^c)|^d at points and pieces fixed by transcendental equations; it can be computed
 * numerically, but not derived in closed form with certainty, and a sampled approximation is
 * not what {@code trueFront} promises.</li>
 * <li>Reference point (1.1, 1.1); no standard one is published. f_1 ≤ 1 always, and (0, 1) is feasible (x = (0, 0, …): u = v = 0, so both sides are 0), so every
 * Pareto-optimal point has f_2 ≤ 1 (a point with f_1 ≥ 0 and a larger f_2 is dominated by it); the
 * reference point exceeds both bounds by at least 10%.</li>
 * </ul>
 */
public final class Ctp5 extends AbstractBenchmarkProblem {

    /** CTP5 with 2 variables. */
    public Ctp5() {
        this(2);
    }

    /** @throws IllegalArgumentException if {@code variables < 2} */
    public Ctp5(int variables) {
        super("CTP5", Ctp.checkVariables(variables), 2, Ctp.bounds(variables, 1), new double[] {1.1, 1.1});
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
                new double[] {Ctp.constraint(-0.2 * Math.PI, 0.1, 10, 2, 0.5, 1, f1, f2)});
    }
}
