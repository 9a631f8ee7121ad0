package org.mo4j.problems.re;

/**
 * RE22 (RE2-3-2), the reinforced concrete beam design problem (Amir and Hasegawa 1989): 3
 * variables (the first discrete), 2 objectives.
 *
 * <p>x₁ ∈ [0.2, 15] is the area of the reinforcement, x₂ ∈ [0, 20] the width and x₃ ∈ [0, 40] the
 * depth of the beam.
 * <ul>
 * <li>f₁ = 29.4·x₁ + 0.6·x₂·x₃, the total cost of concrete and reinforcement;
 * <li>f₂ = the total violation (see {@link RealWorldProblem}) of g₁ = x₁x₃ − 7.735·x₁²/x₂ − 180 ≥ 0
 * and g₂ = 4 − x₃/x₂ ≥ 0.
 * </ul>
 *
 * <p><b>Discrete x₁.</b> x₁ is replaced by the nearest entry of {@link #REINFORCEMENT_AREAS}, the
 * first one on ties, exactly as the reference does. That table is the reference's, entry for entry:
 * it reads {@code 3.08, 3,10, 3.16} where 3.10 was evidently meant, so it holds the two entries 3
 * and 10 instead (77 entries, not sorted). The published front approximation was computed with this
 * table, so it is kept; the only effect is that x₁ ∈ (9.74, 10.135) maps to 10.
 *
 * <p><b>x₂ = 0.</b> On this face of the box the reference divides by zero and its f₂ is +∞; here it
 * is {@link Double#MAX_VALUE} (see {@link RealWorldProblem}).
 *
 * <p>Ideal and nadir points: as published with the suite, read from third-party redistributions of
 * the reference data (libmoon's {@code libmoon/problem/synthetic/re_problem.py}, which agrees with
 * two other ports); the ideal (5.88, 0) and the nadir f₂ = 180.01547 are exact (x = (0.2, 20, 0)).
 */
public final class Re22 extends RealWorldProblem {

    /** The reference's table of reinforcement areas, including its 3 and 10 (see the class). */
    static final double[] REINFORCEMENT_AREAS = {
        0.20, 0.31, 0.40, 0.44, 0.60, 0.62, 0.79, 0.80, 0.88, 0.93, 1.0, 1.20, 1.24, 1.32, 1.40, 1.55, 1.58, 1.60, 1.76,
        1.80, 1.86, 2.0, 2.17, 2.20, 2.37, 2.40, 2.48, 2.60, 2.64, 2.79, 2.80, 3.0, 3.08, 3, 10, 3.16, 3.41, 3.52, 3.60,
        3.72, 3.95, 3.96, 4.0, 4.03, 4.20, 4.34, 4.40, 4.65, 4.74, 4.80, 4.84, 5.0, 5.28, 5.40, 5.53, 5.72, 6.0, 6.16,
        6.32, 6.60, 7.11, 7.20, 7.80, 7.90, 8.0, 8.40, 8.69, 9.0, 9.48, 10.27, 11.0, 11.06, 11.85, 12.0, 13.0, 14.0,
        15.0
    };

    /** RE22 as the suite defines it. */
    public Re22() {
        super("RE22", new double[] {0.2, 0, 0}, new double[] {15, 20, 40}, new double[] {5.88, 0.0}, new double[] {
            361.262944647, 180.01547
        });
    }

    @Override
    double[] objectives(double[] x) {
        double x1 = nearest(REINFORCEMENT_AREAS, x[0]);
        double x2 = x[1];
        double x3 = x[2];
        double f1 = (29.4 * x1) + (0.6 * x2 * x3);
        double g1 = (x1 * x3) - 7.735 * ((x1 * x1) / x2) - 180.0;
        double g2 = 4.0 - (x3 / x2);
        return new double[] {f1, violation(g1, g2)};
    }
}
