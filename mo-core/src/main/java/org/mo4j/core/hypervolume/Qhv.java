package org.mo4j.core.hypervolume;

/**
 * Hypervolume in any number of objectives by the improved quick hypervolume algorithm QHV-II of
 * Jaszkiewicz, "Improved quick hypervolume algorithm", Computers &amp; Operations Research 90,
 * 2018, after QHV of Russo and Francisco, "Quick hypervolume", IEEE TEC 18(4), 2014.
 *
 * <p>A region is a box with upper corner {@code hi} holding points already clipped to its lower
 * corner. The point {@code p} whose box {@code [p, hi]} is largest is the pivot: that box's volume
 * is added, and the rest of the region is split into d disjoint sub-boxes, the i-th being the
 * points {@code x} with {@code x_i < p_i} and {@code x_j >= p_j} for all {@code j < i} (QHV-II's
 * split into d boxes instead of QHV's 2^d - 1). A point {@code q} enters sub-box i when
 * {@code q_i < p_i}, with {@code q_j} raised to {@code p_j} for {@code j < i}; the sub-box's upper
 * corner is {@code hi} with {@code hi_i = p_i}. Points that the pivot weakly dominates enter no
 * sub-box, so every level removes at least the pivot. Regions of one or two points are computed
 * directly (two points as the first box plus the second's parts in the d sub-boxes). Exact
 * duplicates are removed once at the start (after a lexicographic sort); no other dominance
 * filtering is done, because in the sub-boxes it costs more than the few sub-problems it saves
 * (docs/DECISIONS.md records the alternatives). Worst case exponential in d.
 *
 * <p>The hypervolume is thus a sum of disjoint boxes, with no subtraction anywhere: each box's
 * volume, a product of d differences of input coordinates, has a relative error below
 * {@code (2d - 1) u} (u = 2^-53), and the boxes are summed with Neumaier's compensated summation,
 * whose error for non-negative terms is below {@code 2u} of the sum plus
 * {@code O(N u^2)} of it for N terms. The result is therefore within about {@code (2d + 2) u}
 * relative (4e-15 at d = 8) without any fallback.
 *
 * <p>The regions' points are kept in one growing array used as a stack: a sub-box's points are
 * written after its parent's and released when it returns, so the recursion (depth at most the
 * number of points) allocates only when the stack grows.
 */
final class Qhv {

    private final int d;
    /** The stack: per region, its upper corner (d values) followed by its points (d values each). */
    private double[] stack;

    private double sum;
    private double compensation;
    /** The pivot's box volume, set by {@link #pivot}. */
    private double pivotVolume;

    private Qhv(int d, int n) {
        this.d = d;
        this.stack = new double[Math.max(16, (n + 1) * d * 4)];
    }

