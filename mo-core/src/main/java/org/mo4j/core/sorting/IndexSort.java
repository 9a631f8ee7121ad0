package org.mo4j.core.sorting;

import java.util.function.IntBinaryOperator;
import org.mo4j.core.internal.KeySort;

/**
 * Stable sorting of point indices without boxing: the lexicographic presort of every sorting
 * algorithm ({@link KeySort}'s packed primitive keys on the first objective, then exact finishing
 * of the runs it leaves), and, for the rest, a top-down merge sort through a comparator on
 * indices with insertion sort on short runs (O(n log n) comparisons, one scratch array of n ints).
 *
 * <p>Comparisons use {@code <} and {@code >} rather than {@link Double#compare}, so {@code -0.0}
 * and {@code 0.0} tie exactly as they do under dominance; inputs hold no NaN.
 */
final class IndexSort {

    private static final int INSERTION_THRESHOLD = 16;

    private IndexSort() {}

    /**
     * Indices {@code 0..n-1} sorted lexicographically by the rows of {@code points}; ties keep
     * index order. The first coordinates are ordered by {@link KeySort} (primitive keys, no
     * comparator), and only the runs it leaves unresolved (equal or nearly equal first
     * coordinates) are sorted by comparing whole rows.
     */
    static int[] lexicographic(double[][] points) {
        int n = points.length;
        if (n < 2) {
            return identity(n);
        }
        double[] first = new double[n];
        for (int i = 0; i < n; i++) {
            first[i] = points[i][0];
        }
        int[] order = new int[n];
        long[] sorted = KeySort.order(first, n, order);
        finishRuns(order, sorted, (x, y) -> compareRows(points[x], points[y]));
        return order;
    }

    /**
     * Sorts by {@code cmp} every run of {@code order} that {@link KeySort#order} left unresolved
     * ({@code sorted} being the packed keys it returned). Within a run the indices ascend on
     * entry, and the sort is stable, so ties keep index order.
     */
    static void finishRuns(int[] order, long[] sorted, IntBinaryOperator cmp) {
        int n = order.length;
        int low = KeySort.indexBits(n);
        int[] scratch = null;
        int from = 0;
        while (from < n) {
            long head = sorted[from] >> low;
            int to = from + 1;
            while (to < n && sorted[to] >> low == head) {
                to++;
            }
            if (to - from > 1) {
                if (to - from <= INSERTION_THRESHOLD) {
                    insertionSort(order, from, to, cmp);
                } else {
                    if (scratch == null) {
                        scratch = new int[n];
                    }
                    System.arraycopy(order, from, scratch, from, to - from);
                    mergeSort(order, scratch, from, to, cmp);
                }
            }
            from = to;
        }
    }

    /** Sorts {@code idx} in place by {@code key[idx[i]]}; ties keep their order in {@code idx}. */
    static void byKey(int[] idx, double[] key) {
        sort(idx, (x, y) -> key[x] < key[y] ? -1 : key[x] > key[y] ? 1 : 0);
    }

    static int[] identity(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    private static int compareRows(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i]) {
                return -1;
            }
            if (a[i] > b[i]) {
                return 1;
            }
        }
        return 0;
    }

    private static void sort(int[] a, IntBinaryOperator cmp) {
        if (a.length > 1) {
            mergeSort(a, a.clone(), 0, a.length, cmp);
        }
    }

    /** Sorts {@code a[from, to)}; on entry {@code scratch[from, to)} equals {@code a[from, to)}. */
    private static void mergeSort(int[] a, int[] scratch, int from, int to, IntBinaryOperator cmp) {
        if (to - from <= INSERTION_THRESHOLD) {
            insertionSort(a, from, to, cmp);
            return;
        }
        int mid = (from + to) >>> 1;
        // Sort both halves of scratch (using a as their scratch), then merge them into a.
        mergeSort(scratch, a, from, mid, cmp);
        mergeSort(scratch, a, mid, to, cmp);
        if (cmp.applyAsInt(scratch[mid - 1], scratch[mid]) <= 0) {
            System.arraycopy(scratch, from, a, from, to - from);
            return;
        }
        for (int i = from, l = from, r = mid; i < to; i++) {
            if (r >= to || (l < mid && cmp.applyAsInt(scratch[l], scratch[r]) <= 0)) {
                a[i] = scratch[l++];
            } else {
                a[i] = scratch[r++];
            }
        }
    }

    private static void insertionSort(int[] a, int from, int to, IntBinaryOperator cmp) {
        for (int i = from + 1; i < to; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= from && cmp.applyAsInt(a[j], v) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}
