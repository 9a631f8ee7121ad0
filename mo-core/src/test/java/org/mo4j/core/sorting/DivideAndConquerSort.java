package org.mo4j.core.sorting;

import java.util.Arrays;

/**
 * Divide-and-conquer non-dominated sorting for two or more objectives, in the line of M. T.
 * Jensen, "Reducing the run-time complexity of multiobjective EAs: the NSGA-II and other
 * algorithms", IEEE TEC 7(5):503-515, 2003 (the divide-and-conquer scheme, assuming no ties);
 * F.-A. Fortin, S. Grenier, M. Parizeau, "Generalizing the improved run-time complexity algorithm
 * for non-dominated sorting", GECCO 2013 (correct with equal coordinates); and M. Buzdalov, A.
 * Shalyto, "A provably asymptotically fast version of the generalized Jensen algorithm for
 * non-dominated sorting", PPSN XIII, 2014 (median splitting, a sweep base case over a tree of
 * ranks, O(n log^(m-1) n)). Small subproblems go to a quadratic routine, a simple form of the
 * hybrids of this algorithm with faster-on-small-inputs sorts studied by M. Markina and M.
 * Buzdalov (2017 onwards).
 *
 * <p>It computes the same ranks as {@link EnsBinarySearch}: rank 0 for undominated points,
 * otherwise one more than the largest rank of a dominating point; equal points share a rank.
 *
 * <p>Points are sorted lexicographically and exact duplicates are merged (a copy gets the rank of
 * its first occurrence), so a point can only be dominated by a point earlier in that order, and
 * for distinct points "no worse everywhere" means "dominates". Every subset below is a range of an
 * index array kept in that order, so objective 0 never needs comparing. Two procedures recurse on
 * the objective {@code k}:
 * <ul>
 * <li>{@code helperA(S, k)}: the points of S are equal in the objectives above {@code k} and every
 * dominator outside S has already raised their ranks; finish their ranks. S is split on the
 * median of objective {@code k} into L (below), M (equal) and H (above); L is finished, then
 * raises M ({@code helperB(L, M, k - 1)}), M is finished in {@code k - 1} objectives, L and M
 * raise H ({@code helperB(L + M, H, k - 1)}) and H is finished. The median's own class M is what
 * keeps ties correct: its points may dominate each other only through objectives below
 * {@code k}.</li>
 * <li>{@code helperB(L, H, k)}: every point of L is final and no worse than every point of H in
 * the objectives above {@code k}; raise the ranks of H by the points of L dominating them. Both
 * sets are split three ways on the median of objective {@code k} of their union; (L&lt;, H&lt;)
 * and (L&gt;, H&gt;) recurse on {@code k}, (L&lt; + L=, H= + H&gt;) on {@code k - 1}; the pairs
 * left out cannot dominate.</li>
 * </ul>
 * With two objectives left ({@code k == 1}) both become sweeps in lexicographic order with a
 * segment tree over ranks holding, per rank, the smallest objective-1 value seen; the largest rank
 * whose value is {@code <=} the current point's is found in O(log n). Subproblems of at most
 * {@link #DEFAULT_THRESHOLD} points (sum of both sets for {@code helperB}) are compared pairwise.
 * {@code helperB} first drops the points of L after the last of H and those of H before the first
 * of L in lexicographic order, and returns at once when no rank in L reaches the smallest in H.
 *
 * <p>O(n log^(m-1) n) time for m objectives (the quadratic base cases only change the constant;
 * the median is found by randomised quickselect, so that term is an expected bound), O(n m)
 * memory: the points are copied once into a flat array, and the index, scratch and tree arrays are
 * allocated once per call; the recursion allocates nothing. Input is trusted (validated by the
 * caller) and must have at least two objectives.
 *
 * <p>A test oracle: {@link NonDominatedSorting} does not dispatch to it (the three-objective sweep
 * and ENS-NDT were faster wherever it was measured; docs/DECISIONS.md), so it lives in the test
 * sources as an independent implementation that the sorting tests compare the others with.
 */
final class DivideAndConquerSort {

