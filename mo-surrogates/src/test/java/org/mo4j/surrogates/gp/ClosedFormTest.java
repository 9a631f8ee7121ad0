package org.mo4j.surrogates.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values computed by hand: kernels at known distances, a one-point posterior and likelihood. */
class ClosedFormTest {

    @Test
    void kernelValuesAtKnownDistances() {
        // (1 + √5 + 5/3)·e^{−√5} and (1 + √5/2 + 5/12)·e^{−√5/2}, evaluated in Python
        assertEquals(0.5239941088318203, Kernel.MATERN52.correlation(1), 1e-15);
        assertEquals(0.8286491424181253, Kernel.MATERN52.correlation(0.25), 1e-15);
        assertEquals(1, Kernel.MATERN52.correlation(0), 0);
        assertEquals(Math.exp(-0.5), Kernel.RBF.correlation(1), 1e-16);
        assertEquals(0.8824969025845955, Kernel.RBF.correlation(0.25), 1e-16);
        assertEquals(-5.0 / 6, Kernel.MATERN52.correlationDerivative(0), 1e-16);
        assertEquals(-0.5, Kernel.RBF.correlationDerivative(0), 0);
        // r² = (3/2)² + (−4/2)²... with ℓ = (2, 4): ((1−4)/2)² + ((2−0)/4)² = 2.25 + 0.25 = 2.5
        double r2 = 2.5;
        assertEquals(
                3 * Math.exp(-0.5 * r2),
                Kernel.RBF.covariance(new double[] {1, 2}, new double[] {4, 0}, 3, new double[] {2, 4}),
                1e-15);
        double r = Math.sqrt(r2);
        assertEquals(
                3 * (1 + Math.sqrt(5) * r + 5 * r2 / 3) * Math.exp(-Math.sqrt(5) * r),
                Kernel.MATERN52.covariance(new double[] {1, 2}, new double[] {4, 0}, 3, new double[] {2, 4}),
                1e-15);
    }

    @Test
    void onePointPosteriorAndLikelihood() {
        double c = 0.3;
        double s = 2;
        double ell = 0.7;
        double noise = 0.1;
        double y0 = 1.7;
        for (Kernel kernel : Kernel.values()) {
            GpSettings settings =
                    GpSettings.defaults().withKernel(kernel).withNoiseFloor(0).withMinVariance(0);
            GaussianProcess gp = GaussianProcess.condition(
                    new double[][] {{0.5}},
                    new double[] {y0},
                    new Hyperparameters(c, s, new double[] {ell}, noise),
                    settings);
            for (double xq : new double[] {0.5, 0.9, -1.3}) {
                double rho = kernel.correlation((xq - 0.5) * (xq - 0.5) / (ell * ell));
                double mean = c + s * rho / (s + noise) * (y0 - c);
                double var = s - s * s * rho * rho / (s + noise);
                assertEquals(mean, gp.mean(new double[] {xq}), 1e-12, kernel + " mean at " + xq);
                assertEquals(var, gp.variance(new double[] {xq}), 1e-12, kernel + " variance at " + xq);
                double[] m = new double[1];
                double[] v = new double[1];
                gp.predict(new double[][] {{xq}}, m, v, true, gp.workspace());
                assertEquals(var + noise, v[0], 1e-12, "with observation noise");
            }
            double k = s + noise;
            double loss = 0.5 * (y0 - c) * (y0 - c) / k + 0.5 * Math.log(k) + 0.5 * Math.log(2 * Math.PI);
            assertEquals(loss, gp.loss(), 1e-12, kernel + " loss");
            assertEquals(Math.sqrt(k), gp.choleskyFactor()[0][0], 1e-12);
            assertEquals((y0 - c) / k, gp.alpha()[0], 1e-12);
        }
    }

    @Test
    void theLossIsPerDataPoint() {
        // two far-apart points are independent: the total is the sum, the loss its mean
        double[][] x = {{0}, {1000}};
        double[] y = {1, -2};
        Hyperparameters hp = new Hyperparameters(0, 1, new double[] {1}, 0.5);
        GpSettings settings = GpSettings.defaults().withNoiseFloor(0);
        double k = 1.5;
        double total = 0;
        for (double t : y) {
            total += 0.5 * t * t / k + 0.5 * Math.log(k) + 0.5 * Math.log(2 * Math.PI);
        }
        assertEquals(total / 2, GaussianProcess.condition(x, y, hp, settings).loss(), 1e-12);
    }

    @Test
    void gpytorchInitialValues() {
        Hyperparameters h = Hyperparameters.initial(3, 1e-5);
        assertEquals(0, h.constantMean());
        assertEquals(Math.log(2), h.outputScale(), 1e-16);
        assertArrayEquals(new double[] {Math.log(2), Math.log(2), Math.log(2)}, h.lengthScales(), 1e-16);
        assertEquals(Math.log(2) + 1e-5, h.noise(), 1e-16);
        assertArrayEquals(new double[6], h.toRaw(1e-5), 1e-15);
        Hyperparameters g = new Hyperparameters(-0.4, 1e-3, new double[] {0.05, 40}, 2e-5);
        Hyperparameters back = Hyperparameters.fromRaw(g.toRaw(1e-5), 1e-5);
        assertEquals(g.constantMean(), back.constantMean(), 0);
        assertEquals(g.outputScale(), back.outputScale(), 1e-15);
        assertArrayEquals(g.lengthScales(), back.lengthScales(), 1e-13);
        assertEquals(g.noise(), back.noise(), 1e-15);
    }

    @Test
    void softplus() {
        assertEquals(Math.log(2), Softplus.value(0), 0);
        assertEquals(800, Softplus.value(800), 0);
        assertEquals(Math.exp(-800), Softplus.value(-800), 0);
        assertEquals(0.5, Softplus.derivative(0), 0);
        for (double y : new double[] {1e-8, 0.3, 5, 700}) {
            assertEquals(y, Softplus.value(Softplus.inverse(y)), 1e-14 * y);
        }
    }
}
