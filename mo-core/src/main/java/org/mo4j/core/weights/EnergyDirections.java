package org.mo4j.core.weights;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.mo4j.core.internal.Arguments;

/**
 * Riesz s-energy reference directions: n well-spread points on the unit simplex, any n (Blank,
 * Deb, Dhebar, Bandaru, Seada, "Generating well-spaced points on a unit simplex for evolutionary
 * many-objective optimization", IEEE TEC 25(1), 2021), ported from pymoo's
 * {@code get_reference_directions("energy", m, n, seed=...)} ({@code pymoo/util/ref_dirs/energy.py},
 * {@code reduction.py}, {@code optimizer.py}, {@code misc.py}, {@code util/reference_direction.py},
 * pymoo 0.6.1.3) with its defaults.
 *
 * <p>What it computes, in pymoo's order:
 * <ol>
 *   <li>Initial points ("reduction"): 10 000 uniform points on the simplex (Kraemer's method: the
 *       gaps between m − 1 sorted uniforms, 0 and 1), preceded by the boundary points of the
 *       Das–Dennis lattice with the largest H whose size C(H + m − 1, m − 1) is at most n; starting
 *       from those boundary points, farthest-point selection up to n points (if the boundary is
 *       empty, n &lt; m, the first point is drawn at random); then k-means of all the samples
 *       with the boundary centroids fixed (at most 1000 rounds, until the mean L1 move of the
 *       centroids is below 1e-4).</li>
 *   <li>Optimisation: the log of the mean Riesz energy Σ 1/‖x_i − x_j‖^s over pairs, s = 2m,
 *       distances clamped below at 10^(−320/(s + 2)), is descended with its gradient projected onto
 *       the plane Σ = 0 and divided by the largest row norm, by Adam (α = 0.005, β = 0.9, 0.999,
 *       ε = 1e-8); after each step points leaving the simplex are projected back (zero the negative
 *       coordinates, shift the positive ones to sum 1, repeat) and every row is divided by its sum.
 *       No point is frozen. At most 1000 steps; stop when the mean absolute move of a coordinate is
 *       below 1e-5; after more than 30 steps without a lower energy, restart Adam with α halved
 *       from the best points. pymoo's bookkeeping is kept as it is: a step returns the energy of
 *       the points it started from, and the points it produced are stored as the best when that
 *       energy is the lowest so far.</li>
 *   <li>The rows are sorted lexicographically (first coordinate first), as pymoo's factory does.</li>
 * </ol>
 *
 * <p>Deviations: numpy's random streams cannot be reproduced, so the 10 000 samples (and, for
 * n &lt; m, the first pick) come from a {@link RandomGenerator} ({@link SplittableRandom} for a
 * {@code long} seed): a seed gives the same directions every time, but not pymoo's. (pymoo
 * 0.6.1.1, the version SVH-PSL pins, ignored the seed for these samples, pymoo issue #638, fixed
 * in 0.6.1.3, so SVH-PSL's own directions differed from run to run.) The nearest centroid is found
 * on squared distances. A k-means cluster that loses all its points keeps its centroid, where
 * pymoo would produce NaN. For m = 1 the single direction (1) is returned, as in pymoo.
 *
 * <p>Cost: k-means O(rounds · 10⁴ · n · m), optimisation O(steps · n² · m); about a second for
 * m = 3, n = 300. SVH-PSL scores its checkpoints on 100·m of these directions with seed 1.
 */
public final class EnergyDirections {

    /** pymoo's {@code n_sample_points} of the reduction sampling. */
    static final int SAMPLES = 10_000;

    private static final int KMEANS_ROUNDS = 1000;
    private static final double KMEANS_TOLERANCE = 1e-4;
    private static final int MAX_STEPS = 1000;
    private static final double PRECISION = 1e-5;
    private static final int STEPS_UNTIL_RESET = 30;
    private static final double LEARNING_RATE = 0.005;

    private EnergyDirections() {}

    /**
     * {@code n} Riesz s-energy directions in m objectives from a {@link SplittableRandom} seeded
     * with {@code seed}; the same arguments always give the same directions.
     *
     * @param m    the number of objectives, ≥ 1
     * @param n    the number of directions, 1 ≤ n ≤ 10 000
     * @param seed the seed of the initial sampling
     * @return n new rows of m non-negative coordinates summing to 1 (within rounding), sorted
     *     lexicographically; one row (1) when m = 1
     * @throws IllegalArgumentException naming the argument
     */
    public static double[][] of(int m, int n, long seed) {
        return of(m, n, new SplittableRandom(seed));
    }

