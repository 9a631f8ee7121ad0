package org.mo4j.nn;

/**
 * Argument checks of this package's entry points, each naming the argument and the value in the
 * shape of {@code org.mo4j.core.internal.Arguments}; O(length) at most, allocation-free unless a
 * check fails.
 */
final class Checks {

    private Checks() {}

    static void notNull(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return value;
    }

    static double positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
        return value;
    }

    static double nonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
        }
        return value;
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
        return value;
    }

    /** Checks the batch size against the workspace. */
    static void batch(int batch, int maxBatch) {
        if (batch < 1 || batch > maxBatch) {
            throw new IllegalArgumentException(
                    "batch must be between 1 and the workspace's maxBatch " + maxBatch + ", was " + batch);
        }
    }

    /** Checks that {@code array} is non-null and has exactly {@code length} elements. */
    static void length(String name, double[] array, int length) {
        notNull(name, array);
        if (array.length != length) {
            throw new IllegalArgumentException(name + " must have length " + length + ", was " + array.length);
        }
    }

    /** Checks that {@code array} is non-null and holds at least {@code length} elements. */
    static void atLeast(String name, double[] array, int length) {
        notNull(name, array);
        if (array.length < length) {
            throw new IllegalArgumentException(name + " must have length at least " + length + ", was " + array.length);
        }
    }

    /** Checks that the first {@code length} elements of {@code array} are finite. */
    static void finite(String name, double[] array, int length) {
        for (int i = 0; i < length; i++) {
            if (!Double.isFinite(array[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, was " + array[i]);
            }
        }
    }

    /** Checks that {@code array[from..to)} is finite. */
    static void finite(String name, double[] array, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Double.isFinite(array[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, was " + array[i]);
            }
        }
    }

    /** {@link #atLeast} then {@link #finite(String, double[], int)}. */
    static void finiteAtLeast(String name, double[] array, int length) {
        atLeast(name, array, length);
        finite(name, array, length);
    }
}
