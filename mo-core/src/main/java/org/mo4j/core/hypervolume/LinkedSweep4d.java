package org.mo4j.core.hypervolume;

/**
 * The structure shared by the linked HV4D+ sweeps ({@link Hv4dPlus} in plain double,
 * {@link Hv4dPlusDd} in double-double): the points of S in a list in lexicographic (third,
 * second, first) order between the three sentinels of Guerreiro and Fonseca (2018), each with
 * the two neighbour links it had when it joined the 3D sweep, and the current staircase links
 * that a restart rebuilds from them. It holds no arithmetic: the subclasses compute the areas
 * and volumes from these links, each in its own precision. See {@link Hv4dPlus} for the
 * algorithm.
 */
abstract class LinkedSweep4d {

    final int s1;
    final int s2;
    final int s3;
    final double[] xs;
    final double[] ys;
    final double[] zs;
    /** The list S, lexicographic in (third, second, first) coordinate; s2 heads it, s3 ends it. */
    final int[] next;

    final int[] prev;
    /** The links of each point of S at the time of its insertion in the 3D sweep. */
    final int[] closest0;

    final int[] closest1;
    /** The current staircase neighbours during a restart and a contribution pass. */
    final int[] cnext0;

    final int[] cnext1;
    /** The number of points in S. */
    int size;
    /**
     * Whether {@link #restart} picks the new point's links by ranks ({@link #rank}), allocated on
     * the first call.
     */
    private boolean ranked;

    private int[] xRank;
    private int[] yRank;
    private int[] byXRank;
    private int[] byYRank;
    private int rankSentinel;

    LinkedSweep4d(int capacity) {
        s1 = capacity;
        s2 = capacity + 1;
        s3 = capacity + 2;
        int size = capacity + 3;
        xs = new double[size];
        ys = new double[size];
        zs = new double[size];
        next = new int[size];
        prev = new int[size];
        closest0 = new int[size];
        closest1 = new int[size];
        cnext0 = new int[size];
        cnext1 = new int[size];
    }

    /** Empties S and sets the sentinels {@code (-inf, r1, -inf)}, {@code (r0, -inf, -inf)}, {@code (-inf, -inf, r2)}. */
    final void reset(double[] ref) {
        double lowest = -Double.MAX_VALUE;
        xs[s1] = lowest;
        ys[s1] = ref[1];
        zs[s1] = lowest;
        xs[s2] = ref[0];
        ys[s2] = lowest;
        zs[s2] = lowest;
        xs[s3] = lowest;
        ys[s3] = lowest;
        zs[s3] = ref[2];
        next[s2] = s3;
        prev[s3] = s2;
        prev[s2] = s1;
        next[s1] = s2;
        size = 0;
        ranked = false;
    }

    /** Whether {@link #rank} has been called since the last {@link #reset}. */
    final boolean ranked() {
        return ranked;
    }

    /**
     * Ranks points {@code 0..n)} (their coordinates already in place) by (x, y) and by (y, x),
     * O(n log n), points equal in (x, y) sharing the least rank of their run, and makes
     * {@link #restart} work on these ranks (see {@link #restartRanked}).
     */
    final void rank(int n) {
        if (xRank == null) {
            xRank = new int[xs.length];
            yRank = new int[xs.length];
            byXRank = new int[xs.length];
            byYRank = new int[xs.length];
        }
        minRanks(Hv2d.order(xs, ys, n), xRank, n);
        minRanks(Hv2d.order(ys, xs, n), yRank, n);
        // The points of S differ in (x, y), so each holds its own rank; later ones take theirs
        // when they join S (restartRanked).
        for (int q = next[s2]; q != s3; q = next[q]) {
            byXRank[xRank[q]] = q;
            byYRank[yRank[q]] = q;
        }
        // The sentinels (r0, -inf, -inf) and (-inf, r1, -inf) come after every point in x and y.
        rankSentinel = n;
        byXRank[n] = s2;
        byYRank[n] = s1;
        ranked = true;
    }

