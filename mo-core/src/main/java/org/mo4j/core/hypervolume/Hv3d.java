package org.mo4j.core.hypervolume;

/**
 * Three-objective hypervolume by a dimension sweep, O(n log n) time and O(n) space, following
 * Beume, Fonseca, López-Ibáñez, Paquete and Vahrenhold, "On the complexity of computing the
 * hypervolume indicator", IEEE Trans. Evol. Comput. 13(5), 2009.
 *
 * <p>Points are visited by ascending third objective. The 2D staircase of the visited points
 * (non-dominated in the first two objectives) is kept as a set of ranks in the order of the first
 * objective ({@link RankSet}, predecessor and successor in O(log_64 n)), together with the area it
 * covers. Between consecutive third-objective values the volume grows by that area times the gap.
 * Inserting a point removes the staircase points it dominates and adds the newly covered area,
 * computed from those removed points only; each point is inserted and removed at most once. Widths
 * are formed exactly and areas and volume are summed in double-double ({@link Dd}), so the result
 * is accurate enough for WFG to subtract it from a box of nearly the same volume.
 *
 * <p>WFG's three-objective limit sets (when it is run by name at d = 3) go here, for the
 * double-double sums; a whole front goes to {@link Hv3dPlus}.
 *
 * <p>An instance holds the workspace for up to {@code capacity} points and is reused across
 * calls; a call allocates nothing.
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
