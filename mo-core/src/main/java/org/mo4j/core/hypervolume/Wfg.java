package org.mo4j.core.hypervolume;

/**
 * Hypervolume in any number of objectives, and every point's exclusive contribution, by the WFG
 * algorithm of While, Bradstreet and Barone, "A fast way of calculating exact hypervolumes", IEEE
 * Trans. Evol. Comput. 16(1), 2012.
 *
 * <p>The hypervolume of a set is the sum of the exclusive hypervolumes of its points, each taken
 * against the points processed before it. With the points sorted by ascending last objective, the
 * points before {@code p} are no worse than {@code p} in that objective, so the exclusive region
 * of {@code p} is a prism: its height is {@code ref_k - p_k} and its base is the (k-1)-objective
 * exclusive hypervolume of {@code p}, namely the volume of the box {@code [p, ref]} minus the
 * hypervolume of the <em>limit set</em> {@code {max(p, q)}} of the earlier points {@code q}. Limit
 * sets are reduced to their non-dominated points before the recursion, which is what keeps WFG
 * fast: the rows are sorted lexicographically from the last coordinate, so that every row's
 * dominators come before it, and one pass keeps a row unless a kept row weakly dominates it
 * (nothing kept is ever removed). The recursion bottoms out in the four-objective sweep HV4D+
 * with neighbour links ({@link Hv4dPlusDd}, O(m^2) for m points), or for fewer objectives in the
 * O(n log n) three- and two-objective sweeps ({@link Hv3d}, {@link Hv2d}); sets of one or two
 * points are computed directly. Limit sets handed to HV4D+ are neither filtered (its sweep drops
 * dominated points cheaply) nor sorted (they are built in its sweep order); see
 * {@link #slicesOverHv4d}.
 *
 * <p>All volumes are carried in double-double ({@link Dd}) with exactly formed coordinate
 * differences, because each level subtracts a limit set's volume from a box of nearly the same
 * volume, which cancels in plain double.
 *
 * <p>Worst-case time is exponential in the number of objectives (as for every known exact
 * algorithm); in practice it is governed by the sizes of the non-dominated limit sets. One limit
 * set workspace and a few double-double registers per recursion depth, and one 3D and one 4D
 * sweep workspace, are allocated up front, so the recursion allocates nothing.
 */
final class Wfg {

    private final double[] ref;
    /** {@code work[k]}: rows for a limit set in {@code k} objectives, reused at that depth. */
    private final double[][][] work;
    /** Double-double registers per depth k: running sum, limit-set volume, term, scratch. */
    private final Dd[] sums;

    private final Dd[] limitVolumes;
    private final Dd[] terms;
    private final Dd[] scratch;
    private final Hv3d sweep3d;
    /** The 4D base case, or null when no level has four objectives. */
    private final Hv4dPlusDd sweep4d;
    /** With {@code sweep4d}: the level k = 5's points in ascending fourth objective, and those keys. */
    private final int[] byFourth;

    private final double[] fourth;

    private Wfg(double[] ref, int n, int maxK) {
        this.ref = ref;
        this.sweep3d = new Hv3d(n);
        this.sweep4d = maxK >= 4 ? new Hv4dPlusDd(n) : null;
        this.byFourth = sweep4d != null ? new int[n] : null;
        this.fourth = sweep4d != null ? new double[n] : null;
        this.work = new double[maxK + 1][][];
        for (int k = 1; k <= maxK; k++) {
            work[k] = new double[n][k];
        }
        int d = ref.length;
        sums = registers(d);
        limitVolumes = registers(d);
        terms = registers(d);
        scratch = registers(d);
    }

    private static Dd[] registers(int d) {
        Dd[] r = new Dd[d + 1];
        for (int k = 0; k <= d; k++) {
            r[k] = new Dd();
        }
        return r;
    }

    /**
     * Hypervolume of {@code front} against {@code ref}, d >= 2, always slicing at the top level;
     * limit sets of four objectives go to the linked HV4D+; all in double-double.
     */
    static double volume(double[][] front, double[] ref) {
        double[][] in = Points.inside(front, ref);
        int d = ref.length;
        return new Wfg(ref, in.length, d - 1).slices(in, in.length, d, new Dd()).value();
    }

