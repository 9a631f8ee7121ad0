package org.mo4j.core.sorting;

/**
 * Non-dominated sorting of one objective: the rank of a point is the number of distinct values
 * below its own. O(n log n) time, O(n) memory. Input is trusted (validated by the caller).
 */
final class SingleObjectiveSort {

    private SingleObjectiveSort() {}

    /** 0-based ranks of {@code points}, which all have exactly one finite coordinate. */
    static int[] ranks(double[][] points) {
        int n = points.length;
        int[] ranks = new int[n];
        int[] order = IndexSort.lexicographic(points);
        for (int k = 1; k < n; k++) {
            int prev = order[k - 1];
            int cur = order[k];
            ranks[cur] = points[prev][0] < points[cur][0] ? ranks[prev] + 1 : ranks[prev];
        }
        return ranks;
    }
}
