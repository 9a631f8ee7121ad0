package org.mo4j.algorithms.internal;

import java.util.random.RandomGenerator;

/**
 * Index helpers without boxing: sorting index arrays by a primitive key (what survival selection
 * needs to order the members of a front) and drawing a second, distinct index (what every binary
 * tournament and pair of parents needs).
 */
public final class Indices {

    private Indices() {}

    /**
     * Sorts {@code idx} in place so that {@code key[idx[0]] <= key[idx[1]] <= ...}; stable (equal
     * keys keep their order). Bottom-up merge sort, O(k log k) time, O(k) memory for k indices.
     */
    public static void sortByKey(int[] idx, double[] key) {
        int n = idx.length;
        int[] buf = new int[n];
        int[] src = idx;
        int[] dst = buf;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int a = lo;
                int b = mid;
                for (int o = lo; o < hi; o++) {
                    if (a < mid && (b >= hi || key[src[a]] <= key[src[b]])) {
                        dst[o] = src[a++];
                    } else {
                        dst[o] = src[b++];
                    }
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != idx) {
            System.arraycopy(src, 0, idx, 0, n);
        }
    }

    /** 0, 1, ..., n − 1. */
    public static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /**
     * An index in [0, size) other than {@code a}, uniformly: one draw of {@code nextInt(size − 1)},
     * shifted past a. O(1).
     *
     * @param size at least 2
     */
    public static int other(RandomGenerator rng, int size, int a) {
        int b = rng.nextInt(size - 1);
        return b >= a ? b + 1 : b;
    }
}
