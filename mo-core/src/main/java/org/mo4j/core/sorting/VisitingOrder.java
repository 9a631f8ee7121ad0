package org.mo4j.core.sorting;

/**
 * The presort shared by the ENS sorts ({@link EnsBinarySearch}, {@link EnsNdTree}): point indices
 * in lexicographic order ({@link IndexSort#lexicographic}) and the points copied in that order into
 * one flat row-major array, with the test that merges exact duplicates (a point equal to its
 * predecessor in visiting order shares its rank). O(n log n) time (O(n) radix passes for spread
 * coordinates), O(n d) memory, allocated once per call.
 */
final class VisitingOrder {

    /** Number of objectives. */
    final int d;
    /** {@code order[k]}: the input index of the point visited k-th. */
    final int[] order;
    /** {@code flat[k * d + i]}: objective i of the point visited k-th. */
    final double[] flat;

    VisitingOrder(double[][] points) {
        int n = points.length;
        this.d = points[0].length;
        this.order = IndexSort.lexicographic(points);
        this.flat = new double[n * d];
        for (int k = 0; k < n; k++) {
            System.arraycopy(points[order[k]], 0, flat, k * d, d);
        }
    }

    /** Whether the point visited k-th ({@code k >= 1}) equals the one before it ({@code -0.0 == 0.0}). */
    boolean sameAsPrevious(int k) {
        int a = (k - 1) * d;
        int b = k * d;
        for (int i = 0; i < d; i++) {
            if (flat[a + i] != flat[b + i]) {
                return false;
            }
        }
        return true;
    }
}