    /**
     * {@code n} Riesz s-energy directions in m objectives, drawing the initial samples from
     * {@code random}.
     *
     * @param m      the number of objectives, ≥ 1
     * @param n      the number of directions, 1 ≤ n ≤ 10 000
     * @param random the source of the initial sampling
     * @return n new rows, as {@link #of(int, int, long)}
     * @throws IllegalArgumentException naming the argument
     */
    public static double[][] of(int m, int n, RandomGenerator random) {
        double[][] x = initialPoints(m, n, random);
        if (m == 1) {
            return x;
        }
        double[][] out = optimise(x);
        sortLexicographically(out);
        return out;
    }

    /**
     * The objective pymoo descends: log of the mean over pairs of 1/‖x_i − x_j‖^s with s = 2m,
     * distances below 10^(−320/(s + 2)) clamped to it. O(n² m).
     *
     * @param points at least two rows of m ≥ 1 finite coordinates
     * @return the log mean energy
     * @throws IllegalArgumentException naming the argument
     */
    public static double energy(double[][] points) {
        int m = Arguments.nonEmptyFront("points", points);
        if (points.length < 2) {
            throw new IllegalArgumentException("points must contain at least two points, was " + points.length);
        }
        return energyAndGradient(points, 2 * m, null);
    }

    /** Steps 1 of the class comment: pymoo's "reduction" initial points (k-means included). */
    static double[][] initialPoints(int m, int n, RandomGenerator random) {
        Arguments.positive("m", m);
        Arguments.positive("n", n);
        Arguments.notNull("random", random);
        if (n > SAMPLES) {
            throw new IllegalArgumentException("n must be at most " + SAMPLES + ", was " + n);
        }
        if (m == 1) {
            return new double[][] {{1.0}};
        }
        double[][] samples = new double[SAMPLES][];
        double[] u = new double[m + 1];
        for (int i = 0; i < SAMPLES; i++) {
            // Kraemer: the gaps between 0, m − 1 sorted uniforms and 1 (pymoo scales by
            // sys.maxsize, which is 2^63 as a double, so the scaling is exact and left out)
            u[0] = 0;
            for (int j = 1; j < m; j++) {
                u[j] = random.nextDouble();
            }
            u[m] = 1;
            Arrays.sort(u, 1, m);
            double[] p = new double[m];
            for (int j = 0; j < m; j++) {
                p[j] = u[j + 1] - u[j];
            }
            samples[i] = p;
        }
        return reduce(n, samples, random);
    }

    /**
     * pymoo's {@code ReductionBasedReferenceDirectionFactory._do} after its sampling: the lattice
     * boundary, then the samples; farthest-point selection of n; k-means with the boundary fixed.
     */
    static double[][] reduce(int n, double[][] samples, RandomGenerator random) {
        int m = samples[0].length;
        double[][] boundary = boundary(m, partitionsFor(n, m));
        double[][] all = new double[boundary.length + samples.length][];
        System.arraycopy(boundary, 0, all, 0, boundary.length);
        System.arraycopy(samples, 0, all, boundary.length, samples.length);
        int[] chosen = farthestPoints(all, n, boundary.length, random);
        double[][] centroids = new double[n][];
        for (int k = 0; k < n; k++) {
            centroids[k] = all[chosen[k]].clone();
        }
        kMeans(all, centroids, boundary.length);
        return centroids;
    }

    /** pymoo's {@code get_partition_closest_to_points}: the largest H with C(H + m − 1, H) ≤ n. */
    static int partitionsFor(int n, int m) {
        int h = 1;
        while (WeightVectors.latticeSize(m, h) <= n) {
            h++;
        }
        return h - 1;
    }

    /** The Das–Dennis points with H divisions that have a zero coordinate (none when H = 0). */
    private static double[][] boundary(int m, int h) {
        if (h == 0) {
            return new double[0][];
        }
        return Arrays.stream(WeightVectors.simplexLattice(m, h))
                .filter(w -> Arrays.stream(w).anyMatch(c -> c == 0))
                .toArray(double[][]::new);
    }

