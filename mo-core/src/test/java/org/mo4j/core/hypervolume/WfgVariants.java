package org.mo4j.core.hypervolume;

/**
 * Test oracle: the two WFG variants that production ({@link Wfg}) does not run, kept to
 * cross-check it and the sweeps it bottoms out in. Moved out of the main sources because nothing
 * there called them; see docs/DECISIONS.md.
 * <ul>
 *   <li>{@code volume(front, ref, false)}: WFG in double-double with four-objective limit sets
 *       sliced once more down to the 3D sweep instead of going to HV4D+, an independent check of
 *       {@link Hv4dPlusDd};</li>
 *   <li>{@link #plainVolumeAndBound}: WFG in plain double with a rigorous running error bound (see
 *       {@link #plainSlices}), and {@link #plainFirstVolume}, which accepts the plain result when
 *       the bound certifies it and otherwise refines the top level in double-double.</li>
 * </ul>
 * The code is production WFG's as it was when these variants were dropped from it (without the
 * contributions).
 */
final class WfgVariants {

    private final double[] ref;
    /** {@code work[k]}: rows for a limit set in {@code k} objectives, reused at that depth. */
    private final double[][][] work;
    /** Double-double registers per depth k: running sum, limit-set volume, term, scratch. */
    private final Dd[] sums;

    private final Dd[] limitVolumes;
    private final Dd[] terms;
    private final Dd[] scratch;
    private final Hv3d sweep3d;
    /** The 4D base case, or null to slice 4-objective sets down to the 3D sweep. */
    private final Hv4dPlusDd sweep4d;
    /** With {@code sweep4d}: the level k = 5's points in ascending fourth objective, and those keys. */
    private final int[] byFourth;

    private final double[] fourth;
    /** The plain-double 4D base case of {@link #plainSlices}, with {@code sweep4d}. */
    private final Hv4dPlus plain4d;
    /** Error bound, in units of u = 2^-53, of the last {@link #plainSlices} or {@link #plainSmall} result. */
    private double plainError;

    private WfgVariants(double[] ref, int n, int maxK, boolean base4d) {
        this.ref = ref;
        this.sweep3d = new Hv3d(n);
        this.sweep4d = base4d && maxK >= 4 ? new Hv4dPlusDd(n) : null;
        this.byFourth = sweep4d != null ? new int[n] : null;
        this.fourth = sweep4d != null ? new double[n] : null;
        this.plain4d = sweep4d != null ? new Hv4dPlus(n) : null;
        this.work = new double[maxK + 1][][];
        for (int k = 1; k <= maxK; k++) {
            work[k] = new double[n][k];
        }
        int d = ref.length;
        sums = registers(d);
        limitVolumes = registers(d);
        terms = registers(d);
        scratch = registers(d);
    }

    private static Dd[] registers(int d) {
        Dd[] r = new Dd[d + 1];
        for (int k = 0; k <= d; k++) {
            r[k] = new Dd();
        }
        return r;
    }

    /**
     * As {@link Wfg#volume(double[][], double[])}, but for d >= 5 first in plain double
     * ({@link #plainSlices}) with a running error bound: accepted when the bound is within
     * {@link DimensionSweep#PLAIN_TOLERANCE} of the result; abandoned for the double-double WFG as soon as the
     * bound exceeds that fraction of the points' bounding box (which bounds the result); and
     * otherwise refined ({@link #refine}). Kept beside the double-double WFG, not dispatched to:
     * on the reference fronts the bound certified the plain result only for random fronts and
     * d = 5 with n = 100 (it grows with the coverage of each level's limit sets), and where it
     * did the gain was within the timing noise; see {@link Hypervolume}.
     */
    static double plainFirstVolume(double[][] front, double[] ref) {
        int d = ref.length;
        if (d < 5) {
            return volume(front, ref, true);
        }
        double[][] in = Points.inside(front, ref);
        int n = in.length;
        WfgVariants wfg = new WfgVariants(ref, n, d - 1, true);
        wfg.termValues = new double[n];
        wfg.termErrors = new double[n];
        // The volume of the bounding box of the points and ref bounds the result from above:
        // once the running bound exceeds the tolerance of that, the plain pass cannot succeed.
        double boxVolume = 1;
        for (int j = 0; j < d; j++) {
            double min = ref[j];
            for (double[] p : in) {
                min = Math.min(min, p[j]);
            }
            boxVolume *= ref[j] - min;
        }
        wfg.abandonAt = DimensionSweep.PLAIN_TOLERANCE * boxVolume * 1.0001 / (Hv4dPlus.U * 1.01);
        double v = wfg.plainSlices(in, n, d);
        if (wfg.abandoned) {
            return wfg.slices(in, n, d, new Dd()).value();
        }
        if (wfg.plainError * Hv4dPlus.U * 1.01 <= DimensionSweep.PLAIN_TOLERANCE * Math.abs(v)) {
            return v;
        }
        return wfg.refine(in, n, d);
    }

