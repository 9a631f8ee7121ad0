package org.mo4j.core.hypervolume;

/**
 * Four-objective hypervolume by the dimension sweep HV4D+ of Guerreiro and Fonseca, "Computing
 * and updating hypervolume contributions in up to four dimensions", IEEE Trans. Evol. Comput.
 * 22(3), 2018 (building on Guerreiro, Fonseca and Emmerich, "A fast dimension-sweep algorithm
 * for the hypervolume indicator in four dimensions", CCCG 2012), in a simplified form: O(n^2)
 * time in practice, O(n^3) in the worst case (see below), O(n) space.
 *
 * <p>Points are visited by ascending fourth objective. The visited points that are not weakly
 * dominated in the first three objectives form the set {@code S}, kept as an int-linked list in
 * ascending third objective, together with its 3D hypervolume {@code V}. Between consecutive
 * fourth-objective values the volume grows by {@code V} times the gap. A new point {@code p}
 * either is weakly dominated in 3D by a point of {@code S} (it adds nothing and is dropped) or
 * adds its 3D exclusive contribution to {@code V}, joins {@code S}, and the points of {@code S}
 * it weakly dominates in 3D leave {@code S}.
 *
 * <p>The 3D contribution of {@code p} is found by one pass over {@code S} in ascending third
 * objective (as in HV3D+'s one-point contribution): the points of {@code S} are projected onto the
 * plane and clipped to the box {@code [p, ref]}; those at or below {@code p} in the third objective
 * build a 2D staircase, whose covered area is measured once they are all in, and each later one,
 * in order, shrinks the uncovered area of {@code p}'s box, which is integrated over the third
 * objective. The pass stops as soon as a clipped point reaches {@code p}'s corner (nothing of
 * {@code p}'s box is left uncovered). The staircase of clipped points is kept sorted in two
 * primitive arrays (binary search, shifting insertion); it holds only the points that bound
 * {@code p}'s exclusive region, a handful on the reference fronts (at most 39 at n = 1000), so each
 * contribution costs O(|S|) in practice and the sweep O(n^2). The paper keeps per-point
 * neighbour links that bound every contribution by O(n) even in the worst case; without them a
 * staircase of size O(n) makes the worst case O(n^3). Areas, contributions and volumes are carried
 * in double-double ({@link Dd}) with exactly formed coordinate differences: the uncovered area is
 * the box minus the covered area, which cancels when {@code p} is nearly covered, and WFG
 * subtracts this hypervolume from a box of nearly the same volume.
 *
 * <p>A test oracle: production runs the linked sweeps {@link Hv4dPlus} (plain double, the d = 4
 * entry point) and {@link Hv4dPlusDd} (double-double, WFG's base case), which replaced this one
 * (docs/DECISIONS.md); it stays as an independent implementation that the tests compare them with.
 *
 * <p>An instance holds the workspace for up to {@code capacity} points and is reused across
 * calls; a call allocates nothing.
 */
final class Hv4d {

    private final int head;
    private final double[] xs;
    private final double[] ys;
    private final double[] zs;
    /** The set S as a linked list in ascending third objective; {@code head} is the sentinel, -1 ends it. */
    private final int[] next;

    private final int[] prev;
    /** The staircase of clipped points, ascending first and strictly descending second coordinate. */
    private final double[] sx;

    private final double[] sy;
    private int steps;
    private final Dd volume3d = new Dd();
    private final Dd contribution = new Dd();
    private final Dd box = new Dd();
    private final Dd covered = new Dd();
    private final Dd scratch = new Dd();

    Hv4d(int capacity) {
        head = capacity;
        xs = new double[capacity];
        ys = new double[capacity];
        zs = new double[capacity];
        next = new int[capacity + 1];
        prev = new int[capacity + 1];
        sx = new double[capacity];
        sy = new double[capacity];
    }

    /** Hypervolume of {@code front} against {@code ref} (both four-objective); points outside the box add nothing. */
    static double volume(double[][] front, double[] ref) {
        double[][] in = Points.inside(front, ref);
        return new Hv4d(in.length).kernel(in, in.length, ref, new Dd()).value();
    }

    /**
     * Hypervolume of {@code pts[0..n)} in the first four coordinates, in double-double, into
     * {@code out}; every point must strictly dominate {@code ref} there, n at most the capacity.
     * Reorders {@code pts}.
     */
    Dd kernel(double[][] pts, int n, double[] ref, Dd out) {
        Points.sort(pts, 0, n, 3);
        return sortedKernel(pts, n, ref, out);
    }