    /**
     * Size at or below which a subproblem is solved pairwise. Provisional: chosen from rough
     * one-off timings (uniform points, n = 10^3 and 10^4, m = 3..10), where 200 beat 64 and 100
     * and was close to 400; a pure divide and conquer (0) was up to several times slower.
     */
    static final int DEFAULT_THRESHOLD = 200;

    private final double[] flat;
    private final int d;
    private final int[] rank;
    private final int[] idx;
    private final int[] buf;
    private final double[] values;
    private final double[] tree;
    private final int leaves;
    private final int threshold;
    private long seed = 0x9E3779B97F4A7C15L;

    private DivideAndConquerSort(double[] flat, int n, int d, int threshold) {
        this.flat = flat;
        this.d = d;
        this.threshold = threshold;
        this.rank = new int[n];
        this.idx = IndexSort.identity(n);
        this.buf = new int[n];
        this.values = new double[n];
        this.leaves = Integer.highestOneBit(Math.max(1, n - 1)) << 1;
        this.tree = new double[2 * leaves];
        Arrays.fill(tree, Double.POSITIVE_INFINITY);
    }

    /** 0-based ranks of {@code points}, a non-empty rectangular matrix of finite values, d >= 2. */
    static int[] ranks(double[][] points) {
        return ranks(points, DEFAULT_THRESHOLD);
    }

    /**
     * As {@link #ranks(double[][])}, solving subproblems of at most {@code threshold} points
     * pairwise; 0 runs the pure divide and conquer down to two points or two objectives.
     */
    static int[] ranks(double[][] points, int threshold) {
        int n = points.length;
        int d = points[0].length;
        int[] order = IndexSort.lexicographic(points);
        int[] uniqueOf = new int[n];
        double[] flat = new double[n * d];
        int u = 0;
        for (int p = 0; p < n; p++) {
            double[] row = points[order[p]];
            if (p > 0 && sameRow(points[order[p - 1]], row)) {
                uniqueOf[p] = u - 1;
            } else {
                System.arraycopy(row, 0, flat, u * d, d);
                uniqueOf[p] = u++;
            }
        }
        DivideAndConquerSort sort = new DivideAndConquerSort(flat, u, d, threshold);
        sort.helperA(0, u, d - 1);
        int[] ranks = new int[n];
        for (int p = 0; p < n; p++) {
            ranks[order[p]] = sort.rank[uniqueOf[p]];
        }
        return ranks;
    }

    // ---------------------------------------------------------------- helperA

    /** Finishes the ranks of the points in {@code idx[from, to)}, equal above objective k. */
    private void helperA(int from, int to, int k) {
        int size = to - from;
        if (size < 2) {
            return;
        }
        if (size == 2) {
            int a = idx[from];
            int b = idx[from + 1];
            if (rank[a] >= rank[b] && noWorse(a, b, k)) {
                rank[b] = rank[a] + 1;
            }
            return;
        }
        if (k == 1) {
            sweepA(from, to);
            return;
        }
        if (size <= threshold) {
            pairwiseA(from, to, k);
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int p = from; p < to; p++) {
            double v = flat[idx[p] * d + k];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(min < max)) {
            helperA(from, to, k - 1);
            return;
        }
        int n = 0;
        for (int p = from; p < to; p++) {
            values[n++] = flat[idx[p] * d + k];
        }
        double median = select(values, n, n >>> 1);
        long bounds = partition(from, to, k, median);
        int lowEnd = (int) (bounds >>> 32);
        int midEnd = (int) bounds;
        helperA(from, lowEnd, k);
        helperB(from, lowEnd, lowEnd, midEnd, k - 1);
        helperA(lowEnd, midEnd, k - 1);
        merge(from, lowEnd, midEnd);
        helperB(from, midEnd, midEnd, to, k - 1);
        helperA(midEnd, to, k);
        merge(from, midEnd, to);
    }

    private void sweepA(int from, int to) {
        for (int p = from; p < to; p++) {
            int i = idx[p];
            double y = flat[i * d + 1];
            int r = query(y);
            if (r >= rank[i]) {
                rank[i] = r + 1;
            }
            insert(rank[i], y);
        }
        for (int p = from; p < to; p++) {
            clear(rank[idx[p]]);
        }
    }

