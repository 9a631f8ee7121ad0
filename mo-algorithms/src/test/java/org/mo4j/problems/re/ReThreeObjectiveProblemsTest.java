package org.mo4j.problems.re;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mo4j.problems.re.ReTwoObjectiveProblemsTest.assertClose;
import static org.mo4j.problems.re.ReTwoObjectiveProblemsTest.f;

import org.junit.jupiter.api.Test;

/** RE31–RE37 at chosen points, against values worked out by hand from the published formulas. */
class ReThreeObjectiveProblemsTest {

    @Test
    void re31AtAMidPoint() {
        // (1, 1, 2): f1 = √20 + √5, f2 = 20·√20/2 = 10√20;
        // g1 = 0.1 − f1 < 0 (violated by f1 − 0.1); g2 = 1e5 − 10√20 ≥ 0; g3 = 1e5 − 80√5/2 ≥ 0
        double[] f = f(new Re31(), 1, 1, 2);
        assertClose(Math.sqrt(20) + Math.sqrt(5), f[0]);
        assertClose(10 * Math.sqrt(20), f[1]);
        assertClose(Math.sqrt(20) + Math.sqrt(5) - 0.1, f[2]);
    }

    @Test
    void re31LowerCornerAttainsThePublishedIdealF1AndNadirF2F3() {
        // (1e-5, 1e-5, 1): f1 = 1e-5·(√17 + √2), f2 = 20√17/1e-5,
        // f3 = (f2 − 1e5) + (80√2/1e-5 − 1e5) (g1 = 0.1 − f1 holds)
        Re31 p = new Re31();
        double[] f = f(p, 1e-5, 1e-5, 1);
        assertClose(1e-5 * (Math.sqrt(17) + Math.sqrt(2)), f[0]);
        assertClose(2e6 * Math.sqrt(17), f[1]);
        assertClose(2e6 * Math.sqrt(17) - 1e5 + 8e6 * Math.sqrt(2) - 1e5, f[2]);
        assertEquals(p.idealPoint()[0], f[0], 1e-15);
        assertEquals(p.nadirPoint()[1], f[1], 1e-4);
        assertEquals(p.nadirPoint()[2], f[2], 1e-3);
    }

    @Test
    void re32AtAFeasiblePointMatchesDesdeosSample() {
        // (h, l, t, b) = (1, 5, 5, 1): f1 = 1.10471·5 + 0.04811·5·19 = 5.52355 + 4.57045 = 10.094
        // f2 = 4·6000·14³/(30e6·1·125) = 65856000/3.75e9 = 0.0175616
        // τ = 3079.5 ≤ 13600, σ = 6·6000·14/25 = 20160 ≤ 30000, b − h = 0, P_c = 439601 ≥ 6000 → f3 = 0
        // DESDEO publishes [10.094, 0.0175616, 0] for this point.
        double[] f = f(new Re32(), 1, 5, 5, 1);
        assertArrayEquals(new double[] {10.094, 0.0175616, 0}, f, 1e-12);
    }

    @Test
    void re32CornersAttainThePublishedExtremes() {
        Re32 p = new Re32();
        double[] low = f(p, 0.125, 0.1, 0.1, 0.125);
        // f1 = 1.10471·0.125²·0.1 + 0.04811·0.1·0.125·14.1 = 0.001726109375 + 0.00847938750 = 0.010205496875
        assertClose(0.010205496875, low[0]);
        // f2 = 4·6000·2744/(30e6·0.125·0.001) = 65856000/3750 = 17561.6
        assertClose(17561.6, low[1]);
        assertEquals(p.nadirPoint()[2], low[2], 1e-2);
        // f2 at the upper corner: 65856000/(30e6·5·1000) = 0.00043904
        assertClose(0.00043904, f(p, 5, 10, 10, 5)[1]);
    }

    @Test
    void re33AtAFeasiblePointMatchesDesdeosSample() {
        // (60, 90, 2000, 15): x2² − x1² = 4500, x2³ − x1³ = 513000
        // f1 = 4.9e-5·4500·14 = 3.087; f2 = 9.82e6·4500/(2000·15·513000) = 2.8713450…
        // g1 = 30 − 20, g2 = 0.4 − 2000/14130, g3 = 1 − 2.22e-3·2000·513000/4500², g4 = 90972 − 900: all ≥ 0
        double[] f = f(new Re33(), 60, 90, 2000, 15);
        assertClose(3.087, f[0]);
        assertClose(9.82e6 * 4500 / (2000 * 15 * 513000.0), f[1]);
        assertEquals(2.871345029240, f[1], 1e-11);
        assertEquals(0, f[2]);
    }

    @Test
    void re33InvertedDiscAttainsThePublishedIdealF1AndNadirF3() {
        // (80, 75, 1000, 20): x2² − x1² = −775: f1 = 4.9e-5·(−775)·19 = −0.721525;
        // g1 = −5 − 20 = −25 (violated by 25), the other three hold
        double[] f = f(new Re33(), 80, 75, 1000, 20);
        assertClose(-0.721525, f[0]);
        assertClose(25, f[2]);
    }

