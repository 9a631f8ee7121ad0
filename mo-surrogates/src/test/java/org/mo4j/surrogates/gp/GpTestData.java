package org.mo4j.surrogates.gp;

import java.util.SplittableRandom;

/** Random data sets and the five-point central difference shared by the GP tests. */
final class GpTestData {

    private GpTestData() {}

    static double[][] uniform(SplittableRandom r, int n, int d) {
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = r.nextDouble();
            }
        }
        return x;
    }

    static double[] targets(SplittableRandom r, double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (double v : x[i]) {
                s += Math.sin(3 * v);
            }
            y[i] = s + 0.3 * r.nextGaussian();
        }
        return y;
    }

    /** [8(f(+h) − f(−h)) − (f(+2h) − f(−2h))] / (12h) in coordinate i of a (restored afterwards). */
    static double central(java.util.function.ToDoubleFunction<double[]> f, double[] a, int i, double h) {
        double a0 = a[i];
        a[i] = a0 + h;
        double p1 = f.applyAsDouble(a);
        a[i] = a0 - h;
        double m1 = f.applyAsDouble(a);
        a[i] = a0 + 2 * h;
        double p2 = f.applyAsDouble(a);
        a[i] = a0 - 2 * h;
        double m2 = f.applyAsDouble(a);
        a[i] = a0;
        return (8 * (p1 - m1) - (p2 - m2)) / (12 * h);
    }

    /** |fd − an| / max(|fd| + |an|, floor). */
    static double error(double fd, double an, double floor) {
        return Math.abs(fd - an) / Math.max(Math.abs(fd) + Math.abs(an), floor);
    }
}
