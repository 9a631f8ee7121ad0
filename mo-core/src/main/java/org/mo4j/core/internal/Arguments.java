package org.mo4j.core.internal;

/**
 * Validation of the arguments of mo4j's public entry points.
 *
 * <p>Every public kernel validates its input once, here, and its inner loops trust it afterwards.
 * A failed check throws {@link IllegalArgumentException} whose message names the argument, the
 * offending index and the value, for example {@code front[3][1] must be finite, was NaN} or
 * {@code front[2] has 3 objectives, front[0] has 2 (ragged array)}. Each check is O(n·d) and
 * allocates nothing.
 */
public final class Arguments {

    private Arguments() {}

    /**
     * Checks that {@code front} is a rectangular, non-null matrix of finite numbers with at least
     * one column, and returns its number of columns (objectives); an empty front has dimension 0.
     *
     * @param name  the argument's name, used in the error message
     * @param front the points, one row per point
     * @return the number of objectives, or 0 when {@code front} has no rows
     * @throws IllegalArgumentException if {@code front} or a row is null, a row is empty, rows have
     *                                  different lengths, or a value is NaN or infinite
     */
    public static int front(String name, double[][] front) {
        if (front == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (front.length == 0) {
            return 0;
        }
        if (front[0] == null) {
            throw new IllegalArgumentException(name + "[0] must not be null");
        }
        int d = front[0].length;
        if (d == 0) {
            throw new IllegalArgumentException(name + "[0] has no objectives");
        }
        for (int i = 0; i < front.length; i++) {
            double[] p = front[i];
            if (p == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be null");
            }
            if (p.length != d) {
                throw new IllegalArgumentException(name + "[" + i + "] has " + p.length + " objectives, " + name
                        + "[0] has " + d + " (ragged array)");
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(p[j])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] must be finite, was " + p[j]);
                }
            }
        }
        return d;
    }

    /**
     * Like {@link #front(String, double[][])} but also requires at least one point.
     *
     * @return the number of objectives (at least 1)
     * @throws IllegalArgumentException additionally if {@code front} is empty
     */
    public static int nonEmptyFront(String name, double[][] front) {
        int d = front(name, front);
        if (d == 0) {
            throw new IllegalArgumentException(name + " must contain at least one point, was empty");
        }
        return d;
    }

    /**
     * Checks that {@code front} is valid, non-empty and has {@code d} objectives.
     *
     * @param name front's name; {@code dName} names where {@code d} comes from (e.g. "referenceFront")
     */
    public static void nonEmptyFront(String name, double[][] front, int d, String dName) {
        front(name, front, d, dName);
        if (front.length == 0) {
            throw new IllegalArgumentException(name + " must contain at least one point, was empty");
        }
    }

    /**
     * Checks that {@code front} is valid and, when it is not empty, has {@code d} objectives.
     *
     * @param name front's name; {@code dName} names where {@code d} comes from (e.g. "ref")
     */
    public static void front(String name, double[][] front, int d, String dName) {
        int actual = front(name, front);
        if (actual != 0 && actual != d) {
            throw new IllegalArgumentException(
                    name + " has " + actual + " objectives but " + dName + " has " + d + " (dimension mismatch)");
        }
    }

    /**
     * Checks that {@code point} is non-null, non-empty and finite, and returns its length.
     *
     * @throws IllegalArgumentException naming the argument and the offending coordinate
     */
    public static int point(String name, double[] point) {
        if (point == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (point.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one coordinate, was empty");
        }
        for (int j = 0; j < point.length; j++) {
            if (!Double.isFinite(point[j])) {
                throw new IllegalArgumentException(name + "[" + j + "] must be finite, was " + point[j]);
            }
        }
        return point.length;
    }

    /** Checks that {@code point} is valid and has exactly {@code d} coordinates. */
    public static void point(String name, double[] point, int d, String dName) {
        int actual = point(name, point);
        if (actual != d) {
            throw new IllegalArgumentException(
                    name + " has " + actual + " coordinates but " + dName + " has " + d + " (dimension mismatch)");
        }
    }

    /** Checks {@code value >= 1} and returns it. */
    public static int positive(String name, int value) {
        return atLeast(name, value, 1);
    }

    /** Checks {@code value >= min} and returns it. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    /** Checks that {@code value} is finite and strictly positive, and returns it. */
    public static double positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
        return value;
    }

    /** Checks that {@code value} is finite and returns it. */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
        return value;
    }

    /** Checks that {@code value} is not null and returns it. */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
