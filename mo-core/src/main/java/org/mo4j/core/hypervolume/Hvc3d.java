package org.mo4j.core.hypervolume;

import java.util.Arrays;

/**
 * All exclusive hypervolume contributions of a three-objective front in O(n log n) time and O(n)
 * space, by the dimension sweep HVC3D of Guerreiro, Fonseca and Paquete, "Greedy hypervolume
 * subset selection in low dimensions", Evolutionary Computation 24(3):521-544, 2016 (see also
 * Emmerich and Fonseca, "Computing hypervolume contributions in low dimensions: asymptotically
 * optimal algorithm and complexity results", EMO 2011, LNCS 6576:121-135).
 *
 * <p>Points are visited by ascending third objective z. The visited points that are
 * non-dominated in (x, y) form the <em>staircase</em>. A staircase point {@code p} with left
 * neighbour {@code l} (smaller x) and right neighbour {@code r} (smaller y) owns the rectangle
 * {@code [p.x, r.x) x [p.y, l.y)} (reference coordinates when a neighbour is missing): outside it
 * every point {@code p} covers is also covered by a neighbour. Its exclusive 2D region at the
 * current level is that rectangle minus the boxes of the visited points that only {@code p}
 * dominates; the non-dominated ones of those are kept as {@code p}'s <em>local staircase</em>.
 * The contribution of {@code p} is the integral over z of the area of its exclusive region, which
 * changes only when a point arrives, so it is accumulated lazily: area times the z distance since
 * the area last changed.
 *
 * <p>A new point {@code q} either
 * <ul>
 *   <li>is dominated (in x and y) by two staircase points: it changes nothing;</li>
 *   <li>is dominated by exactly one staircase point {@code p}, so it lies in {@code p}'s
 *       rectangle: unless a local point of {@code p} dominates it, it joins {@code p}'s local
 *       staircase, removing the local points it dominates, and {@code p}'s area shrinks by the
 *       part of {@code q}'s box not yet covered; a duplicate of {@code p} lands here and leaves
 *       {@code p} an empty region;</li>
 *   <li>is dominated by no staircase point: it joins the staircase. The staircase points it
 *       dominates leave it (their contributions are final) and become its local staircase, since
 *       everything else it alone dominates lies in their boxes; the local points of those
 *       points are dropped. Its left neighbour loses the part of its region right of
 *       {@code q.x}, its right neighbour the part above {@code q.y}, each with the local points
 *       there.</li>
 * </ul>
 * Every point enters the staircase at most once and a local staircase at most twice (on arrival
 * and when it leaves the staircase), and leaves each at most once; each step costs O(1) set
 * operations. All staircases live in two sets of x-ranks ({@link RankSet}, O(log_64 n) per
 * operation): the local staircase of {@code p} is exactly the local ranks between {@code p} and
 * its right neighbour, since the rectangles of the staircase points partition the x axis. With the
 * two initial sorts the total is O(n log n). Widths are formed exactly and areas and
 * contributions are carried in double-double ({@link Dd}).
 *
 * <p>Ties: ranks order points by x, then y, then sweep position, so an earlier point with the
 * same x and y always precedes a later one and dominates it; points with equal z are visited in
 * any order, the zero-height slabs between them adding nothing. Duplicates therefore both get 0.
 * Points that do not strictly dominate the reference point are left out and get 0.
 */
final class Hvc3d {

    /** The number of points of the current sweep and the reference point. */
    private int n;

    private double rx;
    private double ry;
    private double rz;
    /** Coordinates in sweep order (ascending z): the input of {@link #run(int, double[])}. */
    final double[] xs;

    final double[] ys;
    final double[] zs;
    /** Point (sweep position) at each x-rank, and x-rank of each point: the input of {@link #run(int, double[])}. */
    final int[] byX;

    final int[] rank;
    private final RankSet stairs;
    private final RankSet local;
    /** Exclusive area of each staircase point, double-double, and the z where it last changed. */
    private final double[] areaHi;

    private final double[] areaLo;
    private final double[] since;
    /** The contribution of each point (sweep position), double-double: the output of {@link #run(int, double[])}. */
    final double[] contribHi;

    final double[] contribLo;
    private final Dd cut = new Dd();
    private final Dd tmp = new Dd();
    private final Dd acc = new Dd();
    private final Dd slab = new Dd();
    private final Dd total = new Dd();
    /** The area covered by the staircase, the hypervolume swept so far and the z it reached. */
    private final Dd coveredArea = new Dd();

    /** The hypervolume of the points of the last {@link #run(int, double[])}. */
    final Dd volume = new Dd();

    private double volumeZ;

    /** A sweep for up to {@code capacity} points, reusable: a run allocates nothing. */
    Hvc3d(int capacity) {
        xs = new double[capacity];
        ys = new double[capacity];
        zs = new double[capacity];
        byX = new int[capacity];
        rank = new int[capacity];
        stairs = new RankSet(capacity);
        local = new RankSet(capacity);
        areaHi = new double[capacity];
        areaLo = new double[capacity];
        since = new double[capacity];
        contribHi = new double[capacity];
        contribLo = new double[capacity];
    }

