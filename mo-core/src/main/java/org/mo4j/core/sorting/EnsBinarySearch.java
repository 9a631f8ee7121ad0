package org.mo4j.core.sorting;

/**
 * Efficient non-dominated sort with binary search (ENS-BS) of Zhang, Tian, Cheng, Jin 2015, "An
 * efficient approach to non-dominated sorting for evolutionary multiobjective optimization", IEEE
 * Transactions on Evolutionary Computation 19(2):201-213, for any number of objectives.
 *
 * <p>Points are visited in lexicographic order, so none can be dominated by a later one. A point
 * equal to its predecessor shares its rank and is not stored. Any other point is dominated by an
 * earlier point {@code q} iff {@code q[i] <= p[i]} for every objective but the first (the first
 * is settled by the order and equality is excluded). Fronts are kept in creation order and a point
 * belongs to the first front with no member dominating it; since "some member dominates p" holds
 * for a prefix of the fronts, that front is found by binary search, and inside a front members
 * are checked from the most recently added.
 *
 * <p>O(m n log n) time in the best case, O(m n²) in the worst (all points on one front); O(m n)
 * memory: the points are copied, in visiting order, into one flat array ({@link VisitingOrder}),
 * and each front is a linked list threaded through an int array. Input is trusted (validated by the caller).
 */
final class EnsBinarySearch {

    private EnsBinarySearch() {}

    /** 0-based ranks of {@code points}, a non-empty rectangular matrix of finite values. */
    static int[] ranks(double[][] points) {
        int n = points.length;
        int d = points[0].length;
        int[] ranks = new int[n];
        VisitingOrder visit = new VisitingOrder(points);
        int[] order = visit.order;
        double[] flat = visit.flat;
        int[] last = new int[n]; // last[f]: visiting position of the newest member of front f
        int[] previous = new int[n]; // previous[k]: position of the member added to k's front before k, or -1
        int fronts = 0;
        for (int k = 0; k < n; k++) {
            int cur = order[k];
            if (k > 0 && visit.sameAsPrevious(k)) {
                ranks[cur] = ranks[order[k - 1]];
                continue;
            }
            int lo = 0;
            int hi = fronts;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (frontDominates(flat, last[mid], previous, k, d)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            ranks[cur] = lo;
            previous[k] = lo == fronts ? -1 : last[lo];
            last[lo] = k;
            if (lo == fronts) {
                fronts++;
            }
        }
        return ranks;
    }

    /** Whether a member of the front whose newest member is at {@code member} dominates point {@code k}. */
    private static boolean frontDominates(double[] flat, int member, int[] previous, int k, int d) {
        int p = k * d;
        for (int q = member; q >= 0; q = previous[q]) {
            int o = q * d;
            int i = 1;
            while (i < d && flat[o + i] <= flat[p + i]) {
                i++;
            }
            if (i == d) {
                return true;
            }
        }
        return false;
    }
}
