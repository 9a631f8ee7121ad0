package org.mo4j.core.sorting;

import org.mo4j.core.validation.Arguments;

/**
 * Non-dominated sorting (minimisation): the rank of a point is 0 when no point dominates it and
 * otherwise one more than the largest rank among the points dominating it; front {@code k} is the
 * set of points of rank {@code k}. Equal points never dominate each other and share their rank.
 *
 * <p>The algorithm is chosen by the number of objectives d: one objective by sorting, two by a
 * lexicographic sweep with binary search (O(n log n)). Three or more go to ENS-BS (Zhang, Tian,
 * Cheng, Jin 2015, IEEE TEC 19(2); O(d n log n) best, O(d n²) worst) below
 * {@link #DIVIDE_AND_CONQUER_MIN_POINTS} points and to the Jensen-Fortin-Buzdalov divide and
 * conquer ({@link DivideAndConquerSort}, O(n log^(d-1) n)) from there on. All run after an
 * O(n log n) lexicographic presort, on O(n d) extra memory. The input is validated once and never
 * modified.
 */
public final class NonDominatedSorting {

    /**
     * Number of points from which three or more objectives are sorted by divide and conquer
     * rather than ENS-BS. Provisional, from rough one-off timings (thread CPU time, median of
     * repeated runs after warm-up, on a busy shared 2-core machine, so ±30% noise; a JMH
     * comparison against mbuzdalov's implementations is to decide):
     * <ul>
     * <li>uniform random points: ENS-BS as fast or faster up to about 500 points (n = 500,
     * d = 3: 0.16 ms against 0.36 ms), the two close around 1000 (d = 3, 5, 8: 0.7..1.4,
     * 2.0..2.6, 4.1..4.5 ms against 0.6..1.0, 2.1..2.4, 2.7..3.4 ms), divide and conquer ahead
     * beyond (n = 10^4, d = 3, 5, 10: about 30, 120, 420 ms against 10, 50, 100 ms; n = 5000,
     * d = 15..50: about 155 ms against 45 ms);</li>
     * <li>all points in one front, where ENS-BS is quadratic: divide and conquer ahead from
     * about 400 points (n = 10^4, d = 3: 340 ms against 10 ms);</li>
     * <li>a chain of n fronts, ENS-BS's best case: ENS-BS ahead (n = 10^4: 1.3..2 ms against
     * 5..6.5 ms).</li>
     * </ul>
     */
    static final int DIVIDE_AND_CONQUER_MIN_POINTS = 1000;

    private NonDominatedSorting() {
    }

    /**
     * The 0-based rank of every point, in input order.
     *
     * @param points one row per point, rectangular and finite; may be empty
     * @throws IllegalArgumentException if {@code points} is null, ragged, or holds NaN or infinity
     */
    public static int[] ranks(double[][] points) {
        int d = Arguments.front("points", points);
        return switch (d) {
            case 0 -> new int[0];
            case 1 -> SingleObjectiveSort.ranks(points);
            case 2 -> TwoObjectiveSort.ranks(points);
            default -> points.length >= DIVIDE_AND_CONQUER_MIN_POINTS
                    ? DivideAndConquerSort.ranks(points)
                    : EnsBinarySearch.ranks(points);
        };
    }

    /**
     * The fronts of {@code points}: row {@code k} lists, ascending, the indices of the points of
     * rank {@code k}. Same cost as {@link #ranks(double[][])}.
     */
    public static int[][] fronts(double[][] points) {
        return fronts(ranks(points));
    }

    /**
     * Groups point indices by rank: row {@code k} lists, ascending, the indices {@code i} with
     * {@code ranks[i] == k}. O(n + number of fronts).
     *
     * @param ranks ranks using every value from 0 to their maximum (so each is below {@code ranks.length})
     * @throws IllegalArgumentException if {@code ranks} is null, holds a rank outside
     *                                  {@code [0, ranks.length)}, or skips a rank
     */
    public static int[][] fronts(int[] ranks) {
        Arguments.notNull("ranks", ranks);
        int max = -1;
        for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] < 0 || ranks[i] >= ranks.length) {
                // n points cannot fill more than n fronts, so a rank >= n skips one
                throw new IllegalArgumentException("ranks[" + i + "] must be in [0, " + ranks.length
                        + "), was " + ranks[i]);
            }
            max = Math.max(max, ranks[i]);
        }
        int[] sizes = new int[max + 1];
        for (int r : ranks) {
            sizes[r]++;
        }
        for (int k = 0; k <= max; k++) {
            if (sizes[k] == 0) {
                throw new IllegalArgumentException(
                        "ranks must use every rank from 0 to " + max + ", rank " + k + " is missing");
            }
        }
        int[][] fronts = new int[sizes.length][];
        for (int k = 0; k < sizes.length; k++) {
            fronts[k] = new int[sizes[k]];
            sizes[k] = 0;
        }
        for (int i = 0; i < ranks.length; i++) {
            int r = ranks[i];
            fronts[r][sizes[r]++] = i;
        }
        return fronts;
    }
}
