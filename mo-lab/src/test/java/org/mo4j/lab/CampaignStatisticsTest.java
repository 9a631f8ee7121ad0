package org.mo4j.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.PValueMethod;
import org.junit.jupiter.api.Test;

class CampaignStatisticsTest {

    @Test
    void medianAndIqrAreType7() {
        // R: quantile(c(1, 2, 3, 4, 10), type = 7) gives 2, 3, 4.
        double[] x = {10, 1, 4, 2, 3};
        assertEquals(3, CampaignStatistics.median(x));
        assertEquals(2, CampaignStatistics.iqr(x));
        // numpy.percentile([1, 2, 3, 4], [25, 50, 75]) = 1.75, 2.5, 3.25
        assertArrayEquals(new double[] {1.75, 2.5, 3.25}, CampaignStatistics.quantiles(new double[] {4, 3, 2, 1}));
        assertThrows(IllegalArgumentException.class, () -> CampaignStatistics.median(new double[0]));
    }

    @Test
    void rankSumByHand() {
        // x entirely below y: U = 0; exact two-sided p = 2 * P(U <= 0) = 2 / C(6, 3) = 0.1.
        assertEquals(0.1, CampaignStatistics.rankSumPValue(new double[] {1, 2, 3}, new double[] {4, 5, 6}), 1e-15);
        // one swap: U = 1, P(U <= 1) = 2 / 20, two-sided 0.2.
        assertEquals(0.2, CampaignStatistics.rankSumPValue(new double[] {1, 2, 4}, new double[] {3, 5, 6}), 1e-15);
    }

    /** The exact two-sided p-value by enumerating every split of the pooled sample (no ties). */
    static double exactByEnumeration(double[] x, double[] y) {
        int n = x.length;
        int m = y.length;
        double[] pooled = new double[n + m];
        System.arraycopy(x, 0, pooled, 0, n);
        System.arraycopy(y, 0, pooled, n, m);
        double observed = Math.abs(u(x, y) - n * m / 2.0);
        long extreme = 0;
        long total = 0;
        for (int mask = 0; mask < (1 << (n + m)); mask++) {
            if (Integer.bitCount(mask) != n) {
                continue;
            }
            double[] a = new double[n];
            double[] b = new double[m];
            int ia = 0;
            int ib = 0;
            for (int i = 0; i < n + m; i++) {
                if ((mask & (1 << i)) != 0) {
                    a[ia++] = pooled[i];
                } else {
                    b[ib++] = pooled[i];
                }
            }
            total++;
            if (Math.abs(u(a, b) - n * m / 2.0) >= observed - 1e-9) {
                extreme++;
            }
        }
        return Math.min(1, (double) extreme / total);
    }

    private static double u(double[] x, double[] y) {
        return CampaignStatistics.a12(x, y) * x.length * y.length;
    }

    @Property(tries = 60)
    void smallSamplesMatchTheExactPermutationDistribution(
            @ForAll @IntRange(min = 1, max = 7) int n, @ForAll @IntRange(min = 1, max = 7) int m, @ForAll long seed) {
        Random r = new Random(seed);
        double[] x = r.doubles(n).toArray();
        double[] y = r.doubles(m).map(v -> v + 0.3).toArray();
        assertEquals(exactByEnumeration(x, y), CampaignStatistics.rankSumPValue(x, y), 1e-12);
    }

    @Property(tries = 40)
    void largeSamplesAgreeWithCommonsMath(
            @ForAll @IntRange(min = 50, max = 120) int n,
            @ForAll @IntRange(min = 50, max = 120) int m,
            @ForAll long seed) {
        Random r = new Random(seed);
        double[] x = r.doubles(n).toArray();
        double[] y = r.doubles(m).map(v -> v + 0.1 * r.nextGaussian()).toArray();
        double math3 = new MannWhitneyUTest().mannWhitneyUTest(x, y);
        // Commons Math 3.6.1: normal approximation, no continuity correction. The same test here:
        double same = org.apache.commons.statistics.inference.MannWhitneyUTest.withDefaults()
                .with(PValueMethod.ASYMPTOTIC)
                .with(ContinuityCorrection.DISABLED)
                .test(x, y)
                .getPValue();
        assertEquals(math3, same, 1e-12);
        // What the campaign uses (continuity correction on) differs by at most the correction's
        // shift of z, 0.5 / sigma, times the largest two-sided density 2 * phi(0).
        double sigma = Math.sqrt(n * (double) m * (n + m + 1) / 12);
        double bound = 2 / Math.sqrt(2 * Math.PI) * 0.5 / sigma;
        assertTrue(Math.abs(CampaignStatistics.rankSumPValue(x, y) - math3) <= bound + 1e-12);
        // And U agrees: Commons Math reports max(U1, U2).
        double u1 = u(x, y);
        assertEquals(Math.max(u1, n * (double) m - u1), new MannWhitneyUTest().mannWhitneyU(x, y), 1e-9);
    }

