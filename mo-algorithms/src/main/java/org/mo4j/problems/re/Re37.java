package org.mo4j.problems.re;

/**
 * RE37 (RE3-4-7), the rocket injector design problem (Vaidyanathan et al. 2003): 4 continuous
 * variables, 3 objectives, quadratic and cubic response surfaces of the reference.
 *
 * <p>x₁ = α (hydrogen flow angle), x₂ = ΔHA (hydrogen area), x₃ = ΔOA (oxygen area) and
 * x₄ = OPTT (oxidiser post tip thickness), all normalised to [0, 1].
 * <ul>
 * <li>f₁ = TF_max, the maximum temperature of the injector face;
 * <li>f₂ = X_cc, the distance from the inlet (length of the combustion chamber);
 * <li>f₃ = TT_max, the maximum temperature at the post tip.
 * </ul>
 * The coefficients are those of the reference (see {@link #objectives}). No constraints.
 *
 * <p>Ideal and nadir points: as published with the suite, read from third-party ports of the
 * reference data (libmoon's {@code re_problem.py} and two others agree).
 */
public final class Re37 extends RealWorldProblem {

    /** RE37 as the suite defines it. */
    public Re37() {
        super(
                "RE37",
                new double[] {0, 0, 0, 0},
                new double[] {1, 1, 1, 1},
                new double[] {0.00889341391106, 0.00488, -0.431499999825},
                new double[] {0.98949120096, 0.956587924661, 0.987530948586});
    }

    @Override
    double[] objectives(double[] x) {
        double a = x[0];
        double ha = x[1];
        double oa = x[2];
        double t = x[3];
        double f1 = 0.692
                + (0.477 * a)
                - (0.687 * ha)
                - (0.080 * oa)
                - (0.0650 * t)
                - (0.167 * a * a)
                - (0.0129 * ha * a)
                + (0.0796 * ha * ha)
                - (0.0634 * oa * a)
                - (0.0257 * oa * ha)
                + (0.0877 * oa * oa)
                - (0.0521 * t * a)
                + (0.00156 * t * ha)
                + (0.00198 * t * oa)
                + (0.0184 * t * t);
        double f2 = 0.153
                - (0.322 * a)
                + (0.396 * ha)
                + (0.424 * oa)
                + (0.0226 * t)
                + (0.175 * a * a)
                + (0.0185 * ha * a)
                - (0.0701 * ha * ha)
                - (0.251 * oa * a)
                + (0.179 * oa * ha)
                + (0.0150 * oa * oa)
                + (0.0134 * t * a)
                + (0.0296 * t * ha)
                + (0.0752 * t * oa)
                + (0.0192 * t * t);
        double f3 = 0.370
                - (0.205 * a)
                + (0.0307 * ha)
                + (0.108 * oa)
                + (1.019 * t)
                - (0.135 * a * a)
                + (0.0141 * ha * a)
                + (0.0998 * ha * ha)
                + (0.208 * oa * a)
                - (0.0301 * oa * ha)
                - (0.226 * oa * oa)
                + (0.353 * t * a)
                - (0.0497 * t * oa)
                - (0.423 * t * t)
                + (0.202 * ha * a * a)
                - (0.281 * oa * a * a)
                - (0.342 * ha * ha * a)
                - (0.245 * ha * ha * oa)
                + (0.281 * oa * oa * ha)
                - (0.184 * t * t * a)
                - (0.281 * ha * a * oa);
        return new double[] {f1, f2, f3};
    }
}
