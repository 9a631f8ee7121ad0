package org.mo4j.surrogates.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the posterior: the input gradients of the mean and the variance against central
 * finite differences, interpolation with tiny noise, non-negative variance that shrinks at the data.
 *
 * <p>Gradients: five-point stencil with h = 10⁻⁴ on models conditioned on random data with random
 * hyper-parameters (noise ≥ 10⁻², so no jitter); we require |fd − an| / max(|fd| + |an|, 10⁻⁴)
 * &lt; 10⁻⁶, skipping points where the variance is within 10⁻⁶ of the clamp (set to 0 here, so only
 * exact zeros, which do not occur). A scan of 1000 random models gave worst errors of 8·10⁻⁹ (mean)
 * and 1.3·10⁻⁸ (variance).
 */
class PredictionPropertiesTest {

    static final double H = 1e-4;
    static final double TOLERANCE = 1e-6;
    static final double FLOOR = 1e-4;

    record Case(int n, int d, Kernel kernel, long seed) {}

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.of(Kernel.class),
                        Arbitraries.longs())
                .as(Case::new);
    }

    static GaussianProcess model(Case c, SplittableRandom r, double noise) {
        double[][] x = GpTestData.uniform(r, c.n(), c.d());
        double[] y = GpTestData.targets(r, x);
        double[] ls = new double[c.d()];
        for (int j = 0; j < c.d(); j++) {
            ls[j] = r.nextDouble(0.2, 1.5);
        }
        Hyperparameters hp = new Hyperparameters(r.nextDouble(-1, 1), r.nextDouble(0.3, 3), ls, noise);
        GpSettings settings =
                GpSettings.defaults().withKernel(c.kernel()).withNoiseFloor(0).withMinVariance(0);
        return GaussianProcess.condition(x, y, hp, settings);
    }

    @Property(tries = 200)
    void inputGradientsMatchFiniteDifferences(@ForAll("cases") Case c) {
        SplittableRandom r = new SplittableRandom(c.seed());
        GaussianProcess gp = model(c, r, r.nextDouble(1e-2, 0.5));
        assertEquals(0, gp.jitter());
        int m = 5;
        double[][] points = GpTestData.uniform(r, m, c.d());
        for (double[] p : points) {
            for (int j = 0; j < c.d(); j++) {
                p[j] = p[j] * 1.4 - 0.2; // also a little outside the data's box
            }
        }
        double[] mean = new double[m];
        double[] var = new double[m];
        double[][] dMean = new double[m][c.d()];
        double[][] dVar = new double[m][c.d()];
        GaussianProcess.Workspace ws = gp.workspace();
        gp.predict(points, mean, var, dMean, dVar, ws);
        double[] mean2 = new double[m];
        double[] var2 = new double[m];
        gp.predict(points, mean2, var2, ws);
        for (int p = 0; p < m; p++) {
            assertEquals(mean2[p], mean[p], 0, "the plain and the gradient paths agree");
            assertEquals(var2[p], var[p], 0);
            for (int j = 0; j < c.d(); j++) {
                double fdMean = GpTestData.central(gp::mean, points[p], j, H);
                double fdVar = GpTestData.central(gp::variance, points[p], j, H);
                assertTrue(
                        GpTestData.error(fdMean, dMean[p][j], FLOOR) < TOLERANCE,
                        "dmean: fd " + fdMean + " analytic " + dMean[p][j] + " " + c);
                assertTrue(
                        GpTestData.error(fdVar, dVar[p][j], FLOOR) < TOLERANCE,
                        "dvar: fd " + fdVar + " analytic " + dVar[p][j] + " " + c);
            }
        }
        double[] std = new double[m];
        double[][] dStd = new double[m][c.d()];
        GaussianProcess.standardDeviation(var, dVar, std, dStd);
        for (int p = 0; p < m; p++) {
            for (int j = 0; j < c.d(); j++) {
                double fd = GpTestData.central(a -> Math.sqrt(gp.variance(a)), points[p], j, H);
                assertTrue(
                        GpTestData.error(fd, dStd[p][j], FLOOR) < TOLERANCE,
                        "dstd: fd " + fd + " analytic " + dStd[p][j]);
            }
        }
    }

    @Property(tries = 200)
    void varianceIsNonNegativeAndShrinksAtTheData(@ForAll("cases") Case c) {
        SplittableRandom r = new SplittableRandom(c.seed());
        double noise = Math.pow(10, r.nextDouble(-6, 0));
        GaussianProcess gp = model(c, r, noise);
        Hyperparameters hp = gp.hyperparameters();
        double s = hp.outputScale();
        double[][] x = gp.inputs();
        double[] var = new double[x.length];
        gp.predict(x, new double[x.length], var, gp.workspace());
        // one training point alone leaves s·σ²/(s + σ²); more data can only lower it
        double atOnePoint = s * hp.noise() / (s + hp.noise());
        for (double v : var) {
            assertTrue(v >= 0);
            assertTrue(v <= atOnePoint * (1 + 1e-6) + 1e-9 * s, v + " > " + atOnePoint);
        }
        SplittableRandom q = new SplittableRandom(c.seed() + 1);
        for (double[] p : GpTestData.uniform(q, 20, c.d())) {
            double v = gp.variance(p);
            assertTrue(v >= 0 && v <= s * (1 + 1e-12), "0 <= " + v + " <= prior " + s);
        }
        double[] far = new double[c.d()];
        java.util.Arrays.fill(far, 100);
        assertEquals(s, gp.variance(far), 1e-9 * s, "far from the data the prior variance returns");
    }

    @Property(tries = 100)
    void tinyNoiseInterpolatesTheTargets(@ForAll("cases") Case c) {
        SplittableRandom r = new SplittableRandom(c.seed());
        // well separated points (about two length-scales apart in the first coordinate), so that
        // K_y's smallest eigenvalue is far above the noise and y - mu = noise * alpha is tiny
        double[][] x = GpTestData.uniform(r, c.n(), c.d());
        for (int i = 0; i < c.n(); i++) {
            x[i][0] = i + r.nextDouble(-0.1, 0.1);
        }
        double[] y = GpTestData.targets(r, x);
        double[] ls = new double[c.d()];
        java.util.Arrays.fill(ls, 0.5);
        GpSettings settings = GpSettings.defaults().withKernel(c.kernel()).withNoiseFloor(0);
        GaussianProcess gp = GaussianProcess.condition(x, y, new Hyperparameters(0.2, 1.5, ls, 1e-9), settings);
        assertEquals(0, gp.jitter());
        double[] mean = new double[c.n()];
        double[] var = new double[c.n()];
        gp.predict(x, mean, var, gp.workspace());
        for (int i = 0; i < c.n(); i++) {
            assertEquals(y[i], mean[i], 1e-6, "mean at x[" + i + "]");
            assertEquals(settings.minVariance(), var[i], 1e-6, "variance at x[" + i + "]");
        }
    }
}
