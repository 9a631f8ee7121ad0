package org.mo4j.core.hypervolume;

/**
 * Two-objective hypervolume and exclusive contributions by one sort and one sweep, O(n log n).
 *
 * <p>Sorted by the first objective, a point adds area exactly when its second objective is below
 * every earlier one; the added area is the strip between it and the lowest earlier second
 * objective. Contributions follow from the same order: a non-dominated point's exclusive region is
 * the rectangle up to its staircase neighbours, minus what the points it alone dominates cover.
 */
final class Hv2d {

    private Hv2d() {
    }

    /** Hypervolume of {@code front} against {@code ref} (both two-objective); points outside the box add nothing. */
    static double volume(double[][] front, double[] ref) {
        double rx = ref[0];
        double ry = ref[1];
        double[] xs = new double[front.length];
        double[] ys = new double[front.length];
        int n = 0;
        for (double[] p : front) {
            if (p[0] < rx && p[1] < ry) {
                xs[n] = p[0];
                ys[n] = p[1];
                n++;
            }
        }
        // Points with equal first objectives add the same total in any order, so ties need no rule.
        Points.sortPairs(xs, ys, n);
        Dd out = new Dd();
        Dd strip = new Dd();
        double low = ry;
        for (int i = 0; i < n; i++) {
            double y = ys[i];
            if (y < low) {
                out.add(strip.diff(rx, xs[i]).mulDiff(low, y));
                low = y;
            }
        }
        return out.value();
    }

    /**
     * Hypervolume of {@code pts[0..n)} in the first two coordinates, in double-double, into
     * {@code out} (WFG's base case); every point must strictly dominate {@code ref} there.
     * Reorders {@code pts}.
     */
    static Dd kernel(double[][] pts, int n, double[] ref, Dd out) {
        Points.sort(pts, 0, n, 0);
        double rx = ref[0];
        double low = ref[1];
        Dd strip = new Dd();
        out.zero();
        for (int i = 0; i < n; i++) {
            double y = pts[i][1];
            if (y < low) {
                out.add(strip.diff(rx, pts[i][0]).mulDiff(low, y));
                low = y;
            }
        }
        return out;
    }

    /**
     * Exclusive contribution of each point of {@code front}, in input order, O(n log n).
     *
     * <p>Points are sorted by (first, second) objective. A staircase point {@code p} (second
     * objective below all earlier ones) owns the rectangle from {@code p} to (first objective of
     * the next staircase point, second objective of the previous one). The points sorted between
     * {@code p} and the next staircase point are exactly those that only {@code p} dominates and
     * that reach into that rectangle; their 2D hypervolume against the rectangle's far corner is
     * subtracted. A duplicate of {@code p} covers the whole rectangle, so both copies get 0.
     */
    static double[] contributions(double[][] front, double[] ref) {
        double[] c = new double[front.length];
        double[][] pts = new double[front.length][];
        int n = 0;
        for (int i = 0; i < front.length; i++) {
            double[] p = front[i];
            if (p[0] < ref[0] && p[1] < ref[1]) {
                pts[n++] = new double[] {p[0], p[1], i};
            }
        }
        sortLexicographically(pts, n);
        double rx = ref[0];
        double top = ref[1];
        Dd exclusive = new Dd();
        Dd covered = new Dd();
        Dd strip = new Dd();
        int i = 0;
        while (i < n) {
            double[] p = pts[i];
            int next = i + 1;
            while (next < n && pts[next][1] >= p[1]) {
                next++;
            }
            double right = next < n ? pts[next][0] : rx;
            covered.zero();
            double low = top;
            for (int j = i + 1; j < next; j++) {
                double y = pts[j][1];
                if (y < low) {
                    covered.add(strip.diff(right, pts[j][0]).mulDiff(low, y));
                    low = y;
                }
            }
            exclusive.diff(right, p[0]).mulDiff(top, p[1]).sub(covered);
            c[(int) p[2]] = Math.max(0, exclusive.value());
            top = p[1];
            i = next;
        }
        return c;
    }

    /** Sorts by the first coordinate, ties by the second. */
    private static void sortLexicographically(double[][] pts, int n) {
        Points.sort(pts, 0, n, 0);
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || pts[i][0] != pts[from][0]) {
                if (i - from > 1) {
                    Points.sort(pts, from, i, 1);
                }
                from = i;
            }
        }
    }
}
