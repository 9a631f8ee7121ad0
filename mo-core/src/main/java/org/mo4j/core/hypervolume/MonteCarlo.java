package org.mo4j.core.hypervolume;

import java.util.SplittableRandom;
import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;

/**
 * Monte-Carlo hypervolume estimation for many objectives, where exact algorithms are
 * exponential in d (Bader and Zitzler, "HypE: an algorithm for fast hypervolume-based
 * many-objective optimization", Evolutionary Computation 19(1), 2011, Section 4; Everson,
 * Fieldsend and Singh, "Full elite sets for multi-objective optimisation", ACDM 2002).
 *
 * <p>Only the points strictly inside the reference box matter, and of those only the
 * non-dominated ones (O(n^2 d) filter). Samples are drawn uniformly in the box
 * {@code [ideal, ref)}, ideal the componentwise minimum of those points, which contains the whole
 * dominated region; a sample is a hit when some point weakly dominates it. The hit count is
 * binomial with success probability {@code HV / boxVolume}, so the estimate is unbiased with
 * standard error {@code boxVolume * sqrt(f (1 - f) / N)}; see {@link HypervolumeEstimate} for the
 * interval (Wilson, "Probable inference, the law of succession, and statistical inference", JASA
 * 22(158), 1927).
 *
 * <p>Time O(n^2 d + N m d) with m the number of non-dominated points, usually far less since the
 * dominance scan stops at the first point that dominates the sample; points are scanned by
 * decreasing box volume so that likely dominators come first. The sample loop allocates nothing.
 *
 * <p>Reproducibility: the samples come in chunks of {@value #CHUNK}, chunk {@code c} drawn by a
 * {@link SplittableRandom} whose seed depends only on {@code seed} and {@code c}. Chunks run in
 * parallel on the common fork-join pool, but each yields an integer hit count and the counts are
 * summed exactly, so a seed determines the result bit for bit whatever the number of threads, and
 * on every platform.
 */
final class MonteCarlo {

    private MonteCarlo() {}

    /** Samples per chunk; each chunk has its own generator, derived from the seed and its index. */
    static final long CHUNK = 1 << 16;

    /** Estimate at level {@code confidence}, chunks in parallel; arguments already validated. */
    static HypervolumeEstimate estimate(double[][] front, double[] ref, long samples, long seed, double confidence) {
        return estimate(front, ref, samples, seed, confidence, true);
    }

