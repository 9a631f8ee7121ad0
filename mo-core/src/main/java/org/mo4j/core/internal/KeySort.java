package org.mo4j.core.internal;

import java.util.Arrays;

/**
 * Ordering point indices by one double coordinate without a comparator: each index is packed
 * with its coordinate into one {@code long} (the coordinate's order-preserving bits in the high
 * part, the index in the low {@link #indexBits} bits) and the longs are sorted as primitives, by
 * an LSD radix sort (11-bit digits, a digit on which all keys agree is skipped) from
 * {@link #RADIX_MIN} keys, by {@link Arrays#sort(long[], int, int)} below.
 *
 * <p>Packing drops the coordinate's lowest {@code indexBits} bits, so the result is sorted by the
 * coordinate only up to runs of keys whose truncated bits agree (which includes every run of
 * equal coordinates): callers finish those runs with an exact comparison (the sorting package's presort by all
 * coordinates, the 2D hypervolume sweep's by (x, y)).
 * For coordinates spread over a range (uniform in [0, 1), n = 10^4) such runs are almost always
 * single keys, so the finishing pass costs one scan. {@code -0.0} and {@code 0.0} get the same
 * key; inputs hold no NaN. O(n) time per radix pass (at most six for 64-bit keys), O(n) memory.
 *
 * <p>Internal: shared by the sorting and hypervolume kernels; not part of the API and may change
 * without notice.
 */
public final class KeySort {

    /**
     * Number of keys from which the radix sort is used; below it, the JDK's sort of the packed
     * keys (the threshold's evidence is in docs/DECISIONS.md).
     */
    public static final int RADIX_MIN = 1024;

    private static final int DIGIT = 11;
    private static final int RADIX = 1 << DIGIT;

    private KeySort() {}

    /** Number of low bits that hold the index when sorting {@code n} keys. */
    public static int indexBits(int n) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
    }

    /** The 64-bit pattern of {@code x} as a signed long in the order of the doubles ({@code -0.0 == 0.0}). */
    public static long sortableBits(double x) {
        long b = Double.doubleToRawLongBits(x + 0.0); // x + 0.0 turns -0.0 into 0.0
        return b ^ ((b >> 63) & 0x7fffffffffffffffL);
    }

    /**
     * Sorts {@code packed[0, n)}, holding {@code (sortableBits(key) & ~mask) | index} where the
     * mask covers {@link #indexBits}{@code (n)} bits, ascending as signed longs. Returns the array
     * holding the result: {@code packed} or {@code scratch} (same length at least n).
     */
    public static long[] sort(long[] packed, long[] scratch, int n) {
        if (n < RADIX_MIN) {
            Arrays.sort(packed, 0, n);
            return packed;
        }
        int low = indexBits(n);
        int passes = (64 - low + DIGIT - 1) / DIGIT;
        int[] count = new int[passes * RADIX];
        for (int i = 0; i < n; i++) {
            long v = packed[i] ^ Long.MIN_VALUE; // the sign bit flipped: signed order becomes unsigned order
            for (int p = 0, shift = low; p < passes; p++, shift += DIGIT) {
                count[p * RADIX + (int) ((v >>> shift) & (RADIX - 1))]++;
            }
        }
        long[] from = packed;
        long[] to = scratch;
        for (int p = 0, shift = low; p < passes; p++, shift += DIGIT) {
            int base = p * RADIX;
            if (count[base + (int) (((from[0] ^ Long.MIN_VALUE) >>> shift) & (RADIX - 1))] == n) {
                continue; // every key has this digit
            }
            int sum = 0;
            for (int j = base; j < base + RADIX; j++) {
                int c = count[j];
                count[j] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long v = from[i];
                to[count[base + (int) (((v ^ Long.MIN_VALUE) >>> shift) & (RADIX - 1))]++] = v;
            }
            long[] t = from;
            from = to;
            to = t;
        }
        return from;
    }

    /**
     * Indices {@code 0..n-1} by ascending {@code key}, in runs of keys that agree in all but their
     * lowest {@code indexBits(n)} bits left in arbitrary order: writes them into {@code order} and
     * returns the sorted packed keys: a run is a maximal range of them that agree when shifted
     * right by {@code indexBits(n)}.
     */
    public static long[] order(double[] key, int n, int[] order) {
        int low = indexBits(n);
        long mask = (1L << low) - 1;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = (sortableBits(key[i]) & ~mask) | i;
        }
        long[] sorted = n < RADIX_MIN ? sort(packed, null, n) : sort(packed, new long[n], n);
        for (int k = 0; k < n; k++) {
            order[k] = (int) (sorted[k] & mask);
        }
        return sorted;
    }
}
