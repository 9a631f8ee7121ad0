package org.mo4j.surrogates.psl;

import java.util.Arrays;

/**
 * SVH-PSL's kernels between K particles in objective space (Nguyen et al., AAAI 2025; {@code
 * SVGD/moosvgd.py} of {@code nguyenduc810/SVH-PSL}), their bandwidths, and the gradient of a
 * kernel row sum with respect to every particle's objective vector.
 *
 * <p><b>Local kernel</b> ({@code kernel_functional_rbf_local}, lines 26–51, the one {@code
 * run_svh.py} uses): with D<sub>j</sub>(a,b) = (v<sub>aj</sub> − v<sub>bj</sub>)²,
 * K(a,b) = exp(−D<sub>j*</sub>(a,b)/h<sub>j*</sub>) where j* = j*<sub>b</sub> is the active
 * Tchebycheff index of the <em>column</em> particle b: the code multiplies the one-hot vector
 * {@code new_ray[:, j]} (length K) into the K × K matrix, and broadcasting aligns it with the last
 * axis. K is therefore not symmetric when j*<sub>a</sub> ≠ j*<sub>b</sub>.
 *
 * <p><b>Bandwidth</b>: h<sub>j</sub> = c·med<sub>j</sub>²/log K, where med<sub>j</sub> is the
 * median of all K² entries of D<sub>j</sub> (diagonal zeros and both triangles included) with
 * numpy's semantics (the code's {@code median} helper averages torch's lower medians of the values
 * and of the values with their maximum appended, which is the mean of the two middle values for an
 * even count; see {@link #median}); h<sub>j</sub> = 5·10⁻⁶, not scaled by c, when
 * med<sub>j</sub> = 0. The code's c is 1 ({@code c_} in {@code run_svh.py}; {@code get_gradient}'s
 * default 10⁻² is overridden). The helper detaches its input, so h is a constant for autograd and
 * is one here: the gradients below hold h fixed.
 *
 * <p><b>Global kernel</b> ({@code kernel_functional_rbf}, lines 53–63, used when {@code
 * local_kernel} is false): K(a,b) = exp(−‖v<sub>a</sub> − v<sub>b</sub>‖²/h), h = c·med²/log K with
 * the same median over the K × K squared distances, and h = c·10⁻⁶ when med = 0.
 *
 * <p><b>Repulsion gradient</b>: the code back-propagates each row sum s<sub>a</sub> =
 * Σ<sub>b</sub> K(a,b) ({@code torch.sum(kernel, dim=1)}, one backward pass per a). {@link
 * #localRowSumGradient} and {@link #globalRowSumGradient} give ∂s<sub>a</sub>/∂v<sub>c</sub> for
 * every c (a K × m array); the caller pulls it back to parameter space. The active indices are
 * integers, so nothing flows through them.
 *
 * <p>Cost: bandwidths O(m·K² log K) (a sort of K² values per objective, one scratch array of K²
 * doubles per call); kernel and each row-sum gradient O(K²) and O(K·m), no allocation.
 */
public final class SteinKernels {

    /** The code's bandwidth scale c ({@code c_ = 1} in {@code run_svh.py}). */
    public static final double C = 1.0;

    /** The local kernel's bandwidth when the median is 0 ({@code moosvgd.py} line 45). */
    public static final double LOCAL_FALLBACK = 5e-6;

    /** The global kernel's bandwidth, times c, when the median is 0 ({@code moosvgd.py} line 58). */
    public static final double GLOBAL_FALLBACK = 1e-6;

    private SteinKernels() {}

    /**
     * The median as the code's {@code median} helper computes it: the mean of torch's lower median
     * of the values and torch's lower median of the values with their maximum appended, which
     * equals numpy's median (the middle value for an odd count, the mean of the two middle values
     * for an even count). O(n log n); sorts a copy.
     *
     * @param values n ≥ 1 finite values
     * @return the median
     * @throws IllegalArgumentException if {@code values} is null, empty or not finite
     */
    public static double median(double[] values) {
        Checks.vector("values", values);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sortedMedian(sorted);
    }

