package org.mo4j.morl.ppo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Every loss's analytic gradient against central finite differences, away from the clip kinks. */
class PpoLossTest {

    private static final double EPS = 0.2;

    /** Central differences of f at x, one coordinate at a time. */
    private static double[] numeric(ToDoubleFunction<double[]> f, double[] x) {
        double[] g = new double[x.length];
        double h = 1e-6;
        for (int i = 0; i < x.length; i++) {
            double[] p = x.clone();
            double[] q = x.clone();
            p[i] += h;
            q[i] -= h;
            g[i] = (f.applyAsDouble(p) - f.applyAsDouble(q)) / (2 * h);
        }
        return g;
    }

    /** New log-probabilities whose ratios stay at least 1e-3 away from 1 ± ε (no kink within h). */
    private static double[] logps(SplittableRandom rng, double[] old) {
        double[] out = new double[old.length];
        for (int i = 0; i < old.length; i++) {
            double r;
            do {
                r = 0.6 + 0.8 * rng.nextDouble();
            } while (Math.abs(r - (1 - EPS)) < 1e-3 || Math.abs(r - (1 + EPS)) < 1e-3);
            out[i] = old[i] + Math.log(r);
        }
        return out;
    }

    private static void assertClose(double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-6 * (1 + Math.abs(expected[i])), "coordinate " + i);
        }
    }

    @Property(tries = 100)
    void clippedSurrogateGradient(@ForAll @IntRange(min = 1, max = 12) int b, @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] old = new double[b];
        double[] adv = new double[b];
        for (int i = 0; i < b; i++) {
            old[i] = -rng.nextDouble() * 3;
            adv[i] = rng.nextGaussian();
        }
        double[] lp = logps(rng, old);
        double[] grad = new double[b];
        PpoLoss.clippedSurrogate(lp, old, adv, b, EPS, grad);
        assertClose(numeric(x -> PpoLoss.clippedSurrogate(x, old, adv, b, EPS, new double[b]), lp), grad);
    }

    @Property(tries = 100)
    void clippedValueLossGradient(
            @ForAll @IntRange(min = 1, max = 8) int b, @ForAll @IntRange(min = 1, max = 4) int m, @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = b * m;
        double[] old = new double[n];
        double[] values = new double[n];
        double[] ret = new double[n];
        for (int q = 0; q < n; q++) {
            old[q] = rng.nextGaussian();
            double d;
            do {
                d = rng.nextGaussian() * 0.4;
            } while (Math.abs(Math.abs(d) - EPS) < 1e-3);
            values[q] = old[q] + d;
            ret[q] = rng.nextGaussian();
        }
        double[] grad = new double[n];
        PpoLoss.clippedValueLoss(values, old, ret, b, m, EPS, 0.5, grad);
        double[] num = numeric(x -> 0.5 * PpoLoss.clippedValueLoss(x, old, ret, b, m, EPS, 0.5, new double[n]), values);
        assertClose(num, grad);
    }

    @Property(tries = 100)
    void codeBarrierGradientBothForms(
            @ForAll @IntRange(min = 1, max = 8) int b, @ForAll @IntRange(min = 2, max = 4) int m, @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] old = new double[b];
        for (int i = 0; i < b; i++) {
            old[i] = -rng.nextDouble();
        }
        double[] lp = logps(rng, old);
        double[] mean = new double[m];
        for (int j = 0; j < m; j++) {
            mean[j] = rng.nextGaussian() * 2;
        }
        int l = rng.nextInt(m);
        // coordinate i moves only row i's barrier arguments u = bound(Ḡ_j) − ρ̃_iḠ_j; it is checked where
        // they keep away from the −0.001 clamp and from the steep end of −log(−u) (near −u = 0.0015 the
        // central difference itself is off by ~1e-4)
        for (Relaxation relax : Relaxation.values()) {
            boolean[] smooth = new boolean[b];
            for (int i = 0; i < b; i++) {
                double rc = Math.min(Math.max(Math.exp(lp[i] - old[i]), 1 - EPS), 1 + EPS);
                smooth[i] = true;
                for (int j = 0; j < m; j++) {
                    double u = relax.bound(mean[j], 0.9) - rc * mean[j];
                    smooth[i] &= u > 0 || u < -0.05;
                }
            }
            for (BarrierForm form : new BarrierForm[] {BarrierForm.CODE, BarrierForm.CODE_AS_WRITTEN}) {
                double[] grad = new double[b];
                PpoLoss.codeBarrier(form, relax, lp, old, b, m, l, mean, 0.9, 20, EPS, grad);
                double[] expected = numeric(
                        x -> PpoLoss.codeBarrier(form, relax, x, old, b, m, l, mean, 0.9, 20, EPS, new double[b]), lp);
                for (int i = 0; i < b; i++) {
                    if (smooth[i]) {
                        assertEquals(
                                expected[i],
                                grad[i],
                                1e-6 * (1 + Math.abs(expected[i])),
                                relax + " " + form + " coordinate " + i);
                    }
                }
            }
        }
    }

    /** A sample that once failed: a row whose barrier argument sits near −u = 0.0015. */
    @Test
    void codeBarrierGradientNearTheSteepEndOfTheLog() {
        codeBarrierGradientBothForms(7, 4, 531932940219903099L);
    }

    @Property(tries = 100)
    void paperBarrierGradient(
            @ForAll @IntRange(min = 1, max = 8) int b, @ForAll @IntRange(min = 2, max = 4) int m, @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] old = new double[b];
        double[] adv = new double[b * m];
        for (int i = 0; i < b; i++) {
            old[i] = -rng.nextDouble();
        }
        for (int q = 0; q < adv.length; q++) {
            adv[q] = rng.nextGaussian();
        }
        double[] lp = logps(rng, old);
        double[] mean = new double[m];
        double[] anchor = new double[m];
        for (int j = 0; j < m; j++) {
            anchor[j] = rng.nextGaussian();
            mean[j] = anchor[j] + 3 + rng.nextDouble(); // feasible: the log is smooth here
        }
        int l = rng.nextInt(m);
        for (Relaxation relax : Relaxation.values()) {
            double[] grad = new double[b];
            PpoLoss.paperBarrier(relax, lp, old, adv, b, m, l, mean, anchor, 0.9, 20, EPS, grad);
            assertClose(
                    numeric(
                            x -> PpoLoss.paperBarrier(
                                    relax, x, old, adv, b, m, l, mean, anchor, 0.9, 20, EPS, new double[b]),
                            lp),
                    grad);
        }
    }

    /** The code's barrier for l = 0 at ρ = 1 with minibatch means Ḡ = (1, −5), β 0.9, t 20. */
    private static double codeBarrierForACost(Relaxation relaxation, double[] grad) {
        return PpoLoss.codeBarrier(
                BarrierForm.CODE,
                relaxation,
                new double[] {0},
                new double[] {0},
                1,
                2,
                0,
                new double[] {1, -5},
                0.9,
                20,
                EPS,
                grad);
    }

    @Test
    void theCodesBarrierIsFlatWhenReturnsAreNegative() {
        // ALGORITHMS.md §1.1: for Ḡ_j < 0 and ρ > β, βḠ − ρḠ > 0 is clamped to −0.001: no gradient
        double[] grad = new double[1];
        double loss = codeBarrierForACost(Relaxation.PROPORTIONAL, grad);
        assertEquals(0, grad[0]);
        assertEquals(-Math.log(0.001) / 20, loss, 1e-15);
    }

    @Test
    void theSignAwareBoundLiesBelowTheReferenceWhateverItsSign() {
        assertEquals(9, Relaxation.SIGN_AWARE.bound(10, 0.9), 1e-12);
        assertEquals(-11, Relaxation.SIGN_AWARE.bound(-10, 0.9), 1e-12);
        assertEquals(-9, Relaxation.PROPORTIONAL.bound(-10, 0.9), 1e-12, "β·G lies above a negative G");
        assertEquals(0, Relaxation.SIGN_AWARE.bound(0, 0.9));
        assertEquals(Relaxation.PROPORTIONAL.bound(3.7, 0.9), Relaxation.SIGN_AWARE.bound(3.7, 0.9));
    }

    @Property(tries = 200)
    void theSignAwareBoundIsTheReferenceLessAFractionOfItsSize(
            @ForAll @DoubleRange(min = -1e3, max = 1e3) double g, @ForAll @DoubleRange(min = 0, max = 1) double beta) {
        double bound = Relaxation.SIGN_AWARE.bound(g, beta);
        assertEquals(g - (1 - beta) * Math.abs(g), bound, 1e-12 * (1 + Math.abs(g)));
        assertTrue(bound <= g);
        if (g >= 0) {
            assertEquals(Relaxation.PROPORTIONAL.bound(g, beta), bound, 0.0, "identical for non-negative returns");
        }
    }

    @Test
    void theSignAwareCodeBarrierPushesTheRatioDownForACost() {
        // Ḡ = (1, −5), l = 0, ρ = 1, β = 0.9: the bound (2 − β)·(−5) = −5.5, u = −5.5 + 5 = −0.5, so
        // loss = −log(0.5)/t and dloss/dlogp = −Ḡ_1/(−u)·ρ/t = 5/0.5/20 = 0.5 > 0: descent lowers ρ,
        // raising the surrogate ρ·Ḡ_1 of the cost objective (where the proportional barrier is flat)
        double[] grad = new double[1];
        double loss = codeBarrierForACost(Relaxation.SIGN_AWARE, grad);
        assertEquals(-Math.log(0.5) / 20, loss, 1e-15);
        assertEquals(0.5, grad[0], 1e-12);
    }

    /**
     * The paper's barrier for l = 0, one sample at ρ = 1: π_r's cost G_1 = −1 and the minibatch
     * estimate Ĝ_1 = −1 + ρ·0.05 = −0.95; β 0.9, t 20.
     */
    private static double paperBarrierForACost(Relaxation relaxation, double[] grad) {
        return PpoLoss.paperBarrier(
                relaxation,
                new double[] {0},
                new double[] {0},
                new double[] {0, 0.05},
                1,
                2,
                0,
                new double[] {0, -1},
                new double[] {0, -1},
                0.9,
                20,
                EPS,
                grad);
    }

    @Test
    void thePaperBarrierStartsFeasibleForACostOnlyWhenSignAware() {
        // π_r's cost G_1 = −1, the minibatch estimate Ĝ_1 = −1 + ρ·0.05 = −0.95 (one sample, ρ = 1)
        double[] proportional = new double[1];
        double flat = paperBarrierForACost(Relaxation.PROPORTIONAL, proportional);
        // bound 0.9·(−1) = −0.9 > −0.95: infeasible, clamped, no gradient
        assertEquals(-Math.log(0.001) / 20, flat, 1e-15);
        assertEquals(0, proportional[0]);
        double[] signAware = new double[1];
        double loss = paperBarrierForACost(Relaxation.SIGN_AWARE, signAware);
        // bound 1.1·(−1) = −1.1: slack 0.15, loss −log(0.15)/t, dloss/dlogp = −ρ·0.05/(0.15·t) < 0:
        // descent makes the action with the better cost more likely
        assertEquals(-Math.log(0.15) / 20, loss, 1e-12);
        assertEquals(-0.05 / (0.15 * 20), signAware[0], 1e-12);
    }

    @Test
    void gaeWithProperTimeLimitsCutsTheAdvantageAtATruncation() {
        Rollout r = new Rollout(3, 1, 1, 1, 1);
        double[] o = {0};
        r.setStep(0, 0, o, 0, new double[] {1});
        r.setOutcome(0, 0, new double[] {1}, o, false, false);
        r.setStep(1, 0, o, 0, new double[] {2});
        r.setOutcome(1, 0, new double[] {1}, o, true, true); // truncated by the time limit
        r.setStep(2, 0, o, 0, new double[] {3});
        r.setOutcome(2, 0, new double[] {1}, o, true, false); // terminated
        r.setLastValue(0, new double[] {4});
        r.computeReturns(0.5, 1.0);
        assertEquals(1, r.returnOf(2, 0, 0), 1e-15); // terminal: R = r
        assertEquals(2, r.returnOf(1, 0, 0), 1e-15); // truncated: advantage cut, R = V
        // t = 0: δ = 1 + 0.5·2 − 1 = 1; A = δ + 0.5·A_1 where A_1 = 0 → R = 1 + 1
        assertEquals(2, r.returnOf(0, 0, 0), 1e-15);
    }
}
