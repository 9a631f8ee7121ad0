package org.mo4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The activations against their definitions. */
class ActivationTest {

    /** The exp-based tanh stays within 4·10⁻¹⁶ of Math.tanh (absolute), odd, and saturates at ±1. */
    @Test
    void tanhIsWithinFourTenthsOfAQuadrillionthOfMathTanh() {
        SplittableRandom r = new SplittableRandom(3);
        double worst = 0;
        for (int i = 0; i < 1_000_000; i++) {
            double z = i % 2 == 0 ? r.nextDouble(-25, 25) : r.nextGaussian() * Math.pow(10, -r.nextInt(12));
            worst = Math.max(worst, Math.abs(Activation.TANH.apply(z) - Math.tanh(z)));
            assertEquals(-Activation.TANH.apply(z), Activation.TANH.apply(-z));
        }
        assertTrue(worst <= 4e-16, "worst absolute error " + worst);
        assertEquals(1.0, Activation.TANH.apply(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Activation.TANH.apply(-800));
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(Activation.TANH.apply(-0.0)));
    }

    @Test
    void otherActivationsAndDerivatives() {
        assertEquals(0.5, Activation.SIGMOID.apply(0));
        assertEquals(1 / (1 + Math.exp(-3)), Activation.SIGMOID.apply(3), 1e-16);
        assertEquals(Math.exp(-800) / (1 + Math.exp(-800)), Activation.SIGMOID.apply(-800));
        assertEquals(0.25, Activation.SIGMOID.derivativeFromOutput(0.5));
        assertEquals(0, Activation.RELU.apply(-2));
        assertEquals(2, Activation.RELU.apply(2));
        assertEquals(0, Activation.RELU.derivativeFromOutput(0));
        assertEquals(1, Activation.RELU.derivativeFromOutput(0.1));
        assertEquals(-7, Activation.IDENTITY.apply(-7));
        assertEquals(1, Activation.IDENTITY.derivativeFromOutput(5));
        double h = Math.tanh(0.7);
        assertEquals(1 - h * h, Activation.TANH.derivativeFromOutput(h));
    }
}
