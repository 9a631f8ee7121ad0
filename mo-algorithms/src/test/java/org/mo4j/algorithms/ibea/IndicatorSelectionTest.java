package org.mo4j.algorithms.ibea;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mo4j.core.hypervolume.Hypervolume;

/**
 * IBEA's indicators and fitness, and its incremental removal, against hand values and a
 * from-scratch oracle (I_HD from mo-core's exact hypervolume of the pair).
 */
class IndicatorSelectionTest {

    @Test
    void theAdditiveEpsilonIsTheLargestCoordinateGap() {
        assertEquals(1.0, IndicatorSelection.epsilon(new double[] {0, 1}, new double[] {1, 0}));
        assertEquals(-1.0, IndicatorSelection.epsilon(new double[] {0, 0}, new double[] {1, 1}));
        assertEquals(0.5, IndicatorSelection.epsilon(new double[] {1, 2, 3}, new double[] {1, 1.5, 3}));
    }

    @Test
    void fitnessByHand() {
        // (0, 0) dominates (2, 4); scaled to [0, 1]: (0, 0) and (1, 1), I = -1 one way and 1 the other, c = 1
        double k = 0.05;
        IndicatorSelection.Selected s =
                IndicatorSelection.select(new double[][] {{0, 0}, {2, 4}}, new double[2], 2, Indicator.EPSILON, k);
        assertArrayEquals(new int[] {0, 1}, s.members());
        assertEquals(-Math.exp(-1 / k), s.fitness()[0], 1e-20);
        assertEquals(-Math.exp(1 / k), s.fitness()[1], 1e-3);
        // keeping one removes the dominated point; the survivor's fitness has no other term left
        s = IndicatorSelection.select(new double[][] {{0, 0}, {2, 4}}, new double[2], 1, Indicator.EPSILON, k);
        assertArrayEquals(new int[] {0}, s.members());
        assertEquals(0.0, s.fitness()[0], 0.0);
    }

    @Test
    void theLargestViolationGoesFirstThenTheLeastFit() {
        // point 2 would be the least fit (dominated) but point 0 is infeasible and goes first
        double[][] f = {{0, 0}, {0.5, 0.5}, {1, 1}};
        IndicatorSelection.Selected s =
                IndicatorSelection.select(f, new double[] {0.3, 0, 0}, 2, Indicator.EPSILON, 0.05);
        assertArrayEquals(new int[] {1, 2}, s.members());
        s = IndicatorSelection.select(f, new double[] {0.3, 0, 0}, 1, Indicator.EPSILON, 0.05);
        assertArrayEquals(new int[] {1}, s.members());
        s = IndicatorSelection.select(f, new double[] {0.1, 0.2, 0}, 1, Indicator.EPSILON, 0.05);
        assertArrayEquals(new int[] {2}, s.members());
    }