    /**
     * torch's {@code median()} of a tensor without {@code dim}: the lower of the two middle values
     * for an even count (element (n − 1)/2 of the sorted values). O(n log n); sorts a copy.
     *
     * @param values n ≥ 1 finite values
     * @return the lower median
     * @throws IllegalArgumentException if {@code values} is null, empty or not finite
     */
    public static double lowerMedian(double[] values) {
        Checks.vector("values", values);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    /**
     * The local kernel's bandwidths h<sub>j</sub>, j = 0…m−1.
     *
     * @param v          K × m objective vectors (K ≥ 2, finite)
     * @param c          the scale, finite and &gt; 0 ({@link #C} in the code)
     * @param bandwidths receives the m bandwidths
     * @throws IllegalArgumentException if {@code v} is null, ragged, not finite or has fewer than
     *                                  2 rows, if {@code c} is not positive, or {@code bandwidths}
     *                                  has the wrong length
     */
    public static void localBandwidths(double[][] v, double c, double[] bandwidths) {
        int m = checkParticles(v);
        Checks.positive("c", c);
        Checks.output("bandwidths", bandwidths, m);
        int k = v.length;
        double[] scratch = new double[k * k];
        double logK = Math.log(k);
        for (int j = 0; j < m; j++) {
            int q = 0;
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double d = v[a][j] - v[b][j];
                    scratch[q++] = d * d;
                }
            }
            Arrays.sort(scratch);
            double med = sortedMedian(scratch);
            bandwidths[j] = med != 0.0 ? c * med * med / logK : LOCAL_FALLBACK;
        }
    }

    /**
     * The local kernel matrix K(a,b) = exp(−(v<sub>aj</sub> − v<sub>bj</sub>)²/h<sub>j</sub>) with
     * j = {@code active[b]}.
     *
     * @param v          K × m objective vectors (K ≥ 2, finite)
     * @param active     the K active Tchebycheff indices ({@link Tchebycheff#svhActiveIndices})
     * @param bandwidths the m bandwidths ({@link #localBandwidths}), finite and &gt; 0
     * @param kernel     receives the K × K matrix, row a, column b
     * @throws IllegalArgumentException if an argument is null, ragged, not finite, of the wrong
     *                                  size, or an index is out of range
     */
    public static void localKernel(double[][] v, int[] active, double[] bandwidths, double[][] kernel) {
        checkLocal(v, active, bandwidths);
        int k = v.length;
        Checks.outputMatrix("kernel", kernel, k, k);
        for (int a = 0; a < k; a++) {
            double[] row = kernel[a];
            for (int b = 0; b < k; b++) {
                int j = active[b];
                double d = v[a][j] - v[b][j];
                row[b] = Math.exp(-(d * d) / bandwidths[j]);
            }
        }
    }

    /**
     * The gradient of the local kernel's row sum s<sub>a</sub> = Σ<sub>b</sub> K(a,b) with respect
     * to every particle's objective vector, bandwidths and active indices held fixed:
     * ∂s<sub>a</sub>/∂v<sub>aj</sub> = Σ over b with j*<sub>b</sub> = j of
     * −2(v<sub>aj</sub> − v<sub>bj</sub>)K(a,b)/h<sub>j</sub>, and for c ≠ a only coordinate
     * j*<sub>c</sub> is non-zero: ∂s<sub>a</sub>/∂v<sub>cj*</sub> = 2(v<sub>aj*</sub> −
     * v<sub>cj*</sub>)K(a,c)/h<sub>j*</sub>.
     *
     * @param v          K × m objective vectors (K ≥ 2, finite)
     * @param active     the K active Tchebycheff indices
     * @param bandwidths the m bandwidths, finite and &gt; 0
     * @param a          the row, in [0, K)
     * @param gradient   receives the K × m gradient, row c = ∂s<sub>a</sub>/∂v<sub>c</sub>
     * @throws IllegalArgumentException if an argument is null, ragged, not finite, of the wrong
     *                                  size, or an index is out of range
     */
    public static void localRowSumGradient(
            double[][] v, int[] active, double[] bandwidths, int a, double[][] gradient) {
        int m = checkLocal(v, active, bandwidths);
        int k = v.length;
        Checks.index("a", a, k);
        Checks.outputMatrix("gradient", gradient, k, m);
        for (int c = 0; c < k; c++) {
            Arrays.fill(gradient[c], 0);
        }
        double[] ga = gradient[a];
        for (int b = 0; b < k; b++) {
            if (b == a) {
                continue; // D(a,a) = 0: both of its terms vanish
            }
            int j = active[b];
            double h = bandwidths[j];
            double d = v[a][j] - v[b][j];
            double t = 2 * d * Math.exp(-(d * d) / h) / h;
            ga[j] -= t;
            gradient[b][j] += t;
        }
    }

    /**
     * The global kernel's bandwidth h = c·med²/log K over the K × K squared distances, or c·10⁻⁶
     * when the median is 0.
     *
     * @param v K × m objective vectors (K ≥ 2, finite)
     * @param c the scale, finite and &gt; 0
     * @return the bandwidth
     * @throws IllegalArgumentException if {@code v} is null, ragged, not finite or has fewer than
     *                                  2 rows, or {@code c} is not positive
     */
    public static double globalBandwidth(double[][] v, double c) {
        checkParticles(v);
        Checks.positive("c", c);
        int k = v.length;
        double[] scratch = new double[k * k];
        int q = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                scratch[q++] = squaredDistance(v[a], v[b]);
            }
        }
        Arrays.sort(scratch);
        double med = sortedMedian(scratch);
        return med == 0 ? c * GLOBAL_FALLBACK : c * med * med / Math.log(k);
    }

    /**
     * The global kernel matrix K(a,b) = exp(−‖v<sub>a</sub> − v<sub>b</sub>‖²/h).
     *
     * @param v         K × m objective vectors (K ≥ 2, finite)
     * @param bandwidth h, finite and &gt; 0 ({@link #globalBandwidth})
     * @param kernel    receives the K × K matrix
     * @throws IllegalArgumentException if an argument is null, ragged, not finite or of the wrong
     *                                  size
     */
    public static void globalKernel(double[][] v, double bandwidth, double[][] kernel) {
        checkParticles(v);
        Checks.positive("bandwidth", bandwidth);
        int k = v.length;
        Checks.outputMatrix("kernel", kernel, k, k);
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                kernel[a][b] = Math.exp(-squaredDistance(v[a], v[b]) / bandwidth);
            }
        }
    }

    /**
     * The gradient of the global kernel's row sum s<sub>a</sub> with h fixed:
     * ∂s<sub>a</sub>/∂v<sub>a</sub> = Σ<sub>b</sub> −2(v<sub>a</sub> − v<sub>b</sub>)K(a,b)/h and
     * ∂s<sub>a</sub>/∂v<sub>c</sub> = 2(v<sub>a</sub> − v<sub>c</sub>)K(a,c)/h for c ≠ a (torch's
     * norm has subgradient 0 at 0, so the diagonal adds nothing).
     *
     * @param v         K × m objective vectors (K ≥ 2, finite)
     * @param bandwidth h, finite and &gt; 0
     * @param a         the row, in [0, K)
     * @param gradient  receives the K × m gradient
     * @throws IllegalArgumentException if an argument is null, ragged, not finite, of the wrong
     *                                  size, or {@code a} is out of range
     */
    public static void globalRowSumGradient(double[][] v, double bandwidth, int a, double[][] gradient) {
        int m = checkParticles(v);
        Checks.positive("bandwidth", bandwidth);
        int k = v.length;
        Checks.index("a", a, k);
        Checks.outputMatrix("gradient", gradient, k, m);
        double[] ga = gradient[a];
        Arrays.fill(ga, 0);
        for (int c = 0; c < k; c++) {
            if (c == a) {
                continue;
            }
            double[] gc = gradient[c];
            double w = 2 * Math.exp(-squaredDistance(v[a], v[c]) / bandwidth) / bandwidth;
            for (int j = 0; j < m; j++) {
                double t = w * (v[a][j] - v[c][j]);
                ga[j] -= t;
                gc[j] = t;
            }
        }
    }

    private static double sortedMedian(double[] sorted) {
        int n = sorted.length;
        // torch's lower median of the values, and of the values plus their maximum (which sorts
        // last, so its lower median is element n/2 of the original), averaged as the code does.
        return (sorted[n / 2] + sorted[(n - 1) / 2]) / 2.;
    }

    private static double squaredDistance(double[] x, double[] y) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            double d = x[j] - y[j];
            s += d * d;
        }
        return s;
    }

    private static int checkParticles(double[][] v) {
        Checks.notNull("v", v);
        Checks.particles("v", v.length);
        return Checks.matrix("v", v, 2);
    }

    private static int checkLocal(double[][] v, int[] active, double[] bandwidths) {
        int m = checkParticles(v);
        Checks.notNull("active", active);
        if (active.length != v.length) {
            throw new IllegalArgumentException("active must have length " + v.length + ", was " + active.length);
        }
        for (int b = 0; b < active.length; b++) {
            if (active[b] < 0 || active[b] >= m) {
                throw new IllegalArgumentException("active[" + b + "] must be in [0, " + m + "), was " + active[b]);
            }
        }
        Checks.vector("bandwidths", bandwidths, m);
        for (int j = 0; j < m; j++) {
            if (!(bandwidths[j] > 0)) {
                throw new IllegalArgumentException("bandwidths[" + j + "] must be > 0, was " + bandwidths[j]);
            }
        }
        return m;
    }
}