    /**
     * Exclusive contribution of each point of {@code front} (d >= 3), in input order: the volume of
     * its box minus the hypervolume of the limit set of all other points, or 0 when another point
     * weakly dominates it. O(n) hypervolume computations of n - 1 points, plus O(n^2 d) filtering.
     */
    static double[] contributions(double[][] front, double[] ref) {
        int d = ref.length;
        double[] c = new double[front.length];
        int[] index = new int[front.length];
        double[][] pts = new double[front.length][];
        int n = 0;
        for (int i = 0; i < front.length; i++) {
            if (Points.isInside(front[i], ref)) {
                index[n] = i;
                pts[n++] = front[i];
            }
        }
        Wfg wfg = new Wfg(ref, n, d);
        double[][] lim = wfg.work[d];
        // The 3D sweep drops dominated points in O(n log n); filtering them would cost O(n^2).
        // HV4D+ could drop them too, but on limit sets of all other points, nearly all dominated,
        // filtering first was as fast or faster (docs/DECISIONS.md).
        boolean filter = d > 3;
        Dd exclusive = new Dd();
        Dd limitVolume = new Dd();
        for (int a = 0; a < n; a++) {
            double[] p = pts[a];
            Points.swap(pts, a, n - 1);
            int m = filter
                    ? wfg.limitSetIncremental(pts, n - 1, p, d, lim)
                    : wfg.limitSet(pts, n - 1, p, d, lim, false);
            Points.swap(pts, a, n - 1);
            if (m >= 0) {
                wfg.hv(lim, m, d, limitVolume);
                c[index[a]] =
                        Math.max(0, wfg.box(p, d, exclusive).sub(limitVolume).value());
            }
        }
        return c;
    }

    /**
     * Hypervolume of {@code pts[0..n)} in the first {@code k} objectives, into {@code out}.
     * Reorders {@code pts}.
     */
    private Dd hv(double[][] pts, int n, int k, Dd out) {
        if (n == 0) {
            return out.zero();
        }
        if (n == 1) {
            return box(pts[0], k, out);
        }
        if (n == 2) {
            double[] a = pts[0];
            double[] b = pts[1];
            Dd both = scratch[k].diff(ref[0], Math.max(a[0], b[0]));
            for (int j = 1; j < k; j++) {
                both.mulDiff(ref[j], Math.max(a[j], b[j]));
            }
            box(a, k, out).sub(both);
            return out.add(box(b, k, both));
        }
        switch (k) {
            case 1:
                double min = pts[0][0];
                for (int i = 1; i < n; i++) {
                    min = Math.min(min, pts[i][0]);
                }
                return out.diff(ref[0], min);
            case 2:
                return Hv2d.kernel(pts, n, ref, out);
            case 3:
                return sweep3d.kernel(pts, n, ref, out);
            case 4:
                return sweep4d.kernel(pts, n, ref, out);
            default:
                return slices(pts, n, k, out);
        }
    }

    /** Volume of the box {@code [p, ref]} in the first {@code k} objectives, into {@code out}. */
    private Dd box(double[] p, int k, Dd out) {
        out.diff(ref[0], p[0]);
        for (int j = 1; j < k; j++) {
            out.mulDiff(ref[j], p[j]);
        }
        return out;
    }

    /** One WFG level: sum over the points of height times exclusive (k-1)-objective base. */
    private Dd slices(double[][] pts, int n, int k, Dd out) {
        if (k == 5) {
            return slicesOverHv4d(pts, n, out);
        }
        Points.sort(pts, 0, n, k - 1);
        double[][] lim = work[k - 1];
        double rk = ref[k - 1];
        Dd sum = sums[k].zero();
        Dd limitVolume = limitVolumes[k];
        Dd term = terms[k];
        for (int i = 0; i < n; i++) {
            double[] p = pts[i];
            int m = limitSet(pts, i, p, k - 1, lim, true);
            if (m >= 0) {
                hv(lim, m, k - 1, limitVolume);
                sum.add(box(p, k - 1, term).sub(limitVolume).mulDiff(rk, p[k - 1]));
            }
        }
        return out.set(sum);
    }

    /**
     * The level k = 5 when the base case is HV4D+. Limit sets are not filtered: HV4D+ drops a
     * dominated point after one pass over its current set, which on the reference fronts (d = 5,
     * n = 1000) took a third to a fifth of the time of the O(n m k) filter. And they are built by
     * visiting the earlier points in ascending fourth objective, which {@code max(p, q)} keeps, so
     * HV4D+ need not sort them: O(n) per point instead of O(i + m log m) for the i-th.
     */
    private Dd slicesOverHv4d(double[][] pts, int n, Dd out) {
        Points.sort(pts, 0, n, 4);
        int[] order = byFourth;
        for (int j = 0; j < n; j++) {
            order[j] = j;
            fourth[j] = pts[j][3];
        }
        Points.sortIndices(order, 0, n, fourth, fourth);
        double[][] lim = work[4];
        double r4 = ref[4];
        Dd sum = sums[5].zero();
        Dd limitVolume = limitVolumes[5];
        Dd term = terms[5];
        for (int i = 0; i < n; i++) {
            double[] p = pts[i];
            int m = limitSetInOrder(pts, order, n, i, p, lim);
            if (m < 0) {
                continue;
            }
            if (m <= 2) {
                hv(lim, m, 4, limitVolume);
            } else {
                sweep4d.sortedKernel(lim, m, ref, limitVolume);
            }
            sum.add(box(p, 4, term).sub(limitVolume).mulDiff(r4, p[4]));
        }
        return out.set(sum);
    }

