package org.mo4j.surrogates.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.mo4j.core.internal.Arguments;

/**
 * MAP's pre-selected merging coefficients (Li et al., ICLR 2025; official code
 * {@code Sampling.generate_combined_points}), for T tasks and a requested total N:
 *
 * <ol>
 *   <li>the T one-hot vectors, always; the rest N' = N − T is split into
 *       k_iso = ⌊prop_iso·N'⌋, k_hot = ⌊prop_onehot·N'⌋ and k_grid = N' − k_iso − k_hot;</li>
 *   <li>⌊k_iso/2⌋ isotropic points s·(1, …, 1), s ~ U(0, 1), and ⌊k_iso/2⌋ copies of randomly chosen
 *       isotropic points perturbed by N(0, 0.1²) noise per coordinate and clipped to [0, 1];</li>
 *   <li>⌊k_hot/2⌋ randomly chosen one-hot vectors, perturbed and clipped the same way;</li>
 *   <li>grid points {0, 1/(g−1), …, 1}^T with g = ⌈(k_grid/0.5)^{1/T}⌉, in lexicographic order,
 *       without the one-hot vectors, the points whose coordinates sum to exactly 1 (floating-point
 *       sum, left to right) and the isotropic points, subsampled without replacement to k_grid when
 *       more remain.</li>
 * </ol>
 *
 * <p>The rows come in the code's order: isotropic, perturbed isotropic, one-hot, perturbed one-hot,
 * grid. As in the code, the result can hold fewer than N points: the halvings drop one point when
 * k_iso or k_hot is odd, and the filtered grid can hold fewer than k_grid points (small T and N).
 * Plain MAP ({@code run_MAP}) asks for {@link #plainMapCount (T+1)(T+2)} points with both
 * proportions 0, i.e. the one-hots plus grid points; nested MAP asks for 20 points with
 * prop_iso = 0.2. Randomness comes from the caller's generator (the code uses NumPy's global
 * state), so the points are a deterministic function of the generator's seed but not NumPy's.
 *
 * <p>Cost O(g^T · T) for the grid, which is O(N·T) since g^T ≈ 2N.
 */
public final class MapSampling {

    /** The standard deviation of the perturbations, as the code's default. */
    public static final double PERTURBATION_STD = 0.1;

    private MapSampling() {}

    /** The number of points plain MAP requests for T tasks: (T+1)(T+2), twice the quadratic's parameters. */
    public static int plainMapCount(int tasks) {
        Arguments.positive("tasks", tasks);
        return (tasks + 1) * (tasks + 2);
    }

    /**
     * The combined design.
     *
     * @param tasks         T ≥ 1
     * @param total         the requested number of points N &gt; T
     * @param propIsotropic the share of N − T for isotropic points, in [0, 1]
     * @param propOnehot    the share of N − T for perturbed one-hot points, in [0, 1], with
     *                      propIsotropic + propOnehot ≤ 1
     * @param rng           the source of randomness
     * @return the points, one row per point, at most N rows
     * @throws IllegalArgumentException naming the offending argument
     */
    public static double[][] combined(
            int tasks, int total, double propIsotropic, double propOnehot, RandomGenerator rng) {
        Arguments.positive("tasks", tasks);
        Arguments.notNull("rng", rng);
        if (total <= tasks) {
            throw new IllegalArgumentException(
                    "total must exceed tasks=" + tasks + " (the one-hot vectors are always included), was " + total);
        }
        checkShare("propIsotropic", propIsotropic);
        checkShare("propOnehot", propOnehot);
        if (propIsotropic + propOnehot > 1) {
            throw new IllegalArgumentException(
                    "propIsotropic + propOnehot must be at most 1, was " + (propIsotropic + propOnehot));
        }
        int rest = total - tasks;
        int isoCount = (int) (propIsotropic * rest);
        int hotCount = (int) (propOnehot * rest);
        int gridCount = rest - isoCount - hotCount;

        List<double[]> out = new ArrayList<>();
        double[][] iso = new double[isoCount / 2][tasks];
        for (double[] p : iso) {
            java.util.Arrays.fill(p, rng.nextDouble());
            out.add(p);
        }
        out.addAll(perturbed(iso, isoCount / 2, tasks, rng));
        double[][] hot = new double[tasks][tasks];
        for (int i = 0; i < tasks; i++) {
            hot[i][i] = 1.0;
            out.add(hot[i].clone());
        }
        out.addAll(perturbed(hot, hotCount / 2, tasks, rng));
        for (double[] p : grid(tasks, gridCount, rng)) {
            out.add(p);
        }
        return out.toArray(new double[0][]);
    }

    /** Plain MAP's design: {@code combined(tasks, (T+1)(T+2), 0, 0, rng)}. */
    public static double[][] plainMap(int tasks, RandomGenerator rng) {
        return combined(tasks, plainMapCount(tasks), 0, 0, rng);
    }

    private static List<double[]> perturbed(double[][] base, int count, int tasks, RandomGenerator rng) {
        List<double[]> out = new ArrayList<>(count);
        if (count == 0) {
            return out;
        }
        for (int k = 0; k < count; k++) {
            double[] p = base[rng.nextInt(base.length)].clone();
            for (int i = 0; i < tasks; i++) {
                p[i] = Math.min(1.0, Math.max(0.0, p[i] + PERTURBATION_STD * rng.nextGaussian()));
            }
            out.add(p);
        }
        return out;
    }

    /** The filtered, subsampled grid of {@code Sampling.generate_adjusted_nd_points}. */
    static double[][] grid(int tasks, int count, RandomGenerator rng) {
        if (count <= 0) {
            return new double[0][];
        }
        int g = (int) Math.ceil(Math.pow(count / 0.5, 1.0 / tasks));
        long size = 1;
        for (int i = 0; i < tasks; i++) {
            size = Math.multiplyExact(size, (long) g);
        }
        if (size > 50_000_000L) {
            throw new IllegalArgumentException("a grid of " + g + "^" + tasks + " points is too large");
        }
        List<double[]> kept = new ArrayList<>();
        int[] idx = new int[tasks];
        for (long n = 0; n < size; n++) {
            double[] p = new double[tasks];
            for (int i = 0; i < tasks; i++) {
                p[i] = idx[i] / (double) (g - 1);
            }
            if (!isOneHot(p) && sum(p) != 1.0 && !isIsotropic(p)) {
                kept.add(p);
            }
            for (int i = tasks - 1; i >= 0; i--) {
                if (++idx[i] < g) {
                    break;
                }
                idx[i] = 0;
            }
        }
        if (kept.size() <= count) {
            return kept.toArray(new double[0][]);
        }
        // Sampling without replacement: the first `count` entries of a random permutation.
        double[][] all = kept.toArray(new double[0][]);
        for (int i = 0; i < count; i++) {
            int j = i + rng.nextInt(all.length - i);
            double[] tmp = all[i];
            all[i] = all[j];
            all[j] = tmp;
        }
        return java.util.Arrays.copyOf(all, count);
    }

    private static boolean isOneHot(double[] p) {
        int ones = 0;
        int zeros = 0;
        for (double v : p) {
            if (v == 1.0) {
                ones++;
            } else if (v == 0.0) {
                zeros++;
            }
        }
        return ones == 1 && zeros == p.length - 1;
    }

    private static boolean isIsotropic(double[] p) {
        for (double v : p) {
            if (v != p[0]) {
                return false;
            }
        }
        return true;
    }

    private static double sum(double[] p) {
        double s = 0;
        for (double v : p) {
            s += v;
        }
        return s;
    }

    private static void checkShare(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
    }
}
