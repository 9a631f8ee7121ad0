package org.mo4j.problems.re;

/**
 * RE32 (RE3-4-2), the welded beam design problem (Ray and Liew 2002): 4 continuous variables, 3
 * objectives.
 *
 * <p>x₁ = h ∈ [0.125, 5] (weld thickness), x₂ = l ∈ [0.1, 10] (weld length), x₃ = t ∈ [0.1, 10]
 * (bar height), x₄ = b ∈ [0.125, 5] (bar thickness). With P = 6000, L = 14, E = 30·10⁶,
 * G = 12·10⁶:
 * <ul>
 * <li>f₁ = 1.10471·h²·l + 0.04811·t·b·(14 + l), the cost;
 * <li>f₂ = 4PL³/(E·b·t³), the end deflection;
 * <li>f₃ = the total violation of 13600 − τ ≥ 0 (shear stress), 30000 − σ ≥ 0 (bending stress),
 * b − h ≥ 0 and P_c − P ≥ 0 (buckling load), with τ, σ and P_c as in the reference:
 * M = P(L + l/2), R = √(l²/4 + ((h + t)/2)²), J = 2√2·h·l·(l²/12 + ((h + t)/2)²),
 * τ' = P/(√2·h·l), τ'' = M·R/J, τ = √(τ'² + 2τ'τ''·l/(2R) + τ''²), σ = 6PL/(b·t²),
 * P_c = (4.013·E·√(t²b⁶/36)/L²)·(1 − t/(2L)·√(E/(4G))).
 * </ul>
 *
 * <p>Ideal and nadir points: as published with the suite, read from two third-party ports of the
 * reference data that agree. The ideal f₁ and the nadir f₂, f₃ are exact at the lower corner; the
 * ideal f₂ at the upper corner.
 */
public final class Re32 extends RealWorldProblem {

    /** RE32 as the suite defines it. */
    public Re32() {
        super(
                "RE32",
                new double[] {0.125, 0.1, 0.1, 0.125},
                new double[] {5.0, 10.0, 10.0, 5.0},
                new double[] {0.010205496875, 0.00043904, 0.0},
                new double[] {37.7831517014, 17561.6, 425062976.628});
    }

    @Override
    double[] objectives(double[] x) {
        double x1 = x[0];
        double x2 = x[1];
        double x3 = x[2];
        double x4 = x[3];
        double p = 6000;
        double l = 14;
        double e = 30e6;
        double g = 12e6;
        double tauMax = 13600;
        double sigmaMax = 30000;
        double f1 = (1.10471 * x1 * x1 * x2) + (0.04811 * x3 * x4) * (14.0 + x2);
        double f2 = (4 * p * l * l * l) / (e * x4 * x3 * x3 * x3);
        double m = p * (l + (x2 / 2));
        double r = Math.sqrt(((x2 * x2) / 4.0) + Math.pow((x1 + x3) / 2.0, 2));
        double j = 2 * Math.sqrt(2) * x1 * x2 * (((x2 * x2) / 12.0) + Math.pow((x1 + x3) / 2.0, 2));
        double tauDashDash = (m * r) / j;
        double tauDash = p / (Math.sqrt(2) * x1 * x2);
        double tau = Math.sqrt(
                tauDash * tauDash + ((2 * tauDash * tauDashDash * x2) / (2 * r)) + (tauDashDash * tauDashDash));
        double sigma = (6 * p * l) / (x4 * x3 * x3);
        double pc = (4.013 * e * Math.sqrt((x3 * x3 * x4 * x4 * x4 * x4 * x4 * x4) / 36.0) / (l * l))
                * (1 - (x3 / (2 * l)) * Math.sqrt(e / (4 * g)));
        return new double[] {f1, f2, violation(tauMax - tau, sigmaMax - sigma, x4 - x1, pc - p)};
    }
}