    /** With {@link #plainFirstVolume}: the top-level bound (units of u) beyond which the plain pass stops. */
    private double abandonAt = Double.POSITIVE_INFINITY;

    private boolean abandoned;

    /**
     * Selective refinement of the top level after {@link #plainSlices} (whose terms and their
     * error bounds it recorded): the terms with the largest error bounds are recomputed in
     * double-double, largest first, until the remaining bound is within {@link DimensionSweep#PLAIN_TOLERANCE}
     * of the result. A term computed in double-double is counted with error 1e-20 of its box
     * times height, the accuracy the double-double path is taken to have throughout this package
     * (106-bit arithmetic, with a cancellation of at most a few decimal digits per level).
     */
    private double refine(double[][] pts, int n, int k) {
        if (n <= 2) {
            return hv(pts, n, k, new Dd()).value();
        }
        double[] values = termValues;
        double[] errors = termErrors;
        int[] idx = new int[n];
        double[] key = new double[n];
        Dd total = new Dd();
        Dd piece = new Dd();
        double bound = plainError - topTermsError;
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            key[i] = -errors[i];
            total.add(piece.set(values[i], 0));
            bound += errors[i];
        }
        Points.sortIndices(idx, 0, n, key, key);
        double[][] lim = work[k - 1];
        double rk = ref[k - 1];
        Dd limitVolume = limitVolumes[k];
        Dd term = terms[k];
        for (int t = 0; t < n; t++) {
            double v = total.value();
            if (bound * Hv4dPlus.U * 1.01 <= DimensionSweep.PLAIN_TOLERANCE * Math.abs(v)) {
                return v;
            }
            int i = idx[t];
            if (errors[i] == 0) {
                continue;
            }
            double[] p = pts[i];
            if (k == 5) {
                int m = limitSetInOrder(pts, byFourth, n, i, p, lim);
                if (m <= 2) {
                    hv(lim, m, 4, limitVolume);
                } else {
                    sweep4d.sortedKernel(lim, m, ref, limitVolume);
                }
            } else {
                int m = limitSet(pts, i, p, k - 1, lim, true);
                hv(lim, m, k - 1, limitVolume);
            }
            box(p, k - 1, term).sub(limitVolume).mulDiff(rk, p[k - 1]);
            total.add(term).add(piece.set(-values[i], 0));
            bound -= errors[i];
            bound += 1e-20 / Hv4dPlus.U * Math.abs(box(p, k, piece).value());
        }
        return total.value();
    }

    /** With {@link #plainFirstVolume}: the top level's terms and their error bounds (units of u). */
    private double[] termValues;

    private double[] termErrors;
    /** The part of the top level's bound carried by its terms (the rest is summation). */
    private double topTermsError;

    /** The plain-double WFG (d >= 5) and its absolute error bound, without fallback; for tests. */
    static double[] plainVolumeAndBound(double[][] front, double[] ref) {
        double[][] in = Points.inside(front, ref);
        int d = ref.length;
        WfgVariants wfg = new WfgVariants(ref, in.length, d - 1, true);
        double v = wfg.plainSlices(in, in.length, d);
        return new double[] {v, wfg.plainError * Hv4dPlus.U * 1.01};
    }

    /**
     * As {@link Wfg#volume(double[][], double[])}, with limit sets of four objectives either measured
     * by {@link Hv4dPlusDd} ({@code base4d}) or sliced once more down to the 3D sweep.
     */
    static double volume(double[][] front, double[] ref, boolean base4d) {
        double[][] in = Points.inside(front, ref);
        int d = ref.length;
        return new WfgVariants(ref, in.length, d - 1, base4d)
                .slices(in, in.length, d, new Dd())
                .value();
    }

    /**
     * Hypervolume of {@code pts[0..n)} in the first {@code k} objectives, into {@code out}.
     * Reorders {@code pts}.
     */
    private Dd hv(double[][] pts, int n, int k, Dd out) {
        if (n == 0) {
            return out.zero();
        }
        if (n == 1) {
            return box(pts[0], k, out);
        }
        if (n == 2) {
            double[] a = pts[0];
            double[] b = pts[1];
            Dd both = scratch[k].diff(ref[0], Math.max(a[0], b[0]));
            for (int j = 1; j < k; j++) {
                both.mulDiff(ref[j], Math.max(a[j], b[j]));
            }
            box(a, k, out).sub(both);
            return out.add(box(b, k, both));
        }
        switch (k) {
            case 1:
                double min = pts[0][0];
                for (int i = 1; i < n; i++) {
                    min = Math.min(min, pts[i][0]);
                }
                return out.diff(ref[0], min);
            case 2:
                return Hv2d.kernel(pts, n, ref, out);
            case 3:
                return sweep3d.kernel(pts, n, ref, out);
            case 4:
                return sweep4d != null ? sweep4d.kernel(pts, n, ref, out) : slices(pts, n, k, out);
            default:
                return slices(pts, n, k, out);
        }
    }

    /** Volume of the box {@code [p, ref]} in the first {@code k} objectives, into {@code out}. */
    private Dd box(double[] p, int k, Dd out) {
        out.diff(ref[0], p[0]);
        for (int j = 1; j < k; j++) {
            out.mulDiff(ref[j], p[j]);
        }
        return out;
    }

    /** One WFG level: sum over the points of height times exclusive (k-1)-objective base. */
    private Dd slices(double[][] pts, int n, int k, Dd out) {
        if (k == 5 && sweep4d != null) {
            return slicesOverHv4d(pts, n, out);
        }
        Points.sort(pts, 0, n, k - 1);
        double[][] lim = work[k - 1];
        double rk = ref[k - 1];
        Dd sum = sums[k].zero();
        Dd limitVolume = limitVolumes[k];
        Dd term = terms[k];
        for (int i = 0; i < n; i++) {
            double[] p = pts[i];
            int m = limitSet(pts, i, p, k - 1, lim, true);
            if (m >= 0) {
                hv(lim, m, k - 1, limitVolume);
                sum.add(box(p, k - 1, term).sub(limitVolume).mulDiff(rk, p[k - 1]));
            }
        }
        return out.set(sum);
    }

    /**
     * The level k = 5 when the base case is HV4D+. Limit sets are not filtered: HV4D+ drops a
     * dominated point after one pass over its current set, which on the reference fronts (d = 5,
     * n = 1000) took a third to a fifth of the time of the O(n m k) filter. And they are built by
     * visiting the earlier points in ascending fourth objective, which {@code max(p, q)} keeps, so
     * HV4D+ need not sort them: O(n) per point instead of O(i + m log m) for the i-th.
     */
    private Dd slicesOverHv4d(double[][] pts, int n, Dd out) {
        Points.sort(pts, 0, n, 4);
        int[] order = byFourth;
        for (int j = 0; j < n; j++) {
            order[j] = j;
            fourth[j] = pts[j][3];
        }
        Points.sortIndices(order, 0, n, fourth, fourth);
        double[][] lim = work[4];
        double r4 = ref[4];
        Dd sum = sums[5].zero();
        Dd limitVolume = limitVolumes[5];
        Dd term = terms[5];
        for (int i = 0; i < n; i++) {
            double[] p = pts[i];
            int m = limitSetInOrder(pts, order, n, i, p, lim);
            if (m < 0) {
                continue;
            }
            if (m <= 2) {
                hv(lim, m, 4, limitVolume);
            } else {
                sweep4d.sortedKernel(lim, m, ref, limitVolume);
            }
            sum.add(box(p, 4, term).sub(limitVolume).mulDiff(r4, p[4]));
        }
        return out.set(sum);
    }

    /**
     * One WFG level in plain double, k >= 5, with a running error bound (units of u) left in
     * {@link #plainError}. Reorders {@code pts}.
     *
     * <p>Why the bound holds (Higham, "Accuracy and Stability of Numerical Algorithms", 2nd ed.,
     * Sec. 3.3, running error analysis). Let u = 2^-53. Each term is {@code fl(fl(B - L) * h)}:
     * the box volume B of the base is formed in double-double from exact differences, so its
     * error is below 32 k u^2 B, which the term 1e-12 u B (in units of u: 1e-12 B) covers; L, the limit set's hypervolume,
     * comes with its own bound e_L from the recursion (or from HV4D+'s running bound, or
     * {@link #plainSmall}); the difference D = fl(B - L) adds one rounding, u |D|; the height h =
     * fl(r_k - p_k) has relative error u and the product one more rounding, so the term T has
     * error at most {@code (e_B + e_L + u |D|) h (1 + u) + 2 u |T| (1 + u)}. The terms are summed
     * with TwoSum, whose high part is exact, so the sum adds only the roundings of the low part,
     * u |low| per term, and u |result| for the final {@code high + low}. All branches depend on
     * comparisons of input coordinates only, so the floating-point run takes the exact run's
     * path and these bounds add up. The bound itself is evaluated in floating point from
     * non-negative terms (relative error below (number of operations) u); the callers' factor
     * 1.01 covers that.
     */
    private double plainSlices(double[][] pts, int n, int k) {
        if (n <= 2) {
            return plainSmall(pts, n, k);
        }
        double[][] lim = work[k - 1];
        double rk = ref[k - 1];
        int[] order = byFourth;
        if (k == 5) {
            Points.sort(pts, 0, n, 4);
            for (int j = 0; j < n; j++) {
                order[j] = j;
                fourth[j] = pts[j][3];
            }
            Points.sortIndices(order, 0, n, fourth, fourth);
        } else {
            Points.sort(pts, 0, n, k - 1);
        }
        Dd box = scratch[k];
        double sum = 0;
        double low = 0;
        double err = 0;
        boolean top = termValues != null && k == ref.length;
        if (top) {
            java.util.Arrays.fill(termValues, 0);
            java.util.Arrays.fill(termErrors, 0);
        }
        double termsError = 0;
        for (int i = 0; i < n; i++) {
            double[] p = pts[i];
            int m = k == 5 ? limitSetInOrder(pts, order, n, i, p, lim) : limitSet(pts, i, p, k - 1, lim, true);
            if (m < 0) {
                continue;
            }
            double limitVolume;
            double limitError;
            if (m <= 2) {
                limitVolume = plainSmall(lim, m, k - 1);
                limitError = plainError;
            } else if (k == 5) {
                limitVolume = plain4d.sortedKernel(lim, m, ref);
                limitError = plain4d.error() / Hv4dPlus.U;
            } else {
                limitVolume = plainSlices(lim, m, k - 1);
                limitError = plainError;
            }
            box(p, k - 1, box);
            double b = box.hi;
            double diff = (b - limitVolume) + box.lo;
            double h = rk - p[k - 1];
            double t = diff * h;
            double s = sum + t;
            double bb = s - sum;
            low += (sum - (s - bb)) + (t - bb);
            sum = s;
            double termError =
                    (limitError + 2.0001 * Math.abs(diff) + 1e-12 * Math.abs(b)) * h * 1.0001 + 2.0001 * Math.abs(t);
            err += termError + Math.abs(low);
            if (top) {
                termValues[i] = t;
                termErrors[i] = termError;
                termsError += termError;
                if (err > abandonAt) {
                    abandoned = true;
                    return sum + low;
                }
            }
        }
        double v = sum + low;
        plainError = err + Math.abs(v);
        if (top) {
            topTermsError = termsError;
        }
        return v;
    }

    /**
     * Hypervolume of at most two points in the first {@code k} objectives in plain double, with
     * its error bound (units of u) in {@link #plainError}: the boxes are formed in double-double
     * and the two-point union {@code |a| + |b| - |max(a, b)|} rounded twice.
     */
    private double plainSmall(double[][] pts, int n, int k) {
        if (n == 0) {
            plainError = 0;
            return 0;
        }
        Dd a = box(pts[0], k, limitVolumes[k]);
        if (n == 1) {
            double v = a.value();
            plainError = 1.0001 * Math.abs(v);
            return v;
        }
        double[] p = pts[0];
        double[] q = pts[1];
        Dd both = scratch[k].diff(ref[0], Math.max(p[0], q[0]));
        for (int j = 1; j < k; j++) {
            both.mulDiff(ref[j], Math.max(p[j], q[j]));
        }
        a.sub(both).add(box(q, k, terms[k]));
        double v = a.value();
        plainError = 1.0001 * Math.abs(v) + 1e-10 * Math.abs(both.hi);
        return v;
    }

    /**
     * The unfiltered 4-objective limit set {@code {max(p, src[j]) : j < before}}, visiting
     * {@code j} in the order {@code order[0..n)}, into {@code out}; its size, or -1 as soon as some
     * {@code src[j]} weakly dominates {@code p}. O(n).
     */
    private static int limitSetInOrder(double[][] src, int[] order, int n, int before, double[] p, double[][] out) {
        double p0 = p[0];
        double p1 = p[1];
        double p2 = p[2];
        double p3 = p[3];
        int m = 0;
        for (int t = 0; t < n; t++) {
            int j = order[t];
            if (j >= before) {
                continue;
            }
            double[] q = src[j];
            double q0 = q[0];
            double q1 = q[1];
            double q2 = q[2];
            double q3 = q[3];
            if (q0 <= p0 && q1 <= p1 && q2 <= p2 && q3 <= p3) {
                return -1;
            }
            double[] c = out[m++];
            c[0] = Math.max(p0, q0);
            c[1] = Math.max(p1, q1);
            c[2] = Math.max(p2, q2);
            c[3] = Math.max(p3, q3);
        }
        return m;
    }

    /**
     * Writes the limit set {@code {max(p, q) : q in src[0..n)}} (first {@code k} objectives) into
     * {@code out} and returns its size, keeping only non-dominated rows (one of equal rows) when
     * {@code filter} is set; returns -1 as soon as some {@code q} weakly dominates {@code p}, since
     * then {@code p} has no exclusive volume. To filter, the rows are sorted lexicographically from
     * the last coordinate ({@link Points#sortLexFromLast}), so that a row's dominators all come
     * before it: one pass then keeps a row unless a kept row weakly dominates it, and nothing kept
     * need ever be removed. O(n log n + n m k) with m the size of the result; the kept rows come
     * out in ascending last coordinate.
     */
    private int limitSet(double[][] src, int n, double[] p, int k, double[][] out, boolean filter) {
        for (int j = 0; j < n; j++) {
            double[] q = src[j];
            double[] c = out[j];
            boolean coversP = true;
            for (int t = 0; t < k; t++) {
                double qt = q[t];
                double pt = p[t];
                if (qt > pt) {
                    c[t] = qt;
                    coversP = false;
                } else {
                    c[t] = pt;
                }
            }
            if (coversP) {
                return -1;
            }
        }
        if (!filter) {
            return n;
        }
        Points.sortLexFromLast(out, 0, n, k);
        int m = 0;
        for (int j = 0; j < n; j++) {
            double[] c = out[j];
            if (!isDominated(c, out, m, k)) {
                Points.swap(out, m++, j);
            }
        }
        return m;
    }

    private static boolean isDominated(double[] c, double[][] rows, int m, int k) {
        for (int r = 0; r < m; r++) {
            if (Points.weaklyDominates(rows[r], c, k)) {
                return true;
            }
        }
        return false;
    }
}
