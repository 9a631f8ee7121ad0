package org.mo4j.problems.ctp;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;

/**
 * CTP4 (Deb, Pratap, Meyarivan 2001, "Constrained test problems for multi-objective evolutionary
 * optimization", EMO 2001, LNCS 1993, pp. 284–298): two objectives and one constraint, C(θ, a, b,
 * c, d, e) with θ = −0.2π, a = 0.75, b = 10, c = 1, d = 0.5, e = 1: as CTP3 with a larger
 * amplitude a, so the tunnels are harder to follow.
 *
 * <p>f_1 = x_1, g = 1 + Σ_{i≥2} x_i, f_2 = g (1 − √(f_1/g)); C(θ, a, b, c, d, e) is u ≥ a |sin(bπ
 * v^c)|^d with u = cos θ (f_2 − e) − sin θ f_1 and v = sin θ (f_2 − e) + cos θ f_1, returned as a
 * |sin(bπ v^c)|^d − u ≤ 0 (the paper's form; the authors' C code divides by the right-hand side
 * instead, which has the same sign but is infinite where that side is 0).
 *
 * <p>The paper leaves g general. This follows the authors' own reference code (Deb's NSGA-II C
 * code, g = 1 + x_2 with n = 2) and pymoo's default: g = 1 + Σ_{i≥2} x_i and f_2 = g (1 −
 * √(f_1/g)).
 *
 * <ul>
 * <li>Variables: n, default 2 (as the authors' code); x_1 ∈ [0, 1], x_i ∈ [0, 1] for i ≥ 2.</li>
 * <li>Front: not offered ({@link #hasTrueFront()} is false). It lies on the constraint boundary at
 * points and pieces fixed by transcendental equations; it can be computed numerically but not
 * derived in closed form with certainty, and a sampled approximation is not what {@code trueFront}
 * promises.</li>
 * <li>Reference point (1.1, 1.1); no standard one is published. f_1 ≤ 1 always, and (0, 1) is
 * feasible (x = 0: there u = v = 0, so both sides of the constraint are 0); every point with f_1 ≥
 * 0 and a larger f_2 is dominated by it, so every Pareto-optimal point has f_2 ≤ 1. The reference
 * point exceeds both bounds by at least 10%.</li>
 * </ul>
 */
public final class Ctp4 extends AbstractBenchmarkProblem {

    /** CTP4 with 2 variables. */
    public Ctp4() {
        this(2);
    }

    /** @throws IllegalArgumentException if {@code variables < 2} */
    public Ctp4(int variables) {
        super("CTP4", Ctp.checkVariables(variables), 2, Ctp.bounds(variables, 1), new double[] {1.1, 1.1});
    }

    @Override
    public int numberOfConstraints() {
        return 1;
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        double f1 = x[0];
        double f2 = Ctp.f2(f1, Ctp.g(x));
        return new Evaluation(
                new double[] {f1, f2}, new double[] {Ctp.constraint(-0.2 * Math.PI, 0.75, 10, 1, 0.5, 1, f1, f2)});
    }
}