    /**
     * Greedy farthest-point selection starting from rows [0, fixed): each step adds the unselected
     * row farthest from the selection, the lowest index among equals; with no fixed row the first
     * is drawn uniformly. Distances are computed as needed, not as pymoo's full matrix.
     */
    private static int[] farthestPoints(double[][] x, int n, int fixed, RandomGenerator random) {
        int[] chosen = new int[n];
        boolean[] selected = new boolean[x.length];
        double[] closest = new double[x.length];
        Arrays.fill(closest, Double.POSITIVE_INFINITY);
        int count = 0;
        if (fixed == 0) {
            chosen[count++] = random.nextInt(x.length);
        } else {
            for (int i = 0; i < fixed; i++) {
                chosen[count++] = i;
            }
        }
        for (int k = 0; k < count; k++) {
            selected[chosen[k]] = true;
            updateClosest(x, chosen[k], closest);
        }
        while (count < n) {
            int best = -1;
            for (int i = 0; i < x.length; i++) {
                if (!selected[i] && (best < 0 || closest[i] > closest[best])) {
                    best = i;
                }
            }
            selected[best] = true;
            chosen[count++] = best;
            updateClosest(x, best, closest);
        }
        return chosen;
    }

    private static void updateClosest(double[][] x, int from, double[] closest) {
        double[] p = x[from];
        for (int i = 0; i < x.length; i++) {
            double d = Math.sqrt(squaredDistance(p, x[i]));
            if (d < closest[i]) {
                closest[i] = d;
            }
        }
    }

    /** pymoo's {@code kmeans}: centroids [0, fixed) stay; the others move to their cluster means. */
    private static void kMeans(double[][] x, double[][] centroids, int fixed) {
        int n = centroids.length;
        int m = centroids[0].length;
        double[][] sums = new double[n][m];
        int[] counts = new int[n];
        double[][] last = new double[n][m];
        for (int round = 0; round < KMEANS_ROUNDS; round++) {
            for (int k = 0; k < n; k++) {
                System.arraycopy(centroids[k], 0, last[k], 0, m);
                Arrays.fill(sums[k], 0);
            }
            Arrays.fill(counts, 0);
            for (double[] p : x) {
                int nearest = 0;
                double best = Double.POSITIVE_INFINITY;
                for (int k = 0; k < n; k++) {
                    double d = squaredDistance(p, centroids[k]);
                    if (d < best) {
                        best = d;
                        nearest = k;
                    }
                }
                counts[nearest]++;
                for (int j = 0; j < m; j++) {
                    sums[nearest][j] += p[j];
                }
            }
            for (int k = fixed; k < n; k++) {
                if (counts[k] > 0) {
                    for (int j = 0; j < m; j++) {
                        centroids[k][j] = sums[k][j] / counts[k];
                    }
                }
            }
            double delta = 0;
            for (int k = 0; k < n; k++) {
                projectOntoSimplex(centroids[k]);
                normalise(centroids[k]);
                for (int j = 0; j < m; j++) {
                    delta += Math.abs(centroids[k][j] - last[k][j]);
                }
            }
            if (delta / n < KMEANS_TOLERANCE) {
                return;
            }
        }
    }

