package org.mo4j.core.hypervolume;

import java.util.Arrays;

/**
 * All exclusive hypervolume contributions of a four-objective front by HVC4D (Guerreiro and
 * Fonseca, "Computing and updating hypervolume contributions in up to four dimensions", IEEE
 * Trans. Evol. Comput. 22(3):449-463, 2018): one sweep on the fourth objective that keeps the 3D
 * exclusive contribution of every point seen so far and updates all of them in one linear pass
 * per insertion, O(n^2) time with word-parallel rank sets (O(n^2 log_64 n) strictly), O(n) space,
 * because re-sorting the set at every insertion, the cost of doing each update as a fresh 3D
 * problem, is what the pass avoids.
 *
 * <p>Points are visited by ascending fourth objective w. S holds the visited points that matter
 * for exclusivity in (x, y, z), each with its 3D exclusive contribution c(s): the volume of the
 * part of its box that no other visited point covers. The 4D contribution of p is the integral
 * over w of c(p), accrued lazily (c(p) times the w distance whenever c(p) changes). A new point q
 * <ul>
 *   <li>weakly dominated in (x, y, z) by two members of S (copies counted): changes nothing, 0;</li>
 *   <li>equal to a member s in (x, y, z): neither has an exclusive region from now on; s stands
 *       for both (its count of copies grows) and c(s) becomes 0;</li>
 *   <li>otherwise: inside the box of q, a point is covered by s iff it is covered by the limit
 *       point {@code max(s, q)}, so what s loses is the exclusive contribution of {@code max(s, q)}
 *       in the limit set {@code L = {max(s, q) : s in S}}, and c(q) = vol(box q) - HV(L). One HVC3D
 *       sweep ({@link Hvc3d#run}) over L gives all of them at once. The members q weakly
 *       dominates get c = 0; those now weakly dominated twice leave S (a point covered twice
 *       wherever it covers anything changes nobody's exclusive region).</li>
 * </ul>
 * HVC3D needs L in ascending z and ranked by (x, y, sweep position); sorting L anew would make
 * every insertion O(n log n). Instead S is kept in three orders (by z; by y, then z; by x, then
 * y, then z; ties by sweep position), a new member placed by binary search and one array shift,
 * O(|S|), and L's orders are read off S's in O(|S|): taking the maximum
 * with q preserves the z order, and in x the members left of q collapse onto q's x (those also
 * below q in y onto q's (x, y), in z order; the others in y order) ahead of the rest in x order,
 * whose runs of equal x below q's y collapse onto one (x, y) and are put in sweep order (a sort
 * of each such run, which exists only with exactly equal coordinates). The orders drop the points
 * that left S as they are read. A member beyond q in at most one coordinate has for limit point
 * q's box cut at that coordinate; the two lowest cuts per coordinate (copies counted) are found
 * in the O(|S|) pass that looks for q's dominators (after an insertion that left S unchanged, in
 * a second pass once q is known to change S, so that fronts of mostly dominated points do not pay
 * for them), and any other limit point that two of them
 * weakly dominate is left out of L, since it covers only what they both cover (once two members
 * below-left of q in (x, y) have entered the z order, that is every later member). With the
 * HVC3D sweep's O(|L|) rank-set operations of O(log_64 n) each (at most three 64-bit word levels
 * up to 262,144 points), an insertion is O(n) and the sweep O(n^2) as in the paper, whose own
 * update walks HV4D+'s neighbour links instead of rank sets ({@link Hvc4dLinks}, which the
 * dispatch runs where most points are dominated). Contributions and the 3D contributions are
 * carried in double-double ({@link Dd}), as are HVC3D's areas and volumes.
 *
 * <p>Dominated points, duplicates and points outside the reference box get 0.
 */
final class Hvc4d {

    private Hvc4d() {}

    /** Exclusive contribution of each point of {@code front} (four objectives), in input order. */
    static double[] contributions(double[][] front, double[] ref) {
        return byFourth(front, ref, (pts, n, r) -> new Sweep(pts, n, r).run());
    }

    /** A sweep on the fourth objective: the 4D contributions of rows sorted by it, in that order. */
    interface FourthSweep {
        double[] run(double[][] sorted, int n, double[] ref);
    }

