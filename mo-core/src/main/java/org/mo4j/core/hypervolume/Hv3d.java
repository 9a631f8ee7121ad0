package org.mo4j.core.hypervolume;

/**
 * Three-objective hypervolume by a dimension sweep, O(n log n) time and O(n) space, following
 * Beume, Fonseca, López-Ibáñez, Paquete and Vahrenhold, "On the complexity of computing the
 * hypervolume indicator", IEEE Trans. Evol. Comput. 13(5), 2009.
 *
 * <p>A whole front ({@link #volume}) is swept in plain double: its points inside the box are put
 * in ascending third objective by packed primitive keys ({@link Hv2d#order}), those weakly
 * dominated in the first two objectives by the visited point with the largest 2D box are dropped
 * (on random fronts, most of them), and the rest ranked by (first, second) objective the same
 * way; no row is copied. Every area piece is {@code (a - b) * (c - d)} of
 * input coordinates and is never negative (the covered area only grows), and areas and volume are
 * summed with error-free transformations (TwoSum, and TwoProduct by {@link Math#fma}; Ogita, Rump
 * and Oishi, "Accurate sum and dot product", SIAM J. Sci. Comput. 26(6), 2005), so with no
 * cancellation the result is within about 7 u relative (u = 2^-53) of the exact hypervolume of
 * the stored doubles, with no fallback. WFG's limit sets go to {@link #kernel}, in double-double,
 * which WFG needs as it subtracts the result from a box of nearly the same volume.
 *
 * <p>Points are visited by ascending third objective. The 2D staircase of the visited points
 * (non-dominated in the first two objectives) is kept as a set of ranks in the order of the first
 * objective ({@link RankSet}, predecessor and successor in O(log_64 n)), together with the area it
 * covers. Between consecutive third-objective values the volume grows by that area times the gap.
 * Inserting a point removes the staircase points it dominates and adds the newly covered area,
 * computed from those removed points only; each point is inserted and removed at most once. In
 * {@link #kernel}, widths are formed exactly and areas and volume are summed in double-double
 * ({@link Dd}).
 *
 * <p>An instance holds the workspace for up to {@code capacity} points and is reused across
 * {@link #kernel} calls, which allocate nothing; {@link #volume} allocates its arrays once per
 * call, none per point.
 */
final class Hv3d {

    private final double[] xs;
    private final double[] ys;
    /** Point indices (in sweep order) sorted by first, then second objective. */
    private final int[] byX;
    /** Position of each point (in sweep order) in {@code byX}. */
    private final int[] rank;

    private final RankSet stairs;
    private final Dd area = new Dd();
    private final Dd slab = new Dd();

    Hv3d(int capacity) {
        xs = new double[capacity];
        ys = new double[capacity];
        byX = new int[capacity];
        rank = new int[capacity];
        stairs = new RankSet(capacity);
    }

