package org.mo4j.benchmarks.jmh;

import java.util.ArrayList;
import java.util.List;
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

    private Fronts() {}

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
                default ->
                    throw new IllegalArgumentException("shape must be linear, spherical or random, was " + shape);
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

    /**
     * The distinct non-dominated points of {@code points} that strictly dominate {@code ref}, in
     * input order (O(n² d), for set-up only): the input every hypervolume library is timed on.
     */
    public static double[][] nondominatedInside(double[][] points, double[] ref) {
        List<double[]> inside = new ArrayList<>();
        for (double[] p : points) {
            boolean in = true;
            for (int j = 0; j < ref.length; j++) {
                in &= p[j] < ref[j];
            }
            if (in) {
                inside.add(p.clone());
            }
        }
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < inside.size(); i++) {
            boolean beaten = false;
            for (int k = 0; k < inside.size() && !beaten; k++) {
                // beaten by a point that dominates it, or by an earlier copy of it
                beaten = k != i
                        && weaklyDominates(inside.get(k), inside.get(i))
                        && (k < i || !weaklyDominates(inside.get(i), inside.get(k)));
            }
            if (!beaten) {
                kept.add(inside.get(i));
            }
        }
        return kept.toArray(new double[0][]);
    }

    private static boolean weaklyDominates(double[] a, double[] b) {
        for (int j = 0; j < a.length; j++) {
            if (a[j] > b[j]) {
                return false;
            }
        }
        return true;
    }

    private static long seed(String shape, int n, int d) {
        return ((long) shape.hashCode() * 1_000_003L + n) * 1_000_003L + d;
    }
}
