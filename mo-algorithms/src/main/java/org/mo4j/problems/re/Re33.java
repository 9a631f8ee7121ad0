package org.mo4j.problems.re;

/**
 * RE33 (RE3-4-3), the disc brake design problem (Ray and Liew 2002): 4 continuous variables, 3
 * objectives.
 *
 * <p>x₁ ∈ [55, 80] is the inner radius, x₂ ∈ [75, 110] the outer radius, x₃ ∈ [1000, 3000] the
 * engaging force and x₄ ∈ [11, 20] the number of friction surfaces (continuous in the suite).
 * <ul>
 * <li>f₁ = 4.9·10⁻⁵·(x₂² − x₁²)·(x₄ − 1), the mass of the brake;
 * <li>f₂ = 9.82·10⁶·(x₂² − x₁²)/(x₃·x₄·(x₂³ − x₁³)), the minimum stopping time;
 * <li>f₃ = the total violation of (x₂ − x₁) − 20 ≥ 0, 0.4 − x₃/(3.14·(x₂² − x₁²)) ≥ 0,
 * 1 − 2.22·10⁻³·x₃·(x₂³ − x₁³)/(x₂² − x₁²)² ≥ 0 and
 * 2.66·10⁻²·x₃·x₄·(x₂³ − x₁³)/(x₂² − x₁²) − 900 ≥ 0.
 * </ul>
 * (The box allows x₂ &lt; x₁, an inverted disc that only f₃ penalises.)
 *
 * <p><b>x₁ = x₂.</b> On this plane inside the box the reference computes f₂ = 0/0 = NaN and
 * f₃ = +∞. Here f₂ is its continuous extension 9.82·10⁶·2/(3·x₁·x₃·x₄) (the limit of
 * (x₂² − x₁²)/(x₂³ − x₁³) = (x₁ + x₂)/(x₁² + x₁x₂ + x₂²)) and f₃ is {@link Double#MAX_VALUE}.
 *
 * <p>Ideal and nadir points: as published with the suite, read from two third-party ports of the
 * reference data that agree. The ideal f₁ and the nadir f₃ = 25 are exact at x = (80, 75, ·, 20).
 */
public final class Re33 extends RealWorldProblem {

    /** RE33 as the suite defines it. */
    public Re33() {
        super(
                "RE33",
                new double[] {55, 75, 1000, 11},
                new double[] {80, 110, 3000, 20},
                new double[] {-0.721525, 1.13907203907, 0.0},
                new double[] {5.3067, 3.12833430979, 25.0});
    }

    @Override
    double[] objectives(double[] x) {
        double x1 = x[0];
        double x2 = x[1];
        double x3 = x[2];
        double x4 = x[3];
        double squares = x2 * x2 - x1 * x1;
        double cubes = x2 * x2 * x2 - x1 * x1 * x1;
        double f1 = 4.9e-5 * squares * (x4 - 1.0);
        double f2 = x1 == x2 ? 9.82e6 * 2 / (3 * x1 * x3 * x4) : (9.82e6 * squares) / (x3 * x4 * cubes);
        double g1 = (x2 - x1) - 20.0;
        double g2 = 0.4 - (x3 / (3.14 * squares));
        double g3 = 1.0 - (2.22e-3 * x3 * cubes) / Math.pow(squares, 2);
        double g4 = (2.66e-2 * x3 * x4 * cubes) / squares - 900.0;
        return new double[] {f1, f2, violation(g1, g2, g3, g4)};
    }
}