    /** As above; {@code parallel} only changes the speed, never the result. */
    static HypervolumeEstimate estimate(
            double[][] front, double[] ref, long samples, long seed, double confidence, boolean parallel) {
        int d = ref.length;
        double[][] in = Points.inside(front, ref);
        int m = nonDominated(in, d);
        if (m == 0) {
            return new HypervolumeEstimate(0, 0, 0, 0, 0, 0, 0, confidence);
        }
        sortByBoxVolume(in, m, ref);
        double[] ideal = ref.clone();
        double[] flat = new double[m * d];
        for (int i = 0; i < m; i++) {
            double[] p = in[i];
            for (int j = 0; j < d; j++) {
                flat[i * d + j] = p[j];
                ideal[j] = Math.min(ideal[j], p[j]);
            }
        }
        double[] width = new double[d];
        double box = 1;
        for (int j = 0; j < d; j++) {
            width[j] = ref[j] - ideal[j];
            box *= width[j];
        }
        long chunks = samples / CHUNK + (samples % CHUNK == 0 ? 0 : 1);
        LongUnaryOperator count =
                c -> hits(flat, m, ideal, width, chunkSeed(seed, c), Math.min(CHUNK, samples - c * CHUNK));
        long hits = parallel && chunks > 1
                ? LongStream.range(0, chunks).parallel().map(count).sum()
                : LongStream.range(0, chunks).map(count).sum();
        double f = (double) hits / samples;
        double z = normalQuantile(0.5 + confidence / 2);
        double z2n = z * z / samples;
        double centre = (f + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(f * (1 - f) / samples + z2n / (4.0 * samples));
        double lower = Math.max(0, centre - half);
        double upper = Math.min(1, centre + half);
        return new HypervolumeEstimate(
                box * f,
                box * Math.sqrt(f * (1 - f) / samples),
                box * lower,
                box * upper,
                samples,
                hits,
                box,
                confidence);
    }

    /** Hits among {@code count} samples drawn by a generator seeded with {@code seed}; allocates one buffer. */
    private static long hits(double[] flat, int m, double[] ideal, double[] width, long seed, long count) {
        int d = ideal.length;
        SplittableRandom random = new SplittableRandom(seed);
        double[] u = new double[d];
        long hits = 0;
        for (long s = 0; s < count; s++) {
            for (int j = 0; j < d; j++) {
                u[j] = ideal[j] + width[j] * random.nextDouble();
            }
            if (dominated(flat, m, d, u)) {
                hits++;
            }
        }
        return hits;
    }

    /**
     * The seed of chunk {@code c}: the 64-bit finaliser of MurmurHash3 (Appleby) applied to
     * {@code seed + (c + 1) * golden gamma}, so that neighbouring seeds and chunks give unrelated
     * streams.
     */
    static long chunkSeed(long seed, long c) {
        long z = seed + (c + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    private static boolean dominated(double[] flat, int m, int d, double[] u) {
        for (int i = 0, base = 0; i < m; i++, base += d) {
            int j = 0;
            while (j < d && flat[base + j] <= u[j]) {
                j++;
            }
            if (j == d) {
                return true;
            }
        }
        return false;
    }

    /** Moves the points of {@code pts} that no other point weakly dominates (one of each duplicate) to the front; returns their number. */
    private static int nonDominated(double[][] pts, int d) {
        int m = 0;
        for (int i = 0; i < pts.length; i++) {
            double[] p = pts[i];
            boolean dominated = false;
            for (int k = 0; k < m && !dominated; k++) {
                dominated = Points.weaklyDominates(pts[k], p, d);
            }
            if (dominated) {
                continue;
            }
            int kept = 0;
            for (int k = 0; k < m; k++) {
                if (!Points.weaklyDominates(p, pts[k], d)) {
                    Points.swap(pts, kept++, k);
                }
            }
            Points.swap(pts, i, kept);
            m = kept + 1;
        }
        return m;
    }

    /** Sorts the first {@code m} rows by decreasing volume of {@code [p, ref]}, O(m log m) expected. */
    private static void sortByBoxVolume(double[][] pts, int m, double[] ref) {
        double[] volume = new double[m];
        int[] idx = new int[m];
        for (int i = 0; i < m; i++) {
            double v = 1;
            for (int j = 0; j < ref.length; j++) {
                v *= ref[j] - pts[i][j];
            }
            volume[i] = -v;
            idx[i] = i;
        }
        Points.sortIndices(idx, 0, m, volume, volume);
        double[][] sorted = new double[m][];
        for (int i = 0; i < m; i++) {
            sorted[i] = pts[idx[i]];
        }
        System.arraycopy(sorted, 0, pts, 0, m);
    }

    /**
     * The standard normal quantile {@code Φ^{-1}(p)} for {@code 1/2 <= p < 1}: bisection then
     * Newton on {@code Φ(x) = 1/2 + φ(x) Σ x^{2k+1} / (2k+1)!!} (the Taylor series of the normal
     * integral, all terms positive, so no cancellation), to full double precision.
     */
    static double normalQuantile(double p) {
        double lo = 0;
        double hi = 40;
        for (int i = 0; i < 60 && hi - lo > 1e-3; i++) {
            double mid = (lo + hi) / 2;
            if (normalCdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double x = (lo + hi) / 2;
        for (int i = 0; i < 8; i++) {
            double step = (normalCdf(x) - p) / density(x);
            if (!Double.isFinite(step)) {
                break;
            }
            double next = Math.min(hi, Math.max(lo, x - step));
            if (next == x) {
                break;
            }
            x = next;
        }
        return x;
    }

    private static double density(double x) {
        return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
    }

    /** Φ(x) for x >= 0. */
    static double normalCdf(double x) {
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int k = 1; k < 10_000 && term > 1e-17 * sum; k++) {
            term *= x2 / (2 * k + 1);
            sum += term;
        }
        return Math.min(1, 0.5 + density(x) * sum);
    }
}
