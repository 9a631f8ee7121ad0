package org.mo4j.surrogates.gp;

/**
 * softplus(x) = ln(1 + eˣ), its derivative (the logistic sigmoid) and its inverse, computed without
 * overflow: gpytorch's {@code Positive} and {@code GreaterThan} constraints map raw parameters
 * through softplus, so mo4j does the same.
 */
final class Softplus {

    private Softplus() {}

    /** ln(1 + eˣ). */
    static double value(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** d softplus / dx = 1 / (1 + e⁻ˣ). */
    static double derivative(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** The x with softplus(x) = y, for y &gt; 0: ln(eʸ − 1) = y + ln(1 − e⁻ʸ). */
    static double inverse(double y) {
        return y + Math.log(-Math.expm1(-y));
    }
}