    @Test
    void holmAsInHolm1979AndWikipedia() {
        // Wikipedia's Holm-Bonferroni example: p = 0.01, 0.04, 0.03, 0.005 at alpha = 0.05 rejects
        // H1 and H4. R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02
        assertArrayEquals(
                new double[] {0.03, 0.06, 0.06, 0.02},
                CampaignStatistics.holm(new double[] {0.01, 0.04, 0.03, 0.005}),
                1e-15);
        // Monotone and capped at 1: p.adjust(c(0.5, 0.4, 0.3), "holm") = 0.9 0.9 0.9
        assertArrayEquals(new double[] {0.9, 0.9, 0.9}, CampaignStatistics.holm(new double[] {0.5, 0.4, 0.3}), 1e-15);
        assertArrayEquals(new double[] {1, 1}, CampaignStatistics.holm(new double[] {0.7, 0.9}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> CampaignStatistics.holm(new double[] {Double.NaN}));
    }

    @Test
    void a12AsVarghaAndDelaneyDefineIt() {
        // Every x above every y: 1; below: 0; identical samples: 0.5.
        assertEquals(1, CampaignStatistics.a12(new double[] {4, 5, 6}, new double[] {1, 2, 3}));
        assertEquals(0, CampaignStatistics.a12(new double[] {1, 2, 3}, new double[] {4, 5, 6}));
        assertEquals(0.5, CampaignStatistics.a12(new double[] {1, 2}, new double[] {1, 2}));
        // By hand: x = {1,2,3,4}, y = {2,3}: x > y in 3 pairs (3>2, 4>2, 4>3), ties in 2 (2=2, 3=3):
        // (3 + 1) / 8 = 0.5.
        assertEquals(0.5, CampaignStatistics.a12(new double[] {1, 2, 3, 4}, new double[] {2, 3}));
        // x = {3, 5, 7}, y = {1, 5}: wins 3>1, 5>1, 7>1, 7>5 = 4, one tie 5=5: (4 + 0.5) / 6 = 0.75
        assertEquals(0.75, CampaignStatistics.a12(new double[] {3, 5, 7}, new double[] {1, 5}));
        assertEquals("large", CampaignStatistics.a12Magnitude(0.75));
        assertEquals("negligible", CampaignStatistics.a12Magnitude(0.55));
        assertEquals("small", CampaignStatistics.a12Magnitude(0.40));
        assertEquals("medium", CampaignStatistics.a12Magnitude(0.66));
    }

    @Property(tries = 50)
    void a12IsTheMannWhitneyStatisticOverNm(@ForAll long seed) {
        Random r = new Random(seed);
        double[] x = r.ints(1 + r.nextInt(20), 0, 6).asDoubleStream().toArray();
        double[] y = r.ints(1 + r.nextInt(20), 0, 6).asDoubleStream().toArray();
        double u = org.apache.commons.statistics.inference.MannWhitneyUTest.withDefaults()
                .statistic(x, y);
        assertEquals(u / (x.length * (double) y.length), CampaignStatistics.a12(x, y), 1e-12);
    }

    @Test
    void friedmanByHand() {
        // Three problems, three algorithms, lower is better: ranks (1,2,3), (1,3,2), (2,1,3);
        // mean ranks 4/3, 2, 8/3; chi2 = 12*3/(3*4) * (16/9 + 4 + 64/9 - 12) = 8/3, df 2, p = exp(-4/3).
        CampaignStatistics.Friedman f =
                CampaignStatistics.friedman(new double[][] {{1, 2, 3}, {1, 3, 2}, {2, 1, 3}}, false);
        assertArrayEquals(new double[] {4 / 3.0, 2, 8 / 3.0}, f.averageRanks(), 1e-12);
        assertEquals(8 / 3.0, f.statistic(), 1e-12);
        assertEquals(Math.exp(-4 / 3.0), f.pValue(), 1e-12);
        // Higher is better reverses the ranks; ties share the average.
        CampaignStatistics.Friedman g = CampaignStatistics.friedman(new double[][] {{5, 5, 1}}, true);
        assertArrayEquals(new double[] {1.5, 1.5, 3}, g.averageRanks(), 1e-12);
        assertThrows(
                IllegalArgumentException.class,
                () -> CampaignStatistics.friedman(new double[][] {{1, Double.NaN}}, false));
    }
}
