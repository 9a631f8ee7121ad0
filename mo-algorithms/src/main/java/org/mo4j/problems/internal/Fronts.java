package org.mo4j.problems.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.mo4j.core.weights.WeightVectors;

/**
 * Sampling helpers for the analytic Pareto fronts: Das–Dennis lattices on the simplex and the
 * sphere, grids, and the {@link RecordSet} of a parameter's Pareto-optimal values (ZDT3, DTLZ7,
 * WFG2).
 *
 * <p>An implementation helper of the suites' packages, public only so that they can all reach
 * it; not part of the API.
 */
public final class Fronts {

    private Fronts() {}

    /**
     * The number of divisions H ≥ 1 whose Das–Dennis lattice size C(H + m − 1, m − 1) is closest to
     * {@code n} (the smaller H on a tie), so a front built on it has about {@code n} points and at
     * least m.
     */
    public static int divisions(int m, int n) {
        int h = 1;
        while (WeightVectors.latticeSize(m, h + 1) <= n) {
            h++;
        }
        long below = WeightVectors.latticeSize(m, h);
        long above = WeightVectors.latticeSize(m, h + 1);
        return below >= n || n - below <= above - n ? h : h + 1;
    }

    /** The Das–Dennis lattice on the unit simplex with about {@code n} points ({@link #divisions}). */
    public static double[][] simplex(int m, int n) {
        return WeightVectors.simplexLattice(m, divisions(m, n));
    }