    /** Step 2 of the class comment: pymoo's {@code _solve} with no frozen point. */
    static double[][] optimise(double[][] start) {
        int n = start.length;
        int m = start[0].length;
        int s = 2 * m;
        double[][] x = copy(start);
        double[][] best = x;
        double bestEnergy = Double.POSITIVE_INFINITY;
        int notImproved = 0;
        Adam adam = new Adam(LEARNING_RATE, n, m);
        double[][] grad = new double[n][m];
        for (int step = 0; step < MAX_STEPS; step++) {
            // one step: the energy and gradient at x, then the moved points
            double e = energyAndGradient(x, s, grad);
            double maxNorm = 0;
            for (double[] g : grad) {
                double mean = 0;
                for (double v : g) {
                    mean += v;
                }
                mean /= m;
                double norm = 0;
                for (int j = 0; j < m; j++) {
                    g[j] -= mean;
                    norm += g[j] * g[j];
                }
                maxNorm = Math.max(maxNorm, Math.sqrt(norm));
            }
            double scale = Math.max(maxNorm, 1e-24);
            for (double[] g : grad) {
                for (int j = 0; j < m; j++) {
                    g[j] /= scale;
                }
            }
            double[][] next = adam.next(x, grad);
            for (double[] p : next) {
                projectOntoSimplex(p);
                normalise(p);
            }

            if (e < bestEnergy) {
                best = next;
                bestEnergy = e;
                notImproved = 0;
            } else {
                notImproved++;
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    delta += Math.abs(next[i][j] - x[i][j]);
                }
            }
            delta /= (double) n * m;
            if (delta < PRECISION || Double.isNaN(e)) {
                break;
            }
            if (notImproved > STEPS_UNTIL_RESET) {
                adam = new Adam(adam.alpha / 2, n, m);
                next = best;
                notImproved = 0;
            }
            x = next;
        }
        return copy(best);
    }

    /**
     * log(mean over pairs of d_ij^−s) with pymoo's clamp; when {@code grad} is not null, also its
     * gradient with respect to each point, written into {@code grad}.
     */
    private static double energyAndGradient(double[][] x, int s, double[][] grad) {
        int n = x.length;
        int m = x[0].length;
        int half = s / 2;
        double eps = Math.pow(10, -320.0 / (s + 2));
        if (grad != null) {
            for (double[] g : grad) {
                Arrays.fill(g, 0);
            }
        }
        double energy = 0;
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                double d = Math.sqrt(squaredDistance(x[i], x[k]));
                if (d < eps) {
                    d = eps;
                }
                double d2 = d * d;
                double pow = 1;
                for (int t = 0; t < half; t++) {
                    pow *= d2;
                }
                energy += 1 / pow;
                if (grad != null) {
                    // d/dx_i of d_ik^−s is −s (x_i − x_k) / d_ik^(s+2); x_k gets the opposite.
                    // Numerator first, as pymoo: at the clamp the denominator is ~1e-320 and
                    // −s / it would overflow, while the tiny difference keeps the quotient finite.
                    double denominator = pow * d2;
                    for (int j = 0; j < m; j++) {
                        double g = (-s * (x[i][j] - x[k][j])) / denominator;
                        grad[i][j] += g;
                        grad[k][j] -= g;
                    }
                }
            }
        }
        if (grad != null) {
            for (double[] g : grad) {
                for (int j = 0; j < m; j++) {
                    g[j] /= energy;
                }
            }
        }
        double pairs = (double) n * (n - 1) / 2;
        return -Math.log(pairs) + Math.log(energy);
    }

    /**
     * pymoo's {@code project_onto_unit_simplex_recursive} on one point: while a coordinate is
     * negative, zero the negative ones and shift the positive ones equally so they sum to 1.
     */
    static void projectOntoSimplex(double[] p) {
        boolean negative = false;
        for (double v : p) {
            negative |= v < 0;
        }
        while (negative) {
            double sum = 0;
            int positive = 0;
            for (int j = 0; j < p.length; j++) {
                if (p[j] < 0) {
                    p[j] = 0;
                }
                if (p[j] > 0) {
                    sum += p[j];
                    positive++;
                }
            }
            double shift = (sum - 1) / positive;
            negative = false;
            for (int j = 0; j < p.length; j++) {
                if (p[j] > 0) {
                    p[j] -= shift;
                    negative |= p[j] < 0;
                }
            }
        }
    }

    private static void normalise(double[] p) {
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= sum;
        }
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            s += d * d;
        }
        return s;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** numpy's {@code np.lexsort} over the columns reversed: first coordinate first, stable. */
    static void sortLexicographically(double[][] rows) {
        Arrays.sort(rows, (a, b) -> {
            for (int j = 0; j < a.length; j++) {
                if (a[j] < b[j]) {
                    return -1;
                }
                if (a[j] > b[j]) {
                    return 1;
                }
            }
            return 0;
        });
    }

    /** pymoo's {@code optimizer.Adam}: bias-corrected moments, a new array per step. */
    private static final class Adam {
        private static final double BETA1 = 0.9;
        private static final double BETA2 = 0.999;
        private static final double EPSILON = 1e-8;

        final double alpha;
        private final double[][] first;
        private final double[][] second;
        private int t;

        Adam(double alpha, int n, int m) {
            this.alpha = alpha;
            this.first = new double[n][m];
            this.second = new double[n][m];
        }

        double[][] next(double[][] x, double[][] g) {
            t++;
            double c1 = 1 - Math.pow(BETA1, t);
            double c2 = 1 - Math.pow(BETA2, t);
            double[][] out = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                double[] p = new double[x[i].length];
                for (int j = 0; j < p.length; j++) {
                    first[i][j] = BETA1 * first[i][j] + (1 - BETA1) * g[i][j];
                    second[i][j] = BETA2 * second[i][j] + (1 - BETA2) * g[i][j] * g[i][j];
                    p[j] = x[i][j] - alpha * (first[i][j] / c1) / (Math.sqrt(second[i][j] / c2) + EPSILON);
                }
                out[i] = p;
            }
            return out;
        }
    }
}
