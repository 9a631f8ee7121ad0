package org.mo4j.core.sorting;

/**
 * Non-dominated sorting of three objectives: ENS's binary search over fronts (Zhang, Tian, Cheng,
 * Jin 2015, see {@link EnsBinarySearch}) with each front reduced to the staircase of its
 * members' projections on objectives 1 and 2, kept in a balanced search tree, the structure of
 * the classic three-dimensional maxima sweep (Kung, Luccio, Preparata, "On finding the maxima of a
 * set of vectors", JACM 22(4), 1975). O(n log k log n) time for k fronts, O(n) memory.
 *
 * <p>Points are visited in lexicographic order, so a point {@code p} can only be dominated by an
 * earlier one, and an earlier point {@code q} other than a copy of {@code p} dominates it iff
 * {@code (q1, q2) <= (p1, p2)}. A point equal to its predecessor shares its rank and is not
 * stored. A front's staircase holds the members whose projection no later member's projection
 * is {@code <=}: one dropped for a later member {@code r} is no threat to miss, since every
 * point it dominates and that comes after {@code r} is dominated by {@code r} too. Sorted by
 * objective 1, the staircase has strictly increasing objective 1 and strictly decreasing
 * objective 2 (two members with equal objective 1 would have one projection {@code <=} the
 * other), so "some member dominates {@code p}" is one descent: go right past every node with
 * {@code q1 <= p1} (stopping with "yes" at the first with {@code q2 <= p2}), left past the others.
 * As in ENS, that holds for a prefix of the fronts, so the rank is the first front for which it
 * fails, found by binary search.
 *
 * <p>Inserting {@code p} into its front removes the members whose projections {@code p}'s
 * covers, a contiguous run: objective 1 at least {@code p1}, then objective 2 at least
 * {@code p2}. Each staircase is a treap (random priorities, expected depth O(log n)) threaded
 * through arrays indexed by visiting position; insertion is two splits (by objective 1, then by
 * objective 2 on the right part), dropping the middle part, and one merge with {@code p}. Every
 * point enters a tree at most once and leaves at most once. Input is trusted (validated by the
 * caller).
 */
final class ThreeObjectiveSort {

    private final double[] x; // objectives of the points in visiting order
    private final double[] y;
    private final double[] z;
    private final int[] left; // treap children, by visiting position; -1 for none
    private final int[] right;
    private final int[] priority;
    private int splitLow; // the two parts of the last split
    private int splitHigh;

    private ThreeObjectiveSort(int n) {
        x = new double[n];
        y = new double[n];
        z = new double[n];
        left = new int[n];
        right = new int[n];
        priority = new int[n];
    }

    /** 0-based ranks of {@code points}, which all have exactly three finite coordinates. */
    static int[] ranks(double[][] points) {
        int n = points.length;
        int[] ranks = new int[n];
        if (n < 2) {
            return ranks;
        }
        int[] order = IndexSort.lexicographic(points);
        ThreeObjectiveSort s = new ThreeObjectiveSort(n);
        int seed = 0x2545F491;
        for (int k = 0; k < n; k++) {
            double[] p = points[order[k]];
            s.x[k] = p[0];
            s.y[k] = p[1];
            s.z[k] = p[2];
            seed ^= seed << 13;
            seed ^= seed >>> 17;
            seed ^= seed << 5;
            s.priority[k] = seed;
        }
        int[] root = new int[n]; // root[f]: root of front f's staircase
        int fronts = 0;
        int rank = 0;
        for (int k = 0; k < n; k++) {
            if (k > 0 && s.x[k] == s.x[k - 1] && s.y[k] == s.y[k - 1] && s.z[k] == s.z[k - 1]) {
                ranks[order[k]] = rank;
                continue;
            }
            int lo = 0;
            int hi = fronts;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (s.dominated(root[mid], k)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            rank = lo;
            ranks[order[k]] = rank;
            if (rank == fronts) {
                s.left[k] = -1;
                s.right[k] = -1;
                root[fronts++] = k;
            } else {
                root[rank] = s.insert(root[rank], k);
            }
        }
        return ranks;
    }

    /** Whether a point of the staircase rooted at {@code t} has objectives 1 and 2 {@code <=} point k's. */
    private boolean dominated(int t, int k) {
        double py = y[k];
        double pz = z[k];
        while (t >= 0) {
            if (y[t] <= py) {
                if (z[t] <= pz) {
                    return true;
                }
                t = right[t];
            } else {
                t = left[t];
            }
        }
        return false;
    }

    /** Inserts point k, which no member covers, into the staircase rooted at {@code t}; returns the new root. */
    private int insert(int t, int k) {
        splitByY(t, y[k]);
        int below = splitLow;
        splitByZ(splitHigh, z[k]); // low part: objective 2 at least z[k], covered by k and dropped
        left[k] = -1;
        right[k] = -1;
        return merge(merge(below, k), splitHigh);
    }

    /** Splits the treap at {@code t} into nodes with {@code y < key} (splitLow) and the rest (splitHigh). */
    private void splitByY(int t, double key) {
        int lowRoot = -1;
        int highRoot = -1;
        int lowTail = -1; // node of the low part whose right child is still to be set
        int highTail = -1; // node of the high part whose left child is still to be set
        while (t >= 0) {
            if (y[t] < key) {
                if (lowTail < 0) {
                    lowRoot = t;
                } else {
                    right[lowTail] = t;
                }
                lowTail = t;
                t = right[t];
            } else {
                if (highTail < 0) {
                    highRoot = t;
                } else {
                    left[highTail] = t;
                }
                highTail = t;
                t = left[t];
            }
        }
        if (lowTail >= 0) {
            right[lowTail] = -1;
        }
        if (highTail >= 0) {
            left[highTail] = -1;
        }
        splitLow = lowRoot;
        splitHigh = highRoot;
    }

    /**
     * Splits a staircase part at {@code t} (objective 2 decreasing in tree order) into nodes with
     * {@code z >= key} (splitLow, first in order) and the rest (splitHigh).
     */
    private void splitByZ(int t, double key) {
        int lowRoot = -1;
        int highRoot = -1;
        int lowTail = -1;
        int highTail = -1;
        while (t >= 0) {
            if (z[t] >= key) {
                if (lowTail < 0) {
                    lowRoot = t;
                } else {
                    right[lowTail] = t;
                }
                lowTail = t;
                t = right[t];
            } else {
                if (highTail < 0) {
                    highRoot = t;
                } else {
                    left[highTail] = t;
                }
                highTail = t;
                t = left[t];
            }
        }
        if (lowTail >= 0) {
            right[lowTail] = -1;
        }
        if (highTail >= 0) {
            left[highTail] = -1;
        }
        splitLow = lowRoot;
        splitHigh = highRoot;
    }

    /** Joins treaps {@code a} and {@code b}, every node of {@code a} before every node of {@code b}. */
    private int merge(int a, int b) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        if (priority[a] > priority[b]) {
            right[a] = merge(right[a], b);
            return a;
        }
        left[b] = merge(a, left[b]);
        return b;
    }
}
