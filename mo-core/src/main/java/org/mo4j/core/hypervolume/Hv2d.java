package org.mo4j.core.hypervolume;

import org.mo4j.core.internal.KeySort;

/**
 * Two-objective hypervolume and exclusive contributions by one sort and one sweep, O(n log n).
 *
 * <p>Sorted by the first objective, a point adds area exactly when its second objective is below
 * every earlier one; the added area is the strip between it and the lowest earlier second
 * objective. Contributions follow from the same order: a non-dominated point's exclusive region is
 * the rectangle up to its staircase neighbours, minus what the points it alone dominates cover.
 *
 * <p>Both copy the coordinates into primitive arrays and order positions by {@link #order}
 * (packed keys, the radix sort of {@link KeySort}), because sorting is most of the time on large
 * fronts. Contributions allocate nothing per point.
 */
final class Hv2d {

    private Hv2d() {}

    /**
     * Hypervolume of {@code front} against {@code ref} (both two-objective); points outside the box add nothing.
     *
     * <p>The strips are formed and summed in plain doubles with Neumaier's compensated summation
     * (Neumaier, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen", ZAMM
     * 54, 1974). Every strip {@code (rx - x)(low - y)} is positive and carries a relative error of
     * at most 3u (u = 2^-53: two roundings of differences, one of the product), and compensated
     * summation of positive terms adds at most 2u + O(n u^2) relative to the sum, so the result is
     * within about 5u = 5.6e-16 of the exact hypervolume, relative, for any n that fits in memory
     * (n u &lt;&lt; 1). Plain recursive summation would only guarantee about n u, 1.1e-12 at n =
     * 10^4, above the reference data's 1e-12. Double-double, used before, cost about a quarter
     * of the time once the sort was fast and buys nothing here: no term cancels another.
     */
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
        if (n == 0) {
            return 0;
        }
        int[] order = order(xs, ys, n);
        double sum = 0;
        double compensation = 0;
        double low = ry;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            double y = ys[i];
            if (y < low) {
                double term = (rx - xs[i]) * (low - y);
                double t = sum + term;
                compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
                sum = t;
                low = y;
            }
        }
        return sum + compensation;
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
        double[] xs = new double[front.length];
        double[] ys = new double[front.length];
        int[] index = new int[front.length];
        int n = 0;
        for (int i = 0; i < front.length; i++) {
            double[] p = front[i];
            if (p[0] < ref[0] && p[1] < ref[1]) {
                xs[n] = p[0];
                ys[n] = p[1];
                index[n++] = i;
            }
        }
        if (n == 0) {
            return c;
        }
        int[] order = order(xs, ys, n);
        double rx = ref[0];
        double top = ref[1];
        Dd exclusive = new Dd();
        Dd covered = new Dd();
        Dd strip = new Dd();
        int i = 0;
        while (i < n) {
            int p = order[i];
            double px = xs[p];
            double py = ys[p];
            int next = i + 1;
            while (next < n && ys[order[next]] >= py) {
                next++;
            }
            double right = next < n ? xs[order[next]] : rx;
            covered.zero();
            double low = top;
            for (int j = i + 1; j < next; j++) {
                int q = order[j];
                double y = ys[q];
                if (y < low) {
                    covered.add(strip.diff(right, xs[q]).mulDiff(low, y));
                    low = y;
                }
            }
            exclusive.diff(right, px).mulDiff(top, py).sub(covered);
            c[index[p]] = Math.max(0, exclusive.value());
            top = py;
            i = next;
        }
        return c;
    }

    /**
     * Positions {@code 0..n-1} sorted by {@code xs}, ties by {@code ys}: {@link KeySort#order}
     * sorts the positions packed with the order-preserving bits of their x (an LSD radix sort from
     * {@link KeySort#RADIX_MIN} points, the JDK's sort below), and the runs whose truncated keys
     * agree (equal or nearly equal x) are then sorted exactly by (x, y). O(n) per radix pass, no
     * comparator, no indirection through rows.
     */
    static int[] order(double[] xs, double[] ys, int n) {
        int[] order = new int[n];
        long[] sorted = KeySort.order(xs, n, order);
        int low = KeySort.indexBits(n);
        int from = 0;
        while (from < n) {
            long head = sorted[from] >> low;
            int to = from + 1;
            while (to < n && sorted[to] >> low == head) {
                to++;
            }
            if (to - from > 1) {
                Points.sortIndices(order, from, to, xs, ys);
            }
            from = to;
        }
        return order;
    }
}
