package org.mo4j.core.hypervolume;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Three-objective hypervolume by a dimension sweep, O(n log n) time and O(n) space, following
 * Beume, Fonseca, López-Ibáñez, Paquete and Vahrenhold, "On the complexity of computing the
 * hypervolume indicator", IEEE Trans. Evol. Comput. 13(5), 2009.
 *
 * <p>Points are visited by ascending third objective. The 2D staircase of the visited points
 * (non-dominated in the first two objectives, sorted by the first) is kept in a balanced search
 * tree, together with the area it covers. Between consecutive third-objective values the volume
 * grows by that area times the gap. Inserting a point removes the staircase points it dominates
 * and adds the newly covered area, computed from those removed points only; each point is
 * inserted and removed at most once, so the sweep costs O(log n) amortised per point. Widths are
 * formed exactly and areas and volume are summed in double-double ({@link Dd}), so the result is
 * accurate enough for WFG to subtract it from a box of nearly the same volume.
 */
final class Hv3d {

    private Hv3d() {
    }

    /** Hypervolume of {@code front} against {@code ref} (both three-objective); points outside the box add nothing. */
    static double volume(double[][] front, double[] ref) {
        double[][] in = Points.inside(front, ref);
        return kernel(in, in.length, ref, new Dd()).value();
    }

    /**
     * Hypervolume of {@code pts[0..n)} in the first three coordinates, in double-double, into
     * {@code out}; every point must strictly dominate {@code ref} there. Reorders {@code pts}.
     */
    static Dd kernel(double[][] pts, int n, double[] ref, Dd out) {
        out.zero();
        if (n == 0) {
            return out;
        }
        Points.sort(pts, 0, n, 2);
        double rx = ref[0];
        double ry = ref[1];
        TreeMap<Double, Double> stairs = new TreeMap<>();
        Dd area = new Dd();
        Dd slab = new Dd();
        double z = pts[0][2];
        for (int i = 0; i < n; i++) {
            double[] p = pts[i];
            if (p[2] != z) {
                out.add(slab.set(area).mulDiff(p[2], z));
            }
            z = p[2];
            double x = p[0];
            double y = p[1];
            Map.Entry<Double, Double> left = stairs.floorEntry(x);
            if (left != null && left.getValue() <= y) {
                continue;
            }
            Map.Entry<Double, Double> lower = stairs.lowerEntry(x);
            double top = lower == null ? ry : lower.getValue();
            double from = x;
            double right = rx;
            Iterator<Map.Entry<Double, Double>> it = stairs.tailMap(x, true).entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Double, Double> e = it.next();
                double ey = e.getValue();
                if (ey < y) {
                    right = e.getKey();
                    break;
                }
                double ex = e.getKey();
                area.add(slab.diff(ex, from).mulDiff(top, y));
                from = ex;
                top = ey;
                it.remove();
            }
            area.add(slab.diff(right, from).mulDiff(top, y));
            stairs.put(x, y);
        }
        return out.add(area.mulDiff(ref[2], z));
    }
}
