package org.mo4j.core.hypervolume;

import java.util.Arrays;

/**
 * A set of ranks {@code 0..capacity-1} as a hierarchy of 64-bit words (each level summarises
 * which words of the level below are non-empty), with insert, delete, predecessor and successor
 * in O(log_64 capacity) and no allocation after construction.
 */
final class RankSet {

    private final long[][] levels;

    RankSet(int capacity) {
        int levelCount = 1;
        for (int size = words(capacity); size > 1; size = words(size)) {
            levelCount++;
        }
        levels = new long[levelCount][];
        int size = words(capacity);
        for (int h = 0; h < levelCount; h++) {
            levels[h] = new long[size];
            size = words(size);
        }
    }

    private static int words(int bits) {
        return Math.max(1, (bits + 63) >>> 6);
    }

    /**
     * Removes every element below {@code bound}, and every word that a successor query from below
     * {@code bound} reads, in O(bound / 64): afterwards {@link #higher} of a rank below bound finds
     * only elements added since, even where elements at or above bound were left from before.
     */
    void clear(int bound) {
        // The highest index a query from below bound reads at each level: bound itself at the
        // bottom (the successor of bound - 1), then one past the word that holds it.
        int reach = bound;
        for (long[] level : levels) {
            Arrays.fill(level, 0, Math.min((reach >>> 6) + 1, level.length), 0L);
            reach = (reach >>> 6) + 1;
        }
    }

    void add(int r) {
        for (long[] level : levels) {
            level[r >>> 6] |= 1L << (r & 63);
            r >>>= 6;
        }
    }

    void remove(int r) {
        for (long[] level : levels) {
            int w = r >>> 6;
            level[w] &= ~(1L << (r & 63));
            if (level[w] != 0) {
                return;
            }
            r = w;
        }
    }

    /** The largest element {@code < r}, or -1. */
    int lower(int r) {
        return atMost(0, r - 1);
    }

    /** The smallest element {@code > r}, or -1. */
    int higher(int r) {
        return atLeast(0, r + 1);
    }

    private int atMost(int h, int r) {
        if (r < 0) {
            return -1;
        }
        long[] level = levels[h];
        int w = r >>> 6;
        long bits = level[w] & (-1L >>> (63 - (r & 63)));
        if (bits != 0) {
            return (w << 6) + 63 - Long.numberOfLeadingZeros(bits);
        }
        if (h + 1 == levels.length) {
            return -1;
        }
        int below = atMost(h + 1, w - 1);
        return below < 0 ? -1 : (below << 6) + 63 - Long.numberOfLeadingZeros(level[below]);
    }

    private int atLeast(int h, int r) {
        long[] level = levels[h];
        int w = r >>> 6;
        if (w >= level.length) {
            return -1;
        }
        long bits = level[w] & (-1L << (r & 63));
        if (bits != 0) {
            return (w << 6) + Long.numberOfTrailingZeros(bits);
        }
        if (h + 1 == levels.length) {
            return -1;
        }
        int above = atLeast(h + 1, w + 1);
        return above < 0 ? -1 : (above << 6) + Long.numberOfTrailingZeros(level[above]);
    }
}