    /** Hypervolume of {@code front} against {@code ref}, any d >= 1. */
    static double volume(double[][] front, double[] ref) {
        int d = ref.length;
        double[][] rows = Points.inside(front, ref);
        int n = rows.length;
        if (n == 0) {
            return 0;
        }
        // Duplicates would each be carried down every sub-box until a pivot equal to them.
        Points.sortLexFromLast(rows, 0, n, d);
        Qhv q = new Qhv(d, n);
        System.arraycopy(ref, 0, q.stack, 0, d);
        int at = d;
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || Points.compareFromLast(rows[k - 1], rows[k], d) != 0) {
                System.arraycopy(rows[k], 0, q.stack, at, d);
                at += d;
                m++;
            }
        }
        n = m;
        q.region(0, n);
        return q.sum + q.compensation;
    }

    private void add(double v) {
        double t = sum + v;
        if (Math.abs(sum) >= Math.abs(v)) {
            compensation += (sum - t) + v;
        } else {
            compensation += (v - t) + sum;
        }
        sum = t;
    }

    private double boxVolume(double[] s, int hi, int p) {
        double v = s[hi] - s[p];
        for (int j = 1; j < d; j++) {
            v *= s[hi + j] - s[p + j];
        }
        return v;
    }

    /**
     * The point (offset) among {@code m >= 1} at {@code pts} whose box up to the corner at
     * {@code hi} is largest, that volume left in {@link #pivotVolume}.
     */
    private int pivot(double[] s, int hi, int pts, int m) {
        int pivot = pts;
        double best = -1;
        for (int k = 0, p = pts; k < m; k++, p += d) {
            double v = boxVolume(s, hi, p);
            if (v > best) {
                best = v;
                pivot = p;
            }
        }
        pivotVolume = best;
        return pivot;
    }

    /**
     * Writes at {@code out} the points of sub-box {@code i} of the split at {@code pivot}: those of
     * the {@code m} at {@code pts} below the pivot in coordinate i, raised to the pivot in the
     * coordinates before i. Returns how many.
     */
    private static int subBox(double[] s, int d, int pts, int m, int pivot, int i, int out) {
        double pi = s[pivot + i];
        int mc = 0;
        for (int k = 0, q = pts; k < m; k++, q += d) {
            if (s[q + i] < pi) {
                for (int j = 0; j < i; j++) {
                    s[out + j] = Math.max(s[q + j], s[pivot + j]);
                }
                for (int j = i; j < d; j++) {
                    s[out + j] = s[q + j];
                }
                out += d;
                mc++;
            }
        }
        return mc;
    }

    /** Adds the volume of the region at {@code base}: upper corner then {@code m >= 1} points. */
    private void region(int base, int m) {
        final int d = this.d;
        double[] s = stack;
        int pts = base + d;
        if (m == 1) {
            add(boxVolume(s, base, pts));
            return;
        }
        int pivot = pivot(s, base, pts, m);
        add(pivotVolume);
        if (m == 2) {
            two(s, base, pivot, pivot == pts ? pts + d : pts);
            return;
        }
        int child = pts + m * d;
        int need = child + d + (m - 1) * d;
        if (need > s.length) {
            stack = java.util.Arrays.copyOf(s, Math.max(need, s.length * 2));
            s = stack;
        }
        for (int i = 0; i < d; i++) {
            double pi = s[pivot + i];
            int mc = subBox(s, d, pts, m, pivot, i, child + d);
            if (mc > 0) {
                System.arraycopy(s, base, s, child, d);
                s[child + i] = pi;
                if (mc == 1) {
                    add(boxVolume(s, child, child + d));
                } else if (mc == 2) {
                    int a = child + d;
                    int b = a + d;
                    double va = boxVolume(s, child, a);
                    double vb = boxVolume(s, child, b);
                    if (va >= vb) {
                        add(va);
                        two(s, child, a, b);
                    } else {
                        add(vb);
                        two(s, child, b, a);
                    }
                } else {
                    region(child, mc);
                    s = stack;
                }
            }
        }
    }

    /**
     * Exclusive contribution of each point of {@code front} (any d &gt;= 2), in input order: the
     * volume of the part of its box {@code [p, ref]} that no other point's box covers, computed
     * directly as the <em>uncovered</em> volume of that box under the limit set
     * {@code {max(p, q)}} by the same split ({@link #uncovered}), so that it too is a sum of
     * disjoint boxes with no subtraction: within about {@code (2d + 2) u} of the contribution,
     * relative, however small the contribution is against the box (where box minus limit-set
     * hypervolume would cancel). Points outside the reference box, dominated points and
     * duplicates get 0 (a weak dominator's limit point is {@code p} itself and covers the box).
     * O(n^2 d) to form the limit sets plus one split per point.
     */
    static double[] contributions(double[][] front, double[] ref) {
        int d = ref.length;
        int total = front.length;
        double[] c = new double[total];
        int[] index = new int[total];
        double[] flat = new double[total * d];
        int n = 0;
        for (int i = 0; i < total; i++) {
            if (Points.isInside(front[i], ref)) {
                index[n] = i;
                System.arraycopy(front[i], 0, flat, n * d, d);
                n++;
            }
        }
        Qhv q = new Qhv(d, 2 * n + 2);
        for (int a = 0; a < n; a++) {
            int pa = a * d;
            double[] s = q.stack;
            System.arraycopy(flat, pa, s, 0, d);
            System.arraycopy(ref, 0, s, d, d);
            int at = 2 * d;
            int m = 0;
            boolean covered = false;
            for (int b = 0; b < n && !covered; b++) {
                if (b == a) {
                    continue;
                }
                int pb = b * d;
                boolean same = true;
                for (int j = 0; j < d; j++) {
                    double v = Math.max(flat[pb + j], flat[pa + j]);
                    same &= v == flat[pa + j];
                    s[at + j] = v;
                }
                covered = same;
                at += d;
                m++;
            }
            if (covered) {
                continue;
            }
            q.sum = 0;
            q.compensation = 0;
            q.uncovered(0, m);
            c[index[a]] = q.sum + q.compensation;
        }
        return c;
    }

    /**
     * Adds the volume of the part of the region at {@code base} (lower corner, upper corner, then
     * {@code m >= 0} points clipped to the lower corner) that the points' boxes leave uncovered.
     * With the pivot's box covering the top of the region, the rest is exactly the d disjoint
     * sub-boxes of {@link #region}; an empty sub-box adds its volume, the others recurse.
     */
    private void uncovered(int base, int m) {
        final int d = this.d;
        double[] s = stack;
        int lo = base;
        int hi = base + d;
        int pts = base + 2 * d;
        if (m == 0) {
            add(boxVolume(s, hi, lo));
            return;
        }
        int pivot = pivot(s, hi, pts, m);
        int child = pts + m * d;
        int need = child + 2 * d + m * d;
        if (need > s.length) {
            stack = java.util.Arrays.copyOf(s, Math.max(need, s.length * 2));
            s = stack;
        }
        for (int i = 0; i < d; i++) {
            double pi = s[pivot + i];
            if (pi == s[lo + i]) {
                continue; // the sub-box is empty (and no point lies below the pivot here)
            }
            int mc = subBox(s, d, pts, m, pivot, i, child + 2 * d);
            // The sub-box: x_j in [pivot_j, hi_j) for j < i, [lo_i, pivot_i), [lo_j, hi_j) for j > i.
            System.arraycopy(s, pivot, s, child, i);
            System.arraycopy(s, lo + i, s, child + i, d - i);
            System.arraycopy(s, hi, s, child + d, d);
            s[child + d + i] = pi;
            uncovered(child, mc);
            s = stack;
        }
    }

    /** The part of point {@code q}'s box outside pivot {@code p}'s, in the d sub-boxes. */
    private void two(double[] s, int hi, int p, int q) {
        for (int i = 0; i < d; i++) {
            double pi = s[p + i];
            if (s[q + i] < pi) {
                double v = pi - s[q + i];
                for (int j = 0; j < i; j++) {
                    v *= s[hi + j] - Math.max(s[q + j], s[p + j]);
                }
                for (int j = i + 1; j < d; j++) {
                    v *= s[hi + j] - s[q + j];
                }
                add(v);
            }
        }
    }
}