    /** As {@link #kernel}, for {@code pts[0..n)} already in ascending fourth coordinate. */
    Dd sortedKernel(double[][] pts, int n, double[] ref, Dd out) {
        out.zero();
        if (n == 0) {
            return out;
        }
        next[head] = -1;
        volume3d.zero();
        double w = pts[0][3];
        for (int i = 0; i < n; i++) {
            double[] p = pts[i];
            double pw = p[3];
            if (pw != w) {
                out.add(scratch.set(volume3d).mulDiff(pw, w));
                w = pw;
            }
            xs[i] = p[0];
            ys[i] = p[1];
            zs[i] = p[2];
            if (contribution3d(i, ref)) {
                volume3d.add(contribution);
                insert(i);
            }
        }
        return out.add(volume3d.mulDiff(ref[3], w));
    }

    /**
     * The 3D exclusive contribution of point {@code i} with respect to S, into {@code contribution};
     * false, leaving it undefined, when a point of S weakly dominates point {@code i} in 3D.
     */
    private boolean contribution3d(int i, double[] ref) {
        double px = xs[i];
        double py = ys[i];
        double pz = zs[i];
        double rx = ref[0];
        double ry = ref[1];
        steps = 0;
        covered.zero();
        contribution.zero();
        box.diff(rx, px).mulDiff(ry, py);
        double z = pz;
        boolean base = true;
        for (int q = next[head]; q >= 0; q = next[q]) {
            double cx = Math.max(px, xs[q]);
            double cy = Math.max(py, ys[q]);
            boolean corner = cx == px && cy == py;
            double qz = zs[q];
            if (qz > pz) {
                if (base) {
                    staircaseArea(rx, ry);
                    base = false;
                }
                if (qz != z) {
                    contribution.add(scratch.set(box).sub(covered).mulDiff(qz, z));
                    z = qz;
                }
                if (corner) {
                    // q covers p's whole box from here up: nothing more is exclusive.
                    return true;
                }
            } else if (corner) {
                return false;
            }
            cover(cx, cy, rx, ry, !base);
        }
        if (base) {
            staircaseArea(rx, ry);
        }
        contribution.add(scratch.set(box).sub(covered).mulDiff(ref[2], z));
        return true;
    }

    /**
     * Sets {@code covered} to the area the staircase dominates within the box, in O(h): the points
     * at or below p in the third objective are put on the staircase without accounting for area
     * (most of them are displaced again), which is then measured once.
     */
    private void staircaseArea(double rx, double ry) {
        covered.zero();
        int h = steps;
        for (int t = 0; t < h; t++) {
            double right = t + 1 < h ? sx[t + 1] : rx;
            covered.add(scratch.diff(right, sx[t]).mulDiff(ry, sy[t]));
        }
    }

    /**
     * Adds the clipped point {@code (cx, cy)} to the staircase and, if {@code account}, the area it
     * newly covers to {@code covered}.
     */
    private void cover(double cx, double cy, double rx, double ry, boolean account) {
        int h = steps;
        int lo = 0;
        int hi = h;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sx[mid] < cx) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int k = lo;
        // sx[k - 1] < cx <= sx[k]: only those two can dominate c.
        if (k > 0 && sy[k - 1] <= cy || k < h && sx[k] == cx && sy[k] <= cy) {
            return;
        }
        int e = k;
        if (account) {
            double top = k > 0 ? sy[k - 1] : ry;
            double from = cx;
            while (e < h && sy[e] >= cy) {
                covered.add(scratch.diff(sx[e], from).mulDiff(top, cy));
                from = sx[e];
                top = sy[e];
                e++;
            }
            double right = e < h ? sx[e] : rx;
            covered.add(scratch.diff(right, from).mulDiff(top, cy));
        } else {
            while (e < h && sy[e] >= cy) {
                e++;
            }
        }
        // Replace the dominated run [k, e) by c.
        if (e != k + 1) {
            System.arraycopy(sx, e, sx, k + 1, h - e);
            System.arraycopy(sy, e, sy, k + 1, h - e);
            steps = h + 1 - (e - k);
        }
        sx[k] = cx;
        sy[k] = cy;
    }

    /**
     * Links point {@code i} into S after the last point below it in the third objective, then
     * unlinks the points it weakly dominates in 3D (all of them follow it in the list).
     */
    private void insert(int i) {
        double px = xs[i];
        double py = ys[i];
        double pz = zs[i];
        int before = head;
        for (int q = next[head]; q >= 0 && zs[q] < pz; q = next[q]) {
            before = q;
        }
        int after = next[before];
        next[before] = i;
        prev[i] = before;
        next[i] = after;
        if (after >= 0) {
            prev[after] = i;
        }
        for (int q = after; q >= 0; q = next[q]) {
            if (xs[q] >= px && ys[q] >= py) {
                int a = prev[q];
                int b = next[q];
                next[a] = b;
                if (b >= 0) {
                    prev[b] = a;
                }
            }
        }
    }
}
