package org.mo4j.problems.re;

/**
 * RE25 (RE2-3-5), the coil compression spring design problem (Lampinen and Zelinka 1999): 3
 * variables (the first and the third discrete), 2 objectives.
 *
 * <p>x₁ ∈ [1, 70] is the number of coils, used as N = rint(x₁); x₂ ∈ [0.6, 3] is the outside
 * diameter D; x₃ ∈ [0.09, 0.5] is the wire diameter, replaced by the nearest entry d of
 * {@link #WIRE_DIAMETERS} (first on ties), as in the reference. With F_max = 1000, S = 189000,
 * G = 11.5·10⁶, F_p = 300, C_f = (4D/d − 1)/(4D/d − 4) + 0.615·d/D, K = G·d⁴/(8·N·D³),
 * l_f = F_max/K + 1.05·(N + 2)·d and σ_p = F_p/K:
 * <ul>
 * <li>f₁ = π²·D·d²·(N + 2)/4, the volume of spring steel wire;
 * <li>f₂ = the total violation of S − 8·C_f·F_max·D/(π·d³) ≥ 0, 14 − l_f ≥ 0, D/d − 3 ≥ 0,
 * 6 − σ_p ≥ 0, l_f − σ_p − (F_max − F_p)/K − 1.05·(N + 2)·d ≥ 0 and 1.25 − (F_max − F_p)/K ≥ 0.
 * </ul>
 * G = 11.5·10⁶ is the reference's value after its 2020 fix (it was 11.5·10⁷).
 *
 * <p>Ideal and nadir points: as published with the suite (the ideal updated after the fix), read
 * from third-party ports of the reference data (libmoon's {@code re_problem.py} and two others
 * agree). The ideal f₁ is exact: N = 1, D = 0.6, d = 0.092 (the table entry nearest 0.09).
 */
public final class Re25 extends RealWorldProblem {

    /** The reference's table of wire diameters. */
    static final double[] WIRE_DIAMETERS = {
        0.009, 0.0095, 0.0104, 0.0118, 0.0128, 0.0132, 0.014, 0.015, 0.0162, 0.0173, 0.018, 0.02, 0.023, 0.025, 0.028,
        0.032, 0.035, 0.041, 0.047, 0.054, 0.063, 0.072, 0.08, 0.092, 0.105, 0.12, 0.135, 0.148, 0.162, 0.177, 0.192,
        0.207, 0.225, 0.244, 0.263, 0.283, 0.307, 0.331, 0.362, 0.394, 0.4375, 0.5
    };

    /** RE25 as the suite defines it. */
    public Re25() {
        super(
                "RE25",
                new double[] {1, 0.6, 0.09},
                new double[] {70, 3, 0.5},
                new double[] {0.037591349242869145, 0.0},
                new double[] {0.40397042546, 2224669.22419});
    }

    @Override
    double[] objectives(double[] x) {
        double x1 = Math.rint(x[0]);
        double x2 = x[1];
        double x3 = nearest(WIRE_DIAMETERS, x[2]);
        double f1 = (Math.PI * Math.PI * x2 * x3 * x3 * (x1 + 2)) / 4.0;
        double cf = ((4.0 * (x2 / x3) - 1) / (4.0 * (x2 / x3) - 4)) + (0.615 * x3 / x2);
        double fMax = 1000.0;
        double s = 189000.0;
        double g = 11.5e6;
        double k = (g * x3 * x3 * x3 * x3) / (8 * x1 * x2 * x2 * x2);
        double lMax = 14.0;
        double lf = (fMax / k) + 1.05 * (x1 + 2) * x3;
        double fp = 300.0;
        double sigmaP = fp / k;
        double sigmaPm = 6;
        double sigmaW = 1.25;
        double g1 = -((8 * cf * fMax * x2) / (Math.PI * x3 * x3 * x3)) + s;
        double g2 = -lf + lMax;
        double g3 = -3 + (x2 / x3);
        double g4 = -sigmaP + sigmaPm;
        double g5 = -sigmaP - ((fMax - fp) / k) - 1.05 * (x1 + 2) * x3 + lf;
        double g6 = sigmaW - ((fMax - fp) / k);
        return new double[] {f1, violation(g1, g2, g3, g4, g5, g6)};
    }
}