    private void pairwiseA(int from, int to, int k) {
        for (int q = from + 1; q < to; q++) {
            int j = idx[q];
            int r = rank[j];
            for (int p = q - 1; p >= from; p--) {
                int i = idx[p];
                if (rank[i] >= r && noWorse(i, j, k)) {
                    r = rank[i] + 1;
                }
            }
            rank[j] = r;
        }
    }

    // ---------------------------------------------------------------- helperB

    /**
     * Raises the ranks of {@code idx[hFrom, hTo)} by the dominating points of the final
     * {@code idx[lFrom, lTo)}, which are no worse above objective k.
     */
    private void helperB(int lFrom, int lTo, int hFrom, int hTo, int k) {
        if (lFrom >= lTo || hFrom >= hTo) {
            return;
        }
        // a dominator precedes in lexicographic order: drop L after the last H, H before the first L
        int lastH = idx[hTo - 1];
        while (lTo > lFrom && idx[lTo - 1] > lastH) {
            lTo--;
        }
        if (lTo == lFrom) {
            return;
        }
        int firstL = idx[lFrom];
        while (hFrom < hTo && idx[hFrom] < firstL) {
            hFrom++;
        }
        if (hFrom == hTo) {
            return;
        }
        // l raises h only if rank(l) >= rank(h)
        int maxRankL = -1;
        for (int p = lFrom; p < lTo; p++) {
            maxRankL = Math.max(maxRankL, rank[idx[p]]);
        }
        int minRankH = Integer.MAX_VALUE;
        for (int p = hFrom; p < hTo; p++) {
            minRankH = Math.min(minRankH, rank[idx[p]]);
        }
        if (maxRankL < minRankH) {
            return;
        }
        if (k == 1) {
            sweepB(lFrom, lTo, hFrom, hTo);
            return;
        }
        if ((lTo - lFrom) + (hTo - hFrom) <= threshold) {
            pairwiseB(lFrom, lTo, hFrom, hTo, k);
            return;
        }
        double minL = Double.POSITIVE_INFINITY;
        double maxL = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int p = lFrom; p < lTo; p++) {
            double v = flat[idx[p] * d + k];
            values[n++] = v;
            minL = Math.min(minL, v);
            maxL = Math.max(maxL, v);
        }
        double minH = Double.POSITIVE_INFINITY;
        double maxH = Double.NEGATIVE_INFINITY;
        for (int p = hFrom; p < hTo; p++) {
            double v = flat[idx[p] * d + k];
            values[n++] = v;
            minH = Math.min(minH, v);
            maxH = Math.max(maxH, v);
        }
        if (maxL <= minH) {
            helperB(lFrom, lTo, hFrom, hTo, k - 1);
            return;
        }
        if (minL > maxH) {
            return;
        }
        double median = select(values, n, n >>> 1);
        long lb = partition(lFrom, lTo, k, median);
        int lLowEnd = (int) (lb >>> 32);
        int lMidEnd = (int) lb;
        long hb = partition(hFrom, hTo, k, median);
        int hLowEnd = (int) (hb >>> 32);
        int hMidEnd = (int) hb;
        helperB(lFrom, lLowEnd, hFrom, hLowEnd, k);
        helperB(lMidEnd, lTo, hMidEnd, hTo, k);
        merge(lFrom, lLowEnd, lMidEnd);
        merge(hLowEnd, hMidEnd, hTo);
        helperB(lFrom, lMidEnd, hLowEnd, hTo, k - 1);
        merge(lFrom, lMidEnd, lTo);
        merge(hFrom, hLowEnd, hTo);
    }

    private void sweepB(int lFrom, int lTo, int hFrom, int hTo) {
        int p = lFrom;
        for (int q = hFrom; q < hTo; q++) {
            int h = idx[q];
            while (p < lTo && idx[p] < h) {
                int l = idx[p++];
                insert(rank[l], flat[l * d + 1]);
            }
            int r = query(flat[h * d + 1]);
            if (r >= rank[h]) {
                rank[h] = r + 1;
            }
        }
        for (int s = lFrom; s < p; s++) {
            clear(rank[idx[s]]);
        }
    }

    private void pairwiseB(int lFrom, int lTo, int hFrom, int hTo, int k) {
        for (int q = hFrom; q < hTo; q++) {
            int h = idx[q];
            int r = rank[h];
            for (int p = lFrom; p < lTo; p++) {
                int l = idx[p];
                if (l > h) {
                    break;
                }
                if (rank[l] >= r && noWorse(l, h, k)) {
                    r = rank[l] + 1;
                }
            }
            rank[h] = r;
        }
    }

    // ---------------------------------------------------------------- shared pieces

    /**
     * Whether point {@code a}, earlier in lexicographic order than {@code b}, is no worse than
     * {@code b} in objectives 1..k (objective 0 follows from the order).
     */
    private boolean noWorse(int a, int b, int k) {
        int oa = a * d;
        int ob = b * d;
        for (int t = 1; t <= k; t++) {
            if (flat[oa + t] > flat[ob + t]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Stable three-way partition of {@code idx[from, to)} by objective k against {@code pivot}:
     * below, equal, above. Returns the end of the lower part (high word) and of the equal part.
     */
    private long partition(int from, int to, int k, double pivot) {
        int low = 0;
        int mid = 0;
        for (int p = from; p < to; p++) {
            double v = flat[idx[p] * d + k];
            if (v < pivot) {
                low++;
            } else if (v == pivot) {
                mid++;
            }
        }
        int a = from;
        int b = from + low;
        int c = from + low + mid;
        for (int p = from; p < to; p++) {
            int i = idx[p];
            double v = flat[i * d + k];
            if (v < pivot) {
                buf[a++] = i;
            } else if (v == pivot) {
                buf[b++] = i;
            } else {
                buf[c++] = i;
            }
        }
        System.arraycopy(buf, from, idx, from, to - from);
        return ((long) (from + low) << 32) | (from + low + mid);
    }

    /** Merges the ascending runs {@code idx[from, mid)} and {@code idx[mid, to)}. */
    private void merge(int from, int mid, int to) {
        if (from >= mid || mid >= to || idx[mid - 1] < idx[mid]) {
            return;
        }
        int l = from;
        int r = mid;
        int o = from;
        while (l < mid && r < to) {
            buf[o++] = idx[l] < idx[r] ? idx[l++] : idx[r++];
        }
        while (l < mid) {
            buf[o++] = idx[l++];
        }
        while (r < to) {
            buf[o++] = idx[r++];
        }
        System.arraycopy(buf, from, idx, from, to - from);
    }

    /** The {@code kth} smallest of {@code a[0, n)} (0-based), by randomised three-way quickselect. */
    private double select(double[] a, int n, int kth) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            seed ^= seed << 13;
            seed ^= seed >>> 7;
            seed ^= seed << 17;
            double pivot = a[lo + (int) ((seed >>> 33) % (hi - lo + 1))];
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                double v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (kth < lt) {
                hi = lt - 1;
            } else if (kth > gt) {
                lo = gt + 1;
            } else {
                return pivot;
            }
        }
        return a[lo];
    }

    // Segment tree over ranks: leaf r holds the smallest objective-1 value inserted with rank r,
    // inner nodes the minimum of their children; +infinity everywhere between sweeps.

    private void insert(int r, double y) {
        int pos = leaves + r;
        while (pos >= 1 && tree[pos] > y) {
            tree[pos] = y;
            pos >>>= 1;
        }
    }

    /** The largest rank holding a value {@code <= y}, or -1. */
    private int query(double y) {
        if (!(tree[1] <= y)) {
            return -1;
        }
        int node = 1;
        while (node < leaves) {
            node = tree[2 * node + 1] <= y ? 2 * node + 1 : 2 * node;
        }
        return node - leaves;
    }

    /**
     * Resets the path of leaf {@code r}. Stopping at the first +infinity node is safe: a node is
     * +infinity either because no leaf below it was set, impossible on a set leaf's path, or
     * because an earlier clear reset it and all its ancestors.
     */
    private void clear(int r) {
        int pos = leaves + r;
        while (pos >= 1 && tree[pos] != Double.POSITIVE_INFINITY) {
            tree[pos] = Double.POSITIVE_INFINITY;
            pos >>>= 1;
        }
    }

    /** Whether two rows are equal coordinate by coordinate ({@code -0.0 == 0.0}). */
    private static boolean sameRow(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
