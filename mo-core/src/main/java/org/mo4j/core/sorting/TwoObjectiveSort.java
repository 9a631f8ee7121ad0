package org.mo4j.core.sorting;

import org.mo4j.core.internal.KeySort;

/**
 * Non-dominated sorting of two objectives in O(n log n) time and O(n) memory.
 *
 * <p>Points are visited in lexicographic order, so every point already ranked is no worse in the
 * first objective than the current one. Each front remembers the second objective of its last
 * member, which is the front's smallest; a front dominates the current point iff that value is
 * {@code <=} the point's own (strict or not: equal points are handled before, by giving a point
 * equal to its predecessor the same rank). Those values do not decrease from one front to the
 * next, so the rank is found by binary search, as in Jensen 2003, "Reducing the run-time
 * complexity of multiobjective EAs: the NSGA-II and other algorithms", IEEE TEC 7(5), for the
 * two-objective case: O(n log k) for k fronts. Input is trusted (validated by the caller).
 *
 * <p>The presort is most of the time, so the coordinates are copied into two primitive arrays
 * and the indices ordered by {@link KeySort} (packed keys, radix sort), ties and near-ties of
 * the first objective finished by comparing both coordinates. On large inputs the binary search
 * is written with a conditional select rather than a branch ({@code base = cond ? base + half :
 * base}, a fixed number of halvings), which the JIT compiles to a conditional move, because on
 * random inputs a branchy search mispredicts about every other step.
 */
final class TwoObjectiveSort {

    /**
     * Number of points from which the binary search uses a conditional select rather than a
     * branch (the threshold's evidence is in docs/DECISIONS.md).
     */
    static final int SELECT_SEARCH_MIN_POINTS = 4096;

    private TwoObjectiveSort() {}

    /** 0-based ranks of {@code points}, which all have exactly two finite coordinates. */
    static int[] ranks(double[][] points) {
        int n = points.length;
        int[] ranks = new int[n];
        if (n < 2) {
            return ranks;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = points[i][0];
            ys[i] = points[i][1];
        }
        int[] order = new int[n];
        long[] sorted = KeySort.order(xs, n, order);
        IndexSort.finishRuns(
                order,
                sorted,
                (a, b) -> xs[a] < xs[b] ? -1 : xs[a] > xs[b] ? 1 : ys[a] < ys[b] ? -1 : ys[a] > ys[b] ? 1 : 0);
        double[] lastY = new double[n];
        boolean selectSearch = n >= SELECT_SEARCH_MIN_POINTS;
        int fronts = 0;
        double px = Double.NaN;
        double py = Double.NaN;
        int rank = 0;
        for (int k = 0; k < n; k++) {
            int cur = order[k];
            double x = xs[cur];
            double y = ys[cur];
            if (x == px && y == py) {
                ranks[cur] = rank;
                continue;
            }
            px = x;
            py = y;
            // first front whose last second objective exceeds y: fronts [0, rank) dominate the point
            rank = selectSearch ? firstAboveBySelect(lastY, fronts, y) : firstAboveByBranch(lastY, fronts, y);
            ranks[cur] = rank;
            lastY[rank] = y;
            if (rank == fronts) {
                fronts++;
            }
        }
        return ranks;
    }

    /** The first index in {@code last[0, fronts)} (non-decreasing) holding a value above {@code y}, or {@code fronts}. */
    private static int firstAboveByBranch(double[] last, int fronts, double y) {
        int lo = 0;
        int hi = fronts;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (last[mid] <= y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * As {@link #firstAboveByBranch}, by halving a window of fixed length ({@code [base, base + len]}
     * holds the answer) with a select the JIT turns into a conditional move.
     */
    private static int firstAboveBySelect(double[] last, int fronts, double y) {
        if (fronts == 0) {
            return 0;
        }
        int base = 0;
        int len = fronts;
        while (len > 1) {
            int half = len >>> 1;
            base = last[base + half] <= y ? base + half : base;
            len -= half;
        }
        return base + (last[base] <= y ? 1 : 0);
    }
}
