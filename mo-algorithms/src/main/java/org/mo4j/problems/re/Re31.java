package org.mo4j.problems.re;

/**
 * RE31 (RE3-3-1), the two bar truss design problem (Coello and Pulido 2005): 3 continuous
 * variables, 3 objectives.
 *
 * <p>x₁, x₂ ∈ [10⁻⁵, 100] are the cross-sectional areas of the two bars and x₃ ∈ [1, 3] the
 * vertical distance y.
 * <ul>
 * <li>f₁ = x₁·√(16 + x₃²) + x₂·√(1 + x₃²), the structural weight (volume);
 * <li>f₂ = 20·√(16 + x₃²)/(x₁·x₃), the stress of bar AC;
 * <li>f₃ = the total violation of 0.1 − f₁ ≥ 0, 10⁵ − f₂ ≥ 0 and 10⁵ − 80·√(1 + x₃²)/(x₃·x₂) ≥ 0
 * (as in the reference: its first constraint is 0.1 − f₁, not f₁ ≤ 0.1 written the other way).
 * </ul>
 *
 * <p>Ideal and nadir points: as published with the suite, read from third-party ports of the
 * reference data (libmoon's {@code re_problem.py} and two others agree). The ideal f₁ and the nadir
 * f₂ and f₃ are exact, all attained at the lower corner.
 */
public final class Re31 extends RealWorldProblem {

    /** RE31 as the suite defines it. */
    public Re31() {
        super(
                "RE31",
                new double[] {0.00001, 0.00001, 1.0},
                new double[] {100.0, 100.0, 3.0},
                new double[] {5.53731918799e-05, 0.333333333333, 0.0},
                new double[] {500.002668442, 8246211.25124, 19359919.7502});
    }

    @Override
    double[] objectives(double[] x) {
        double x1 = x[0];
        double x2 = x[1];
        double x3 = x[2];
        double f1 = x1 * Math.sqrt(16.0 + (x3 * x3)) + x2 * Math.sqrt(1.0 + x3 * x3);
        double f2 = (20.0 * Math.sqrt(16.0 + (x3 * x3))) / (x1 * x3);
        double g1 = 0.1 - f1;
        double g2 = 100000.0 - f2;
        double g3 = 100000 - ((80.0 * Math.sqrt(1.0 + x3 * x3)) / (x3 * x2));
        return new double[] {f1, f2, violation(g1, g2, g3)};
    }
}