    /**
     * Writes into {@code rank[i]} the position in {@code order} of the first point equal to i in
     * (x, y).
     */
    private void minRanks(int[] order, int[] rank, int n) {
        int r = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int j = order[k == 0 ? 0 : k - 1];
            if (xs[i] != xs[j] || ys[i] != ys[j]) {
                r = k;
            }
            rank[i] = r;
        }
    }

    /**
     * Rebuilds the staircase of the points of S before point {@code p} (lexicographically) from
     * their links, finds p's links and p's place in the list; false when a point of S weakly
     * dominates p in 3D.
     */
    final boolean restart(int p) {
        if (ranked) {
            return restartRanked(p);
        }
        double px = xs[p];
        double py = ys[p];
        double pz = zs[p];
        int c0 = s2;
        int c1 = s1;
        double c0x = xs[s2];
        double c0y = ys[s2];
        double c1x = xs[s1];
        double c1y = ys[s1];
        cnext0[s1] = s2;
        cnext1[s2] = s1;
        int q = next[s2];
        while (true) {
            double qx = xs[q];
            double qy = ys[q];
            double qz = zs[q];
            if (qx <= px && qy <= py && qz <= pz) {
                return false;
            }
            if (!(qz < pz || qz == pz && (qy < py || qy == py && qx <= px))) {
                closest0[p] = c0;
                closest1[p] = c1;
                prev[p] = prev[q];
                next[p] = q;
                return true;
            }
            int a = closest0[q];
            int b = closest1[q];
            cnext0[q] = a;
            cnext1[q] = b;
            cnext1[a] = q;
            cnext0[b] = q;
            if (qy < py) {
                if (qx < c0x || qx == c0x && qy < c0y) {
                    c0 = q;
                    c0x = qx;
                    c0y = qy;
                }
            } else if (qx < px && (qy < c1y || qy == c1y && qx < c1x)) {
                c1 = q;
                c1x = qx;
                c1y = qy;
            }
            q = next[q];
        }
    }

    /**
     * As {@link #restart}, after {@link #rank}, on ranks instead of coordinates: a point q before
     * p in the list weakly dominates p iff it does in (x, y), iff its (x, y) and (y, x) ranks are
     * both at most p's (ties share a rank); otherwise q is below p iff its (y, x) rank is at most
     * p's, and left of p iff its (x, y) rank is. p's links are the point of least (x, y) rank below
     * p and of least (y, x) rank left of p (points of S differ in (x, y), so these are the points
     * the comparisons of {@link #restart} pick), kept as running minima. The tests are signs of
     * rank differences, so the loop branches only to leave, and loads no x or y.
     */
    private boolean restartRanked(int p) {
        double pz = zs[p];
        int[] xRank = this.xRank;
        int[] yRank = this.yRank;
        int rxp = xRank[p] + 1;
        int ryp = yRank[p] + 1;
        int least0 = rankSentinel;
        int least1 = rankSentinel;
        cnext0[s1] = s2;
        cnext1[s2] = s1;
        int q = next[s2];
        while (true) {
            double qz = zs[q];
            if (!(qz < pz) && (qz > pz || !atOrBefore(q, p))) {
                closest0[p] = byXRank[least0];
                closest1[p] = byYRank[least1];
                byXRank[rxp - 1] = p;
                byYRank[ryp - 1] = p;
                prev[p] = prev[q];
                next[p] = q;
                return true;
            }
            int rx = xRank[q];
            int ry = yRank[q];
            // -1 when q's rank is at most p's in each order, else 0.
            int lx = (rx - rxp) >> 31;
            int ly = (ry - ryp) >> 31;
            if ((lx & ly) != 0) {
                return false;
            }
            int a = closest0[q];
            int b = closest1[q];
            cnext0[q] = a;
            cnext1[q] = b;
            cnext1[a] = q;
            cnext0[b] = q;
            // rx when q is below p, else Integer.MAX_VALUE; ry when q is left of p.
            least0 = Math.min(least0, rx | (~ly >>> 1));
            least1 = Math.min(least1, ry | (~lx >>> 1));
            q = next[q];
        }
    }

    /** For q and p equal in z: whether q is at or before p in (y, x) order. */
    private boolean atOrBefore(int q, int p) {
        double qy = ys[q];
        double py = ys[p];
        return qy < py || qy == py && xs[q] <= xs[p];
    }

    /** Links point {@code p} into S at the place {@link #restart} found. */
    final void addToList(int p) {
        int before = prev[p];
        int after = next[before];
        next[p] = after;
        prev[after] = p;
        next[before] = p;
        size++;
    }

    /**
     * After point {@code p} joined S: drops the later points p weakly dominates and makes p the
     * link of the later points it is now closest to; stops at a later point that dominates p in
     * the first two coordinates (p can be no later point's neighbour beyond it).
     */
    final void updateLinks(int p) {
        updateLinksFrom(p, next[p]);
    }

    /** As {@link #updateLinks}, for the later points from {@code first} on. */
    final void updateLinksFrom(int p, int first) {
        double px = xs[p];
        double py = ys[p];
        double pz = zs[p];
        for (int q = first; q != s3; q = next[q]) {
            double qx = xs[q];
            double qy = ys[q];
            if (qx <= px && qy <= py && (qx < px || qy < py)) {
                return;
            }
            if (px <= qx) {
                if (py <= qy) {
                    remove(q);
                } else if (px < qx) {
                    int c = closest1[q];
                    double cy = ys[c];
                    if (py < cy || py == cy && (px < xs[c] || px == xs[c] && pz < zs[c])) {
                        closest1[q] = p;
                    }
                }
            } else if (py < qy) {
                int c = closest0[q];
                double cx = xs[c];
                if (px < cx || px == cx && (py < ys[c] || py == ys[c] && pz < zs[c])) {
                    closest0[q] = p;
                }
            }
        }
    }

    /**
     * Unlinks point {@code q} from S; its own links stay, so a walk at q goes on to its
     * successor.
     */
    final void remove(int q) {
        int a = prev[q];
        int b = next[q];
        next[a] = b;
        prev[b] = a;
        size--;
    }
}