    /**
     * The paper's procedure with the fitness recomputed from scratch over the survivors before every
     * removal (c and the scaling of the whole set kept, as the paper's update keeps them).
     */
    private static List<Integer> oracle(
            double[][] f,
            double[] cv,
            int capacity,
            Indicator indicator,
            double kappa,
            List<Double> fitnessOut,
            List<Double> magnitudeOut) {
        int n = f.length;
        int m = f[0].length;
        double[][] s = new double[n][m];
        for (int k = 0; k < m; k++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] row : f) {
                lo = Math.min(lo, row[k]);
                hi = Math.max(hi, row[k]);
            }
            for (int i = 0; i < n; i++) {
                s[i][k] = hi > lo ? (f[i][k] - lo) / (hi - lo) : 0;
            }
        }
        double[][] ind = new double[n][n];
        double c = 0;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double e = indicator == Indicator.EPSILON ? epsilonOracle(s[y], s[x]) : hypervolumeOracle(s[y], s[x]);
                ind[y][x] = e;
                if (x != y) {
                    c = Math.max(c, Math.abs(e));
                }
            }
        }
        double scale = (c > 0 ? c : 1) * kappa;
        List<Integer> alive = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            alive.add(i);
        }
        double[] initial = null;
        while (true) {
            double[] fit = new double[n];
            for (int x : alive) {
                for (int y : alive) {
                    if (y != x) {
                        fit[x] -= Math.exp(-ind[y][x] / scale);
                    }
                }
            }
            if (initial == null) {
                initial = fit.clone();
            }
            if (alive.size() <= capacity) {
                fitnessOut.clear();
                magnitudeOut.clear();
                for (int x : alive) {
                    fitnessOut.add(fit[x]);
                    magnitudeOut.add(Math.abs(initial[x]));
                }
                return alive;
            }
            int worst = -1;
            for (int x : alive) {
                if (worst < 0 || cv[x] > cv[worst] || (cv[x] == cv[worst] && fit[x] < fit[worst])) {
                    worst = x;
                }
            }
            alive.remove(Integer.valueOf(worst));
        }
    }

    private static double epsilonOracle(double[] y, double[] x) {
        double e = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < y.length; k++) {
            e = Math.max(e, y[k] - x[k]);
        }
        return e;
    }

    /** The paper's I_HD({y}, {x}) from exact hypervolumes of the sets against (2, ..., 2). */
    private static double hypervolumeOracle(double[] y, double[] x) {
        double[] ref = new double[y.length];
        java.util.Arrays.fill(ref, 2.0);
        boolean weak = true;
        for (int k = 0; k < y.length; k++) {
            weak &= y[k] <= x[k];
        }
        double hy = Hypervolume.of(new double[][] {y}, ref);
        return weak ? Hypervolume.of(new double[][] {x}, ref) - hy : Hypervolume.of(new double[][] {y, x}, ref) - hy;
    }

    @Test
    void theHypervolumeIndicatorByHand() {
        // reference (2, 2): H(0, 1) = 2, H(1, 0) = 2, H({(0, 1), (1, 0)}) = 3
        double[] a = {0, 1};
        double[] b = {1, 0};
        assertEquals(1.0, IndicatorSelection.hypervolume(a, b, 2, 2), 0.0);
        // (0, 0) dominates (1, 1): I((0, 0), (1, 1)) = H(1, 1) - H(0, 0) = 1 - 4; the other way 4 - 1
        assertEquals(-3.0, IndicatorSelection.hypervolume(new double[] {0, 0}, new double[] {1, 1}, 4, 1), 0.0);
        assertEquals(3.0, IndicatorSelection.hypervolume(new double[] {1, 1}, new double[] {0, 0}, 1, 4), 0.0);
        assertEquals(0.0, IndicatorSelection.hypervolume(a, a.clone(), 2, 2), 0.0);
    }

    @Test
    void indicatorsParseByNameAndRejectOthers() {
        assertEquals(Indicator.HYPERVOLUME, Indicator.parse(" Hypervolume "));
        assertEquals(Indicator.EPSILON, Indicator.parse(Indicator.EPSILON.label()));
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Indicator.parse("hd"));
        assertEquals("indicator must be epsilon or hypervolume, was 'hd'", e.getMessage());
    }

    @Property(tries = 300)
    void incrementalRemovalEqualsRecomputationFromScratch(
            @ForAll @IntRange(min = 2, max = 40) int n,
            @ForAll @IntRange(min = 1, max = 4) int m,
            @ForAll @IntRange(min = 1, max = 40) int capacity,
            @ForAll @IntRange(min = 0, max = 2) int constraints,
            @ForAll Indicator indicator,
            @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] f = new double[n][m];
        double[] cv = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                f[i][k] = rng.nextDouble();
            }
            cv[i] = constraints > 0 && rng.nextInt(3) == 0 ? rng.nextInt(constraints * 2) * 0.5 : 0;
        }
        double kappa = rng.nextBoolean() ? 0.05 : 0.5;
        List<Double> expectedFitness = new ArrayList<>();
        List<Double> magnitude = new ArrayList<>();
        List<Integer> expected = oracle(f, cv, capacity, indicator, kappa, expectedFitness, magnitude);
        IndicatorSelection.Selected s = IndicatorSelection.select(f, cv, capacity, indicator, kappa);
        assertEquals(expected, java.util.Arrays.stream(s.members()).boxed().toList());
        for (int i = 0; i < expected.size(); i++) {
            double e = expectedFitness.get(i);
            // Every term of a fitness has the same sign, so the incremental removals and the
            // recomputation differ by rounding relative to the whole pool's sum (|fitness| before
            // any removal), which exp(-I / (c kappa)) can make 10^8 times the remaining sum.
            assertEquals(e, s.fitness()[i], 1e-12 * Math.max(1, magnitude.get(i)));
        }
    }
}
