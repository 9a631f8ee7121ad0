package org.mo4j.algorithms.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mo4j.core.problem.Bounds;

/** Distributional sanity checks and argument validation of the operators. */
class OperatorExamplesTest {

    private static final Bounds UNIT = Bounds.uniform(1, 0, 1);

    /** Mean |child − nearer parent| of SBX with parents 0.4 and 0.6 in [0, 1]. */
    private static double sbxSpread(double eta) {
        SbxCrossover sbx = new SbxCrossover(1.0, eta);
        SplittableRandom rng = new SplittableRandom(11);
        double[] c1 = new double[1];
        double[] c2 = new double[1];
        double sum = 0;
        int crossed = 0;
        for (int t = 0; t < 20_000; t++) {
            sbx.apply(new double[] {0.4}, new double[] {0.6}, c1, c2, UNIT, rng);
            if (c1[0] != 0.4 && c1[0] != 0.6) {
                crossed++;
                double lo = Math.min(c1[0], c2[0]);
                double hi = Math.max(c1[0], c2[0]);
                sum += (hi - lo) / 0.2; // the spread factor β
            }
        }
        return sum / crossed;
    }

    @Test
    void largerSbxIndexKeepsChildrenCloserToTheirParents() {
        double wide = sbxSpread(1);
        double narrow = sbxSpread(30);
        assertTrue(wide > narrow + 0.1, wide + " vs " + narrow);
        // with a large index β concentrates at 1: children near the parents
        assertEquals(1.0, narrow, 0.05);
    }

    @Test
    void sbxChangesAboutHalfOfTheVariablesAndIsSymmetricAroundTheParentsMean() {
        SbxCrossover sbx = new SbxCrossover(1.0, 20);
        SplittableRandom rng = new SplittableRandom(5);
        Bounds b = Bounds.uniform(10, 0, 1);
        double[] p1 = new double[10];
        double[] p2 = new double[10];
        java.util.Arrays.fill(p1, 0.3);
        java.util.Arrays.fill(p2, 0.7);
        double[] c1 = new double[10];
        double[] c2 = new double[10];
        int changed = 0;
        double sumMid = 0;
        int trials = 5_000;
        for (int t = 0; t < trials; t++) {
            sbx.apply(p1, p2, c1, c2, b, rng);
            for (int j = 0; j < 10; j++) {
                if (c1[j] != 0.3 && c1[j] != 0.7) {
                    changed++;
                }
                sumMid += (c1[j] + c2[j]) / 2;
            }
        }
        assertEquals(0.5, changed / (10.0 * trials), 0.02);
        assertEquals(0.5, sumMid / (10.0 * trials), 0.01);
    }

    @Test
    void mutationStepShrinksWithTheIndexAndHitsAboutOneVariableInN() {
        Bounds b = Bounds.uniform(20, 0, 1);
        double[] small = meanStepAndHits(new PolynomialMutation(100), b);
        double[] large = meanStepAndHits(new PolynomialMutation(5), b);
        assertTrue(large[0] > 2 * small[0], large[0] + " vs " + small[0]);
        assertEquals(1.0, small[1], 0.05);
    }

    private static double[] meanStepAndHits(PolynomialMutation pm, Bounds b) {
        SplittableRandom rng = new SplittableRandom(3);
        double steps = 0;
        long hits = 0;
        int trials = 10_000;
        for (int t = 0; t < trials; t++) {
            double[] x = new double[20];
            java.util.Arrays.fill(x, 0.5);
            pm.apply(x, b, rng);
            for (double v : x) {
                if (v != 0.5) {
                    hits++;
                    steps += Math.abs(v - 0.5);
                }
            }
        }
        return new double[] {steps / hits, hits / (double) trials};
    }

    @Test
    void differentialEvolutionWithCrossoverRateZeroChangesExactlyOneVariable() {
        Bounds b = Bounds.uniform(6, -5, 5);
        DifferentialEvolution de = new DifferentialEvolution(0, 0.5);
        SplittableRandom rng = new SplittableRandom(1);
        double[] target = {0, 0, 0, 0, 0, 0};
        double[] r1 = {1, 1, 1, 1, 1, 1};
        double[] r2 = {2, 2, 2, 2, 2, 2};
        double[] r3 = {0, 0, 0, 0, 0, 0};
        double[] child = new double[6];
        for (int t = 0; t < 100; t++) {
            de.apply(target, r1, r2, r3, child, b, rng);
            int changed = 0;
            for (double v : child) {
                if (v != 0) {
                    changed++;
                    assertEquals(2.0, v); // 1 + 0.5 (2 − 0)
                }
            }
            assertEquals(1, changed);
        }
    }

    @Test
    void tournamentPrefersLowerRankThenLargerCrowdingAndFeasibility() {
        SplittableRandom rng = new SplittableRandom(2);
        int[] rank = {0, 1};
        double[] crowd = {0, 5};
        for (int t = 0; t < 50; t++) {
            assertEquals(0, TournamentSelection.crowded(rank, crowd, 2, rng));
        }
        int[] same = {0, 0};
        for (int t = 0; t < 50; t++) {
            assertEquals(1, TournamentSelection.crowded(same, crowd, 2, rng));
        }
        for (int t = 0; t < 50; t++) {
            assertEquals(1, TournamentSelection.constrained(new double[] {0.5, 0}, 2, rng));
        }
    }

    @Test
    void badArgumentsAreRejectedNamingArgumentAndValue() {
        assertMessage(() -> new SbxCrossover(1.5, 20), "probability", "1.5");
        assertMessage(() -> new SbxCrossover(-0.1, 20), "probability", "-0.1");
        assertMessage(() -> new SbxCrossover(0.9, -1), "distributionIndex", "-1");
        assertMessage(() -> new PolynomialMutation(Double.NaN, 20), "probability", "NaN");
        assertMessage(() -> new PolynomialMutation(-2), "distributionIndex", "-2");
        assertMessage(() -> new DifferentialEvolution(2, 0.5), "crossoverRate", "2");
        assertMessage(() -> new DifferentialEvolution(0.5, -0.5), "scalingFactor", "-0.5");
    }

    static void assertMessage(org.junit.jupiter.api.function.Executable call, String argument, String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(argument) && e.getMessage().contains(value), e.getMessage());
    }
}
