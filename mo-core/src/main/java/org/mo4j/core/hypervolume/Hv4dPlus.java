package org.mo4j.core.hypervolume;

/**
 * Four-objective hypervolume by HV4D+ with the per-point neighbour links of Guerreiro and Fonseca,
 * "Computing and updating hypervolume contributions in up to four dimensions", IEEE Trans. Evol.
 * Comput. 22(3), 2018: O(n^2) time in the worst case, O(n) space, in plain double arithmetic with
 * a running bound on the rounding error.
 *
 * <p>Before the sweep, one O(n) pass drops the points that the point with the largest 4D box
 * weakly dominates (they add nothing), so that fronts with many dominated points sort few.
 * Points are visited by ascending fourth objective. The visited points that are not weakly
 * dominated in the first three objectives form the set S, kept as an int-linked list in
 * lexicographic (third, second, first) order, with its 3D hypervolume V; between consecutive
 * fourth-objective values the 4D volume grows by V times the gap. A point weakly dominated in the
 * first three objectives by the visited point with the largest 3D box adds nothing, now or later,
 * and skips the passes below.
 *
 * <p>Every point q of S keeps two links, {@code closest0[q]} and {@code closest1[q]}: among the
 * points of S before q in the list, the one with least first coordinate among those below q in the
 * second (q's right neighbour on the 2D staircase of the points below it), and the one with least
 * second coordinate among those left of q in the first (its upper neighbour). When a point joins
 * S, one pass over the later points of the list updates their links (or drops them when they
 * become dominated), O(|S|). To find the 3D exclusive contribution of a new point p, one pass over
 * the points before p rebuilds the staircase at p's height in O(1) per point from those links
 * ("restart"), and yields p's own links and whether p is dominated; then a pass over the points
 * after p, in list order, updates the staircase and subtracts from p's exclusive area, at each
 * point, only the area that this point newly covers, found by walking the staircase links from p's
 * current neighbours. Both passes over the later points stop at the first one that dominates p in
 * the first two coordinates, so they run as one walk: each point's links serve the staircase
 * first, then p may replace one of them. Each pass is O(|S|) (every staircase step is walked at
 * most a bounded number of times), so each point costs O(n) and the sweep O(n^2); see the paper,
 * Sec. IV. Once the restarts have taken {@link #RANK_AFTER} steps per point, the points are ranked
 * by (x, y) and by (y, x) in O(n log n), and the restart decides dominance, p's links and where
 * each point lies by the signs of rank differences instead of comparisons that branch on the
 * coordinates. The implementation is our own, on primitive arrays with the three sentinels of the
 * paper ({@code (-inf, r1, -inf)}, {@code (r0, -inf, -inf)} and {@code (-inf, -inf, r2)}).
 *
 * <p>Rounding. The result is computed in plain double. Alongside, a running error bound
 * (Higham, "Accuracy and Stability of Numerical Algorithms", 2nd ed., Sec. 3.3) is accumulated,
 * in units of u = 2^-53:
 * <ul>
 *   <li>every area piece is {@code (a - b) * (c - d)} of input coordinates; each of the two
 *       differences and the product is rounded once, so the computed piece t differs from the
 *       exact one by at most {@code gamma_3 |t_exact| <= 3.0001 u |t|};</li>
 *   <li>every addition {@code s' = fl(s + t)} of a computed t with error bound e_t to a computed s
 *       with error bound e_s has error at most {@code e_s + e_t + u |s'|};</li>
 *   <li>a product {@code fl(A * fl(z1 - z0))} of a computed A (bound e_A) and a height has error
 *       at most {@code e_A h (1 + u) + 2.0001 u |fl(A h)|} (the rounded difference and the
 *       product each add one rounding).</li>
 * </ul>
 * These are applied to every operation in the order performed; all branches depend only on
 * comparisons of input coordinates, never on computed values, so the computed run follows the
 * same path as the exact one and the sum of the bounds bounds the error of the result. The bound
 * itself is evaluated in floating point from non-negative terms; its own relative error is below
 * {@code (number of operations) u}, which the final factor 1.01 covers for any feasible n.
 *
 * <p>An instance holds the workspace for up to {@code capacity} points and is reused across
 * calls; a call allocates nothing.
 *
 * <p>The coordinates and links are one primitive array per field: the sweep is bound by its
 * comparisons and dependent loads, not by cache lines.
 */
