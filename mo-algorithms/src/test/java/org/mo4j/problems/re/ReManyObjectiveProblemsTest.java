package org.mo4j.problems.re;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mo4j.problems.re.ReTwoObjectiveProblemsTest.assertClose;
import static org.mo4j.problems.re.ReTwoObjectiveProblemsTest.f;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RE41, RE42, RE61 and RE91 at chosen points; RE91's seeded random parameters. */
class ReManyObjectiveProblemsTest {

    private static final double[] ONES = {1, 1, 1, 1, 1, 1, 1};

    @Test
    void re41AtOneEverywhere() {
        // f1 = 1.98 + 4.9 + 6.67 + 6.98 + 4.01 + 1.78 + 0.00001 + 2.73 = 29.05001
        // f2 = 4.72 − 0.5 − 0.19 = 4.03
        // V_MBP = 10.58 − 0.674 − 0.67275 = 9.23325, V_FD = 16.45 − 0.489 − 0.843 = 15.118, f3 = 12.175625
        // violated: 32 − (46.36 − 9.9 − 4.4505) = −0.0095 and 4 − f2 = −0.03 → f4 = 0.0395
        assertArrayEquals(new double[] {29.05001, 4.03, 12.175625, 0.0395}, f(new Re41(), ONES), 1e-12);
        // lower corner: f1 = 1.98 + 2.45 + 3.0015 + 3.49 + 2.005 + 1.5575 + 0.000004 + 1.092, the published ideal f1
        assertClose(15.576004, f(new Re41(), Re41.LOWER)[0]);
    }

    @Test
    void re42MatchesDesdeosIndependentTranscription() {
        // DESDEO's test of its RE42 (transcribed independently from the suite's supplementary file,
        // with the 500000 bound on DWT) publishes these values, to 13 significant figures.
        Re42 p = new Re42();
        assertRelative(
                new double[] {-5.691666596609e02, 9.869900828051e03, 9.182958350611e03, 2.328562286631e00},
                f(p, 212.16, 26.155, 19.0, 10.855, 16.0, 0.69),
                1e-11);
        assertRelative(
                new double[] {-1.010522955311e03, 3.962557772617e03, 2.611966792840e03, 1.845063160099e00},
                f(p, 150, 20, 13, 10, 14, 0.63),
                1e-11);
        assertRelative(
                new double[] {-3.789122000992e02, 2.002660694716e04, 2.577957489282e04, 7.141587967549e00},
                f(p, 274.32, 32.31, 25, 11.71, 18, 0.75),
                1e-11);
    }

    @Test
    void re42LowerCornerIsNearThreePublishedExtremes() {
        // The lower corner attains the published nadir f1 and f3 and ideal f2 up to the accuracy of the
        // approximated front they were taken from (about 8 significant figures).
        Re42 p = new Re42();
        double[] f = f(p, 150, 20, 13, 10, 14, 0.63);
        assertEquals(p.nadirPoint()[0], f[0], 1e-7 * 1011);
        assertEquals(p.idealPoint()[1], f[1], 1e-7 * 3963);
        assertEquals(p.nadirPoint()[2], f[2], 1e-7 * 2612);
    }

    @Test
    void re61AtAFeasiblePoint() {
        // (0.1, 0.05, 0.05): x1·x2 = 0.005
        // f1 = 106780.37·0.1 + 61704.67 = 72382.707; f2 = 300; f3 = 305700·2289·0.05/137.34^0.65;
        // f4 = 572250·e^(−1.9875 + 0.495 + 2.74); f5 = 25·(278 + 247 − 80) = 11125;
        // the seven constraints hold (slacks 0.555, 0.9833, 41017.168, 15874.7935, 9883.2705, 2050.474915,
        // 540.1235), so f6 = 0
        double[] f = f(new Re61(), 0.1, 0.05, 0.05);
        assertClose(72382.707, f[0]);
        assertClose(300, f[1]);
        assertClose(305700 * 2289 * 0.05 / Math.pow(0.06 * 2289, 0.65), f[2]);
        assertClose(250 * 2289 * Math.exp(1.2475), f[3]);
        assertClose(11125, f[4]);
        assertEquals(0, f[5]);
    }

    @Test
    void re61CornersAttainThePublishedExtremes() {
        Re61 p = new Re61();
        double[] ideal = p.idealPoint();
        double[] nadir = p.nadirPoint();
        // (0.01, 0.01, 0.01): f1 = 106780.37·0.02 + 61704.67 = 63840.2774, f2 = 30, f3 minimal
        double[] a = f(p, 0.01, 0.01, 0.01);
        assertEquals(ideal[0], a[0], 1e-9);
        assertEquals(ideal[1], a[1], 1e-12);
        assertEquals(ideal[2], a[2], 1e-5);
        // (0.45, 0.1, 0.01): f2 = 1350 (nadir), f3 = 10× the ideal (nadir), f4 = 572250·e^(−1.136) and
        // f5 = 25·(1.39/0.045 + 49.4 − 80) = 7.2222… (ideals)
        double[] b = f(p, 0.45, 0.1, 0.01);
        assertEquals(nadir[1], b[1], 1e-9);
        assertEquals(nadir[2], b[2], 1e-4);
        assertEquals(ideal[3], b[3], 1e-5);
        assertEquals(ideal[4], b[4], 1e-9);
        assertClose(25 * (1.39 / 0.045 + 49.4 - 80), b[4]);
    }

