package org.mo4j.problems.re;

/**
 * RE35 (RE3-7-5), the speed reducer design problem (Coello and Pulido 2005): 7 variables (the third
 * discrete), 3 objectives.
 *
 * <p>x₁ ∈ [2.6, 3.6] gear face width, x₂ ∈ [0.7, 0.8] teeth module, x₃ ∈ [17, 28] number of teeth
 * of the pinion (an integer: used as rint(x₃), as in the reference), x₄, x₅ ∈ [7.3, 8.3] lengths of
 * the shafts between bearings, x₆ ∈ [2.9, 3.9] and x₇ ∈ [5.0, 5.5] diameters of the shafts.
 * <ul>
 * <li>f₁ = 0.7854x₁x₂²(10x₃²/3 + 14.933x₃ − 43.0934) − 1.508x₁(x₆² + x₇²) + 7.477(x₆³ + x₇³)
 * + 0.7854(x₄x₆² + x₅x₇²), the weight;
 * <li>f₂ = √((745x₄/(x₂x₃))² + 1.69·10⁷)/(0.1x₆³), the stress of the gear shaft;
 * <li>f₃ = the total violation of the eleven constraints of the reference: 1/27 − 1/(x₁x₂²x₃),
 * 1/397.5 − 1/(x₁x₂²x₃²), 1/1.93 − x₄³/(x₂x₃x₆⁴), 1/1.93 − x₅³/(x₂x₃x₇⁴), 40 − x₂x₃,
 * 12 − x₁/x₂, x₁/x₂ − 5, x₄ − 1.5x₆ − 1.9, x₅ − 1.1x₇ − 1.9, 1300 − f₂ and
 * 1100 − √((745x₅/(x₂x₃))² + 1.575·10⁸)/(0.1x₇³), each ≥ 0.
 * </ul>
 *
 * <p>Ideal and nadir points: as published with the suite, read from two third-party ports of the
 * reference data (both give the nadir; one the ideal). The ideal f₂ is exact at
 * x₂x₃ = 0.8·28, x₄ = 7.3, x₆ = 3.9.
 */
public final class Re35 extends RealWorldProblem {

    /** RE35 as the suite defines it. */
    public Re35() {
        super(
                "RE35",
                new double[] {2.6, 0.7, 17, 7.3, 7.3, 2.9, 5.0},
                new double[] {3.6, 0.8, 28, 8.3, 8.3, 3.9, 5.5},
                new double[] {2352.34611145, 694.233587469, 0.0},
                new double[] {6634.56208, 1695.96387746, 397.358927317});
    }

    @Override
    double[] objectives(double[] x) {
        double x1 = x[0];
        double x2 = x[1];
        double x3 = Math.rint(x[2]);
        double x4 = x[3];
        double x5 = x[4];
        double x6 = x[5];
        double x7 = x[6];
        double f1 = 0.7854 * x1 * (x2 * x2) * (((10.0 * x3 * x3) / 3.0) + (14.933 * x3) - 43.0934)
                - 1.508 * x1 * (x6 * x6 + x7 * x7)
                + 7.477 * (x6 * x6 * x6 + x7 * x7 * x7)
                + 0.7854 * (x4 * x6 * x6 + x5 * x7 * x7);
        double f2 = Math.sqrt(Math.pow((745.0 * x4) / (x2 * x3), 2.0) + 1.69e7) / (0.1 * x6 * x6 * x6);
        double g1 = -(1.0 / (x1 * x2 * x2 * x3)) + 1.0 / 27.0;
        double g2 = -(1.0 / (x1 * x2 * x2 * x3 * x3)) + 1.0 / 397.5;
        double g3 = -(x4 * x4 * x4) / (x2 * x3 * x6 * x6 * x6 * x6) + 1.0 / 1.93;
        double g4 = -(x5 * x5 * x5) / (x2 * x3 * x7 * x7 * x7 * x7) + 1.0 / 1.93;
        double g5 = -(x2 * x3) + 40.0;
        double g6 = -(x1 / x2) + 12.0;
        double g7 = -5.0 + (x1 / x2);
        double g8 = -1.9 + x4 - 1.5 * x6;
        double g9 = -1.9 + x5 - 1.1 * x7;
        double g10 = -f2 + 1300.0;
        double g11 = -Math.sqrt(Math.pow((745.0 * x5) / (x2 * x3), 2.0) + 1.575e8) / (0.1 * x7 * x7 * x7) + 1100.0;
        return new double[] {f1, f2, violation(g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11)};
    }
}
