package org.mo4j.core.sorting;

import java.util.Arrays;

/**
 * ENS-NDT, the efficient non-dominated sort with non-dominated trees of P. Gustavsson and A.
 * Syberfeldt, "A new algorithm using the non-dominated tree to improve non-dominated sorting",
 * Evolutionary Computation 26(1), 2018, for any number of objectives.
 *
 * <p>As in {@link EnsBinarySearch}, points are visited in lexicographic order, so none can be
 * dominated by a later one; a point equal to its predecessor shares its rank and is not stored,
 * and any other point {@code p} is dominated by an earlier point {@code q} iff
 * {@code q[i] <= p[i]} for every objective {@code i >= 1}. The front of {@code p} is the first one
 * with no member dominating it, found by binary search over the fronts in creation order.
 *
 * <p>What changes is the front: each is a non-dominated tree, a bucket k-d tree over objectives
 * {@code 1..m-1}. A leaf holds at most {@code bucketSize} points; when an insertion overflows it,
 * it becomes an internal node splitting its points on one objective {@code j} at a value
 * {@code s} near their median (points with {@code q[j] < s} to the left child, the others to the
 * right). Split objectives cycle from the root down ({@code 1, 2, ..., m-1, 1, ...}), skipping one
 * on which the bucket's points all agree; such a skip always finds an objective, since distinct
 * members of a front differ somewhere in objectives {@code 1..m-1} (a point equal to an earlier
 * one there but later in objective 0 is dominated by it). The query "does some member dominate
 * {@code p}" walks the tree depth first, left child first (its points are smaller, so likelier
 * dominators), and never enters a right child when {@code p[j] < s}: its points all have
 * {@code q[j] >= s > p[j]}. Each node also keeps the least value of every objective over its
 * subtree (maintained on insertion), and a subtree whose least values are not all {@code <= p}
 * holds no dominator and is skipped, which prunes most of a large front's tree. Leaves of at most
 * two points are scanned without it.
 *
 * <p>Time: O(m n log n) in the best case (a chain of fronts), O(m n²) in the worst, like ENS-BS,
 * but a query on a front of size f visits, for points spread in objective space, far fewer than f
 * members, which pays off mostly with few fronts of many points (large n, m &gt;= 4). Memory:
 * O(m n), allocated once per call: the points copied in visiting order into one flat array, and
 * one pool of at most {@code 2n} tree nodes (split objective, split value, first child and
 * m subtree minima as arrays; the second child follows the first) whose leaves thread their points
 * through one {@code next} array. Input is trusted (validated by the caller).
 */
final class EnsNdTree {

    /** Default leaf capacity (the choice's evidence is in docs/DECISIONS.md). */
    static final int DEFAULT_BUCKET_SIZE = 8;

    private EnsNdTree() {}

    /** 0-based ranks of {@code points}, a non-empty rectangular matrix of finite values. */
    static int[] ranks(double[][] points) {
        return ranks(points, DEFAULT_BUCKET_SIZE);
    }

    /**
     * 0-based ranks of {@code points} with leaves of at most {@code bucketSize} points.
     *
     * @param bucketSize at least 1 (1 gives the deepest trees)
     */
    static int[] ranks(double[][] points, int bucketSize) {
        if (bucketSize < 1) {
            throw new IllegalArgumentException("bucketSize must be at least 1, was " + bucketSize);
        }
        return new Sorter(points, bucketSize).run();
    }

    /** The state of one call: the flat points and the node pool shared by all fronts' trees. */
    private static final class Sorter {
        private final int n;
        private final int d;
        private final int bucketSize;
        private final VisitingOrder visit;
        private final int[] order;
        private final double[] flat;

        // Node pool; node x is a leaf iff child[x] < 0.
        private final int[] child; // first child (second is child + 1), or -1 for a leaf
        private final int[] objective; // internal: split objective; leaf: objective its split would try first
        private final double[] split; // internal: split value
        private final int[] head; // leaf: first point (visiting position) of its bucket, or -1
        private final int[] size; // leaf: number of points in its bucket
        private final double[] lower; // lower[x * d + i]: least objective i (>= 1) over x's subtree
        private int nodes;

        private final int[] next; // next[k]: next point in k's bucket, or -1
        private final int[] root; // root[f]: root node of front f's tree
        private final int[] stack; // depth-first query stack
        private final int[] bucket; // scratch for a split: the overflowing bucket's points
        private final double[] values; // scratch for a split: their values on one objective

        Sorter(double[][] points, int bucketSize) {
            this.n = points.length;
            this.d = points[0].length;
            this.bucketSize = bucketSize;
            this.visit = new VisitingOrder(points);
            this.order = visit.order;
            this.flat = visit.flat;
            // A tree with L leaves has 2L - 1 nodes and every leaf holds a point, so 2n bounds the pool.
            int capacity = 2 * n;
            child = new int[capacity];
            objective = new int[capacity];
            split = new double[capacity];
            head = new int[capacity];
            size = new int[capacity];
            lower = new double[capacity * d];
            next = new int[n];
            root = new int[n];
            // A query pushes at most one pending right child per level, and a path has fewer nodes than the pool.
            stack = new int[capacity + 1];
            bucket = new int[bucketSize + 1];
            values = new double[bucketSize + 1];
        }

