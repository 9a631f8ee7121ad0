package org.mo4j.problems.re;

/**
 * RE91 (RE9-7-1), the car cab design problem (Deb and Jain 2014): 7 continuous variables, 9
 * objectives, <em>stochastic</em> in the reference and made deterministic here by a seed.
 *
 * <p>The variables and their box are those of {@link Re41}. Besides them the response surfaces use
 * four random parameters, drawn afresh at every evaluation in the reference (C: Box–Muller on
 * {@code rand()}; Java: {@code Random.nextGaussian()}; Python: {@code np.random.normal}):
 * x₈ ~ N(0.345, 0.006²), x₉ ~ N(0.192, 0.006²), x₁₀ ~ N(0, 10²), x₁₁ ~ N(0, 10²). The
 * objectives, with the reference's coefficients (see {@link #objectives}):
 * <ul>
 * <li>f₁ = 1.98 + 4.9x₁ + 6.67x₂ + 6.98x₃ + 4.01x₄ + 1.75x₅ + 0.00001x₆ + 2.73x₇, the weight
 * (no noise; note 1.75x₅ where RE41 has 1.78x₅, as in the reference);
 * <li>f₂ = max(0, abdomen load / 1.0);
 * <li>f₃, f₄, f₅ = max(0, viscous criterion (upper, middle, lower) / 0.32);
 * <li>f₆ = max(0, mean of the three rib deflections / 32);
 * <li>f₇ = max(0, pubic force / 4);
 * <li>f₈ = max(0, velocity of the B-pillar / 9.9);
 * <li>f₉ = max(0, velocity of the front door / 15.7).
 * </ul>
 *
 * <p><b>Determinism.</b> Here the four random parameters are a pure function of the seed given at
 * construction and of the bits of x: a SplitMix64 hash of (seed, x₁, …, x₇) gives eight uniform
 * numbers in (0, 1), and the Box–Muller transform z = √(−2 ln u)·sin(2πu') (the one the C reference
 * uses) turns them into the four standard normals. So the distribution of the parameters over
 * distinct points is the reference's, independent from point to point, but evaluating the same x
 * twice gives the same objectives (in the reference it does not), results do not depend on the
 * order or the thread of evaluation, and a run is reproducible from its seed. The default seed is
 * {@link #DEFAULT_SEED}; {@link RealWorldProblems#create} uses it.
 *
 * <p>Ideal and nadir points: as published with the suite, read from two third-party ports of the
 * reference data (both give the nadir; one the ideal). They were computed by Tanabe and Ishibuchi
 * from the reference's own random draws, so they describe the noisy problem only approximately.
 * The ideal f₁ is exact at the lower corner.
 */
public final class Re91 extends RealWorldProblem {

    /** The seed of {@link #Re91()}. */
    public static final long DEFAULT_SEED = 1L;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed;

    /** RE91 with {@link #DEFAULT_SEED}. */
    public Re91() {
        this(DEFAULT_SEED);
    }

    /** RE91 whose random parameters are drawn from {@code seed} and the decision vector. */
    public Re91(long seed) {
        super(
                "RE91",
                Re41.LOWER,
                Re41.UPPER,
                new double[] {
                    15.549754,
                    0.0,
                    0.0,
                    0.0907242296262,
                    0.367459287472,
                    0.527364946723,
                    0.735415465187,
                    0.618676033791,
                    0.660886967497
                },
                new double[] {
                    39.6023250742,
                    1.00188125422,
                    112.487885728,
                    0.79017024474,
                    1.42304666576,
                    1.08576907833,
                    1.1215181762,
                    0.993535488298,
                    1.01068662645
                });
        this.seed = seed;
    }

    /** The seed the random parameters are drawn from. */
    public long seed() {
        return seed;
    }

    /** The random parameters (x₈, x₉, x₁₀, x₁₁) this instance uses at {@code x}. */
    double[] randomParameters(double[] x) {
        long h = mix(seed ^ GOLDEN);
        for (double xi : x) {
            h = mix(h ^ Double.doubleToLongBits(xi + 0.0)); // + 0.0 maps −0.0 to 0.0
        }
        double[] z = new double[4];
        for (int j = 0; j < 4; j++) {
            double u1 = unit(mix(h + (2 * j + 1) * GOLDEN));
            double u2 = unit(mix(h + (2 * j + 2) * GOLDEN));
            z[j] = Math.sqrt(-2.0 * Math.log(u1)) * Math.sin(2.0 * Math.PI * u2);
        }
        return new double[] {0.006 * z[0] + 0.345, 0.006 * z[1] + 0.192, 10 * z[2], 10 * z[3]};
    }

