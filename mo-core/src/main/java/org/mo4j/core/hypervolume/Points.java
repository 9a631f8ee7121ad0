package org.mo4j.core.hypervolume;

/**
 * Row-level helpers shared by the hypervolume algorithms: copying the points that lie inside the
 * reference box, an in-place sort of row references by one coordinate, and weak dominance. Rows are used as they are; only their first {@code k} coordinates are read.
 */
final class Points {

    private static final int INSERTION_SORT_MAX = 16;

    private Points() {
    }

    /** Copies of the rows of {@code front} that strictly dominate {@code ref}, in input order. O(n·d). */
    static double[][] inside(double[][] front, double[] ref) {
        double[][] in = new double[front.length][];
        int n = 0;
        for (double[] p : front) {
            if (isInside(p, ref)) {
                in[n++] = p.clone();
            }
        }
        return n == in.length ? in : java.util.Arrays.copyOf(in, n);
    }

    /** Whether {@code p_i < ref_i} for every coordinate. */
    static boolean isInside(double[] p, double[] ref) {
        for (int j = 0; j < ref.length; j++) {
            if (!(p[j] < ref[j])) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code a_j <= b_j} for the first {@code k} coordinates. */
    static boolean weaklyDominates(double[] a, double[] b, int k) {
        for (int j = 0; j < k; j++) {
            if (a[j] > b[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sorts {@code rows[from..to)} by ascending {@code rows[i][col]}, in place, by swapping
     * references. Quicksort with median-of-three pivots and insertion sort for short ranges;
     * O(n log n) expected, allocation-free, not stable.
     */
    static void sort(double[][] rows, int from, int to, int col) {
        quicksort(rows, from, to - 1, col);
    }

    private static void quicksort(double[][] a, int lo, int hi, int col) {
        while (hi - lo >= INSERTION_SORT_MAX) {
            int mid = (lo + hi) >>> 1;
            if (a[mid][col] < a[lo][col]) {
                swap(a, mid, lo);
            }
            if (a[hi][col] < a[lo][col]) {
                swap(a, hi, lo);
            }
            if (a[hi][col] < a[mid][col]) {
                swap(a, hi, mid);
            }
            double pivot = a[mid][col];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i][col] < pivot) {
                    i++;
                }
                while (a[j][col] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            // Recurse into the smaller part, loop on the larger: O(log n) stack depth.
            if (j - lo < hi - i) {
                quicksort(a, lo, j, col);
                lo = i;
            } else {
                quicksort(a, i, hi, col);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double[] row = a[i];
            double key = row[col];
            int j = i - 1;
            while (j >= lo && a[j][col] > key) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = row;
        }
    }

    static void swap(double[][] a, int i, int j) {
        double[] t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
