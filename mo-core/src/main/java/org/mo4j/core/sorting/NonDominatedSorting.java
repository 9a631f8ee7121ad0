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
 * {@link #ENS_NDT_MIN_POINTS} points; from there on to ENS-NDT (Gustavsson, Syberfeldt 2018,
 * Evolutionary Computation 26(1); {@link EnsNdTree}, the same binary search over fronts with each
 * front in a bucket k-d tree; same bounds, far fewer comparisons on large fronts), except that
 * three objectives from {@link #DIVIDE_AND_CONQUER_MIN_POINTS_3D} points go to the
 * Jensen-Fortin-Buzdalov divide and conquer ({@link DivideAndConquerSort}, O(n log^(d-1) n)). All
 * run after an O(n log n) lexicographic presort, on O(n d) extra memory. The input is validated
 * once and never modified.
 *
 * <p>This rule is provisional, from rough one-off timings (thread CPU time, median of 3..31 runs
 * after warm-up, on a busy shared 2-core machine, so ±30% noise; a JMH comparison against
 * mbuzdalov's implementations is to decide). Milliseconds as ENS-NDT / ENS-BS / divide and
 * conquer:
 * <ul>
 * <li>uniform random points, n = 10^4: d = 3: 13 / 44 / 14..23; d = 4: 16 / 73 / 28; d = 5:
 * 14..25 / 115 / 45..54; d = 8: 29 / 300 / 80; d = 10: 27..47 / 400 / 100; n = 5000,
 * d = 15..50: 17..22 / 160..170 / 44..54;</li>
 * <li>uniform, n = 1000, d = 3, 4, 5, 8, 10: 1.6, 1.2, 1.9, 2.3, 2.3 / 1.6, 1.9, 3.4, 5.4, 6.9 /
 * 3.0, 2.7, 4.9, 5.6, 5.8; n = 500, d = 3, 5, 10: 0.25, 0.46, 0.64 / 0.18, 0.56, 1.6; n = 50..200:
 * ENS-BS level or ahead (0.03..0.3 ms);</li>
 * <li>uniform, d = 3: n = 2*10^4: 25 / - / 33; n = 5*10^4: 84 / - / 75; n = 10^5: 253 / - / 159;
 * but d = 4, 5, 8 at n = 10^5: 415, 540, 770 / - / 740, 1340, 2900;</li>
 * <li>all points in one front (ENS-BS's worst case), n = 10^4, d = 3, 5, 10: 8, 10, 20 / 305,
 * 413, 509 / 8, 46, 86; d = 3 at n = 5*10^4: 75 / - / 66;</li>
 * <li>a chain of n fronts (ENS-BS's best case), n = 10^4: 1.9..2.7 / 1.2..2.3 / 3.6..5.9.</li>
 * </ul>
 */
public final class NonDominatedSorting {

    /** Number of points from which four or more objectives are sorted by ENS-NDT rather than ENS-BS (provisional). */
    static final int ENS_NDT_MIN_POINTS = 300;

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
            case 3 -> ThreeObjectiveSort.ranks(points);
            default -> points.length < ENS_NDT_MIN_POINTS ? EnsBinarySearch.ranks(points) : EnsNdTree.ranks(points);
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
