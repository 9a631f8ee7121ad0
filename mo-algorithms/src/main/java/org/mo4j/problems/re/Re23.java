package org.mo4j.problems.re;

/**
 * RE23 (RE2-4-3), the pressure vessel design problem (Kannan and Kramer 1994): 4 variables (the
 * first two discrete), 2 objectives.
 *
 * <p>x₁, x₂ ∈ [1, 100] encode the thicknesses of the shell and of the head, which are integer
 * multiples of 0.0625: the reference uses T_s = 0.0625·rint(x₁) and T_h = 0.0625·rint(x₂), and so
 * does this class. x₃ ∈ [10, 200] is the inner radius R and x₄ ∈ [10, 240] the length L of the
 * cylindrical section.
 * <ul>
 * <li>f₁ = 0.6224·T_s·R·L + 1.7781·T_h·R² + 3.1661·T_s²·L + 19.84·T_s²·R, the total cost;
 * <li>f₂ = the total violation of T_s − 0.0193·R ≥ 0, T_h − 0.00954·R ≥ 0 and
 * πR²L + (4/3)πR³ − 1296000 ≥ 0.
 * </ul>
 *
 * <p>Ideal and nadir points: as published with the suite, read from two third-party ports of the
 * reference data that agree (libmoon's RE23 entry is not used: it repeats RE24's nadir). The ideal
 * f₁ and the nadir f₂ are exact: both are attained at the lower corner of the box.
 */
public final class Re23 extends RealWorldProblem {

    /** RE23 as the suite defines it. */
    public Re23() {
        super(
                "RE23",
                new double[] {1, 1, 10, 10},
                new double[] {100, 100, 200, 240},
                new double[] {15.9018007813, 0.0},
                new double[] {5852.05896876, 1288669.78054});
    }

    @Override
    double[] objectives(double[] x) {
        double x1 = 0.0625 * Math.rint(x[0]);
        double x2 = 0.0625 * Math.rint(x[1]);
        double x3 = x[2];
        double x4 = x[3];
        double f1 =
                (0.6224 * x1 * x3 * x4) + (1.7781 * x2 * x3 * x3) + (3.1661 * x1 * x1 * x4) + (19.84 * x1 * x1 * x3);
        double g1 = x1 - (0.0193 * x3);
        double g2 = x2 - (0.00954 * x3);
        double g3 = (Math.PI * x3 * x3 * x4) + ((4.0 / 3.0) * (Math.PI * x3 * x3 * x3)) - 1296000;
        return new double[] {f1, violation(g1, g2, g3)};
    }
}
