package org.mo4j.surrogates.gp;

import org.mo4j.core.internal.Arguments;

/**
 * The argument checks of this package, in the shape of {@link Arguments}' messages (argument, index,
 * value), with "coordinates" for inputs instead of "objectives".
 */
final class Checks {

    private Checks() {}

    /** A non-null, non-empty, rectangular matrix of finite values; returns its number of columns. */
    static int inputs(String name, double[][] x) {
        Arguments.notNull(name, x);
        if (x.length == 0) {
            throw new IllegalArgumentException(name + " must contain at least one point, was empty");
        }
        if (x[0] == null) {
            throw new IllegalArgumentException(name + "[0] must not be null");
        }
        int d = x[0].length;
        if (d == 0) {
            throw new IllegalArgumentException(name + "[0] must have at least one coordinate, was empty");
        }
        inputs(name, x, d, name + "[0]");
        return d;
    }

    /** A non-null, non-empty, rectangular matrix of finite values with {@code d} columns. */
    static void inputs(String name, double[][] x, int d, String dName) {
        Arguments.notNull(name, x);
        for (int i = 0; i < x.length; i++) {
            double[] p = x[i];
            if (p == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be null");
            }
            if (p.length != d) {
                throw new IllegalArgumentException(name + "[" + i + "] has " + p.length + " coordinates but " + dName
                        + " has " + d + " (ragged or mismatched)");
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(p[j])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] must be finite, was " + p[j]);
                }
            }
        }
    }

    static int point(String name, double[] p) {
        return Arguments.point(name, p);
    }

    static void point(String name, double[] p, int d, String dName) {
        Arguments.point(name, p, d, dName);
    }

    static double finite(String name, double value) {
        return Arguments.finite(name, value);
    }

    static double positive(String name, double value) {
        return Arguments.positive(name, value);
    }

    static <T> T notNull(String name, T value) {
        return Arguments.notNull(name, value);
    }

    /** A non-null array of exactly {@code length} entries. */
    static void length(String name, double[] a, int length) {
        Arguments.notNull(name, a);
        if (a.length != length) {
            throw new IllegalArgumentException(name + " must have length " + length + ", was " + a.length);
        }
    }

    /** A non-null m×d array of non-null rows. */
    static void shape(String name, double[][] a, int m, int d) {
        Arguments.notNull(name, a);
        if (a.length != m) {
            throw new IllegalArgumentException(name + " must have " + m + " rows, was " + a.length);
        }
        for (int i = 0; i < m; i++) {
            if (a[i] == null || a[i].length != d) {
                throw new IllegalArgumentException(name + "[" + i + "] must have length " + d + ", was "
                        + (a[i] == null ? "null" : Integer.toString(a[i].length)));
            }
        }
    }
}