        int[] run() {
            int[] ranks = new int[n];
            int fronts = 0;
            for (int k = 0; k < n; k++) {
                int cur = order[k];
                if (k > 0 && visit.sameAsPrevious(k)) {
                    ranks[cur] = ranks[order[k - 1]];
                    continue;
                }
                int lo = 0;
                int hi = fronts;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (dominated(root[mid], k)) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                ranks[cur] = lo;
                if (lo == fronts) {
                    root[fronts++] = newLeaf(1);
                }
                insert(root[lo], k);
            }
            return ranks;
        }

        private int newLeaf(int firstObjective) {
            int x = nodes++;
            child[x] = -1;
            objective[x] = firstObjective;
            head[x] = -1;
            size[x] = 0;
            Arrays.fill(lower, x * d, x * d + d, Double.POSITIVE_INFINITY);
            return x;
        }

        /** Whether some point in the tree rooted at {@code node} dominates point {@code k}. */
        private boolean dominated(int node, int k) {
            int p = k * d;
            int top = 0;
            stack[top++] = node;
            while (top > 0) {
                int x = stack[--top];
                if (!mayDominate(x, p)) {
                    continue;
                }
                while (child[x] >= 0) {
                    int c = child[x];
                    if (flat[p + objective[x]] >= split[x]) {
                        stack[top++] = c + 1;
                    }
                    x = c;
                    if (!mayDominate(x, p)) {
                        x = -1;
                        break;
                    }
                }
                if (x < 0) {
                    continue;
                }
                for (int q = head[x]; q >= 0; q = next[q]) {
                    int o = q * d;
                    int i = 1;
                    while (i < d && flat[o + i] <= flat[p + i]) {
                        i++;
                    }
                    if (i == d) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether node {@code x}'s subtree minima allow a dominator of the point at flat offset {@code p}. */
        private boolean mayDominate(int x, int p) {
            if (size[x] <= 2 && child[x] < 0) {
                return true; // a tiny leaf: checking its points directly costs about as much
            }
            int o = x * d;
            for (int i = 1; i < d; i++) {
                if (lower[o + i] > flat[p + i]) {
                    return false;
                }
            }
            return true;
        }

        /** Lowers node {@code x}'s subtree minima to include the point at flat offset {@code p}. */
        private void lowerBy(int x, int p) {
            int o = x * d;
            for (int i = 1; i < d; i++) {
                if (flat[p + i] < lower[o + i]) {
                    lower[o + i] = flat[p + i];
                }
            }
        }

        /** Adds point {@code k} to the tree rooted at {@code node}, splitting its leaf if it overflows. */
        private void insert(int node, int k) {
            int x = node;
            int p = k * d;
            lowerBy(x, p);
            while (child[x] >= 0) {
                x = flat[p + objective[x]] < split[x] ? child[x] : child[x] + 1;
                lowerBy(x, p);
            }
            next[k] = head[x];
            head[x] = k;
            if (++size[x] > bucketSize) {
                splitLeaf(x);
            }
        }

        /** Turns the overflowing leaf {@code x} (at least two distinct points) into an internal node. */
        private void splitLeaf(int x) {
            int count = 0;
            for (int q = head[x]; q >= 0; q = next[q]) {
                bucket[count++] = q;
            }
            int j = objective[x];
            double s = 0;
            for (int tried = 0; tried < d - 1; tried++) {
                s = splitValue(count, j);
                if (!Double.isNaN(s)) {
                    break;
                }
                j = j == d - 1 ? 1 : j + 1;
            }
            if (Double.isNaN(s)) {
                throw new IllegalStateException("a front holds points equal in every objective but the first");
            }
            int nextObjective = j == d - 1 ? 1 : j + 1;
            int c = newLeaf(nextObjective);
            newLeaf(nextObjective);
            child[x] = c;
            objective[x] = j;
            split[x] = s;
            head[x] = -1;
            size[x] = 0;
            // Re-thread the bucket's points, keeping their relative order in each child.
            for (int t = count - 1; t >= 0; t--) {
                int q = bucket[t];
                int leaf = flat[q * d + j] < s ? c : c + 1;
                next[q] = head[leaf];
                head[leaf] = q;
                size[leaf]++;
                lowerBy(leaf, q * d);
            }
        }

        /**
         * A value splitting {@code bucket[0, count)} on objective {@code j} into two non-empty
         * parts ({@code < s} and {@code >= s}), the median when it is above the minimum, or NaN
         * when all values agree.
         */
        private double splitValue(int count, int j) {
            for (int t = 0; t < count; t++) {
                double v = flat[bucket[t] * d + j];
                int u = t - 1;
                while (u >= 0 && values[u] > v) {
                    values[u + 1] = values[u];
                    u--;
                }
                values[u + 1] = v;
            }
            double min = values[0];
            for (int t = count / 2; t < count; t++) {
                if (values[t] > min) {
                    return values[t];
                }
            }
            return Double.NaN;
        }
    }
}
