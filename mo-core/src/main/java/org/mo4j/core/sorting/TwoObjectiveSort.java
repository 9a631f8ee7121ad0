package org.mo4j.core.sorting;

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
 * two-objective case. Input is trusted (validated by the caller).
 */
final class TwoObjectiveSort {

    private TwoObjectiveSort() {
    }

    /** 0-based ranks of {@code points}, which all have exactly two finite coordinates. */
    static int[] ranks(double[][] points) {
        int n = points.length;
        int[] ranks = new int[n];
        int[] order = IndexSort.lexicographic(points);
        double[] lastF2 = new double[n];
        int fronts = 0;
        for (int k = 0; k < n; k++) {
            int cur = order[k];
            double[] p = points[cur];
            if (k > 0 && IndexSort.sameRow(points[order[k - 1]], p)) {
                ranks[cur] = ranks[order[k - 1]];
                continue;
            }
            double f2 = p[1];
            int lo = 0;
            int hi = fronts;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (lastF2[mid] <= f2) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            ranks[cur] = lo;
            lastF2[lo] = f2;
            if (lo == fronts) {
                fronts++;
            }
        }
        return ranks;
    }
}
