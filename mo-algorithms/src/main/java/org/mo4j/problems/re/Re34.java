package org.mo4j.problems.re;

/**
 * RE34 (RE3-5-4), the vehicle crashworthiness design problem (Liao et al. 2008): 5 continuous
 * variables x₁…x₅ ∈ [1, 3] (thicknesses of reinforced members around the frontal structure), 3
 * objectives, all response surfaces of the reference:
 * <ul>
 * <li>f₁ = 1640.2823 + 2.3573285x₁ + 2.3220035x₂ + 4.5688768x₃ + 7.7213633x₄ + 4.4559504x₅, the
 * mass of the vehicle;
 * <li>f₂ = 6.5856 + 1.15x₁ − 1.0427x₂ + 0.9738x₃ + 0.8364x₄ − 0.3695x₁x₄ + 0.0861x₁x₅
 * + 0.3628x₂x₄ − 0.1106x₁² − 0.3437x₃² + 0.1764x₄², the deceleration (integration of collision
 * acceleration);
 * <li>f₃ = −0.0551 + 0.0181x₁ + 0.1024x₂ + 0.0421x₃ − 0.0073x₁x₂ + 0.024x₂x₃ − 0.0118x₂x₄
 * − 0.0204x₃x₄ − 0.008x₃x₅ − 0.0241x₂² + 0.0109x₄², the toe-board intrusion.
 * </ul>
 * The problem has no constraints, so no violation objective.
 *
 * <p>Ideal and nadir points: as published with the suite, read from two third-party ports of the
 * reference data (both give the nadir; one the ideal). The ideal f₁ is exact at the lower corner.
 */
public final class Re34 extends RealWorldProblem {

    /** RE34 as the suite defines it. */
    public Re34() {
        super(
                "RE34",
                new double[] {1, 1, 1, 1, 1},
                new double[] {3, 3, 3, 3, 3},
                new double[] {1661.7078225, 6.14280000608, 0.0394},
                new double[] {1695.2002035, 10.7454, 0.26399999965});
    }

    @Override
    double[] objectives(double[] x) {
        double x1 = x[0];
        double x2 = x[1];
        double x3 = x[2];
        double x4 = x[3];
        double x5 = x[4];
        double f1 = 1640.2823
                + (2.3573285 * x1)
                + (2.3220035 * x2)
                + (4.5688768 * x3)
                + (7.7213633 * x4)
                + (4.4559504 * x5);
        double f2 = 6.5856
                + (1.15 * x1)
                - (1.0427 * x2)
                + (0.9738 * x3)
                + (0.8364 * x4)
                - (0.3695 * x1 * x4)
                + (0.0861 * x1 * x5)
                + (0.3628 * x2 * x4)
                - (0.1106 * x1 * x1)
                - (0.3437 * x3 * x3)
                + (0.1764 * x4 * x4);
        double f3 = -0.0551
                + (0.0181 * x1)
                + (0.1024 * x2)
                + (0.0421 * x3)
                - (0.0073 * x1 * x2)
                + (0.024 * x2 * x3)
                - (0.0118 * x2 * x4)
                - (0.0204 * x3 * x4)
                - (0.008 * x3 * x5)
                - (0.0241 * x2 * x2)
                + (0.0109 * x4 * x4);
        return new double[] {f1, f2, f3};
    }
}
