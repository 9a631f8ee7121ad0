package org.mo4j.core.hypervolume;

/**
 * The one-pass three-objective sweep over the rank set, in double-double ({@link Hv3d}), on a
 * whole front: production runs it only on WFG's limit sets and sends whole fronts to
 * {@link Hv3dPlus}, so this entry point is a test oracle. Points outside the box add nothing.
 */
final class Hv3dVariants {

    private Hv3dVariants() {}

    /** Hypervolume of {@code front} by {@link Hv3d}, in double-double. */
    static double rankSet(double[][] front, double[] ref) {
        double[][] in = Points.inside(front, ref);
        return new Hv3d(in.length).kernel(in, in.length, ref, new Dd()).value();
    }

    /**
     * The one-pass rank-set sweep with HV3D+'s presort and compensated plain-double sums: the
     * variant that tells the two-pass linked layout's effect apart from the arithmetic's and the
     * presort's (HypervolumeTimingTest, mo-benchmarks/RESULTS.md).
     */
    static double onePassPlain(double[][] front, double[] ref) {
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
        for (int k = 0; k < n; k++) {
            double[] p = front[inside[order[k]]];
            xs[k] = p[0];
            ys[k] = p[1];
            zs[k] = p[2];
        }
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
}
