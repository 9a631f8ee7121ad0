package org.mo4j.surrogates.gp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The analytic gradient of {@link MarginalLikelihood} against central finite differences in every
 * raw hyper-parameter (constant mean, raw output scale, each raw length-scale, raw noise), for both
 * kernels, random sizes (n 1–10, d 1–4), data, noise floors and raw values.
 *
 * <p>Five-point stencil with h = 10⁻⁴: truncation O(h⁴) ≈ 10⁻¹⁶·(fifth derivative), rounding
 * ≈ ε·|loss|/h ≈ 10⁻¹². The raw noise is at least −4 (σ² ≥ 0.018), so K_y's condition number stays
 * below ~10³ and no jitter is needed. We require |fd − an| / max(|fd| + |an|, 10⁻⁴) &lt; 10⁻⁶; a
 * scan of 1000 random cases (noise floor 10⁻⁵) gave a worst error of 3.4·10⁻⁸; a wrong term is off
 * by O(1).
 */
class LikelihoodGradientPropertiesTest {

    static final double H = 1e-4;
    static final double TOLERANCE = 1e-6;
    static final double FLOOR = 1e-4;

    record Case(int n, int d, Kernel kernel, double noiseFloor, long seed) {}

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 10),
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.of(Kernel.class),
                        Arbitraries.of(0.0, 1e-5, 1e-3),
                        Arbitraries.longs())
                .as(Case::new);
    }

    @Property(tries = 200)
    void gradientMatchesFiniteDifferences(@ForAll("cases") Case c) {
        SplittableRandom r = new SplittableRandom(c.seed());
        double[][] x = GpTestData.uniform(r, c.n(), c.d());
        double[] y = GpTestData.targets(r, x);
        MarginalLikelihood ml = new MarginalLikelihood(x, y, c.kernel(), c.noiseFloor());
        double[] raw = new double[c.d() + 3];
        raw[0] = r.nextDouble(-1, 1);
        raw[1] = r.nextDouble(-2, 2);
        for (int j = 0; j < c.d(); j++) {
            raw[2 + j] = r.nextDouble(-1.5, 1.5);
        }
        raw[c.d() + 2] = r.nextDouble(-4, 1);
        double[] gradient = new double[raw.length];
        ml.evaluate(raw, gradient);
        assertTrue(ml.lastJitter() == 0);
        for (int i = 0; i < raw.length; i++) {
            double fd = GpTestData.central(a -> ml.evaluate(a, null), raw, i, H);
            double err = GpTestData.error(fd, gradient[i], FLOOR);
            assertTrue(err < TOLERANCE, "parameter " + i + ": fd " + fd + " analytic " + gradient[i] + " " + c);
        }
    }
}