    @Test
    void re33UsesTheContinuousStoppingTimeWhereTheRadiiCoincide() {
        // x1 = x2 = 70: f1 = 0; f2 → 9.82e6·2/(3·70·2000·15) = 3.1174603…; g2 = 0.4 − 2000/0 = −∞
        double[] f = f(new Re33(), 70, 70, 2000, 15);
        assertEquals(0, f[0]);
        assertClose(9.82e6 * 2 / (3 * 70 * 2000 * 15.0), f[1]);
        assertEquals(Double.MAX_VALUE, f[2]);
        // and it is the limit of the reference formula
        assertEquals(f[1], f(new Re33(), 70, 70 + 1e-6, 2000, 15)[1], 1e-5);
    }

    @Test
    void re34AtTwoEverywhere() {
        // f1 = 1640.2823 + 2·(2.3573285 + 2.3220035 + 4.5688768 + 7.7213633 + 4.4559504) = 1683.133345
        // f2 = 6.5856 + 2·(1.15 − 1.0427 + 0.9738 + 0.8364)
        //      + 4·(−0.3695 + 0.0861 + 0.3628 − 0.1106 − 0.3437 + 0.1764) = 6.5856 + 3.835 − 0.794 = 9.6266
        // f3 = −0.0551 + 2·(0.0181 + 0.1024 + 0.0421)
        //      + 4·(−0.0073 + 0.024 − 0.0118 − 0.0204 − 0.008 − 0.0241 + 0.0109) = −0.0551 + 0.3252 − 0.1468 = 0.1233
        assertArrayEquals(new double[] {1683.133345, 9.6266, 0.1233}, f(new Re34(), 2, 2, 2, 2, 2), 1e-11);
        // f1 at the lower corner: 1640.2823 + 21.4255225 = 1661.7078225, the published ideal f1
        assertClose(1661.7078225, f(new Re34(), 1, 1, 1, 1, 1)[0]);
    }

    @Test
    void re35RoundsTheTeethAndSumsTheViolations() {
        // (3, 0.75, 22.4 → 22, 8, 8, 3.5, 5.25)
        // f2 = √((745·8/(0.75·22))² + 1.69e7)/(0.1·3.5³) = √(361.2121…² + 1.69e7)/4.2875 = 962.5188…
        // the only violated constraint is x1/x2 − 5 = 4 − 5 = −1, so f3 = 1
        // f1 = 0.7854·3·0.5625·(10·484/3 + 14.933·22 − 43.0934) − 1.508·3·(12.25 + 27.5625)
        //      + 7.477·(42.875 + 144.703125) + 0.7854·(8·12.25 + 8·27.5625)
        double[] f = f(new Re35(), 3, 0.75, 22.4, 8, 8, 3.5, 5.25);
        double f1 = 0.7854 * 3 * 0.5625 * (4840.0 / 3 + 14.933 * 22 - 43.0934)
                - 1.508 * 3 * (12.25 + 27.5625)
                + 7.477 * (42.875 + 144.703125)
                + 0.7854 * (8 * 12.25 + 8 * 27.5625);
        assertClose(f1, f[0]);
        assertEquals(3989.1129549425, f[0], 1e-9);
        assertClose(Math.sqrt(Math.pow(5960 / 16.5, 2) + 1.69e7) / 4.2875, f[1]);
        assertClose(1, f[2]);
    }

    @Test
    void re35IdealF2IsAttainedWithTheWidestPinion() {
        // x2·x3 = 0.8·28, x4 = 7.3, x6 = 3.9: √((745·7.3/22.4)² + 1.69e7)/(0.1·3.9³)
        Re35 p = new Re35();
        double f2 = f(p, 3, 0.8, 28, 7.3, 8, 3.9, 5.25)[1];
        assertClose(Math.sqrt(Math.pow(745 * 7.3 / 22.4, 2) + 1.69e7) / (0.1 * 3.9 * 3.9 * 3.9), f2);
        assertEquals(p.idealPoint()[1], f2, 1e-8);
    }

    @Test
    void re36RoundsTheTeethCounts() {
        // (12.4, 30, 48.6, 20) → (12, 30, 49, 20): ratio = (49/12)·(20/30) = 980/360 = 2.7222…
        // f1 = 6.931 − 2.7222… = 4.2087777…, f2 = 49, f3 = 4.2087777…/6.931 − 0.5
        double[] f = f(new Re36(), 12.4, 30, 48.6, 20);
        assertClose(6.931 - 980.0 / 360, f[0]);
        assertEquals(49, f[1]);
        assertClose((6.931 - 980.0 / 360) / 6.931 - 0.5, f[2]);
    }

    @Test
    void re37AtTheCentre() {
        // all four at 0.5: linear terms ×0.5, quadratic ×0.25, cubic ×0.125
        // f1 = 0.692 + 0.5·(0.477 − 0.687 − 0.080 − 0.0650) + 0.25·(−0.13186) = 0.692 − 0.1775 − 0.032965
        // f2 = 0.153 + 0.5·0.5206 + 0.25·0.2038 = 0.153 + 0.2603 + 0.05095
        // f3 = 0.370 + 0.5·0.9527 + 0.25·(−0.1889) + 0.125·(−0.85) = 0.370 + 0.47635 − 0.047225 − 0.10625
        assertArrayEquals(new double[] {0.481535, 0.46425, 0.692875}, f(new Re37(), 0.5, 0.5, 0.5, 0.5), 1e-12);
    }
}
