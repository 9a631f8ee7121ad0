package org.mo4j.problems.re;

/**
 * RE24 (RE2-2-4), the hatch cover design problem (Amir and Hasegawa 1989): 2 continuous variables,
 * 2 objectives.
 *
 * <p>x₁ ∈ [0.5, 4] is the flange thickness and x₂ ∈ [0.5, 50] the beam height. With E = 700000,
 * σ_b = 4500/(x₁x₂), τ = 1800/x₂, δ = 56.2·10⁴/(E·x₁·x₂²) and σ_k = E·x₁²/100:
 * <ul>
 * <li>f₁ = x₁ + 120·x₂, the weight of the hatch cover;
 * <li>f₂ = the total violation of 1 − σ_b/700 ≥ 0, 1 − τ/450 ≥ 0, 1 − δ/1.5 ≥ 0 and
 * 1 − σ_b/σ_k ≥ 0 (bending stress, shear stress, deflection, buckling).
 * </ul>
 *
 * <p>Ideal and nadir points: as published with the suite, read from third-party ports of the
 * reference data (libmoon's {@code re_problem.py} and two others agree). The ideal (60.5, 0) and
 * the nadir f₂ are exact, attained at the lower corner of the box.
 */
public final class Re24 extends RealWorldProblem {

    /** RE24 as the suite defines it. */
    public Re24() {
        super("RE24", new double[] {0.5, 0.5}, new double[] {4, 50}, new double[] {60.5, 0.0}, new double[] {
            481.608088535, 44.2819047619
        });
    }

    @Override
    double[] objectives(double[] x) {
        double x1 = x[0];
        double x2 = x[1];
        double e = 700000;
        double sigmaK = (e * x1 * x1) / 100;
        double sigmaB = 4500 / (x1 * x2);
        double tau = 1800 / x2;
        double delta = (56.2 * 10000) / (e * x1 * x2 * x2);
        double f1 = x1 + (120 * x2);
        return new double[] {
            f1, violation(1 - (sigmaB / 700), 1 - (tau / 450), 1 - (delta / 1.5), 1 - (sigmaB / sigmaK))
        };
    }
}
