package org.mo4j.core.sorting;

import java.util.Arrays;
import org.mo4j.core.internal.Arguments;

/**
 * NSGA-II crowding distance (Deb, Pratap, Agarwal, Meyarivan 2002, "A fast and elitist
 * multiobjective genetic algorithm: NSGA-II", IEEE TEC 6(2):182-197): for each objective the
 * points are sorted, the two extremes get {@code +Infinity} and every other point adds
 * {@code (f_next - f_prev) / (f_max - f_min)}, its neighbours' normalised gap. The distance is the
 * sum over objectives.
 *
 * <p>Conventions where the paper is silent: an objective whose values are all equal adds 0 to
 * every point (no extremes); a front of at most two points is all {@code +Infinity}; points tied
 * in an objective are ordered by their position in the input (stable sort), so which of two tied
 * extreme points gets the infinity depends on that order.
 *
 * <p>O(m n log n) time, O(n) memory, no per-point allocation; the input is never modified.
 */
public final class CrowdingDistance {

    private CrowdingDistance() {}

    /**
     * The crowding distance of every point of {@code front}, aligned with its rows.
     *
     * @throws IllegalArgumentException if {@code front} is null, ragged, or holds NaN or infinity
     */
    public static double[] of(double[][] front) {
        Arguments.front("front", front);
        return compute(front, IndexSort.identity(front.length));
    }

    /**
     * The crowding distance of the points {@code points[subset[0]], points[subset[1]], ...} taken
     * as one front, aligned with {@code subset}; for NSGA-II, which calls it per front without
     * copying. Only the rows named by {@code subset} are read and validated; an index named twice
     * counts as two equal points.
     *
     * @throws IllegalArgumentException if an argument is null, an index is out of range, or a
     *                                  selected row is null, of another length than the first
     *                                  selected row, or holds NaN or infinity
     */
    public static double[] of(double[][] points, int[] subset) {
        Arguments.notNull("points", points);
        Arguments.notNull("subset", subset);
        int d = -1;
        for (int k = 0; k < subset.length; k++) {
            int i = subset[k];
            if (i < 0 || i >= points.length) {
                throw new IllegalArgumentException("subset[" + k + "] must be in [0, " + points.length + "), was " + i);
            }
            double[] row = points[i];
            if (row == null) {
                throw new IllegalArgumentException("points[" + i + "] must not be null");
            }
            if (d < 0) {
                d = Arguments.point("points[" + i + "]", row);
            } else if (row.length != d) {
                throw new IllegalArgumentException("points[" + i + "] has " + row.length + " objectives, points["
                        + subset[0] + "] has " + d + " (ragged array)");
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException("points[" + i + "][" + j + "] must be finite, was " + row[j]);
                }
            }
        }
        return compute(points, subset);
    }

    private static double[] compute(double[][] points, int[] subset) {
        int n = subset.length;
        double[] distance = new double[n];
        if (n <= 2) {
            Arrays.fill(distance, Double.POSITIVE_INFINITY);
            return distance;
        }
        int d = points[subset[0]].length;
        double[] key = new double[n];
        int[] order = new int[n];
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < n; k++) {
                key[k] = points[subset[k]][j];
                order[k] = k;
            }
            IndexSort.byKey(order, key);
            double min = key[order[0]];
            double max = key[order[n - 1]];
            if (min == max) {
                continue;
            }
            // Halving (exact) keeps differences of huge finite values finite.
            double s = Double.isInfinite(max - min) ? 0.5 : 1;
            double range = s * max - s * min;
            distance[order[0]] = Double.POSITIVE_INFINITY;
            distance[order[n - 1]] = Double.POSITIVE_INFINITY;
            for (int k = 1; k < n - 1; k++) {
                distance[order[k]] += (s * key[order[k + 1]] - s * key[order[k - 1]]) / range;
            }
        }
        return distance;
    }
}
