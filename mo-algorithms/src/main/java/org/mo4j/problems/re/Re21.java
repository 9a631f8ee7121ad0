package org.mo4j.problems.re;

/**
 * RE21 (RE2-4-1), the four bar truss design problem (Cheng and Li 1999): 4 continuous variables, 2
 * objectives, no constraints.
 *
 * <p>x₁…x₄ are the cross-sectional areas of the four bars, x₁, x₄ ∈ [a, 3a] and x₂, x₃ ∈ [√2·a, 3a]
 * with a = F/σ = 10/10 = 1. With F = 10, E = 2·10⁵, L = 200:
 * <ul>
 * <li>f₁ = L·(2x₁ + √2·x₂ + √x₃ + x₄), the structural volume;
 * <li>f₂ = (F·L/E)·(2/x₁ + 2√2/x₂ − 2√2/x₃ + 2/x₄), the joint displacement.
 * </ul>
 * This is the definition after the reference's fixes of 2020 (E = 2·10⁵, not 2·10⁶, and 2/x₁, not
 * 2/x₂, in f₂), which Tanabe notes does not reproduce the results printed in the 2020 paper.
 *
 * <p>Ideal and nadir points: reference repository, {@code ideal_nadir_points/ideal_point_RE21.dat}
 * (commit acdd269) and {@code ideal_nadir_points/bug_nadir_point_RE21.dat} (commit 437b172). Both
 * are exact here: the ideal is (f₁, f₂) at the lower corner and at (3, 3, √2, 3), the nadir the
 * other objective at those two points (the tests check this).
 */
public final class Re21 extends RealWorldProblem {

    private static final double F = 10;
    private static final double SIGMA = 10;
    private static final double E = 2e5;
    private static final double L = 200;
    private static final double A = F / SIGMA;
    private static final double SQRT2 = Math.sqrt(2.0);

    /** RE21 as the suite defines it. */
    public Re21() {
        super(
                "RE21",
                new double[] {A, SQRT2 * A, SQRT2 * A, A},
                new double[] {3 * A, 3 * A, 3 * A, 3 * A},
                new double[] {1237.8414230005742, 0.002761423749158419},
                new double[] {2886.3695604236013, 0.039999999999998245});
    }

    @Override
    double[] objectives(double[] x) {
        double f1 = L * ((2 * x[0]) + SQRT2 * x[1] + Math.sqrt(x[2]) + x[3]);
        double f2 = ((F * L) / E) * ((2.0 / x[0]) + (2.0 * SQRT2 / x[1]) - (2.0 * SQRT2 / x[2]) + (2.0 / x[3]));
        return new double[] {f1, f2};
    }
}
