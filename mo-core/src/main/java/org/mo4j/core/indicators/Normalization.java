package org.mo4j.core.indicators;

import java.util.Arrays;
import org.mo4j.core.internal.Arguments;

/**
 * An affine normalisation of objective space that maps {@code ideal} to 0 and {@code nadir} to 1
 * in every objective:
 *
 * <pre>  f̃_i = (f_i − ideal_i) / (nadir_i − ideal_i) </pre>
 *
 * <p>Indicators in this package work on raw values, as pymoo's and jMetal's do; normalise all
 * fronts (approximation and reference) with the same instance before comparing objectives of
 * different scales. Points outside the box map outside [0, 1]; nothing is clipped.
 *
 * <p>The arrays are copied in and out, so an instance is immutable. {@link #apply} is O(n·m).
 *
 * @param ideal the point mapped to 0, finite
 * @param nadir the point mapped to 1, finite, {@code ideal[i] < nadir[i]} for every i
 */
public record Normalization(double[] ideal, double[] nadir) {

    /**
     * @throws IllegalArgumentException naming the argument and index when a value is not finite,
     *                                  the lengths differ, or {@code ideal[i] >= nadir[i]}
     */
    public Normalization {
        int d = Arguments.point("ideal", ideal);
        Arguments.point("nadir", nadir, d, "ideal");
        for (int i = 0; i < d; i++) {
            if (!(ideal[i] < nadir[i])) {
                throw new IllegalArgumentException(
                        "ideal[" + i + "] must be < nadir[" + i + "], was " + ideal[i] + " >= " + nadir[i]);
            }
        }
        ideal = ideal.clone();
        nadir = nadir.clone();
    }

    /** Same as the constructor. */
    public static Normalization of(double[] ideal, double[] nadir) {
        return new Normalization(ideal, nadir);
    }

    /**
     * The bounding box of the union of {@code fronts}: ideal_i = min and nadir_i = max of the i-th
     * objective over all their points. O(total points · m).
     *
     * @throws IllegalArgumentException if no front is given, all are empty, a front is invalid or
     *                                  differs in dimension from the first non-empty one, or an
     *                                  objective takes a single value (zero range: it cannot be
     *                                  normalised; the message names the objective)
     */
    public static Normalization bounds(double[][]... fronts) {
        Arguments.notNull("fronts", fronts);
        int d = 0;
        String dName = null;
        for (int k = 0; k < fronts.length; k++) {
            String name = "fronts[" + k + "]";
            if (d == 0) {
                d = Arguments.front(name, fronts[k]);
                dName = name;
            } else {
                Arguments.front(name, fronts[k], d, dName);
            }
        }
        if (d == 0) {
            throw new IllegalArgumentException("fronts must contain at least one point, were all empty");
        }
        double[] lo = new double[d];
        double[] hi = new double[d];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double[][] front : fronts) {
            for (double[] p : front) {
                for (int i = 0; i < d; i++) {
                    lo[i] = Math.min(lo[i], p[i]);
                    hi[i] = Math.max(hi[i], p[i]);
                }
            }
        }
        for (int i = 0; i < d; i++) {
            if (lo[i] == hi[i]) {
                throw new IllegalArgumentException("fronts have zero range in objective " + i + " (every value is "
                        + lo[i] + "); it cannot be normalised");
            }
        }
        return new Normalization(lo, hi);
    }

    /** The point mapped to 0 (a copy). */
    @Override
    public double[] ideal() {
        return ideal.clone();
    }

    /** The point mapped to 1 (a copy). */
    @Override
    public double[] nadir() {
        return nadir.clone();
    }

    /** The number of objectives. */
    public int dimension() {
        return ideal.length;
    }

    /**
     * The normalised copy of {@code front} (new arrays; the input is not changed).
     *
     * @throws IllegalArgumentException if the front is invalid or has another dimension
     */
    public double[][] apply(double[][] front) {
        Arguments.front("front", front, ideal.length, "normalization");
        double[][] out = new double[front.length][];
        for (int k = 0; k < front.length; k++) {
            out[k] = map(front[k]);
        }
        return out;
    }

    /**
     * The normalised copy of {@code point}.
     *
     * @throws IllegalArgumentException if the point is invalid or has another dimension
     */
    public double[] apply(double[] point) {
        Arguments.point("point", point, ideal.length, "normalization");
        return map(point);
    }

    private double[] map(double[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = (p[i] - ideal[i]) / (nadir[i] - ideal[i]);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalization n && Arrays.equals(ideal, n.ideal) && Arrays.equals(nadir, n.nadir);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ideal) + Arrays.hashCode(nadir);
    }

    @Override
    public String toString() {
        return "Normalization[ideal=" + Arrays.toString(ideal) + ", nadir=" + Arrays.toString(nadir) + "]";
    }
}
