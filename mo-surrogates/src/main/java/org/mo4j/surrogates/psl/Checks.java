package org.mo4j.surrogates.psl;

/**
 * Argument checks of this package's entry points, each naming the argument and the value in the
 * shape of {@code org.mo4j.core.internal.Arguments}, with "columns" instead of "objectives" since
 * some matrices here are parameter gradients. O(size), allocation-free unless a check fails.
 */
final class Checks {

    private Checks() {}

    static void notNull(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    /** Checks a non-null, finite vector of exactly {@code length} entries. */
    static void vector(String name, double[] v, int length) {
        notNull(name, v);
        if (v.length != length) {
            throw new IllegalArgumentException(name + " must have length " + length + ", was " + v.length);
        }
        for (int j = 0; j < length; j++) {
            if (!Double.isFinite(v[j])) {
                throw new IllegalArgumentException(name + "[" + j + "] must be finite, was " + v[j]);
            }
        }
    }

    /** Checks a non-null, non-empty, finite vector and returns its length. */
    static int vector(String name, double[] v) {
        notNull(name, v);
        if (v.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        vector(name, v, v.length);
        return v.length;
    }

    /** Checks an output array of exactly {@code length} entries (values not inspected). */
    static void output(String name, double[] v, int length) {
        notNull(name, v);
        if (v.length != length) {
            throw new IllegalArgumentException(name + " must have length " + length + ", was " + v.length);
        }
    }

    /** Checks an output array of exactly {@code length} entries (values not inspected). */
    static void output(String name, int[] v, int length) {
        notNull(name, v);
        if (v.length != length) {
            throw new IllegalArgumentException(name + " must have length " + length + ", was " + v.length);
        }
    }

    /**
     * Checks a rectangular, finite matrix with at least {@code minRows} rows and at least one
     * column, and returns its number of columns.
     */
    static int matrix(String name, double[][] a, int minRows) {
        notNull(name, a);
        if (a.length < minRows) {
            throw new IllegalArgumentException(
                    name + " must have at least " + minRows + (minRows == 1 ? " row" : " rows") + ", was " + a.length);
        }
        if (a[0] == null) {
            throw new IllegalArgumentException(name + "[0] must not be null");
        }
        int cols = a[0].length;
        if (cols == 0) {
            throw new IllegalArgumentException(name + "[0] has no columns");
        }
        for (int i = 0; i < a.length; i++) {
            double[] row = a[i];
            if (row == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be null");
            }
            if (row.length != cols) {
                throw new IllegalArgumentException(name + "[" + i + "] has " + row.length + " columns, " + name
                        + "[0] has " + cols + " (ragged array)");
            }
            for (int j = 0; j < cols; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] must be finite, was " + row[j]);
                }
            }
        }
        return cols;
    }

    /** Checks a finite matrix of exactly {@code rows} × {@code cols}. */
    static void matrix(String name, double[][] a, int rows, int cols) {
        notNull(name, a);
        if (a.length != rows) {
            throw new IllegalArgumentException(name + " must have " + rows + " rows, was " + a.length);
        }
        int actual = matrix(name, a, rows);
        if (actual != cols) {
            throw new IllegalArgumentException(name + " must have " + cols + " columns, was " + actual);
        }
    }

    /** Checks an output matrix of exactly {@code rows} × {@code cols} (values not inspected). */
    static void outputMatrix(String name, double[][] a, int rows, int cols) {
        notNull(name, a);
        if (a.length != rows) {
            throw new IllegalArgumentException(name + " must have " + rows + " rows, was " + a.length);
        }
        for (int i = 0; i < rows; i++) {
            if (a[i] == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be null");
            }
            if (a[i].length != cols) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] must have length " + cols + ", was " + a[i].length);
            }
        }
    }

    /** Checks the number of particles K ≥ 2 (the bandwidth divides by log K). */
    static void particles(String name, int k) {
        if (k < 2) {
            throw new IllegalArgumentException(name + " must hold at least 2 particles, was " + k);
        }
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

    static int index(String name, int value, int size) {
        if (value < 0 || value >= size) {
            throw new IllegalArgumentException(name + " must be in [0, " + size + "), was " + value);
        }
        return value;
    }
}
