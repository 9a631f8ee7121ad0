package org.mo4j.problems.re;

/**
 * RE41 (RE4-7-1), the car side impact design problem (Jain and Deb 2014): 7 continuous variables,
 * 4 objectives.
 *
 * <p>x₁ ∈ [0.5, 1.5], x₂ ∈ [0.45, 1.35], x₃, x₄ ∈ [0.5, 1.5], x₅ ∈ [0.875, 2.625],
 * x₆, x₇ ∈ [0.4, 1.2] are thicknesses of B-pillar, floor, cross members, door beam, roof rail and
 * related parts. With V_MBP = 10.58 − 0.674x₁x₂ − 0.67275x₂ and
 * V_FD = 16.45 − 0.489x₃x₇ − 0.843x₅x₆:
 * <ul>
 * <li>f₁ = 1.98 + 4.9x₁ + 6.67x₂ + 6.98x₃ + 4.01x₄ + 1.78x₅ + 0.00001x₆ + 2.73x₇, the weight of the
 * car;
 * <li>f₂ = 4.72 − 0.5x₄ − 0.19x₂x₃, the pubic force on a passenger;
 * <li>f₃ = (V_MBP + V_FD)/2, the average velocity of the V-pillar under the impact load;
 * <li>f₄ = the total violation of the ten constraints of the reference (abdomen load, viscous
 * criteria, rib deflections, pubic force 4 − f₂, V_MBP ≤ 9.9, V_FD ≤ 15.7; see
 * {@link #objectives}).
 * </ul>
 *
 * <p>Ideal and nadir points: as published with the suite, read from third-party ports of the
 * reference data (libmoon's {@code re_problem.py} and two others agree). The ideal f₁ is exact at
 * the lower corner.
 */
public final class Re41 extends RealWorldProblem {

    static final double[] LOWER = {0.5, 0.45, 0.5, 0.5, 0.875, 0.4, 0.4};
    static final double[] UPPER = {1.5, 1.35, 1.5, 1.5, 2.625, 1.2, 1.2};

    /** RE41 as the suite defines it. */
    public Re41() {
        super("RE41", LOWER, UPPER, new double[] {15.576004, 3.58525, 10.61064375, 0.0}, new double[] {
            39.2905121788, 4.42725, 13.09138125, 9.49401929991
        });
    }

    @Override
    double[] objectives(double[] x) {
        double x1 = x[0];
        double x2 = x[1];
        double x3 = x[2];
        double x4 = x[3];
        double x5 = x[4];
        double x6 = x[5];
        double x7 = x[6];
        double f1 = 1.98 + 4.9 * x1 + 6.67 * x2 + 6.98 * x3 + 4.01 * x4 + 1.78 * x5 + 0.00001 * x6 + 2.73 * x7;
        double f2 = 4.72 - 0.5 * x4 - 0.19 * x2 * x3;
        double vMbp = 10.58 - 0.674 * x1 * x2 - 0.67275 * x2;
        double vFd = 16.45 - 0.489 * x3 * x7 - 0.843 * x5 * x6;
        double f3 = 0.5 * (vMbp + vFd);
        double g1 = 1 - (1.16 - 0.3717 * x2 * x4 - 0.0092928 * x3);
        double g2 =
                0.32 - (0.261 - 0.0159 * x1 * x2 - 0.06486 * x1 - 0.019 * x2 * x7 + 0.0144 * x3 * x5 + 0.0154464 * x6);
        double g3 = 0.32
                - (0.214
                        + 0.00817 * x5
                        - 0.045195 * x1
                        - 0.0135168 * x1
                        + 0.03099 * x2 * x6
                        - 0.018 * x2 * x7
                        + 0.007176 * x3
                        + 0.023232 * x3
                        - 0.00364 * x5 * x6
                        - 0.018 * x2 * x2);
        double g4 = 0.32 - (0.74 - 0.61 * x2 - 0.031296 * x3 - 0.031872 * x7 + 0.227 * x2 * x2);
        double g5 = 32 - (28.98 + 3.818 * x3 - 4.2 * x1 * x2 + 1.27296 * x6 - 2.68065 * x7);
        double g6 = 32 - (33.86 + 2.95 * x3 - 5.057 * x1 * x2 - 3.795 * x2 - 3.4431 * x7 + 1.45728);
        double g7 = 32 - (46.36 - 9.9 * x2 - 4.4505 * x1);
        double g8 = 4 - f2;
        double g9 = 9.9 - vMbp;
        double g10 = 15.7 - vFd;
        return new double[] {f1, f2, f3, violation(g1, g2, g3, g4, g5, g6, g7, g8, g9, g10)};
    }
}
