package org.mo4j.core.hypervolume;

import java.util.Arrays;

/**
 * A test oracle since 2026-12-03: the d = 4 contributions sweep that production used before
 * HVC4D ({@link Hvc4d}), kept to check it and to measure against it (mo-benchmarks).
 *
 * <p>All exclusive hypervolume contributions of a four-objective front by one sweep on the fourth
 * objective that maintains the 3D exclusive contributions of the points seen so far, after the
 * scheme of HVC4D (Guerreiro and Fonseca, "Computing and updating hypervolume contributions in up
 * to four dimensions", IEEE TEC 22(3), 2018). The update of the 3D contributions on an insertion
 * is our own, by limit sets and {@link Hvc3d}, rather than the paper's O(n) linked walk.
 *
 * <p>Points are visited by ascending fourth objective w. S holds the visited points that matter
 * for exclusivity in (x, y, z) (see below), each with its 3D exclusive contribution c(s): the
 * volume of the part of its box that no other visited point covers. The 4D contribution of a
 * point p is the integral over w of c(p) in the set of points with fourth objective at most w,
 * so p accrues c(p) times the w distance; like {@link Hvc3d} this is done lazily, whenever c(p)
 * changes. A new point q (projection q')
 * <ul>
 *   <li>weakly dominated by two members of S: changes nothing and gets 0;</li>
 *   <li>equal to a member s in (x, y, z): neither has an exclusive region from now on; s stands
 *       for both (its count of copies grows) and its c is set to 0;</li>
 *   <li>otherwise: the part of the box of q' that only s covered is lost to s. A point of the box
 *       of q' is covered by s iff it is covered by {@code max(s, q')}, so that part is exactly the
 *       exclusive contribution of {@code max(s, q')} in the limit set
 *       {@code L = {max(t, q') : t in S}}; one {@link Hvc3d} pass on L gives all the decrements,
 *       and c(q) = vol(box q') - HV(L) (0 if a member dominates q'), which the same pass yields.
 *       The members that q' now weakly dominates lose their exclusive region (c = 0).</li>
 * </ul>
 * Exclusivity counts every visited point, dominated ones included (a point inside the box of s
 * takes that part from s's exclusive region). A visited point weakly dominated by two others
 * is covered twice wherever it covers anything, so it can be forgotten without changing whose
 * region is exclusive: S keeps the visited points weakly dominated by at most one member, and
 * equal projections are merged into one member with a count of copies (so that a pair of copies
 * is never forgotten as a whole: a member standing for two copies covers twice). The same rule
 * reduces L before the HVC3D pass: a limit point is dropped once two others (copies counted)
 * weakly dominate it, copies are merged, and a merged limit point is nobody's exclusive region.
 * The filter compares each limit point with those kept so far; when more than the filter limit
 * ({@link #FILTER_LIMIT}) are kept it stops and the whole of L goes to {@link Hvc3d}, which
 * handles dominated points and duplicates itself.
 *
 * <p>Complexity: each insertion costs O(|S| FILTER_LIMIT + |L| log |L|), so the sweep is
 * O(n^2 log n) in the worst case and O(n (|S| k + k log k)) with non-dominated limit sets of k
 * points, far less than the one 4D limit-set hypervolume per point of {@link Wfg#contributions}.
 * It is not the paper's O(n^2): HVC4D updates the 3D contributions in O(n) per insertion by
 * reading the limit set's orders off presorted ones ({@link Hvc4d}).
 * Contributions and the 3D contributions are carried in double-double ({@link Dd}); the
 * decrements and the limit-set volumes come from the double-double HVC3D sweep.
 *
 * <p>Dominated points, duplicates and points outside the reference box get 0.
 */
final class Hvc4dLimitSets {

    /** Above this many non-dominated limit points the filter gives up and passes L whole. */
    static final int FILTER_LIMIT = 64;

    private Hvc4dLimitSets() {}

    /** Exclusive contribution of each point of {@code front} (four objectives), in input order. */
    static double[] contributions(double[][] front, double[] ref) {
        return contributions(front, ref, FILTER_LIMIT);
    }

    /** As {@link #contributions(double[][], double[])}, with the filter's limit given (tests). */
    static double[] contributions(double[][] front, double[] ref, int filterLimit) {
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
        double[] c = new Sweep(pts, n, ref, filterLimit).run();
        for (int k = 0; k < n; k++) {
            out[index[order[k]]] = Math.max(0, c[k]);
        }
        return out;
    }

    private static final class Sweep {
        private final int filterLimit;
        private final double[][] pts;
        private final int n;
        private final double[] ref;
        private final double[] ref3;
        /** S, as sweep positions. */
        private final int[] members;

        private int size;
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
        /** The limit set: points (x, y, z), the member each comes from, and whether it is shared. */
        private final double[][] lim;

        private final int[] owner;
        /** How many limit points seen so far weakly dominate each kept one (0 or 1). */
        private final int[] times;
        /** How many limit points each kept one stands for (copies are merged). */
        private final int[] mult;

