package org.mo4j.core.sorting;

import org.mo4j.core.internal.Arguments;

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
 * front in a bucket k-d tree; same bounds, far fewer comparisons on large fronts) from there on,
 * because each was the fastest in its range against mbuzdalov's implementations
 * (docs/DECISIONS.md, mo-benchmarks/RESULTS.md). All run after an
 * O(n log n) lexicographic presort on packed primitive keys (radix-sorted), on O(n d) extra
 * memory. The input is validated once and never modified.
 */
public final class NonDominatedSorting {

    /** Number of points from which four or more objectives are sorted by ENS-NDT rather than ENS-BS. */
    static final int ENS_NDT_MIN_POINTS = 200;

    private NonDominatedSorting() {}

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
                throw new IllegalArgumentException(
                        "ranks[" + i + "] must be in [0, " + ranks.length + "), was " + ranks[i]);
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
