package org.mo4j.surrogates.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Jitter escalation, the indefinite-matrix exception, and bad input at every entry point. */
class FailureTest {

    static void fails(String expectedInMessage, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    @Test
    void duplicatedPointsWithoutNoiseAreRescuedByJitter() {
        // K is singular (positive semi-definite): the first jitter, 1e-8 x mean diagonal, repairs it
        double[][] x = {{0.1, 0.2}, {0.1, 0.2}, {0.7, 0.3}};
        double[] y = {1, 1, 0};
        GpSettings settings = GpSettings.defaults().withNoiseFloor(0);
        GaussianProcess gp =
                GaussianProcess.condition(x, y, new Hyperparameters(0, 1, new double[] {0.5, 0.5}, 1e-300), settings);
        assertTrue(gp.jitter() > 0 && gp.jitter() <= 1e-7, "jitter " + gp.jitter());
        assertEquals(1, gp.mean(new double[] {0.1, 0.2}), 1e-6);
    }

    @Test
    void anIndefiniteMatrixThrowsNamingSizeAndJitter() {
        // eigenvalues 3 and -1: no jitter up to 1e-2 x mean diagonal helps
        NotPositiveDefiniteException e = assertThrows(
                NotPositiveDefiniteException.class,
                () -> new Cholesky(2).factor(new double[] {1, 2, 2, 1}, new double[4]));
        assertEquals(2, e.size());
        assertEquals(1e-2, e.jitter(), 1e-15);
        assertTrue(e.getMessage().contains("2x2") && e.getMessage().contains("0.01"), e.getMessage());
    }

    @Test
    void anOverflowingKernelMatrixThrows() {
        double big = Double.MAX_VALUE; // s + σ² overflows to infinity
        NotPositiveDefiniteException e = assertThrows(
                NotPositiveDefiniteException.class,
                () -> GaussianProcess.condition(
                        new double[][] {{0}, {1}},
                        new double[] {0, 1},
                        new Hyperparameters(0, big, new double[] {1}, big),
                        GpSettings.defaults().withNoiseFloor(0)));
        assertTrue(e.getMessage().contains("2x2") && e.getMessage().contains("Infinity"), e.getMessage());
    }

    @Test
    void badTrainingData() {
        GpSettings s = GpSettings.defaults();
        fails("x must not be null", () -> GaussianProcess.fit(null, new double[] {1}, s));
        fails(
                "x must contain at least one point, was empty",
                () -> GaussianProcess.fit(new double[0][], new double[0], s));
        fails(
                "x[1] has 1 coordinates but x[0] has 2",
                () -> GaussianProcess.fit(new double[][] {{1, 2}, {3}}, new double[] {1, 2}, s));
        fails(
                "x[1][0] must be finite, was NaN",
                () -> GaussianProcess.fit(new double[][] {{1}, {Double.NaN}}, new double[] {1, 2}, s));
        fails(
                "y must have one target per row of x (2), was 3",
                () -> GaussianProcess.fit(new double[][] {{1}, {2}}, new double[] {1, 2, 3}, s));
        fails(
                "y[1] must be finite, was Infinity",
                () -> GaussianProcess.fit(new double[][] {{1}, {2}}, new double[] {1, Double.POSITIVE_INFINITY}, s));
        fails(
                "x[0] must have at least one coordinate, was empty",
                () -> GaussianProcess.fit(new double[][] {{}}, new double[] {1}, s));
        fails("settings must not be null", () -> GaussianProcess.fit(new double[][] {{1}}, new double[] {1}, null));
        fails(
                "hyperparameters has 2 length-scales but x has 1 coordinates",
                () -> GaussianProcess.condition(
                        new double[][] {{1}}, new double[] {1}, Hyperparameters.initial(2, 0), s));
    }

    @Test
    void badSettingsAndHyperparameters() {
        GpSettings s = GpSettings.defaults();
        fails("learningRate must be finite and > 0, was -1.0", () -> s.withLearningRate(-1));
        fails("iterations must be >= 0, was -3", () -> s.withIterations(-3));
        fails("noiseFloor must be finite and >= 0, was NaN", () -> s.withNoiseFloor(Double.NaN));
        fails("minVariance must be finite and >= 0, was -1.0", () -> s.withMinVariance(-1));
        fails("kernel must not be null", () -> s.withKernel(null));
        fails(
                "lengthScales[1] must be finite and > 0, was 0.0",
                () -> new Hyperparameters(0, 1, new double[] {1, 0}, 1));
        fails("noise must be finite and > 0, was -1.0", () -> new Hyperparameters(0, 1, new double[] {1}, -1));
        fails("raw must have at least 4 values (d + 3), was 3", () -> Hyperparameters.fromRaw(new double[3], 0));
        fails(
                "noise must be above noiseFloor 2.0, was 1.0",
                () -> new Hyperparameters(0, 1, new double[] {1}, 1).toRaw(2));
        fails(
                "a has 1 coordinates but lengthScales has 2",
                () -> Kernel.RBF.covariance(new double[] {1}, new double[] {1, 2}, 1, new double[] {1, 1}));
    }

    @Test
    void badPredictionArguments() {
        GaussianProcess gp = GaussianProcess.condition(
                new double[][] {{0, 0}, {1, 1}},
                new double[] {0, 1},
                new Hyperparameters(0, 1, new double[] {1, 1}, 0.1),
                GpSettings.defaults());
        GaussianProcess.Workspace ws = gp.workspace();
        double[] two = new double[2];
        fails(
                "points[1] has 3 coordinates but the training inputs has 2",
                () -> gp.predict(new double[][] {{0, 0}, {0, 0, 0}}, two, two.clone(), ws));
        fails(
                "points[0][1] must be finite, was NaN",
                () -> gp.predict(new double[][] {{0, Double.NaN}, {0, 0}}, two, two.clone(), ws));
        fails(
                "mean must have length 2, was 1",
                () -> gp.predict(new double[][] {{0, 0}, {0, 0}}, new double[1], two, ws));
        fails(
                "ws must be a workspace of a model with 2 training points, was for 1",
                () -> gp.predict(
                        new double[][] {{0, 0}},
                        new double[1],
                        new double[1],
                        GaussianProcess.condition(
                                        new double[][] {{0, 0}},
                                        new double[] {1},
                                        Hyperparameters.initial(2, 0),
                                        GpSettings.defaults())
                                .workspace()));
        fails(
                "meanGradient[0] must have length 2, was 1",
                () -> gp.predict(
                        new double[][] {{0, 0}},
                        new double[1],
                        new double[1],
                        new double[][] {{0}},
                        new double[1][2],
                        ws));
        fails(
                "variance[0] must be finite and >= 0, was -1.0",
                () -> GaussianProcess.standardDeviation(
                        new double[] {-1}, new double[1][2], new double[1], new double[1][2]));
        fails(
                "raw must have length 5, was 4",
                () -> new MarginalLikelihood(new double[][] {{0, 0}}, new double[] {1}, Kernel.RBF, 0)
                        .evaluate(new double[4], null));
    }
}
