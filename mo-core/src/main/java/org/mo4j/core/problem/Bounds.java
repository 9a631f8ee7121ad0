package org.mo4j.core.problem;

import java.util.Arrays;
import org.mo4j.core.internal.Arguments;

/**
 * The box {x : lower_i ≤ x_i ≤ upper_i} of a problem's decision variables.
 *
 * <p>{@code lower_i == upper_i} is allowed (a fixed variable). The arrays are copied in and out,
 * so an instance is immutable.
 *
 * @param lower the lower bounds, finite
 * @param upper the upper bounds, finite, same length, {@code lower[i] <= upper[i]}
 */
public record Bounds(double[] lower, double[] upper) {

    /** @throws IllegalArgumentException naming the argument and index of the offending value */
    public Bounds {
        int d = Arguments.point("lower", lower);
        Arguments.point("upper", upper, d, "lower");
        for (int i = 0; i < d; i++) {
            if (lower[i] > upper[i]) {
                throw new IllegalArgumentException(
                        "lower[" + i + "] must be <= upper[" + i + "], was " + lower[i] + " > " + upper[i]);
            }
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    /** The same bounds {@code [lower, upper]} for each of {@code dimension} variables. */
    public static Bounds uniform(int dimension, double lower, double upper) {
        Arguments.positive("dimension", dimension);
        double[] lo = new double[dimension];
        double[] hi = new double[dimension];
        Arrays.fill(lo, lower);
        Arrays.fill(hi, upper);
        return new Bounds(lo, hi);
    }

    /** The number of variables. */
    public int dimension() {
        return lower.length;
    }

    /** The lower bounds (a copy). */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** The upper bounds (a copy). */
    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** The lower bound of variable {@code i}, without copying. */
    public double lower(int i) {
        return lower[i];
    }

    /** The upper bound of variable {@code i}, without copying. */
    public double upper(int i) {
        return upper[i];
    }

    /**
     * Whether every {@code x_i} lies in {@code [lower_i, upper_i]} (NaN does not). O(n).
     *
     * @throws IllegalArgumentException if {@code x} is null or has another dimension
     */
    public boolean contains(double[] x) {
        checkLength(x);
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= lower[i] && x[i] <= upper[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A copy of {@code x} with each coordinate moved to the nearest bound when outside the box.
     * O(n).
     *
     * @throws IllegalArgumentException if {@code x} is null, has another dimension or holds NaN
     */
    public double[] clip(double[] x) {
        checkLength(x);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                throw new IllegalArgumentException("x[" + i + "] must not be NaN");
            }
            out[i] = Math.min(upper[i], Math.max(lower[i], x[i]));
        }
        return out;
    }

    private void checkLength(double[] x) {
        Arguments.notNull("x", x);
        if (x.length != lower.length) {
            throw new IllegalArgumentException(
                    "x has " + x.length + " coordinates but bounds have " + lower.length + " (dimension mismatch)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bounds b && Arrays.equals(lower, b.lower) && Arrays.equals(upper, b.upper);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lower) + Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        return "Bounds[lower=" + Arrays.toString(lower) + ", upper=" + Arrays.toString(upper) + "]";
    }
}