    /** Hypervolume of {@code front} against {@code ref} (both three-objective); points outside the box add nothing. */
    static double volume(double[][] front, double[] ref) {
        int[] inside = new int[front.length];
        double[] third = new double[front.length];
        int n = 0;
        for (int i = 0; i < front.length; i++) {
            double[] p = front[i];
            if (p[0] < ref[0] && p[1] < ref[1] && p[2] < ref[2]) {
                inside[n] = i;
                third[n++] = p[2];
            }
        }
        if (n == 0) {
            return 0;
        }
        int[] order = Hv2d.order(third, third, n);
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] zs = new double[n];
        // The guard: the visited point whose box [g, ref] is the largest in 2D. A point it weakly
        // dominates in the first two objectives adds nothing, so it is dropped before the ranking
        // (most points of a random front are); the slabs around it merge.
        double gx = ref[0];
        double gy = ref[1];
        double gBox = 0;
        int m = 0;
        for (int k = 0; k < n; k++) {
            double[] p = front[inside[order[k]]];
            double x = p[0];
            double y = p[1];
            if (gx <= x && gy <= y) {
                continue;
            }
            double box = (ref[0] - x) * (ref[1] - y);
            if (box > gBox) {
                gBox = box;
                gx = x;
                gy = y;
            }
            xs[m] = x;
            ys[m] = y;
            zs[m++] = p[2];
        }
        n = m;
        int[] byX = Hv2d.order(xs, ys, n);
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byX[r]] = r;
        }
        RankSet stairs = new RankSet(n);
        double rx = ref[0];
        double ry = ref[1];
        double area = 0;
        double areaLow = 0;
        double hv = 0;
        double hvLow = 0;
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            int r = rank[i];
            int left = stairs.lower(r);
            double top = ry;
            boolean dominated = false;
            if (left >= 0) {
                top = ys[byX[left]];
                dominated = top <= y;
            }
            if (!dominated) {
                double from = x;
                double right = rx;
                for (int s = stairs.higher(r); s >= 0; s = stairs.higher(s)) {
                    int q = byX[s];
                    if (ys[q] < y) {
                        right = xs[q];
                        break;
                    }
                    double t = (xs[q] - from) * (top - y);
                    double sum = area + t;
                    double bb = sum - area;
                    areaLow += (area - (sum - bb)) + (t - bb);
                    area = sum;
                    from = xs[q];
                    top = ys[q];
                    stairs.remove(s);
                }
                double t = (right - from) * (top - y);
                double sum = area + t;
                double bb = sum - area;
                areaLow += (area - (sum - bb)) + (t - bb);
                area = sum;
                stairs.add(r);
            }
            double h = (i + 1 < n ? zs[i + 1] : ref[2]) - zs[i];
            if (h != 0) {
                double v = area * h;
                double vLow = Math.fma(area, h, -v) + areaLow * h;
                double sum = hv + v;
                double bb = sum - hv;
                hvLow += (hv - (sum - bb)) + (v - bb) + vLow;
                hv = sum;
            }
        }
        return hv + hvLow;
    }

    /**
     * Hypervolume of {@code pts[0..n)} in the first three coordinates, in double-double, into
     * {@code out}; every point must strictly dominate {@code ref} there, n at most the capacity.
     * Reorders {@code pts}.
     */
    Dd kernel(double[][] pts, int n, double[] ref, Dd out) {
        out.zero();
        if (n == 0) {
            return out;
        }
        Points.sort(pts, 0, n, 2);
        for (int i = 0; i < n; i++) {
            xs[i] = pts[i][0];
            ys[i] = pts[i][1];
            byX[i] = i;
        }
        Points.sortIndices(byX, 0, n, xs, ys);
        for (int r = 0; r < n; r++) {
            rank[byX[r]] = r;
        }
        double rx = ref[0];
        double ry = ref[1];
        area.zero();
        double z = pts[0][2];
        for (int i = 0; i < n; i++) {
            double pz = pts[i][2];
            if (pz != z) {
                out.add(slab.set(area).mulDiff(pz, z));
                z = pz;
            }
            double x = xs[i];
            double y = ys[i];
            int r = rank[i];
            // Ties in x are ranked by y, so the staircase point ranked just below r is the only
            // one that can dominate p; one ranked above with the same x and y is replaced below.
            int left = stairs.lower(r);
            double top = ry;
            if (left >= 0) {
                top = ys[byX[left]];
                if (top <= y) {
                    continue;
                }
            }
            double from = x;
            double right = rx;
            for (int s = stairs.higher(r); s >= 0; s = stairs.higher(s)) {
                int q = byX[s];
                if (ys[q] < y) {
                    right = xs[q];
                    break;
                }
                area.add(slab.diff(xs[q], from).mulDiff(top, y));
                from = xs[q];
                top = ys[q];
                stairs.remove(s);
            }
            area.add(slab.diff(right, from).mulDiff(top, y));
            stairs.add(r);
        }
        for (int s = stairs.higher(-1); s >= 0; s = stairs.higher(s)) {
            stairs.remove(s);
        }
        return out.add(area.mulDiff(ref[2], z));
    }
}