    /** Loads {@code pts[0..n)} (in ascending z) and ranks them by x, then y, then sweep position. */
    private void load(double[][] pts, int n) {
        for (int i = 0; i < n; i++) {
            xs[i] = pts[i][0];
            ys[i] = pts[i][1];
            zs[i] = pts[i][2];
            byX[i] = i;
        }
        Points.sortIndices(byX, 0, n, xs, ys);
        // Runs of equal (x, y) by sweep position, so that the earlier of two duplicates ranks first.
        int from = 0;
        for (int r = 1; r <= n; r++) {
            if (r == n || xs[byX[r]] != xs[byX[from]] || ys[byX[r]] != ys[byX[from]]) {
                if (r - from > 1) {
                    Arrays.sort(byX, from, r);
                }
                from = r;
            }
        }
        for (int r = 0; r < n; r++) {
            rank[byX[r]] = r;
        }
    }

    /**
     * Exclusive contribution of each point of {@code front} (three objectives), in input order;
     * 0 for dominated points, duplicates and points outside the reference box. O(n log n).
     */
    static double[] contributions(double[][] front, double[] ref) {
        return contributions(front, ref, null);
    }

    /**
     * As {@link #contributions(double[][], double[])}, also putting the hypervolume of the front
     * into {@code volume} when it is not null (the sweep has the staircase's area at hand).
     */
    static double[] contributions(double[][] front, double[] ref, Dd volume) {
        if (volume != null) {
            volume.zero();
        }
        double[] c = new double[front.length];
        int[] index = new int[front.length];
        int n = 0;
        for (int i = 0; i < front.length; i++) {
            if (Points.isInside(front[i], ref)) {
                index[n++] = i;
            }
        }
        if (n == 0) {
            return c;
        }
        // Sweep order: ascending z.
        double[] z = new double[n];
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
            z[k] = front[index[k]][2];
        }
        Points.sortIndices(order, 0, n, z, z);
        double[][] pts = new double[n][];
        for (int k = 0; k < n; k++) {
            pts[k] = front[index[order[k]]];
        }
        Hvc3d sweep = new Hvc3d(n);
        sweep.load(pts, n);
        sweep.run(n, ref);
        if (volume != null) {
            volume.set(sweep.volume);
        }
        for (int k = 0; k < n; k++) {
            c[index[order[k]]] = Math.max(0, sweep.contribHi[k] + sweep.contribLo[k]);
        }
        return c;
    }

    /**
     * The sweep over the first {@code n} points of {@link #xs}, {@link #ys}, {@link #zs} (ascending
     * z, every point strictly inside the box of {@code ref}'s first three coordinates), ranked by
     * {@link #byX} and {@link #rank} (x, then y, then sweep position): the contributions into
     * {@link #contribHi} and {@link #contribLo}, the hypervolume into {@link #volume}. O(n log_64 n).
     */
    void run(int n, double[] ref) {
        this.n = n;
        rx = ref[0];
        ry = ref[1];
        rz = ref[2];
        Arrays.fill(contribHi, 0, n, 0);
        Arrays.fill(contribLo, 0, n, 0);
        stairs.clear(n);
        local.clear(n);
        coveredArea.zero();
        volume.zero();
        volumeZ = n > 0 ? zs[0] : rz;
        for (int q = 0; q < n; q++) {
            if (zs[q] != volumeZ) {
                volume.add(slab.set(coveredArea).mulDiff(zs[q], volumeZ));
                volumeZ = zs[q];
            }
            insert(q);
        }
        volume.add(slab.set(coveredArea).mulDiff(rz, volumeZ));
        for (int s = stairs.higher(-1); s >= 0; s = stairs.higher(s)) {
            flush(byX[s], rz);
        }
    }

    private void insert(int q) {
        double qx = xs[q];
        double qy = ys[q];
        double qz = zs[q];
        int r = rank[q];
        int left = stairs.lower(r);
        if (left >= 0 && ys[byX[left]] <= qy) {
            // Dominated by the staircase point at rank `left` (x <= qx by rank).
            int above = stairs.lower(left);
            if (above >= 0 && ys[byX[above]] <= qy) {
                return;
            }
            double top = above >= 0 ? ys[byX[above]] : ry;
            int next = stairs.higher(left);
            double right = next >= 0 ? xs[byX[next]] : rx;
            int end = next >= 0 ? next : n;
            int lp = local.lower(r);
            if (lp > left) {
                if (ys[byX[lp]] <= qy) {
                    return;
                }
                top = ys[byX[lp]];
            }
            cutAbove(r, end, qx, qy, top, right);
            local.add(r);
            int p = byX[left];
            shrink(p, qz);
            if (xs[p] == qx && ys[p] == qy) {
                // A duplicate covers the whole rectangle: make the empty region exactly empty.
                areaHi[p] = 0;
                areaLo[p] = 0;
            }
            return;
        }
        // q joins the staircase.
        double top = left >= 0 ? ys[byX[left]] : ry;
        int firstRemoved = stairs.higher(r);
        int rn = firstRemoved;
        while (rn >= 0 && ys[byX[rn]] >= qy) {
            rn = stairs.higher(rn);
        }
        double right = rn >= 0 ? xs[byX[rn]] : rx;
        // Left neighbour: loses [qx, its old right) x [its y, its top), with its local points there.
        if (left >= 0) {
            int lq = byX[left];
            double oldRight = firstRemoved >= 0 ? xs[byX[firstRemoved]] : rx;
            int lp = local.lower(r);
            double lTop = lp > left ? ys[byX[lp]] : top(left);
            double ly = ys[lq];
            int stop = firstRemoved >= 0 ? firstRemoved : n;
            cut.zero();
            double from = qx;
            for (int s = local.higher(r); s >= 0 && s < stop; s = local.higher(s)) {
                int p = byX[s];
                cut.add(tmp.diff(xs[p], from).mulDiff(lTop, ly));
                from = xs[p];
                lTop = ys[p];
                local.remove(s);
            }
            cut.add(tmp.diff(oldRight, from).mulDiff(lTop, ly));
            shrink(lq, qz);
        }
        // Dominated staircase points: contributions final, their local points dropped; they
        // become q's local staircase, which fixes q's area.
        acc.zero();
        double from = qx;
        double qTop = top;
        double rnTop = top;
        for (int s = firstRemoved; s >= 0 && s != rn; ) {
            int p = byX[s];
            flush(p, qz);
            int nextStair = stairs.higher(s);
            int stop = nextStair >= 0 ? nextStair : n;
            for (int t = local.higher(s); t >= 0 && t < stop; t = local.higher(t)) {
                local.remove(t);
            }
            stairs.remove(s);
            local.add(s);
            acc.add(tmp.diff(xs[p], from).mulDiff(qTop, qy));
            from = xs[p];
            qTop = ys[p];
            rnTop = ys[p];
            s = nextStair;
        }
        acc.add(tmp.diff(right, from).mulDiff(qTop, qy));
        // The area q alone covers is all it adds to the area covered.
        coveredArea.add(acc);
        areaHi[q] = acc.hi;
        areaLo[q] = acc.lo;
        since[q] = qz;
        stairs.add(r);
        // Right neighbour: loses [its x, its right) x [qy, its old top), with its local points there.
        if (rn >= 0) {
            int rq = byX[rn];
            int nextStair = stairs.higher(rn);
            double rnRight = nextStair >= 0 ? xs[byX[nextStair]] : rx;
            cutAbove(rn, nextStair >= 0 ? nextStair : n, xs[rq], qy, rnTop, rnRight);
            shrink(rq, qz);
        }
    }

    /**
     * Into {@link #cut}: the area of {@code [qx, right) x [qy, top)} not covered by the local
     * points ranked in {@code (r, end)} (a staircase: x ascending, y descending, all with
     * {@code x >= qx} and {@code y < top}), removing those that {@code (qx, qy)} dominates, which
     * form a prefix; the first one left bounds the strip on the right. O(1 + removed) set
     * operations.
     */
    private void cutAbove(int r, int end, double qx, double qy, double top, double right) {
        cut.zero();
        double x = qx;
        double t = top;
        int s = local.higher(r);
        while (s >= 0 && s < end && ys[byX[s]] >= qy) {
            int p = byX[s];
            cut.add(tmp.diff(xs[p], x).mulDiff(t, qy));
            x = xs[p];
            t = ys[p];
            local.remove(s);
            s = local.higher(s);
        }
        double until = s >= 0 && s < end ? xs[byX[s]] : right;
        cut.add(tmp.diff(until, x).mulDiff(t, qy));
    }

    /** The top of the rectangle of the staircase point at rank {@code s}: its left neighbour's y. */
    private double top(int s) {
        int above = stairs.lower(s);
        return above >= 0 ? ys[byX[above]] : ry;
    }

    /** Accrues {@code p}'s area up to {@code z}, then subtracts {@link #cut} from it. */
    private void shrink(int p, double z) {
        flush(p, z);
        tmp.hi = areaHi[p];
        tmp.lo = areaLo[p];
        tmp.sub(cut);
        areaHi[p] = tmp.hi;
        areaLo[p] = tmp.lo;
    }

    /** Adds {@code p}'s area times the z distance since it last changed to its contribution. */
    private void flush(int p, double z) {
        slab.hi = areaHi[p];
        slab.lo = areaLo[p];
        slab.mulDiff(z, since[p]);
        total.hi = contribHi[p];
        total.lo = contribLo[p];
        total.add(slab);
        contribHi[p] = total.hi;
        contribLo[p] = total.lo;
        since[p] = z;
    }
}