    @Test
    void re91AtTheMeanOfItsRandomParameters() {
        // x = 1…1, x8 = 0.345, x9 = 0.192, x10 = x11 = 0
        // f1 = 1.98 + 4.9 + 6.67 + 6.98 + 4.01 + 1.75 + 0.00001 + 2.73 = 29.02001
        // f2 = 1.16 − 0.3717 − 0.484·0.192 = 0.695372
        // f3 = (0.261 − 0.0159 − 0.188·0.345 − 0.019 + 0.0144 + 0.08045·0.192)/0.32 = 0.1910864/0.32
        // f4 = (0.214 + 0.00817 − 0.131·0.345 − 0.0704·0.192 + 0.03099 − 0.018 + 0.0208·0.345 + 0.121·0.192
        //       − 0.00364 − 0.018)/0.32 = 0.1852162/0.32
        // f5 = (0.74 − 0.61 − 0.163·0.345 − 0.166·0.192 + 0.227)/0.32 = 0.268893/0.32
        // f6 = (27.19031 + 25.97218 + 32.0095)/3/32, with 28.98 + 3.818 − 4.2 + 6.63·0.192 − 7.77·0.345 = 27.19031,
        //      33.86 + 2.95 − 5.057 − 11·0.345 − 9.98·0.345 + 22·0.345·0.192 = 25.97218, 46.36 − 9.9 − 12.9·0.345 =
        // 32.0095
        // f7 = (4.72 − 0.5 − 0.19)/4 = 1.0075; f8 = (10.58 − 0.674 − 1.95·0.345)/9.9 = 9.23325/9.9;
        // f9 = (16.45 − 0.489 − 0.843)/15.7 = 15.118/15.7
        double[] expected = {
            29.02001,
            0.695372,
            0.1910864 / 0.32,
            0.1852162 / 0.32,
            0.268893 / 0.32,
            (27.19031 + 25.97218 + 32.0095) / 96,
            1.0075,
            9.23325 / 9.9,
            15.118 / 15.7
        };
        assertArrayEquals(expected, Re91.objectives(ONES, 0.345, 0.192, 0, 0), 1e-12);
        // with x10 = 10, x11 = −10: f2 = 1.16 − 0.3717 − 0.0931 − 0.092928 + 0.1343 = 0.736572
        // f9 = (16.45 − 0.489 − 0.843 + 0.0432·1.92 + 0.0556·1.92 − 0.0786)/15.7
        double[] noisy = Re91.objectives(ONES, 0.345, 0.192, 10, -10);
        assertClose(0.736572, noisy[1]);
        assertClose((15.118 + 0.082944 + 0.106752 - 0.0786) / 15.7, noisy[8]);
    }

    @Test
    void re91EvaluatesWithTheRandomParametersOfItsSeed() {
        Re91 p = new Re91(7);
        double[] x = {0.8, 0.9, 1.1, 1.2, 1.5, 0.7, 0.9};
        double[] r = p.randomParameters(x);
        assertArrayEquals(Re91.objectives(x, r[0], r[1], r[2], r[3]), f(p, x));
        assertArrayEquals(f(p, x), f(new Re91(7), x));
        assertFalse(Arrays.equals(f(p, x), f(new Re91(8), x)));
        assertEquals(Re91.DEFAULT_SEED, ((Re91) RealWorldProblems.create("re91")).seed());
        assertArrayEquals(f(new Re91(), x), f((Re91) RealWorldProblems.create("re91"), x));
        // f1 carries no noise: at the lower corner it is the published ideal f1
        assertClose(15.549754, f(p, Re41.LOWER)[0]);
    }

    @Test
    void re91RandomParametersFollowTheReferenceDistributions() {
        // over 20000 distinct points: means 0.345, 0.192, 0, 0 and standard deviations 0.006, 0.006, 10, 10
        Re91 p = new Re91(3);
        Random random = new Random(11);
        int n = 20000;
        double[] sum = new double[4];
        double[] sumSq = new double[4];
        double[] x = new double[7];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < 7; i++) {
                x[i] = Re41.LOWER[i] + random.nextDouble() * (Re41.UPPER[i] - Re41.LOWER[i]);
            }
            double[] r = p.randomParameters(x);
            for (int j = 0; j < 4; j++) {
                sum[j] += r[j];
                sumSq[j] += r[j] * r[j];
            }
        }
        double[] mean = {0.345, 0.192, 0, 0};
        double[] sd = {0.006, 0.006, 10, 10};
        for (int j = 0; j < 4; j++) {
            double m = sum[j] / n;
            double s = Math.sqrt(sumSq[j] / n - m * m);
            // 5 standard errors of the mean, 5% on the standard deviation
            assertEquals(mean[j], m, 5 * sd[j] / Math.sqrt(n), "mean of parameter " + j);
            assertEquals(sd[j], s, 0.05 * sd[j], "sd of parameter " + j);
        }
        assertTrue(sum[2] != 0);
    }

    private static void assertRelative(double[] expected, double[] actual, double rel) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], rel * Math.abs(expected[i]), "objective " + i);
        }
    }
}
