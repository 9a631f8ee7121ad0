package org.mo4j.core.hypervolume;

import java.util.Arrays;

/**
 * Exclusive contributions for d &ge; 5 by the scheme of {@link Hvc4d} one dimension up: a sweep
 * on the last objective keeping the (d - 1)-dimensional contributions of the visited points,
 * updated on each insertion by the contributions (and hypervolume) of the (d - 1)-dimensional
 * limit set, computed recursively by this sweep and, at d - 1 = 3, by {@link Hvc3d}. See
 * {@link Hvc4d} for the rules (copies, points dominated twice, the limit-set filter). Also works
 * for d = 4, where it is {@link Hvc4d} with loops over the coordinates. Cost: per insertion one
 * (d - 1)-dimensional contributions sweep of the filtered limit set, so O(n) sweeps of up to n
 * points at each level of the recursion; exponential in d in the worst case, like WFG.
 *
 * <p>Experimental, not dispatched: provisional timings (best of 3, same JVM, interleaved with
 * {@link Wfg#contributions}, shared machine under load), linear / spherical / random, ms:
 * <pre>
 *   case          WFG limit sets          this sweep
 *   d=5 n=100     47  / 11  / 2.1         50  / 12  / 1.2
 *   d=5 n=1000    499 / 423 / 41          648 / 571 / 16
 *   d=6 n=100     85  / 74  / 7.7         84  / 88  / 7.2
 *   d=6 n=1000    4270 / 4094 / 178       8123 / 7966 / 198
 * </pre>
 * Faster only on the random fronts (small limit sets); on the linear and spherical fronts the
 * recursive sweep over large 4D limit sets loses to WFG's filtered 5D limit sets.
 */
final class HvcSweep {

    /** Above this many non-dominated limit points the filter gives up and passes L whole. */
    static final int FILTER_LIMIT = 64;

    private HvcSweep() {
    }

    /** Exclusive contribution of each point of {@code front} (d &ge; 4 objectives), in input order. */
    static double[] contributions(double[][] front, double[] ref) {
        return contributions(front, ref, null);
    }

    /**
     * As {@link #contributions(double[][], double[])}, also putting the hypervolume of the front
     * into {@code volume} when it is not null.
     */
    static double[] contributions(double[][] front, double[] ref, Dd volume) {
        int filterLimit = FILTER_LIMIT;
        int last = ref.length - 1;
        if (volume != null) {
            volume.zero();
        }
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
            w[k] = front[index[k]][last];
        }
        Points.sortIndices(order, 0, n, w, w);
        double[][] pts = new double[n][];
        for (int k = 0; k < n; k++) {
            pts[k] = front[index[order[k]]];
        }
        Sweep sweep = new Sweep(pts, n, ref, filterLimit);
        double[] c = sweep.run();
        if (volume != null) {
            volume.set(sweep.volume);
        }
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
        private final int k3;
        private final Dd covered = new Dd();
        private final Dd volume = new Dd();
        private final Dd tmp = new Dd();
        private double volumeW;
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
            k3 = ref.length - 1;
            ref3 = Arrays.copyOf(ref, k3);
            members = new int[n];
            c3Hi = new double[n];
            c3Lo = new double[n];
            since = new double[n];
            cover = new int[n];
            copies = new int[n];
            totalHi = new double[n];
            totalLo = new double[n];
            lim = new double[n + 1][k3];
            owner = new int[n];
            times = new int[n];
            mult = new int[n];
        }

        double[] run() {
            volumeW = pts[0][k3];
            for (int q = 0; q < n; q++) {
                double qw = pts[q][k3];
                if (qw != volumeW) {
                    volume.add(tmp.set(covered).mulDiff(qw, volumeW));
                    volumeW = qw;
                }
                insert(q);
            }
            volume.add(tmp.set(covered).mulDiff(ref[k3], volumeW));
            for (int k = 0; k < size; k++) {
                flush(members[k], ref[k3]);
            }
            double[] c = new double[n];
            for (int k = 0; k < n; k++) {
                c[k] = totalHi[k] + totalLo[k];
            }
            return c;
        }

        private void insert(int q) {
            double[] p = pts[q];
            double qw = p[k3];
            int dominators = 0;
            for (int k = 0; k < size; k++) {
                int s = members[k];
                double[] t = pts[s];
                if (leq(t, p)) {
                    if (leq(p, t)) {
                        // A copy of s in the first d - 1 objectives: s stands for both, and
                        // neither has an exclusive region from now on.
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
                double[] l = lim[m];
                for (int i = 0; i < k3; i++) {
                    l[i] = Math.max(t[i], p[i]);
                }
                int count = 0;
                if (filtering) {
                    int equal = -1;
                    int j = 0;
                    while (j < m) {
                        double[] u = lim[j];
                        boolean below = leq(u, l);
                        boolean above = leq(l, u);
                        if (below && above) {
                            equal = j;
                        } else if (below) {
                            count += mult[j];
                        } else if (above && (times[j] += c) >= 2) {
                            // Weakly dominated by two limit points: no one's exclusive region.
                            // Move the last kept one here and the candidate (at m) down one.
                            m--;
                            double[] tmp = lim[j];
                            lim[j] = lim[m];
                            owner[j] = owner[m];
                            times[j] = times[m];
                            mult[j] = mult[m];
                            lim[m] = l;
                            lim[m + 1] = tmp;
                            if (equal == m) {
                                equal = j;
                            }
                            continue;
                        }
                        j++;
                    }
                    if (equal >= 0) {
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
                owner[m] = s;
                times[m] = count;
                mult[m] = c;
                m++;
            }
            if (!filtering) {
                m = 0;
                for (int k = 0; k < size; k++) {
                    double[] t = pts[members[k]];
                    double[] u = lim[m];
                    for (int i = 0; i < k3; i++) {
                        u[i] = Math.max(t[i], p[i]);
                    }
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
                box(lim[0], hvL);
                dec = oneDec;
                dec[0] = hvL.value();
            } else if (k3 == 3) {
                dec = Hvc3d.contributions(Arrays.copyOf(lim, m), ref3, hvL);
            } else {
                dec = HvcSweep.contributions(Arrays.copyOf(lim, m), ref3, hvL);
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
                box(p, b).sub(hvL);
                c3Hi[q] = b.hi;
                c3Lo[q] = b.lo;
                covered.add(b);
            } else {
                c3Hi[q] = 0;
                c3Lo[q] = 0;
            }
            since[q] = qw;
            cover[q] = dominators;
            copies[q] = 1;
            int kept = 0;
            for (int k = 0; k < size; k++) {
                int s = members[k];
                double[] t = pts[s];
                if (leq(p, t)) {
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

        /** Whether {@code u} weakly dominates {@code v} in the first d - 1 objectives. */
        private boolean leq(double[] u, double[] v) {
            for (int i = 0; i < k3; i++) {
                if (u[i] > v[i]) {
                    return false;
                }
            }
            return true;
        }

        /** The volume of the box of {@code u} in the first d - 1 objectives, into {@code out}. */
        private Dd box(double[] u, Dd out) {
            out.diff(ref[0], u[0]);
            for (int i = 1; i < k3; i++) {
                out.mulDiff(ref[i], u[i]);
            }
            return out;
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