        private final Dd a = new Dd();
        private final Dd hvL = new Dd();
        private final double[] oneDec = new double[1];
        private final Dd b = new Dd();

        Sweep(double[][] pts, int n, double[] ref, int filterLimit) {
            this.filterLimit = filterLimit;
            this.pts = pts;
            this.n = n;
            this.ref = ref;
            ref3 = Arrays.copyOf(ref, 3);
            members = new int[n];
            c3Hi = new double[n];
            c3Lo = new double[n];
            since = new double[n];
            cover = new int[n];
            copies = new int[n];
            totalHi = new double[n];
            totalLo = new double[n];
            lim = new double[n][3];
            owner = new int[n];
            times = new int[n];
            mult = new int[n];
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
            double[] p = pts[q];
            double qx = p[0];
            double qy = p[1];
            double qz = p[2];
            double qw = p[3];
            int dominators = 0;
            for (int k = 0; k < size; k++) {
                int s = members[k];
                double[] t = pts[s];
                if (t[0] <= qx && t[1] <= qy && t[2] <= qz) {
                    if (t[0] == qx && t[1] == qy && t[2] == qz) {
                        // A copy of s in (x, y, z): s stands for both, and neither has an
                        // exclusive region from now on.
                        flush(s, qw);
                        c3Hi[s] = 0;
                        c3Lo[s] = 0;
                        copies[s]++;
                        return;
                    }
                    dominators += copies[s];
                }
            }
            if (dominators >= 2) {
                return;
            }
            int m = 0;
            boolean filtering = true;
            for (int k = 0; k < size; k++) {
                int s = members[k];
                double[] t = pts[s];
                int c = copies[s];
                double lx = Math.max(t[0], qx);
                double ly = Math.max(t[1], qy);
                double lz = Math.max(t[2], qz);
                int count = 0;
                if (filtering) {
                    int equal = -1;
                    int j = 0;
                    while (j < m) {
                        double[] u = lim[j];
                        boolean below = u[0] <= lx && u[1] <= ly && u[2] <= lz;
                        boolean above = lx <= u[0] && ly <= u[1] && lz <= u[2];
                        if (below && above) {
                            equal = j;
                        } else if (below) {
                            count += mult[j];
                        } else if (above && (times[j] += c) >= 2) {
                            // Weakly dominated by two limit points: no one's exclusive region.
                            m--;
                            double[] tmp = lim[j];
                            lim[j] = lim[m];
                            lim[m] = tmp;
                            owner[j] = owner[m];
                            times[j] = times[m];
                            mult[j] = mult[m];
                            if (equal == m) {
                                equal = j;
                            }
                            continue;
                        }
                        j++;
                    }
                    if (equal >= 0) {
                        // A copy: the box is shared, so no one's exclusive region.
                        mult[equal] += c;
                        continue;
                    }
                    if (count >= 2) {
                        continue;
                    }
                    if (m >= filterLimit) {
                        filtering = false;
                    }
                }
                double[] u = lim[m];
                u[0] = lx;
                u[1] = ly;
                u[2] = lz;
                owner[m] = s;
                times[m] = count;
                mult[m] = c;
                m++;
            }
            if (!filtering) {
                // The whole limit set; Hvc3d handles dominated points and duplicates itself.
                m = 0;
                for (int k = 0; k < size; k++) {
                    double[] t = pts[members[k]];
                    double[] u = lim[m];
                    u[0] = Math.max(t[0], qx);
                    u[1] = Math.max(t[1], qy);
                    u[2] = Math.max(t[2], qz);
                    owner[m] = members[k];
                    mult[m] = copies[members[k]];
                    m++;
                }
            }
            double[] dec;
            if (m == 0) {
                hvL.zero();
                dec = null;
            } else if (m == 1) {
                // One limit box: all of it is its own.
                double[] u = lim[0];
                hvL.diff(ref[0], u[0]).mulDiff(ref[1], u[1]).mulDiff(ref[2], u[2]);
                dec = oneDec;
                dec[0] = hvL.value();
            } else {
                dec = Hvc3d.contributions(Arrays.copyOf(lim, m), ref3, hvL);
            }
            for (int j = 0; j < m; j++) {
                if (dec[j] != 0 && mult[j] == 1) {
                    int s = owner[j];
                    flush(s, qw);
                    a.set(c3Hi[s], c3Lo[s]).sub(b.set(dec[j], 0));
                    c3Hi[s] = a.hi;
                    c3Lo[s] = a.lo;
                }
            }
            if (dominators == 0) {
                // c(q) = vol(box q) - HV(L).
                b.diff(ref[0], qx).mulDiff(ref[1], qy).mulDiff(ref[2], qz).sub(hvL);
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
                double[] t = pts[s];
                if (qx <= t[0] && qy <= t[1] && qz <= t[2]) {
                    flush(s, qw);
                    c3Hi[s] = 0;
                    c3Lo[s] = 0;
                    if (++cover[s] == 2) {
                        continue;
                    }
                }
                members[kept++] = s;
            }
            members[kept++] = q;
            size = kept;
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
