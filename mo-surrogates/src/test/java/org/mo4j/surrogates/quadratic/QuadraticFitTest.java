package org.mo4j.surrogates.quadratic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mo4j.surrogates.sampling.MapSampling;

class QuadraticFitTest {

    private static double[] metric(double[][] c, double[] p, Link link) {
        double[] y = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            y[k] = link.apply(QuadraticFeatures.linearPredictor(c[k], p));
        }
        return y;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void recoversTheParametersOfAMetricThatIsExactlyASigmoidOfAQuadratic(int t) {
        SplittableRandom rng = new SplittableRandom(t);
        int p = QuadraticFeatures.parameterCount(t);
        double[] truth = new double[p];
        for (int j = 0; j < p; j++) {
            truth[j] = rng.nextDouble(-1.5, 1.5);
        }
        double[][] c = MapSampling.plainMap(t, rng);
        QuadraticSurrogate s = QuadraticFit.fit(c, metric(c, truth, Link.SIGMOID), Link.SIGMOID);
        assertTrue(s.rSquared() > 1 - 1e-10, "R² = " + s.rSquared());
        assertArrayEquals(truth, s.parameters(), 1e-5);
        assertTrue(s.rootMeanSquaredError() < 1e-8);
    }

    @Test
    void recoversASoftplusQuadraticAndAnIdentityQuadratic() {
        SplittableRandom rng = new SplittableRandom(5);
        double[] truth = {0.8, -0.4, 0.3, -1.2, 0.7, 0.2};
        double[][] c = MapSampling.plainMap(2, rng);
        for (Link link : new Link[] {Link.SOFTPLUS, Link.IDENTITY}) {
            QuadraticSurrogate s = QuadraticFit.fit(c, metric(c, truth, link), link);
            assertArrayEquals(truth, s.parameters(), 1e-6, link.name());
        }
    }

    @Test
    void fitsTheRawMetricNotTheLogitSoAccuraciesOfExactlyOneAreFine() {
        double[][] c = MapSampling.plainMap(2, new SplittableRandom(2));
        double[] y = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            y[k] = Math.min(1.0, 0.6 + 0.5 * c[k][0]); // some exactly 1, where logit(y) is infinite
        }
        QuadraticSurrogate s = QuadraticFit.fit(c, y, Link.SIGMOID);
        assertTrue(s.rSquared() > 0.9, "R² = " + s.rSquared());
        for (int k = 0; k < c.length; k++) {
            assertEquals(y[k] - s.predict(c[k]), s.residuals()[k], 1e-12);
        }
    }

    @Test
    void gradientMatchesCentralDifferences() {
        QuadraticSurrogate s = QuadraticSurrogate.of(3, Link.SIGMOID, 0.3, -0.2, 0.5, 0.4, -0.6, 0.1, 1, -1, 0.5, 0.2);
        double[] c = {0.3, -0.7, 1.1};
        double[] g = s.gradient(c);
        for (int i = 0; i < 3; i++) {
            double[] a = c.clone();
            double[] b = c.clone();
            a[i] += 1e-6;
            b[i] -= 1e-6;
            assertEquals((s.predict(a) - s.predict(b)) / 2e-6, g[i], 1e-8);
        }
    }

    @Test
    void featuresFollowTheOfficialOrderSquaresCrossTermsLinearConstant() {
        assertArrayEquals(new double[] {4, 9, 25, 6, 10, 15, 2, 3, 5, 1}, QuadraticFeatures.of(new double[] {2, 3, 5}));
        assertEquals(6, QuadraticFeatures.parameterCount(2));
        assertEquals(45, QuadraticFeatures.parameterCount(8));
    }

    @Test
    void isDeterministic() {
        double[][] c = MapSampling.plainMap(3, new SplittableRandom(9));
        double[] y = new double[c.length];
        for (int k = 0; k < y.length; k++) {
            y[k] = 0.5 + 0.1 * Math.sin(3 * c[k][0]) * c[k][1] + 0.05 * c[k][2];
        }
        assertEquals(QuadraticFit.fit(c, y, Link.SIGMOID), QuadraticFit.fit(c, y, Link.SIGMOID));
    }

    @Test
    void rejectsFewerSamplesThanParameters() {
        double[][] c = {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {0.5, 0.2}};
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> QuadraticFit.fit(c, new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, Link.SIGMOID));
        assertTrue(e.getMessage().contains("5 samples") && e.getMessage().contains("6 parameters"), e.getMessage());
    }

    @Test
    void rejectsNaNMetricsMismatchedLengthsAndRaggedCoefficients() {
        double[][] c = MapSampling.plainMap(2, new SplittableRandom(1));
        double[] y = new double[c.length];
        y[3] = Double.NaN;
        IllegalArgumentException nan =
                assertThrows(IllegalArgumentException.class, () -> QuadraticFit.fit(c, y, Link.SIGMOID));
        assertTrue(nan.getMessage().contains("y[3]") && nan.getMessage().contains("NaN"), nan.getMessage());
        IllegalArgumentException len = assertThrows(
                IllegalArgumentException.class, () -> QuadraticFit.fit(c, new double[c.length - 1], Link.SIGMOID));
        assertTrue(len.getMessage().contains("dimension mismatch"), len.getMessage());
        double[][] ragged = c.clone();
        ragged[2] = new double[] {1, 2, 3};
        IllegalArgumentException r = assertThrows(
                IllegalArgumentException.class, () -> QuadraticFit.fit(ragged, new double[c.length], Link.SIGMOID));
        assertTrue(r.getMessage().contains("c[2]"), r.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> QuadraticSurrogate.of(2, Link.SIGMOID, 1, 2, 3).predict(new double[] {0, 0}));
        assertThrows(
                IllegalArgumentException.class,
                () -> QuadraticSurrogate.of(2, Link.SIGMOID, 1, 2, 3, 4, 5, 6).predict(new double[] {0, 0, 0}));
    }
}