final class Hv4dPlus extends LinkedSweep4d {

    static final double U = 0x1p-53;
    /**
     * Restart steps per point (estimated as the size of S at each restart) after which the sweep
     * ranks the points ({@link LinkedSweep4d#rank}) for the rest of the run: about when the two
     * O(n log n) rank sorts cost what the restarts have cost so far, so a front whose S stays small
     * pays at most about twice its restarts for ranking it did not need.
     */
    static final int RANK_AFTER = 8;

    private final int rankAfter;

    /** Error bound, in units of u, of the last area walk. */
    private double walkError;
    /** Error bound, in units of u, of the last contribution. */
    private double contributionError;
    /** Absolute error bound of the last {@link #sortedKernel} result. */
    private double error;

    Hv4dPlus(int capacity) {
        this(capacity, RANK_AFTER);
    }

    /** With the ranking threshold given (tests: 0 ranks at the first restart, MAX_VALUE never). */
    Hv4dPlus(int capacity, int rankAfter) {
        super(capacity);
        this.rankAfter = rankAfter;
    }

    /**
     * Hypervolume of {@code front} against {@code ref} (both four-objective); points outside the
     * box add nothing. Plain double, falling back to the double-double sweep {@link Hv4dPlusDd} when the
     * running error bound exceeds {@code 1e-13} of the result.
     */
    static double volume(double[][] front, double[] ref) {
        double[][] in = insideByFourth(front, ref);
        Hv4dPlus hv = new Hv4dPlus(in.length);
        double v = hv.sortedKernel(in, in.length, ref);
        if (hv.error() > 1e-13 * v) {
            return new Hv4dPlusDd(in.length)
                    .sortedKernel(in, in.length, ref, new Dd())
                    .value();
        }
        return v;
    }

    /**
     * The index of the row of {@code front} (four objectives) inside the reference box with the
     * largest box, the first of equal ones, or -1 if none is inside; O(n). No other row
     * weakly dominates it, so it is the cheapest good filter for the rows it dominates.
     */
    static int largestBox(double[][] front, double[] ref) {
        double r0 = ref[0];
        double r1 = ref[1];
        double r2 = ref[2];
        double r3 = ref[3];
        int best = -1;
        double bestBox = 0;
        for (int i = 0; i < front.length; i++) {
            double[] p = front[i];
            if (p[0] < r0 && p[1] < r1 && p[2] < r2 && p[3] < r3) {
                double box = (r0 - p[0]) * (r1 - p[1]) * (r2 - p[2]) * (r3 - p[3]);
                if (best < 0 || box > bestBox) {
                    best = i;
                    bestBox = box;
                }
            }
        }
        return best;
    }

    /**
     * The rows of {@code front} inside the reference box that the one with the largest box does
     * not weakly dominate (shared, not copied: the sorted kernels only read them), in ascending
     * fourth coordinate, ordered as packed primitive keys ({@link Hv2d#order}), O(n log n), so
     * that no row is copied or quicksorted. A weakly dominated row adds nothing to the volume;
     * on fronts with many dominated points, one O(n) pass against that one row leaves few to
     * sort.
     */
    static double[][] insideByFourth(double[][] front, double[] ref) {
        double r0 = ref[0];
        double r1 = ref[1];
        double r2 = ref[2];
        double r3 = ref[3];
        int best = largestBox(front, ref);
        if (best < 0) {
            return new double[0][];
        }
        double[] g = front[best];
        double g0 = g[0];
        double g1 = g[1];
        double g2 = g[2];
        double g3 = g[3];
        int[] inside = new int[front.length];
        double[] fourth = new double[front.length];
        int m = 0;
        for (int i = 0; i < front.length; i++) {
            double[] p = front[i];
            boolean covered = g0 <= p[0] && g1 <= p[1] && g2 <= p[2] && g3 <= p[3];
            if (i == best || !covered && p[0] < r0 && p[1] < r1 && p[2] < r2 && p[3] < r3) {
                inside[m] = i;
                fourth[m++] = p[3];
            }
        }
        int[] order = Hv2d.order(fourth, fourth, m);
        double[][] rows = new double[m][];
        for (int k = 0; k < m; k++) {
            rows[k] = front[inside[order[k]]];
        }
        return rows;
    }