    /**
     * The contributions of {@code front}'s rows by {@code sweep}, in input order: the rows inside
     * the reference box, sorted by their fourth objective (O(n log n)), go to the sweep; the others
     * get 0, and so does a negative rounding residue.
     */
    static double[] byFourth(double[][] front, double[] ref, FourthSweep sweep) {
        double[] out = new double[front.length];
        int[] index = new int[front.length];
        int n = 0;
        for (int i = 0; i < front.length; i++) {
            if (Points.isInside(front[i], ref)) {
                index[n++] = i;
            }
        }
        if (n == 0) {
            return out;
        }
        double[] w = new double[n];
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
            w[k] = front[index[k]][3];
        }
        Points.sortIndices(order, 0, n, w, w);
        double[][] pts = new double[n][];
        for (int k = 0; k < n; k++) {
            pts[k] = front[index[order[k]]];
        }
        double[] c = sweep.run(pts, n, ref);
        for (int k = 0; k < n; k++) {
            out[index[order[k]]] = Math.max(0, c[k]);
        }
        return out;
    }

    private static final class Sweep {
        private static final byte MEMBER = 1;
        private static final byte GONE = 2;
        /** The three orders of S, as the key of {@link #precedes}. */
        private static final int Z_ORDER = 0;

        private static final int Y_ORDER = 1;
        private static final int X_ORDER = 2;

        private final int n;
        private final double[] ref;
        /** Coordinates by sweep position (ascending w). */
        private final double[] xs;

        private final double[] ys;
        private final double[] zs;
        private final double[] ws;
        /** Whether each point is in S or gone for good (0 before it is visited). */
        private final byte[] state;
        /** S, as sweep positions, in no particular order. */
        private final int[] members;

        private int size;
        /**
         * Whether the last insertion left S unchanged (dominated twice, or a copy): then the next
         * one looks for its dominators before it fills the slots, in two passes over S.
         */
        private boolean lastDiscarded;
        /**
         * The members of S (and some that left it, dropped as they are read), by z; by y, then z;
         * by x, then y, then z (see {@link #precedes}).
         */
        private final int[] byZ;

        private final int[] byY;
        private final int[] byX;
        private int zLength;
        private int yLength;
        private int xLength;
        /** The limit point of each member in the current insertion, and its owner. */
        private final int[] limit;

        private final int[] owner;
        /** The insertion whose limit set holds each member (-1 before any). */
        private final int[] inLimitSet;
        /** 3D contribution in S, double-double, and the w where it last changed. */
        private final double[] c3Hi;

        private final double[] c3Lo;
        private final double[] since;
        /** How many members of S (with their copies) dominate each member (0 or 1). */
        private final int[] cover;
        /** How many visited points each member stands for (equal in x, y, z). */
        private final int[] copies;

        private final double[] totalHi;
        private final double[] totalLo;
        /**
         * For the current insertion, the two lowest limit-point x, y and z (slots 0-1, 2-3, 4-5)
         * among the members beyond q in x only, y only and at most z, with their members.
         */
        private final double[] slotValue = new double[6];

        private final int[] slotMember = new int[6];
        private final Hvc3d limits;
        private final Dd a = new Dd();
        private final Dd b = new Dd();

        Sweep(double[][] pts, int n, double[] ref) {
            this.n = n;
            this.ref = ref;
            xs = new double[n];
            ys = new double[n];
            zs = new double[n];
            ws = new double[n];
            for (int i = 0; i < n; i++) {
                double[] p = pts[i];
                xs[i] = p[0];
                ys[i] = p[1];
                zs[i] = p[2];
                ws[i] = p[3];
            }
            state = new byte[n];
            members = new int[n];
            byZ = new int[n];
            byY = new int[n];
            byX = new int[n];
            limit = new int[n];
            owner = new int[n];
            inLimitSet = new int[n];
            Arrays.fill(inLimitSet, -1);
            c3Hi = new double[n];
            c3Lo = new double[n];
            since = new double[n];
            cover = new int[n];
            copies = new int[n];
            totalHi = new double[n];
            totalLo = new double[n];
            limits = new Hvc3d(n);
        }

        double[] run() {
            for (int q = 0; q < n; q++) {
                insert(q);
            }
            for (int k = 0; k < size; k++) {
                flush(members[k], ref[3]);
            }
            double[] c = new double[n];
            for (int k = 0; k < n; k++) {
                c[k] = totalHi[k] + totalLo[k];
            }
            return c;
        }

        private void insert(int q) {
            double qx = xs[q];
            double qy = ys[q];
            double qz = zs[q];
            double qw = ws[q];
            int dominators = 0;
            // The slots (below) are only needed if q changes S. Where most points are dominated
            // twice (as the last one was), they wait for a second pass once q is known to change
            // S; elsewhere they are filled in the same pass.
            boolean fused = !lastDiscarded;
            if (fused) {
                clearSlots();
            }
            lastDiscarded = true;
            for (int k = 0; k < size; k++) {
                int s = members[k];
                double tx = xs[s];
                double ty = ys[s];
                double tz = zs[s];
                if (fused) {
                    offerSlot(s, tx, ty, tz, qx, qy, qz);
                }
                if (tx <= qx && ty <= qy && tz <= qz) {
                    if (tx == qx && ty == qy && tz == qz) {
                        // A copy of s in (x, y, z): s stands for both, and neither has an
                        // exclusive region from now on.
                        flush(s, qw);
                        c3Hi[s] = 0;
                        c3Lo[s] = 0;
                        copies[s]++;
                        state[q] = GONE;
                        return;
                    }
                    dominators += copies[s];
                }
            }
            if (dominators >= 2) {
                state[q] = GONE;
                return;
            }
            lastDiscarded = false;
            if (!fused) {
                clearSlots();
                for (int k = 0; k < size; k++) {
                    int s = members[k];
                    offerSlot(s, xs[s], ys[s], zs[s], qx, qy, qz);
                }
            }
            int m = size > 0 ? limitSet(q, qx, qy, qz) : 0;
            if (m > 0) {
                limits.run(m, ref);
                for (int j = 0; j < m; j++) {
                    int s = owner[j];
                    double hi = limits.contribHi[j];
                    double lo = limits.contribLo[j];
                    if (copies[s] == 1 && hi + lo > 0) {
                        flush(s, qw);
                        a.set(c3Hi[s], c3Lo[s]).sub(b.set(hi, lo));
                        c3Hi[s] = a.hi;
                        c3Lo[s] = a.lo;
                    }
                }
            }
            if (dominators == 0) {
                // c(q) = vol(box q) - HV(L).
                b.diff(ref[0], qx).mulDiff(ref[1], qy).mulDiff(ref[2], qz);
                if (m > 0) {
                    b.sub(limits.volume);
                }
                c3Hi[q] = b.hi;
                c3Lo[q] = b.lo;
            } else {
                c3Hi[q] = 0;
                c3Lo[q] = 0;
            }
            since[q] = qw;
            cover[q] = dominators;
            copies[q] = 1;
            // Members that q weakly dominates: their exclusive region is gone; those now weakly
            // dominated twice leave S.
            int kept = 0;
            for (int k = 0; k < size; k++) {
                int s = members[k];
                if (qx <= xs[s] && qy <= ys[s] && qz <= zs[s]) {
                    flush(s, qw);
                    c3Hi[s] = 0;
                    c3Lo[s] = 0;
                    if (++cover[s] == 2) {
                        state[s] = GONE;
                        continue;
                    }
                }
                members[kept++] = s;
            }
            members[kept++] = q;
            size = kept;
            state[q] = MEMBER;
            zLength = place(byZ, zLength, Z_ORDER, q);
            yLength = place(byY, yLength, Y_ORDER, q);
            xLength = place(byX, xLength, X_ORDER, q);
        }

        /**
         * Whether point {@code a} comes before point {@code b} in S's order {@code key}: by z; by
         * y, then z; by x, then y, then z; ties by sweep position, so that every order agrees
         * with the z order on points equal in its leading coordinates.
         */
        private boolean precedes(int a, int b, int key) {
            if (key == X_ORDER && xs[a] != xs[b]) {
                return xs[a] < xs[b];
            }
            if (key != Z_ORDER && ys[a] != ys[b]) {
                return ys[a] < ys[b];
            }
            if (zs[a] != zs[b]) {
                return zs[a] < zs[b];
            }
            return a < b;
        }

        private void clearSlots() {
            Arrays.fill(slotValue, Double.POSITIVE_INFINITY);
            Arrays.fill(slotMember, -1);
        }

        /**
         * A member {@code s} at {@code (tx, ty, tz)} beyond q in at most one coordinate has a limit
         * point that is q's box cut at that coordinate: offers that cut to the slots, which keep
         * the two lowest per coordinate.
         */
        private void offerSlot(int s, double tx, double ty, double tz, double qx, double qy, double qz) {
            if (ty <= qy && tz <= qz && tx > qx) {
                slot(0, tx, s);
            } else if (tx <= qx && tz <= qz && ty > qy) {
                slot(2, ty, s);
            } else if (tx <= qx && ty <= qy) {
                slot(4, Math.max(tz, qz), s);
            }
        }

        /**
         * Offers member {@code s}, with limit-point coordinate {@code v} on the axis whose two
         * slots start at {@code first}, once per copy.
         */
        private void slot(int first, double v, int s) {
            for (int c = Math.min(copies[s], 2); c > 0; c--) {
                if (v < slotValue[first]) {
                    slotValue[first + 1] = slotValue[first];
                    slotMember[first + 1] = slotMember[first];
                    slotValue[first] = v;
                    slotMember[first] = s;
                } else if (v < slotValue[first + 1]) {
                    slotValue[first + 1] = v;
                    slotMember[first + 1] = s;
                }
            }
        }

        /**
         * Whether the limit point {@code (x, y, z)} of member {@code s} is weakly dominated by two
         * slot limit points other than s's own (then it covers only what two others cover twice).
         */
        private boolean coveredTwice(int s, double x, double y, double z) {
            int count = 0;
            double[] v = slotValue;
            if (x >= v[0]) {
                count += x >= v[1] ? 2 : 1;
            }
            if (y >= v[2]) {
                count += y >= v[3] ? 2 : 1;
            }
            if (z >= v[4]) {
                count += z >= v[5] ? 2 : 1;
            }
            if (count < 2) {
                return false;
            }
            for (int member : slotMember) {
                if (member == s) {
                    return false;
                }
            }
            return true;
        }

        /** Inserts {@code q} into {@code order[0..length)}, sorted by {@code key}; the new length. */
        private int place(int[] order, int length, int key, int q) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (precedes(order[mid], q, key)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            System.arraycopy(order, lo, order, lo + 1, length - lo);
            order[lo] = q;
            return length + 1;
        }

        /**
         * Loads the limit set {@code {max(s, q) : s in S}} into {@link #limits}, in ascending z and
         * ranked by x, then y, then sweep position, from the three orders, in O(n); returns its
         * size.
         */
        private int limitSet(int q, double qx, double qy, double qz) {
            double[] lx = limits.xs;
            double[] ly = limits.ys;
            double[] lz = limits.zs;
            int[] rankOrder = limits.byX;
            int m = 0;
            int r = 0;
            // By z: the sweep order of L, and first in x the members below-left of q, which
            // collapse onto q's (x, y) and keep their sweep order. Once two of those (copies
            // counted) are in, the rest of q's box is covered twice: the later members change
            // nothing and stay out of L.
            int kept = 0;
            int whole = 0;
            int k = 0;
            for (; k < zLength && whole < 2; k++) {
                int s = byZ[k];
                byte st = state[s];
                if (st == GONE) {
                    continue;
                }
                byZ[kept++] = s;
                if (st == MEMBER) {
                    double sx = xs[s];
                    double sy = ys[s];
                    double x = Math.max(sx, qx);
                    double y = Math.max(sy, qy);
                    double z = Math.max(zs[s], qz);
                    if (coveredTwice(s, x, y, z)) {
                        continue;
                    }
                    lx[m] = x;
                    ly[m] = y;
                    lz[m] = z;
                    owner[m] = s;
                    limit[s] = m;
                    inLimitSet[s] = q;
                    if (sx <= qx && sy <= qy) {
                        rankOrder[r++] = m;
                        whole += copies[s];
                    }
                    m++;
                }
            }
            System.arraycopy(byZ, k, byZ, kept, zLength - k);
            zLength = kept + zLength - k;
            // By y: the members left of q and above it, which collapse onto q's x.
            kept = 0;
            for (k = 0; k < yLength; k++) {
                int s = byY[k];
                byte st = state[s];
                if (st == GONE) {
                    continue;
                }
                byY[kept++] = s;
                if (st == MEMBER && inLimitSet[s] == q && xs[s] <= qx && ys[s] > qy) {
                    rankOrder[r++] = limit[s];
                }
            }
            yLength = kept;
            // By x: the members right of q; in a run of equal x, those below q's y collapse onto
            // one (x, y) and are put in sweep order.
            kept = 0;
            double runX = Double.NaN;
            int runFrom = r;
            int runBelow = 0;
            for (k = 0; k < xLength; k++) {
                int s = byX[k];
                byte st = state[s];
                if (st == GONE) {
                    continue;
                }
                byX[kept++] = s;
                double sx = xs[s];
                if (st == MEMBER && sx > qx && inLimitSet[s] == q) {
                    if (sx != runX) {
                        if (runBelow > 1) {
                            Arrays.sort(rankOrder, runFrom, runFrom + runBelow);
                        }
                        runX = sx;
                        runFrom = r;
                        runBelow = 0;
                    }
                    if (ys[s] <= qy) {
                        runBelow++;
                    }
                    rankOrder[r++] = limit[s];
                }
            }
            if (runBelow > 1) {
                Arrays.sort(rankOrder, runFrom, runFrom + runBelow);
            }
            xLength = kept;
            int[] rank = limits.rank;
            for (k = 0; k < m; k++) {
                rank[rankOrder[k]] = k;
            }
            return m;
        }

        /** Adds {@code s}'s 3D contribution times the w distance since it last changed. */
        private void flush(int s, double w) {
            if (w != since[s]) {
                a.set(c3Hi[s], c3Lo[s]).mulDiff(w, since[s]);
                b.set(totalHi[s], totalLo[s]).add(a);
                totalHi[s] = b.hi;
                totalLo[s] = b.lo;
            }
            since[s] = w;
        }
    }
}
