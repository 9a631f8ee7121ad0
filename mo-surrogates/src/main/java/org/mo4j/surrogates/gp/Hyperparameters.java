package org.mo4j.surrogates.gp;

import java.util.Arrays;

/**
 * The hyper-parameters of a Gaussian process in their constrained form: the constant mean c, the
 * output scale s, one length-scale ℓⱼ per input and the noise variance σ², together with the
 * unconstrained raw vector the optimisers move.
 *
 * <p>The raw layout, d + 3 values, is gpytorch's: [c, raw s, raw ℓ₁ … raw ℓ_d, raw σ²] with c = raw
 * c, s = softplus(raw s), ℓⱼ = softplus(raw ℓⱼ) ({@code Positive()}), σ² = floor + softplus(raw σ²)
 * ({@code GreaterThan(floor)}); gpytorch starts every raw value at 0, so c = 0, s = ℓⱼ = ln 2 and σ² =
 * floor + ln 2 ({@link #initial}). Conversions are O(d). Immutable; the length-scale array is
 * copied in and out.
 *
 * @param constantMean c, finite
 * @param outputScale  s, finite and &gt; 0
 * @param lengthScales ℓ, at least one finite value &gt; 0
 * @param noise        σ², finite and &gt; 0
 */
public record Hyperparameters(double constantMean, double outputScale, double[] lengthScales, double noise) {

    /** Checks and copies. */
    public Hyperparameters {
        Checks.finite("constantMean", constantMean);
        Checks.positive("outputScale", outputScale);
        int d = Checks.point("lengthScales", lengthScales);
        for (int j = 0; j < d; j++) {
            Checks.positive("lengthScales[" + j + "]", lengthScales[j]);
        }
        Checks.positive("noise", noise);
        lengthScales = lengthScales.clone();
    }

    /**
     * gpytorch's initial values: every raw value 0.
     *
     * @param dimension  d, at least 1
     * @param noiseFloor the noise floor, finite and ≥ 0
     * @return c = 0, s = ℓⱼ = ln 2, σ² = floor + ln 2
     */
    public static Hyperparameters initial(int dimension, double noiseFloor) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, was " + dimension);
        }
        return fromRaw(new double[dimension + 3], noiseFloor);
    }

    /**
     * The constrained values of a raw vector.
     *
     * @param raw        [c, raw s, raw ℓ₁ … raw ℓ_d, raw σ²], at least 4 finite values
     * @param noiseFloor the noise floor, finite and ≥ 0
     * @return the hyper-parameters
     * @throws IllegalArgumentException if raw is too short or not finite, or a transformed value
     *                                  underflows to 0
     */
    public static Hyperparameters fromRaw(double[] raw, double noiseFloor) {
        int p = Checks.point("raw", raw);
        if (p < 4) {
            throw new IllegalArgumentException("raw must have at least 4 values (d + 3), was " + p);
        }
        checkFloor(noiseFloor);
        int d = p - 3;
        double[] ls = new double[d];
        for (int j = 0; j < d; j++) {
            ls[j] = Softplus.value(raw[2 + j]);
        }
        return new Hyperparameters(raw[0], Softplus.value(raw[1]), ls, noiseFloor + Softplus.value(raw[p - 1]));
    }

    /**
     * The raw vector of these values, the inverse of {@link #fromRaw}.
     *
     * @param noiseFloor the noise floor, finite, ≥ 0 and below {@link #noise()}
     * @return [c, raw s, raw ℓ₁ … raw ℓ_d, raw σ²]
     */
    public double[] toRaw(double noiseFloor) {
        checkFloor(noiseFloor);
        if (!(noise > noiseFloor)) {
            throw new IllegalArgumentException("noise must be above noiseFloor " + noiseFloor + ", was " + noise);
        }
        int d = lengthScales.length;
        double[] raw = new double[d + 3];
        raw[0] = constantMean;
        raw[1] = Softplus.inverse(outputScale);
        for (int j = 0; j < d; j++) {
            raw[2 + j] = Softplus.inverse(lengthScales[j]);
        }
        raw[d + 2] = Softplus.inverse(noise - noiseFloor);
        return raw;
    }

    /**
     * Returns a copy of the length-scales.
     *
     * @return ℓ
     */
    @Override
    public double[] lengthScales() {
        return lengthScales.clone();
    }

    /**
     * Returns d, the number of inputs.
     *
     * @return the number of length-scales
     */
    public int dimension() {
        return lengthScales.length;
    }

    double lengthScale(int j) {
        return lengthScales[j];
    }

    private static void checkFloor(double noiseFloor) {
        if (!(noiseFloor >= 0) || !Double.isFinite(noiseFloor)) {
            throw new IllegalArgumentException("noiseFloor must be finite and >= 0, was " + noiseFloor);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hyperparameters h
                && Double.compare(constantMean, h.constantMean) == 0
                && Double.compare(outputScale, h.outputScale) == 0
                && Arrays.equals(lengthScales, h.lengthScales)
                && Double.compare(noise, h.noise) == 0;
    }

    @Override
    public int hashCode() {
        return 31
                        * (31 * (31 * Double.hashCode(constantMean) + Double.hashCode(outputScale))
                                + Arrays.hashCode(lengthScales))
                + Double.hashCode(noise);
    }

    @Override
    public String toString() {
        return "Hyperparameters[constantMean=" + constantMean + ", outputScale=" + outputScale + ", lengthScales="
                + Arrays.toString(lengthScales) + ", noise=" + noise + "]";
    }
}