    /** The absolute error bound of the last result. */
    double error() {
        return error;
    }

    /**
     * Hypervolume of {@code pts[0..n)} in the first four coordinates; every point must strictly
     * dominate {@code ref} there, n at most the capacity. Reorders {@code pts}.
     */
    double kernel(double[][] pts, int n, double[] ref) {
        Points.sort(pts, 0, n, 3);
        return sortedKernel(pts, n, ref);
    }

    /** As {@link #kernel}, for {@code pts[0..n)} already in ascending fourth coordinate. */
    double sortedKernel(double[][] pts, int n, double[] ref) {
        error = 0;
        if (n == 0) {
            return 0;
        }
        reset(ref);
        // V and the 4D volume are summed without rounding error in their high parts (TwoSum,
        // TwoProduct by fma), so only the low parts' roundings enter the bound.
        double volume3d = 0;
        double volume3dLow = 0;
        double volume3dError = 0;
        double hv = 0;
        double hvLow = 0;
        double hvError = 0;
        // The guard: the visited point whose box [g, ref] is the largest in 3D. Any visited point
        // that weakly dominates p in 3D makes p's contribution zero, now and for the rest of the
        // sweep, so the O(|S|) restart is skipped for the (many, on random fronts) points it covers.
        double gx = ref[0];
        double gy = ref[1];
        double gz = ref[2];
        double gBox = 0;
        for (int i = 0; i < n; i++) {
            double[] p = pts[i];
            xs[i] = p[0];
            ys[i] = p[1];
            zs[i] = p[2];
        }
        long work = 0;
        long rankWork = (long) rankAfter * n;
        for (int i = 0; i < n; i++) {
            double[] p = pts[i];
            double px = xs[i];
            double py = ys[i];
            double pz = zs[i];
            boolean covered = gx <= px && gy <= py && gz <= pz;
            if (!covered) {
                double box = (ref[0] - px) * (ref[1] - py) * (ref[2] - pz);
                if (box > gBox) {
                    gBox = box;
                    gx = px;
                    gy = py;
                    gz = pz;
                }
            }
            if (!covered && !ranked() && (work += size) >= rankWork) {
                rank(n);
            }
            if (!covered && restart(i)) {
                addToList(i);
                double c = contribution(i);
                double s = volume3d + c;
                double bb = s - volume3d;
                volume3dLow += (volume3d - (s - bb)) + (c - bb);
                volume3d = s;
                volume3dError += contributionError + Math.abs(volume3dLow);
            }
            double h = (i + 1 < n ? pts[i + 1][3] : ref[3]) - p[3];
            if (h != 0) {
                double t = volume3d * h;
                double tLow = Math.fma(volume3d, h, -t) + volume3dLow * h;
                double s = hv + t;
                double bb = s - hv;
                hvLow += (hv - (s - bb)) + (t - bb) + tLow;
                hv = s;
                // h is rounded once (u |V h|), the low product and the low sums each once more.
                hvError += volume3dError * h * 1.0001
                        + 1.0001 * Math.abs(t)
                        + 2.0001 * Math.abs(volume3dLow * h)
                        + 2 * Math.abs(hvLow);
            }
        }
        double result = hv + hvLow;
        error = (hvError + Math.abs(result)) * U * 1.01;
        return result;
    }

