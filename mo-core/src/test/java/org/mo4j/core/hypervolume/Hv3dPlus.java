package org.mo4j.core.hypervolume;

/**
 * A test oracle, measured slower than production's one-pass sweep and kept for the cross-checks
 * (mo-benchmarks/RESULTS.md, docs/DECISIONS.md, 2026-12-03): three-objective hypervolume by HV3D+ (Guerreiro and Fonseca, "Computing and updating
 * hypervolume contributions in up to four dimensions", IEEE Trans. Evol. Comput. 22(3), 2018,
 * Sec. III), O(n log n) time, O(n) space, in plain double with compensated sums.
 *
 * <p>The points inside the reference box are put in ascending third objective by packed primitive
 * keys ({@link Hv2d#order}), and ranked by (first, second) objective. A preprocessing sweep keeps
 * the 2D staircase of the visited points as a set of those ranks ({@link RankSet}): it drops the
 * points that are weakly dominated when visited and records, for each other point, its two
 * staircase neighbours at that moment (the delimiters of the paper). A second sweep in the same
 * order then needs no search: the staircase is an int-linked list, each point's new area is
 * found by walking from its right delimiter through the points it covers, and the point is linked
 * in between its delimiters in O(1). Between consecutive third-objective values the volume grows
 * by the covered area times the gap.
 *
 * <p>Rounding. Every area piece is {@code (a - b) * (c - d)} of input coordinates and is never
 * negative: the covered area only grows. Areas and the volume are summed with error-free
 * transformations (TwoSum, and TwoProduct by {@link Math#fma}; Ogita, Rump and Oishi, "Accurate
 * sum and dot product", SIAM J. Sci. Comput. 26(6), 2005), so with no cancellation the result is
 * within about 7 u relative (u = 2^-53) of the exact hypervolume of the stored doubles, with no
 * fallback.
 *
 * <p>An instance holds the workspace for up to {@code capacity} points; a call allocates only the
 * sort's key arrays.
 */
final class Hv3dPlus {

    private final int s1;
    private final int s2;
    /** Coordinates in sweep order; s1 = (-inf, r1) and s2 = (r0, -inf) are the sentinels. */
    private final double[] xs;

    private final double[] ys;
    private final double[] zs;
    /** Rank of each sweep position by (first, second) objective. */
    private final int[] rank;
    /** Right (lower) and left (upper) delimiter of each point kept by the preprocessing. */
    private final int[] right;

    private final int[] left;
    /** The kept points, in sweep order. */
    private final int[] kept;

    private final RankSet stairs;

    Hv3dPlus(int capacity) {
        s1 = capacity;
        s2 = capacity + 1;
        int size = capacity + 2;
        xs = new double[size];
        ys = new double[size];
        zs = new double[size];
        rank = new int[capacity];
        right = new int[size];
        left = new int[size];
        kept = new int[capacity];
        stairs = new RankSet(Math.max(1, capacity));
    }

    /** Hypervolume of {@code front} against {@code ref} (both three-objective); points outside the box add nothing. */
    static double volume(double[][] front, double[] ref) {
        int[] inside = new int[front.length];
        double[] third = new double[front.length];
        int n = 0;
        double r0 = ref[0];
        double r1 = ref[1];
        double r2 = ref[2];
        for (int i = 0; i < front.length; i++) {
            double[] p = front[i];
            if (p[0] < r0 && p[1] < r1 && p[2] < r2) {
                inside[n] = i;
                third[n++] = p[2];
            }
        }
        if (n == 0) {
            return 0;
        }
        int[] order = Hv2d.order(third, third, n);
        Hv3dPlus hv = new Hv3dPlus(n);
        for (int k = 0; k < n; k++) {
            double[] p = front[inside[order[k]]];
            hv.xs[k] = p[0];
            hv.ys[k] = p[1];
            hv.zs[k] = p[2];
        }
        return hv.sweep(n, ref);
    }

    /** The hypervolume of the {@code n} points in {@code xs, ys, zs}, in ascending third coordinate. */
    private double sweep(int n, double[] ref) {
        int[] byX = Hv2d.order(xs, ys, n);
        for (int r = 0; r < n; r++) {
            rank[byX[r]] = r;
        }
        int m = preprocess(n, byX);
        xs[s1] = -Double.MAX_VALUE;
        ys[s1] = ref[1];
        xs[s2] = ref[0];
        ys[s2] = -Double.MAX_VALUE;
        left[s2] = s1;
        return linkedSweep(m, ref[2]);
    }

    /**
     * The preprocessing sweep: fills {@code kept} with the points not weakly dominated by an
     * earlier one in the first two objectives, each with its delimiters; returns their number.
     */
    private int preprocess(int n, int[] byX) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            int r = rank[i];
            double y = ys[i];
            // Ties in x are ranked by y, so the staircase point ranked just below r is the only
            // one that can dominate p; one ranked above with the same x and y is replaced below.
            int l = stairs.lower(r);
            if (l >= 0 && ys[byX[l]] <= y) {
                continue;
            }
            int s = stairs.higher(r);
            while (s >= 0 && ys[byX[s]] >= y) {
                stairs.remove(s);
                s = stairs.higher(s);
            }
            left[i] = l < 0 ? s1 : byX[l];
            right[i] = s < 0 ? s2 : byX[s];
            stairs.add(r);
            kept[m++] = i;
        }
        for (int s = stairs.higher(-1); s >= 0; s = stairs.higher(s)) {
            stairs.remove(s);
        }
        return m;
    }

    /**
     * The second sweep over the {@code m} kept points. {@code left[q]} serves as q's current upper
     * neighbour on the staircase: it starts as q's left delimiter and is overwritten when a point
     * is linked in just left of q, after which the old delimiter is no longer needed.
     */
    private double linkedSweep(int m, double rz) {
        double area = 0;
        double areaLow = 0;
        double hv = 0;
        double hvLow = 0;
        for (int k = 0; k < m; k++) {
            int p = kept[k];
            double px = xs[p];
            double py = ys[p];
            int q = right[p];
            int u = left[q];
            double t = (xs[q] - px) * (ys[u] - py);
            while (px < xs[u]) {
                double s = area + t;
                double bb = s - area;
                areaLow += (area - (s - bb)) + (t - bb);
                area = s;
                q = u;
                u = left[u];
                t = (xs[q] - px) * (ys[u] - ys[q]);
            }
            double s = area + t;
            double bb = s - area;
            areaLow += (area - (s - bb)) + (t - bb);
            area = s;
            left[right[p]] = p;
            double h = (k + 1 < m ? zs[kept[k + 1]] : rz) - zs[p];
            if (h != 0) {
                double v = area * h;
                double vLow = Math.fma(area, h, -v) + areaLow * h;
                s = hv + v;
                bb = s - hv;
                hvLow += (hv - (s - bb)) + (v - bb) + vLow;
                hv = s;
            }
        }
        return hv + hvLow;
    }
}