    /**
     * The unfiltered 4-objective limit set {@code {max(p, src[j]) : j < before}}, visiting
     * {@code j} in the order {@code order[0..n)}, into {@code out}; its size, or -1 as soon as some
     * {@code src[j]} weakly dominates {@code p}. O(n).
     */
    private static int limitSetInOrder(double[][] src, int[] order, int n, int before, double[] p, double[][] out) {
        double p0 = p[0];
        double p1 = p[1];
        double p2 = p[2];
        double p3 = p[3];
        int m = 0;
        for (int t = 0; t < n; t++) {
            int j = order[t];
            if (j >= before) {
                continue;
            }
            double[] q = src[j];
            double q0 = q[0];
            double q1 = q[1];
            double q2 = q[2];
            double q3 = q[3];
            if (q0 <= p0 && q1 <= p1 && q2 <= p2 && q3 <= p3) {
                return -1;
            }
            double[] c = out[m++];
            c[0] = Math.max(p0, q0);
            c[1] = Math.max(p1, q1);
            c[2] = Math.max(p2, q2);
            c[3] = Math.max(p3, q3);
        }
        return m;
    }

    /**
     * Writes the limit set {@code {max(p, q) : q in src[0..n)}} (first {@code k} objectives) into
     * {@code out} and returns its size, keeping only non-dominated rows (one of equal rows) when
     * {@code filter} is set; returns -1 as soon as some {@code q} weakly dominates {@code p}, since
     * then {@code p} has no exclusive volume. To filter, the rows are sorted lexicographically from
     * the last coordinate ({@link Points#sortLexFromLast}), so that a row's dominators all come
     * before it: one pass then keeps a row unless a kept row weakly dominates it, and nothing kept
     * need ever be removed. O(n log n + n m k) with m the size of the result; the kept rows come
     * out in ascending last coordinate.
     */
    private int limitSet(double[][] src, int n, double[] p, int k, double[][] out, boolean filter) {
        for (int j = 0; j < n; j++) {
            double[] q = src[j];
            double[] c = out[j];
            boolean coversP = true;
            for (int t = 0; t < k; t++) {
                double qt = q[t];
                double pt = p[t];
                if (qt > pt) {
                    c[t] = qt;
                    coversP = false;
                } else {
                    c[t] = pt;
                }
            }
            if (coversP) {
                return -1;
            }
        }
        if (!filter) {
            return n;
        }
        Points.sortLexFromLast(out, 0, n, k);
        int m = 0;
        for (int j = 0; j < n; j++) {
            double[] c = out[j];
            if (!isDominated(c, out, m, k)) {
                Points.swap(out, m++, j);
            }
        }
        return m;
    }

    /**
     * As {@link #limitSet} with filtering, for limit sets that are nearly all dominated (those of
     * all other points, in {@link #contributions}): each row is checked against the few rows kept
     * so far, and the kept rows it weakly dominates are dropped. O(n m k) with no sort, because
     * sorting rows that are nearly all dropped costs more than it saves.
     */
    private int limitSetIncremental(double[][] src, int n, double[] p, int k, double[][] out) {
        int m = 0;
        for (int j = 0; j < n; j++) {
            double[] q = src[j];
            double[] c = out[m];
            boolean coversP = true;
            for (int t = 0; t < k; t++) {
                double qt = q[t];
                double pt = p[t];
                if (qt > pt) {
                    c[t] = qt;
                    coversP = false;
                } else {
                    c[t] = pt;
                }
            }
            if (coversP) {
                return -1;
            }
            if (isDominated(c, out, m, k)) {
                continue;
            }
            int kept = 0;
            for (int r = 0; r < m; r++) {
                if (!Points.weaklyDominates(c, out[r], k)) {
                    Points.swap(out, kept++, r);
                }
            }
            Points.swap(out, kept, m);
            m = kept + 1;
        }
        return m;
    }

    private static boolean isDominated(double[] c, double[][] rows, int m, int k) {
        for (int r = 0; r < m; r++) {
            if (Points.weaklyDominates(rows[r], c, k)) {
                return true;
            }
        }
        return false;
    }
}
