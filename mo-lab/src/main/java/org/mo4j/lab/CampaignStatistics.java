package org.mo4j.lab;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.ranking.NaturalRanking;

/**
 * The statistics of a campaign's tables. From Apache Commons Statistics: quantiles (Hyndman–Fan
 * type 7, R's and numpy's default), the Wilcoxon rank-sum / Mann–Whitney U test (two-sided; exact
 * p-value for samples under 50 without ties, otherwise the normal approximation with tie and
 * continuity corrections), natural ranking and the χ² distribution. Written here, because no kept
 * library has them: Holm's step-down correction, the Vargha–Delaney A12 effect size and Friedman's
 * average ranks with their χ² statistic.
 */
public final class CampaignStatistics {

    private static final Quantile QUANTILE = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);
    private static final MannWhitneyUTest MANN_WHITNEY = MannWhitneyUTest.withDefaults();

    private CampaignStatistics() {}

    /** The median (type 7). O(n). @throws IllegalArgumentException if {@code x} is empty */
    public static double median(double[] x) {
        return quantiles(x)[1];
    }

    /** The interquartile range Q3 − Q1 (type 7). O(n). @throws IllegalArgumentException if empty */
    public static double iqr(double[] x) {
        double[] q = quantiles(x);
        return q[2] - q[0];
    }

    /** Q1, the median and Q3 (type 7). O(n). @throws IllegalArgumentException if empty */
    public static double[] quantiles(double[] x) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("x must not be empty");
        }
        return QUANTILE.evaluate(x, 0.25, 0.5, 0.75);
    }

    /**
     * The two-sided p-value of the Wilcoxon rank-sum (Mann–Whitney U) test of {@code x} against
     * {@code y} (Wilcoxon 1945; Mann &amp; Whitney 1947), as Commons Statistics computes it. O((n + m)
     * log(n + m)), or the exact distribution's O(n·m·min(n, m)) for small samples.
     *
     * @throws IllegalArgumentException if a sample is empty
     */
    public static double rankSumPValue(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) {
            throw new IllegalArgumentException("samples must not be empty, had " + x.length + " and " + y.length);
        }
        return MANN_WHITNEY.test(x, y).getPValue();
    }

    /**
     * Holm's step-down adjusted p-values (Holm 1979, "A simple sequentially rejective multiple test
     * procedure"), in the input's order: with p sorted ascending, p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j +
     * 1)·p₍ⱼ₎). Rejecting where p̃ ≤ α controls the family-wise error rate at α, uniformly more
     * powerful than Bonferroni. O(m log m). The same numbers as R's {@code p.adjust(p, "holm")}.
     *
     * @throws IllegalArgumentException if a p-value is outside [0, 1] or NaN
     */
    public static double[] holm(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("p[" + i + "] must be in [0, 1], was " + p[i]);
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double[] out = new double[m];
        double running = 0;
        for (int j = 0; j < m; j++) {
            running = Math.max(running, Math.min(1, (m - j) * p[order[j]]));
            out[order[j]] = running;
        }
        return out;
    }

    /**
     * The Vargha–Delaney A12 effect size (Vargha &amp; Delaney 2000, "A critique and improvement of
     * the CL common language effect size statistics of McGraw and Wong"): the probability that a
     * value drawn from {@code x} is larger than one drawn from {@code y}, ties counting half:
     * (#{x &gt; y} + ½·#{x = y}) / (n·m). 0.5 is no effect; the customary magnitudes are negligible
     * below |A12 − 0.5| = 0.06, small below 0.14, medium below 0.21, large above. O(n·m).
     *
     * @throws IllegalArgumentException if a sample is empty
     */
    public static double a12(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) {
            throw new IllegalArgumentException("samples must not be empty, had " + x.length + " and " + y.length);
        }
        double wins = 0;
        for (double a : x) {
            for (double b : y) {
                if (a > b) {
                    wins += 1;
                } else if (a == b) {
                    wins += 0.5;
                }
            }
        }
        return wins / ((double) x.length * y.length);
    }

    /** The magnitude of an A12 value, by Vargha and Delaney's thresholds. */
    public static String a12Magnitude(double a12) {
        double d = Math.abs(a12 - 0.5);
        return d < 0.06 ? "negligible" : d < 0.14 ? "small" : d < 0.21 ? "medium" : "large";
    }

    /**
     * Friedman's test over blocks (Friedman 1937): {@code values[b][k]} is treatment k's value on
     * block b (an algorithm's median on a problem). Within each block treatments are ranked 1 (best)
     * to K, ties sharing their average rank; R̄ₖ is k's mean rank over the N blocks, and χ²_F =
     * 12N/(K(K+1))·(Σₖ R̄ₖ² − K(K+1)²/4) has K − 1 degrees of freedom. O(N·K log K).
     *
     * @param values         N ≥ 1 blocks of K ≥ 2 finite values
     * @param higherIsBetter whether larger values rank first
     * @throws IllegalArgumentException if the table is empty, ragged or holds a non-finite value
     */
    public static Friedman friedman(double[][] values, boolean higherIsBetter) {
        if (values.length == 0 || values[0].length < 2) {
            throw new IllegalArgumentException("values must have at least one block of at least 2 treatments");
        }
        int n = values.length;
        int k = values[0].length;
        double[] mean = new double[k];
        NaturalRanking ranking = new NaturalRanking();
        for (int b = 0; b < n; b++) {
            if (values[b].length != k) {
                throw new IllegalArgumentException(
                        "values[" + b + "] must have " + k + " entries, had " + values[b].length);
            }
            double[] v = new double[k];
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(values[b][j])) {
                    throw new IllegalArgumentException(
                            "values[" + b + "][" + j + "] must be finite, was " + values[b][j]);
                }
                v[j] = higherIsBetter ? -values[b][j] : values[b][j];
            }
            double[] r = ranking.apply(v);
            for (int j = 0; j < k; j++) {
                mean[j] += r[j] / n;
            }
        }
        double sum = 0;
        for (double r : mean) {
            sum += r * r;
        }
        double chi2 = 12.0 * n / (k * (k + 1.0)) * (sum - k * (k + 1.0) * (k + 1.0) / 4);
        double p = ChiSquaredDistribution.of(k - 1).survivalProbability(Math.max(0, chi2));
        return new Friedman(mean, chi2, p);
    }

    /**
     * Friedman's average ranks and test.
     *
     * @param averageRanks each treatment's mean rank (1 = best)
     * @param statistic    χ²_F
     * @param pValue       its upper-tail probability with K − 1 degrees of freedom
     */
    public record Friedman(double[] averageRanks, double statistic, double pValue) {}
}
