package org.mo4j.problems.re;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * RE21–RE25 at chosen points, against values worked out by hand from the published formulas
 * (the arithmetic is in the comments), and against sample values published elsewhere.
 */
class ReTwoObjectiveProblemsTest {

    private static final double SQRT2 = Math.sqrt(2);

    static double[] f(RealWorldProblem p, double... x) {
        return p.evaluate(x).objectives();
    }

    static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, 1e-12 * Math.abs(expected) + 1e-15);
    }

    @Test
    void re21AtTwoEverywhereMatchesDesdeosSample() {
        // f1 = 200·(2·2 + √2·2 + √2 + 2) = 200·(6 + 3√2) = 2048.528137…
        // f2 = (10·200/2e5)·(2/2 + 2√2/2 − 2√2/2 + 2/2) = 0.01·2 = 0.02
        // DESDEO's test of its RE21 publishes [2048.528137, 0.02] for this point.
        double[] f = f(new Re21(), 2, 2, 2, 2);
        assertClose(200 * (6 + 3 * SQRT2), f[0]);
        assertEquals(2048.528137, f[0], 1e-6);
        assertClose(0.02, f[1]);
    }

    @Test
    void re21ExtremesAreThePublishedIdealAndNadirPoints() {
        Re21 p = new Re21();
        // lower corner (1, √2, √2, 1): f1 = 200·(2 + 2 + 2^¼ + 1), f2 = 0.01·(2 + 2 − 2 + 2) = 0.04
        double[] low = f(p, 1, SQRT2, SQRT2, 1);
        assertClose(200 * (5 + Math.pow(2, 0.25)), low[0]);
        assertClose(0.04, low[1]);
        // (3, 3, √2, 3): f1 = 200·(6 + 3√2 + 2^¼ + 3), f2 = 0.01·(2/3 + 2√2/3 − 2 + 2/3)
        double[] high = f(p, 3, 3, SQRT2, 3);
        assertClose(200 * (9 + 3 * SQRT2 + Math.pow(2, 0.25)), high[0]);
        assertClose(0.01 * (4.0 / 3 + 2 * SQRT2 / 3 - 2), high[1]);
        assertArrayEquals(p.idealPoint(), new double[] {low[0], high[1]}, 1e-9);
        assertArrayEquals(p.nadirPoint(), new double[] {high[0], low[1]}, 1e-9);
    }

    @Test
    void re22MapsTheAreaToTheNearestTableEntry() {
        // x1 = 0.5 → 0.44 (|0.5 − 0.44| = 0.06 < |0.6 − 0.5| = 0.1)
        // f1 = 29.4·0.44 + 0.6·10·20 = 12.936 + 120 = 132.936
        // g1 = 0.44·20 − 7.735·0.44²/10 − 180 = 8.8 − 0.1497496 − 180 = −171.3497496 → violated by 171.3497496
        // g2 = 4 − 20/10 = 2 ≥ 0
        double[] f = f(new Re22(), 0.5, 10, 20);
        assertClose(132.936, f[0]);
        assertClose(171.3497496, f[1]);
    }

    @Test
    void re22KeepsTheReferenceTablesStrayEntryTen() {
        // The reference table reads "3.08, 3,10, 3.16": it holds 10, so x1 = 9.9 maps to 10
        // (with 3.10 instead it would map to 9.48). x3 = 0: f1 = 29.4·10 = 294.
        assertClose(294, f(new Re22(), 9.9, 10, 0)[0]);
        assertEquals(77, Re22.REINFORCEMENT_AREAS.length);
        // ties go to the first entry, as in the reference's linear scan
        assertEquals(1.0, RealWorldProblem.nearest(new double[] {1, 3}, 2));
        assertEquals(3.0, RealWorldProblem.nearest(new double[] {3, 1}, 2));
    }

    @Test
    void re22IdealAndNadirAreExactAtZeroDepth() {
        // x = (0.2, 20, 0): f1 = 29.4·0.2 = 5.88; g1 = −7.735·0.04/20 − 180 → 180.01547; g2 = 4 ≥ 0
        double[] f = f(new Re22(), 0.2, 20, 0);
        assertClose(5.88, f[0]);
        assertClose(180.01547, f[1]);
    }

    @Test
    void re22ReportsTheInfiniteViolationAtZeroWidthAsMaxValue() {
        // x2 = 0: g1 = −7.735·0.04/0 − 180 = −∞ in the reference
        double[] f = f(new Re22(), 0.2, 0, 0);
        assertClose(5.88, f[0]);
        assertEquals(Double.MAX_VALUE, f[1]);
    }

    @Test
    void re23RoundsTheThicknessesToMultiplesOfOneSixteenth() {
        // x1 = x2 = 16 → T_s = T_h = 1; R = L = 100
        // f1 = 0.6224·100·100 + 1.7781·100² + 3.1661·100 + 19.84·100 = 6224 + 17781 + 316.61 + 1984 = 26305.61
        // g1 = 1 − 1.93 = −0.93 (violated by 0.93); g2 = 1 − 0.954 ≥ 0;
        // g3 = π·10⁶ + (4/3)π·10⁶ − 1296000 > 0
        double[] f = f(new Re23(), 16, 16, 100, 100);
        assertClose(26305.61, f[0]);
        assertClose(0.93, f[1]);
        // rint: 15.6 → 16; ties go to the even integer (15.5 → 16, 16.5 → 16)
        assertArrayEquals(f, f(new Re23(), 15.6, 16.4, 100, 100));
        assertArrayEquals(f, f(new Re23(), 15.5, 16.5, 100, 100));
    }

    @Test
    void re23LowerCornerAttainsThePublishedIdealF1AndNadirF2() {
        // T = 0.0625, R = L = 10: f1 = 0.6224·0.0625·100 + 1.7781·0.0625·100 + 3.1661·0.0625²·10
        // + 19.84·0.0625²·10 = 3.89 + 11.113125 + 0.12367578… + 0.775 = 15.90180078…
        // f2 = (0.193 − 0.0625) + (0.0954 − 0.0625) + (1296000 − 1000π − 4000π/3) = 1288669.78054…
        Re23 p = new Re23();
        double[] f = f(p, 1, 1, 10, 10);
        assertClose(3.89 + 11.113125 + (3.1661 + 19.84) * 0.0625 * 0.0625 * 10, f[0]);
        assertClose(0.1305 + 0.0329 + 1296000 - 1000 * Math.PI - 4000 * Math.PI / 3, f[1]);
        assertEquals(p.idealPoint()[0], f[0], 1e-9);
        assertEquals(p.nadirPoint()[1], f[1], 1e-4);
    }

    @Test
    void re24MatchesDesdeosSamplesAndTheLowerCorner() {
        // (2, 20): f1 = 2 + 120·20 = 2402; σ_b = 4500/40 = 112.5 ≤ 700, τ = 90 ≤ 450,
        // δ = 562000/(7e5·2·400) ≈ 0.001 ≤ 1.5, σ_k = 7e5·4/100 = 28000 ≥ σ_b → f2 = 0
        // DESDEO publishes [2402, 0] and, for (3.3, 41.7), [5007.3, 0].
        Re24 p = new Re24();
        assertArrayEquals(new double[] {2402, 0}, f(p, 2, 20), 1e-9);
        assertArrayEquals(new double[] {5007.3, 0}, f(p, 3.3, 41.7), 1e-9);
        // (0.5, 0.5): f1 = 60.5; σ_b = 18000, τ = 3600, δ = 562000/87500, σ_k = 1750:
        // f2 = (18000/700 − 1) + (3600/450 − 1) + (6.4228571…/1.5 − 1) + (18000/1750 − 1)
        //    = 24.7142857 + 7 + 3.2819048 + 9.2857143 = 44.2819047619 (the published nadir f2)
        double[] f = f(p, 0.5, 0.5);
        assertClose(60.5, f[0]);
        assertClose(173.0 / 7 + 7 + (562000.0 / 87500 / 1.5 - 1) + 65.0 / 7, f[1]);
        assertEquals(p.nadirPoint()[1], f[1], 1e-9);
    }

    @Test
    void re25RoundsTheCoilsAndPicksTheWireDiameterFromTheTable() {
        // x = (10, 1.0, 0.1): N = 10, D = 1, d = 0.105 (|0.105 − 0.1| = 0.005 < |0.1 − 0.092| = 0.008)
        // f1 = π²·1·0.105²·12/4 = 0.326437…
        // C_f = (4/0.105 − 1)/(4/0.105 − 4) + 0.615·0.105 = 1.1525638…, K = 11.5e6·0.105⁴/80 = 17.4729023…
        // l_f = 1000/K + 1.05·12·0.105 = 58.5544765…, σ_p = 300/K = 17.1694430…
        // violations: S − 8·C_f·1000/(π·0.105³) = −2346345.80219…, 14 − l_f = −44.5544765…,
        // 6 − σ_p = −11.1694430…, 1.25 − 700/K = −38.8120336…; D/d − 3 and the fifth hold (≥ 0)
        double[] f = f(new Re25(), 10, 1.0, 0.1);
        assertClose(Math.PI * Math.PI * 0.105 * 0.105 * 12 / 4, f[0]);
        assertEquals(2346345.802194952 + 44.55447650726136 + 11.16944295217841 + 38.812033555082955, f[1], 1e-6);
        assertArrayEquals(f, f(new Re25(), 10.4, 1.0, 0.1035));
    }

    @Test
    void re25IdealF1IsAttainedWithTheTableEntryNearestTheLowerBound() {
        // N = 1, D = 0.6, d = 0.092 (nearest 0.09): f1 = π²·0.6·0.092²·3/4
        Re25 p = new Re25();
        double f1 = f(p, 1, 0.6, 0.09)[0];
        assertClose(Math.PI * Math.PI * 0.6 * 0.092 * 0.092 * 3 / 4, f1);
        assertEquals(p.idealPoint()[0], f1, 1e-15);
    }
}
