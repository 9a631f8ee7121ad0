package org.mo4j.problems.re;

/**
 * RE36 (RE3-4-6), the gear train design problem (Deb and Srinivasan, KanGAL report 2005007): 4
 * integer variables, 3 objectives.
 *
 * <p>x₁…x₄ ∈ [12, 60] are the numbers of teeth of the four gears; each is used as rint(xᵢ), as in
 * the reference.
 * <ul>
 * <li>f₁ = |6.931 − (x₃/x₁)·(x₄/x₂)|, the difference between the realised and the required gear
 * ratio;
 * <li>f₂ = max(x₁, x₂, x₃, x₄), the size of the largest gear;
 * <li>f₃ = the violation of 0.5 − f₁/6.931 ≥ 0.
 * </ul>
 *
 * <p>Ideal and nadir points: as published with the suite, read from two third-party ports of the
 * reference data (both give the nadir; one the ideal).
 */
public final class Re36 extends RealWorldProblem {

    /** RE36 as the suite defines it. */
    public Re36() {
        super(
                "RE36",
                new double[] {12, 12, 12, 12},
                new double[] {60, 60, 60, 60},
                new double[] {7.89473684213e-05, 12.0, 0.0},
                new double[] {5.931, 56.0, 0.355720675227});
    }

    @Override
    double[] objectives(double[] x) {
        double x1 = Math.rint(x[0]);
        double x2 = Math.rint(x[1]);
        double x3 = Math.rint(x[2]);
        double x4 = Math.rint(x[3]);
        double f1 = Math.abs(6.931 - ((x3 / x1) * (x4 / x2)));
        double f2 = Math.max(Math.max(x1, x2), Math.max(x3, x4));
        return new double[] {f1, f2, violation(0.5 - (f1 / 6.931))};
    }
}
