package org.mo4j.core.sorting;

import org.mo4j.core.validation.Arguments;

/**
 * Non-dominated sorting (minimisation): the rank of a point is 0 when no point dominates it and
 * otherwise one more than the largest rank among the points dominating it; front {@code k} is the
 * set of points of rank {@code k}. Equal points never dominate each other and share their rank.
 *
 * <p>The algorithm is chosen by the number of objectives d: one objective by sorting, two by a
 * lexicographic sweep with binary search over the fronts ({@link TwoObjectiveSort}, O(n log n)),
 * three by ENS's binary search over fronts with each front kept as the balanced-tree staircase
 * of its 2D projection ({@link ThreeObjectiveSort}, O(n log k log n) for k fronts). Four or more go
 * to ENS-BS (Zhang, Tian, Cheng, Jin 2015, IEEE TEC 19(2); O(d n log n) best, O(d n²) worst)
 * below {@link #ENS_NDT_MIN_POINTS} points and to ENS-NDT (Gustavsson, Syberfeldt 2018,
 * Evolutionary Computation 26(1); {@link EnsNdTree}, the same binary search over fronts with each
 * front in a bucket k-d tree; same bounds, far fewer comparisons on large fronts) from there on.
 * All run after an
 * O(n log n) lexicographic presort on packed primitive keys (radix-sorted), on O(n d) extra
 * memory. The input is validated once and never modified.
 *
 * <p>This rule is provisional, from same-JVM timings against mbuzdalov's
 * non-dominated-sorting-implementations 0.2.1 (best of 5..15 repetitions after warm-up, uniform
 * points in [0,1]^d, on a shared 2-core machine at load average up to 10, so ±30% noise; JMH is to
 * confirm). Milliseconds:
 * <ul>
 * <li>d = 3, three-objective sweep / ENS-BS / ENS-NDT / divide and conquer / jfb-rbtree-ens /
 * bos-improved: n = 20: 0.001 / 0.004 / 0.007 / - / - / -; n = 50: 0.005..0.013 / 0.003..0.015 /
 * 0.005..0.026 / 0.007 / 0.007 / 0.004; n = 100: 0.014..0.030 / 0.020..0.043 / 0.037..0.067 /
 * 0.045 / 0.024 / 0.024; n = 300: 0.037 / 0.079 / 0.107 / 0.146 / 0.069 / 0.064; n = 10^3: 0.18 /
 * - / 0.46 / - / 0.44 / 0.33; n = 10^4: 3.4 / - / 8.5 / - / 7.2 / 8.1; n = 10^5: 64 / 2760 / 215
 * / 140 / 134 / 465;</li>
 * <li>d &gt;= 4, ENS-BS / ENS-NDT / divide and conquer: d = 4, n = 100, 200, 300, 500: 0.011,
 * 0.045, 0.118, 0.276 / 0.020, 0.066, 0.084, 0.149 / 0.042, 0.092, 0.231, 0.457; d = 6: 0.030,
 * 0.090, 0.199, 0.760 / 0.032, 0.078, 0.081, 0.350 / 0.030, 0.126, 0.211, 0.826; d = 10: 0.110,
 * 0.842, 0.409, 3.6 / 0.130, 0.347, 0.145, 1.6 / 0.101, 0.658, 0.354, 2.8; hence ENS-NDT from
 * 200 points;</li>
 * <li>earlier one-off timings (before the packed-key presort), ENS-NDT / ENS-BS / divide and
 * conquer: d = 4, 5, 8 at n = 10^5: 415, 540, 770 / - / 740, 1340, 2900; all points in one front,
 * n = 10^4, d = 5, 10: 10, 20 / 413, 509 / 46, 86; a chain of n fronts, n = 10^4: 1.9..2.7 /
 * 1.2..2.3 / 3.6..5.9.</li>
 * </ul>
 * Two objectives, n = 10^3 and 10^4: see {@link TwoObjectiveSort}.
 */
public final class NonDominatedSorting {

    /** Number of points from which four or more objectives are sorted by ENS-NDT rather than ENS-BS (provisional). */
    static final int ENS_NDT_MIN_POINTS = 200;

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