    @Override
    double[] objectives(double[] x) {
        double[] r = randomParameters(x);
        return objectives(x, r[0], r[1], r[2], r[3]);
    }

    /** The objectives at {@code x} for given values of the random parameters. */
    static double[] objectives(double[] x, double x8, double x9, double x10, double x11) {
        double x1 = x[0];
        double x2 = x[1];
        double x3 = x[2];
        double x4 = x[3];
        double x5 = x[4];
        double x6 = x[5];
        double x7 = x[6];
        double f1 = 1.98 + 4.9 * x1 + 6.67 * x2 + 6.98 * x3 + 4.01 * x4 + 1.75 * x5 + 0.00001 * x6 + 2.73 * x7;
        double f2 = Math.max(
                0.0, (1.16 - 0.3717 * x2 * x4 - 0.00931 * x2 * x10 - 0.484 * x3 * x9 + 0.01343 * x6 * x10) / 1.0);
        double f3 = Math.max(
                0.0,
                (0.261
                                - 0.0159 * x1 * x2
                                - 0.188 * x1 * x8
                                - 0.019 * x2 * x7
                                + 0.0144 * x3 * x5
                                + 0.87570001 * x5 * x10
                                + 0.08045 * x6 * x9
                                + 0.00139 * x8 * x11
                                + 0.00001575 * x10 * x11)
                        / 0.32);
        double f4 = Math.max(
                0.0,
                (0.214
                                + 0.00817 * x5
                                - 0.131 * x1 * x8
                                - 0.0704 * x1 * x9
                                + 0.03099 * x2 * x6
                                - 0.018 * x2 * x7
                                + 0.0208 * x3 * x8
                                + 0.121 * x3 * x9
                                - 0.00364 * x5 * x6
                                + 0.0007715 * x5 * x10
                                - 0.0005354 * x6 * x10
                                + 0.00121 * x8 * x11
                                + 0.00184 * x9 * x10
                                - 0.018 * x2 * x2)
                        / 0.32);
        double f5 = Math.max(
                0.0,
                (0.74 - 0.61 * x2 - 0.163 * x3 * x8 + 0.001232 * x3 * x10 - 0.166 * x7 * x9 + 0.227 * x2 * x2) / 0.32);
        double ribs = ((28.98
                                + 3.818 * x3
                                - 4.2 * x1 * x2
                                + 0.0207 * x5 * x10
                                + 6.63 * x6 * x9
                                - 7.77 * x7 * x8
                                + 0.32 * x9 * x10)
                        + (33.86
                                + 2.95 * x3
                                + 0.1792 * x10
                                - 5.057 * x1 * x2
                                - 11 * x2 * x8
                                - 0.0215 * x5 * x10
                                - 9.98 * x7 * x8
                                + 22 * x8 * x9)
                        + (46.36 - 9.9 * x2 - 12.9 * x1 * x8 + 0.1107 * x3 * x10))
                / 3;
        double f6 = Math.max(0.0, ribs / 32);
        double f7 = Math.max(
                0.0,
                (4.72 - 0.5 * x4 - 0.19 * x2 * x3 - 0.0122 * x4 * x10 + 0.009325 * x6 * x10 + 0.000191 * x11 * x11)
                        / 4.0);
        double f8 = Math.max(
                0.0,
                (10.58 - 0.674 * x1 * x2 - 1.95 * x2 * x8 + 0.02054 * x3 * x10 - 0.0198 * x4 * x10 + 0.028 * x6 * x10)
                        / 9.9);
        double f9 = Math.max(
                0.0,
                (16.45
                                - 0.489 * x3 * x7
                                - 0.843 * x5 * x6
                                + 0.0432 * x9 * x10
                                - 0.0556 * x9 * x11
                                - 0.000786 * x11 * x11)
                        / 15.7);
        return new double[] {f1, f2, f3, f4, f5, f6, f7, f8, f9};
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A double in (0, 1) from the top 53 bits. */
    private static double unit(long bits) {
        return ((bits >>> 11) + 0.5) * 0x1.0p-53;
    }
}
