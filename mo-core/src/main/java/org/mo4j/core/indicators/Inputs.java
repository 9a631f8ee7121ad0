package org.mo4j.core.indicators;

import org.mo4j.core.internal.Arguments;

/** Helpers shared by the indicators: weight-row checks, copies, distances. */
final class Inputs {

    private Inputs() {}

    /**
     * Checks that {@code weights} is a non-empty matrix of finite, non-negative rows, none of them
     * all zero, and returns its number of columns.
     */
    static int weights(String name, double[][] weights) {
        int d = Arguments.nonEmptyFront(name, weights);
        for (int k = 0; k < weights.length; k++) {
            double sum = 0;
            for (int i = 0; i < d; i++) {
                if (weights[k][i] < 0) {
                    throw new IllegalArgumentException(
                            name + "[" + k + "][" + i + "] must be >= 0, was " + weights[k][i]);
                }
                sum += weights[k][i];
            }
            if (sum == 0) {
                throw new IllegalArgumentException(name + "[" + k + "] must not be all zero");
            }
        }
        return d;
    }

    /** A deep copy, so that an indicator built once cannot be changed by its caller afterwards. */
    static double[][] copy(double[][] rows) {
        double[][] c = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i].clone();
        }
        return c;
    }

    /** Euclidean distance between two points of the same dimension. */
    static double euclidean(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double t = a[i] - b[i];
            s += t * t;
        }
        return Math.sqrt(s);
    }

    /** Euclidean distance from {@code point} to the nearest point of {@code front}. */
    static double distanceToNearest(double[] point, double[][] front) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] q : front) {
            best = Math.min(best, euclidean(point, q));
        }
        return best;
    }
}