    /**
     * The 3D exclusive contribution of point {@code p} (after {@link #restart} and
     * {@link #addToList}), with its error bound in units of u in {@code contributionError}; in
     * the same walk over the later points, does what {@link #updateLinks} does (each point's links
     * are read for the staircase before p may replace one of them, and a point p dominates stays
     * on the staircase while it leaves S).
     */
    private double contribution(int p) {
        double px = xs[p];
        double py = ys[p];
        double pz = zs[p];
        int right = closest0[p];
        int up = closest1[p];
        cnext0[p] = right;
        cnext1[p] = up;
        double area = walkUp(px, py, right);
        double areaError = walkError;
        double volume = 0;
        double volumeError = 0;
        double lastZ = pz;
        for (int q = next[p]; ; q = next[q]) {
            double qx = xs[q];
            double qy = ys[q];
            double qz = zs[q];
            if (qz != lastZ) {
                double h = qz - lastZ;
                double t = area * h;
                volume += t;
                volumeError += areaError * h * 1.0001 + 2.0001 * Math.abs(t) + Math.abs(volume);
                lastZ = qz;
            }
            if (qx <= px && qy <= py) {
                contributionError = volumeError;
                if (qx == px && qy == py) {
                    // p weakly dominates q, and p may be a link of points beyond it.
                    int after = next[q];
                    remove(q);
                    updateLinksFrom(p, after);
                }
                return volume;
            }
            int a = closest0[q];
            int b = closest1[q];
            cnext0[q] = a;
            cnext1[q] = b;
            if (qx < px) {
                if (qy <= ys[cnext1[p]]) {
                    area -= walkRight(px, qy, cnext1[p]);
                    areaError += walkError + Math.abs(area);
                    cnext1[q] = cnext1[p];
                    cnext1[a] = q;
                    cnext1[p] = q;
                }
                // q is above p (it does not dominate p): p may be its new right neighbour.
                double ax = xs[a];
                if (px < ax || px == ax && (py < ys[a] || py == ys[a] && pz < zs[a])) {
                    closest0[q] = p;
                }
            } else if (qy < py) {
                if (qx <= xs[cnext0[p]]) {
                    area -= walkUp(qx, py, cnext0[p]);
                    areaError += walkError + Math.abs(area);
                    cnext0[q] = cnext0[p];
                    cnext0[b] = q;
                    cnext0[p] = q;
                }
                if (px < qx) {
                    double by = ys[b];
                    if (py < by || py == by && (px < xs[b] || px == xs[b] && pz < zs[b])) {
                        closest1[q] = p;
                    }
                }
            } else {
                area -= walkUp(qx, qy, a);
                areaError += walkError + Math.abs(area);
                cnext0[b] = q;
                cnext1[a] = q;
                remove(q);
            }
        }
    }

    /**
     * The area left uncovered by the staircase in the box {@code [(x, y), ref]}, walking from its
     * right delimiter {@code q} upwards along the staircase links; its error bound (units of u)
     * into {@code walkError}.
     */
    private double walkUp(double x, double y, int q) {
        int u = cnext1[q];
        double t = (xs[q] - x) * (ys[u] - y);
        double area = t;
        double err = 4.0001 * Math.abs(t);
        while (x < xs[u]) {
            q = u;
            u = cnext1[u];
            t = (xs[q] - x) * (ys[u] - ys[q]);
            area += t;
            err += 3.0001 * Math.abs(t) + Math.abs(area);
        }
        walkError = err;
        return area;
    }

    /** As {@link #walkUp}, from the upper delimiter {@code q} rightwards. */
    private double walkRight(double x, double y, int q) {
        int u = cnext0[q];
        double t = (ys[q] - y) * (xs[u] - x);
        double area = t;
        double err = 4.0001 * Math.abs(t);
        while (y < ys[u]) {
            q = u;
            u = cnext0[u];
            t = (ys[q] - y) * (xs[u] - xs[q]);
            area += t;
            err += 3.0001 * Math.abs(t) + Math.abs(area);
        }
        walkError = err;
        return area;
    }
}
