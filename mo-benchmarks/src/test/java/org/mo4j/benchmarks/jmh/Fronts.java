package org.mo4j.benchmarks.jmh;

import java.util.SplittableRandom;

/**
 * Deterministic benchmark inputs: the same (shape, n, d) always gives the same points, in every
 * JVM, so peers and mo4j are measured on identical data and runs can be repeated.
 *
 * <ul>
 *   <li>{@code linear}: uniform on the simplex (sum = 1), by normalised exponentials;</li>
 *   <li>{@code spherical}: on the positive unit sphere, by normalised |Gaussian| (a concave front);</li>
 *   <li>{@code random}: uniform in [0, 1]^d (many dominated points, many fronts).</li>
 * </ul>
 * The same shapes as the shared reference data, drawn from a different generator.
 */
public final class Fronts {

    private Fronts() {
    }

    /** n points of the given shape in d objectives. */
    public static double[][] generate(String shape, int n, int d) {
        SplittableRandom rng = new SplittableRandom(seed(shape, n, d));
        double[][] points = new double[n][d];
        for (double[] p : points) {
            switch (shape) {
                case "linear" -> {
                    double sum = 0;
                    for (int j = 0; j < d; j++) {
                        p[j] = -Math.log(1 - rng.nextDouble());
                        sum += p[j];
                    }
                    for (int j = 0; j < d; j++) {
                        p[j] /= sum;
                    }
                }
                case "spherical" -> {
                    double norm = 0;
                    for (int j = 0; j < d; j++) {
                        p[j] = Math.abs(rng.nextGaussian());
                        norm += p[j] * p[j];
                    }
                    norm = Math.sqrt(norm);
                    for (int j = 0; j < d; j++) {
                        p[j] /= norm;
                    }
                }
                case "random" -> {
                    for (int j = 0; j < d; j++) {
                        p[j] = rng.nextDouble();
                    }
                }
                default -> throw new IllegalArgumentException("shape must be linear, spherical or random, was " + shape);
            }
        }
        return points;
    }

    /** The reference point (1.1, ..., 1.1) used with every generated front. */
    public static double[] reference(int d) {
        double[] r = new double[d];
        java.util.Arrays.fill(r, 1.1);
        return r;
    }

    private static long seed(String shape, int n, int d) {
        return ((long) shape.hashCode() * 1_000_003L + n) * 1_000_003L + d;
    }
}
