package org.mo4j.problems.re;

/**
 * RE61 (RE6-3-1), the water resource planning problem (Ray et al. 2001): 3 continuous variables, 6
 * objectives.
 *
 * <p>x₁ ∈ [0.01, 0.45] is the local detention storage capacity, x₂ ∈ [0.01, 0.10] the maximum
 * treatment rate and x₃ ∈ [0.01, 0.10] the maximum allowable overflow rate.
 * <ul>
 * <li>f₁ = 106780.37·(x₂ + x₃) + 61704.67, the drainage network cost;
 * <li>f₂ = 3000·x₁, the storage facility cost;
 * <li>f₃ = 305700·2289·x₂/(0.06·2289)^0.65, the treatment facility cost;
 * <li>f₄ = 250·2289·exp(−39.75x₂ + 9.9x₃ + 2.74), the expected flood damage cost;
 * <li>f₅ = 25·(1.39/(x₁x₂) + 4940x₃ − 80), the expected economic loss due to flood;
 * <li>f₆ = the total violation of the seven constraints of the reference (see
 * {@link #objectives}).
 * </ul>
 *
 * <p>Ideal and nadir points: as published with the suite, read from two third-party ports of the
 * reference data (both give the nadir; one the ideal). The ideal f₁, f₂, f₃, f₄, f₅ and the nadir
 * f₂, f₃ are exact at corners of the box.
 */
public final class Re61 extends RealWorldProblem {

    /** RE61 as the suite defines it. */
    public Re61() {
        super(
                "RE61",
                new double[] {0.01, 0.01, 0.01},
                new double[] {0.45, 0.10, 0.10},
                new double[] {63840.2774, 30.0, 285346.896494, 183749.967061, 7.22222222222, 0.0},
                new double[] {80896.9128355, 1350.0, 2853468.96494, 7076861.67064, 87748.6339553, 2.50994535821});
    }

    @Override
    double[] objectives(double[] x) {
        double x1 = x[0];
        double x2 = x[1];
        double x3 = x[2];
        double f1 = 106780.37 * (x2 + x3) + 61704.67;
        double f2 = 3000 * x1;
        double f3 = 305700 * 2289 * x2 / Math.pow(0.06 * 2289, 0.65);
        double f4 = 250 * 2289 * Math.exp(-39.75 * x2 + 9.9 * x3 + 2.74);
        double f5 = 25 * (1.39 / (x1 * x2) + 4940 * x3 - 80);
        double f6 = violation(
                1 - (0.00139 / (x1 * x2) + 4.94 * x3 - 0.08),
                1 - (0.000306 / (x1 * x2) + 1.082 * x3 - 0.0986),
                50000 - (12.307 / (x1 * x2) + 49408.24 * x3 + 4051.02),
                16000 - (2.098 / (x1 * x2) + 8046.33 * x3 - 696.71),
                10000 - (2.138 / (x1 * x2) + 7883.39 * x3 - 705.04),
                2000 - (0.417 * x1 * x2 + 1721.26 * x3 - 136.54),
                550 - (0.164 / (x1 * x2) + 631.13 * x3 - 54.48));
        return new double[] {f1, f2, f3, f4, f5, f6};
    }
}
