package org.mo4j.core.hypervolume;

/**
 * Row-level helpers shared by the hypervolume algorithms: copying the points that lie inside the
 * reference box, an in-place sort of row references by one coordinate, and weak dominance. Rows are used as they are; only their first {@code k} coordinates are read.
 */
final class Points {

    private static final int INSERTION_SORT_MAX = 16;

    private Points() {}

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

    /**
     * Sorts {@code rows[from..to)} lexicographically by their first {@code k} coordinates read
     * from the last: by coordinate {@code k - 1}, ties by {@code k - 2}, and so on. A row that
     * weakly dominates another (in those coordinates) then never comes after it. Quicksort with
     * median-of-three pivots and insertion sort for short ranges, in place, allocation-free.
     */
    static void sortLexFromLast(double[][] rows, int from, int to, int k) {
        quicksortLex(rows, from, to - 1, k);
    }

    /** Negative, zero or positive as {@code a} is before, equal to or after {@code b} in {@link #sortLexFromLast}'s order. */
    static int compareFromLast(double[] a, double[] b, int k) {
        for (int j = k - 1; j >= 0; j--) {
            double x = a[j];
            double y = b[j];
            if (x < y) {
                return -1;
            }
            if (x > y) {
                return 1;
            }
        }
        return 0;
    }

    private static void quicksortLex(double[][] a, int lo, int hi, int k) {
        while (hi - lo >= INSERTION_SORT_MAX) {
            int mid = (lo + hi) >>> 1;
            if (compareFromLast(a[mid], a[lo], k) < 0) {
                swap(a, mid, lo);
            }
            if (compareFromLast(a[hi], a[lo], k) < 0) {
                swap(a, hi, lo);
            }
            if (compareFromLast(a[hi], a[mid], k) < 0) {
                swap(a, hi, mid);
            }
            double[] pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (compareFromLast(a[i], pivot, k) < 0) {
                    i++;
                }
                while (compareFromLast(a[j], pivot, k) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                quicksortLex(a, lo, j, k);
                lo = i;
            } else {
                quicksortLex(a, i, hi, k);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double[] row = a[i];
            int j = i - 1;
            while (j >= lo && compareFromLast(a[j], row, k) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = row;
        }
    }

    /**
     * Sorts {@code idx[from..to)} by ascending {@code key[idx[i]]}, then each run of equal keys by
     * ascending {@code tieKey[idx[i]]}; the same quicksort as {@link #sort}, O(n log n) expected,
     * allocation-free.
     */
    static void sortIndices(int[] idx, int from, int to, double[] key, double[] tieKey) {
        quicksort(idx, from, to - 1, key);
        int start = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || key[idx[i]] != key[idx[start]]) {
                if (i - start > 1) {
                    quicksort(idx, start, i - 1, tieKey);
                }
                start = i;
            }
        }
    }

    private static void quicksort(int[] a, int lo, int hi, double[] key) {
        while (hi - lo >= INSERTION_SORT_MAX) {
            int mid = (lo + hi) >>> 1;
            if (key[a[mid]] < key[a[lo]]) {
                swap(a, mid, lo);
            }
            if (key[a[hi]] < key[a[lo]]) {
                swap(a, hi, lo);
            }
            if (key[a[hi]] < key[a[mid]]) {
                swap(a, hi, mid);
            }
            double pivot = key[a[mid]];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (key[a[i]] < pivot) {
                    i++;
                }
                while (key[a[j]] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                quicksort(a, lo, j, key);
                lo = i;
            } else {
                quicksort(a, i, hi, key);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = a[i];
            double k = key[v];
            int j = i - 1;
            while (j >= lo && key[a[j]] > k) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static void swap(double[][] a, int i, int j) {
        double[] t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