    /** The lattice directions of {@link #simplex} scaled to Euclidean norm 1. */
    public static double[][] sphere(int m, int n) {
        double[][] w = simplex(m, n);
        for (double[] p : w) {
            double norm = 0;
            for (double v : p) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < m; i++) {
                p[i] /= norm;
            }
        }
        return w;
    }

    /** {@code c} equally spaced values from {@code lo} to {@code hi} inclusive ({@code lo} alone when c = 1). */
    public static double[] linspace(double lo, double hi, int c) {
        double[] out = new double[c];
        for (int i = 0; i < c; i++) {
            out[i] = c == 1 ? lo : lo + (hi - lo) * i / (c - 1);
        }
        if (c > 1) {
            out[c - 1] = hi;
        }
        return out;
    }

    /** The number of values per axis, c ≥ 1, for a grid of about {@code n} points in {@code d} dimensions. */
    public static int perAxis(int n, int d) {
        return Math.max(1, (int) Math.round(Math.pow(n, 1.0 / d)));
    }

    /** The Cartesian product of the given axes, first axis slowest. */
    public static double[][] grid(double[][] axes) {
        int count = 1;
        for (double[] a : axes) {
            count = Math.multiplyExact(count, a.length);
        }
        double[][] out = new double[count][axes.length];
        for (int r = 0; r < count; r++) {
            int rest = r;
            for (int d = axes.length - 1; d >= 0; d--) {
                out[r][d] = axes[d][rest % axes[d].length];
                rest /= axes[d].length;
            }
        }
        return out;
    }

    /** {@code points} without exact duplicates, in lexicographic order. */
    public static double[][] distinct(double[][] points) {
        double[][] sorted = points.clone();
        Comparator<double[]> lex = Arrays::compare;
        Arrays.sort(sorted, lex);
        List<double[]> out = new ArrayList<>();
        for (double[] p : sorted) {
            if (out.isEmpty() || !Arrays.equals(out.get(out.size() - 1), p)) {
                out.add(p);
            }
        }
        return out.toArray(new double[0][]);
    }

    /**
     * The set of t in [lo, hi] at which a continuous f reaches a new strict minimum, f(t) &lt; f(s)
     * for every s in [lo, t): the Pareto-optimal values of a parameter t when one objective grows
     * strictly with t and the other is f(t). It is a union of intervals [a_0 = lo, b_0], (a_1, b_1],
     * …: each b_j is a local minimum of f and each a_j (j ≥ 1) solves f(a_j) = f(b_{j−1}).
     *
     * <p>Found by scanning 2·10⁵ equal steps, then refining each b_j by bisection on the sign of
     * the derivative f′ and each a_j by bisection on f(t) − f(b_{j−1}), both to within a few ulps
     * (a minimiser found from values of f alone would be good to only about √ε); so it assumes that
     * f has no feature (a dip
     * below its running minimum) narrower than a step, which holds for the smooth, moderately
     * oscillating functions of the suites (ZDT3, DTLZ7, WFG2).
     */
    public static final class RecordSet {

        private static final int STEPS = 200_000;

        private final double[] starts;
        private final double[] ends;
        private final double length;

        /**
         * @param f  the function
         * @param df its derivative
         */
        public RecordSet(DoubleUnaryOperator f, DoubleUnaryOperator df, double lo, double hi) {
            double h = (hi - lo) / STEPS;
            List<double[]> runs = new ArrayList<>();
            double best = Double.POSITIVE_INFINITY; // the refined minimum so far
            int i = 0;
            while (i <= STEPS) {
                double t = i == STEPS ? hi : lo + i * h;
                if (f.applyAsDouble(t) < best) {
                    int s = i;
                    double a = s == 0 ? lo : bisect(f, best, lo + (s - 1) * h, t);
                    int e = s;
                    double prev = f.applyAsDouble(t);
                    while (e < STEPS) {
                        double next = f.applyAsDouble(e + 1 == STEPS ? hi : lo + (e + 1) * h);
                        if (!(next < prev)) {
                            break;
                        }
                        prev = next;
                        e++;
                    }
                    double b = e == STEPS ? hi : localMin(f, df, lo + Math.max(e - 1, s) * h, lo + (e + 1) * h);
                    runs.add(new double[] {a, Math.max(a, b)});
                    best = Math.min(f.applyAsDouble(b), prev);
                    i = e + 1;
                } else {
                    i++;
                }
            }
            starts = new double[runs.size()];
            ends = new double[runs.size()];
            double total = 0;
            for (int j = 0; j < runs.size(); j++) {
                starts[j] = runs.get(j)[0];
                ends[j] = runs.get(j)[1];
                total += ends[j] - starts[j];
            }
            length = total;
        }

        /** The number of intervals. */
        public int intervals() {
            return starts.length;
        }

        /** Interval j as {a_j, b_j}. */
        public double[] interval(int j) {
            return new double[] {starts[j], ends[j]};
        }

        /**
         * {@code c} values of the set, equally spaced along its total length, the first at lo and
         * the last at the final b; none at an open end a_j (j ≥ 1): a value that would fall there
         * is taken as b_{j−1} instead.
         */
        public double[] sample(int c) {
            double[] out = new double[c];
            for (int p = 0; p < c; p++) {
                double s = c == 1 ? 0 : length * p / (c - 1);
                int j = 0;
                while (j < starts.length - 1 && s > ends[j] - starts[j]) {
                    s -= ends[j] - starts[j];
                    j++;
                }
                out[p] = Math.min(ends[j], starts[j] + s);
                if (j > 0 && out[p] <= starts[j]) {
                    out[p] = ends[j - 1];
                }
            }
            out[c - 1] = ends[ends.length - 1];
            return out;
        }

        /** The t in [a, b] with f(t) = level, for f(a) ≥ level &gt; f(b), rounded to the right. */
        private static double bisect(DoubleUnaryOperator f, double level, double a, double b) {
            for (int it = 0; it < 200 && b - a > Math.ulp(b); it++) {
                double mid = 0.5 * (a + b);
                if (mid <= a || mid >= b) {
                    break;
                }
                if (f.applyAsDouble(mid) < level) {
                    b = mid;
                } else {
                    a = mid;
                }
            }
            return b;
        }

        /**
         * The minimiser of f on [a, b], which holds one local minimum: the root of f′ by bisection
         * when f′(a) &lt; 0 ≤ f′(b), else the better end.
         */
        private static double localMin(DoubleUnaryOperator f, DoubleUnaryOperator df, double a, double b) {
            if (!(df.applyAsDouble(a) < 0 && df.applyAsDouble(b) >= 0)) {
                return f.applyAsDouble(a) <= f.applyAsDouble(b) ? a : b;
            }
            for (int it = 0; it < 200; it++) {
                double mid = 0.5 * (a + b);
                if (mid <= a || mid >= b) {
                    break;
                }
                if (df.applyAsDouble(mid) < 0) {
                    a = mid;
                } else {
                    b = mid;
                }
            }
            return f.applyAsDouble(a) < f.applyAsDouble(b) ? a : b;
        }
    }
}
