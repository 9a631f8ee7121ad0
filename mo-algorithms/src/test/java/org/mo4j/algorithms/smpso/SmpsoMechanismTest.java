package org.mo4j.algorithms.smpso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mo4j.core.problem.Evaluation;

/** SMPSO's constriction, velocity bound, dominance, leader archive and leader tournament, by example. */
class SmpsoMechanismTest {

    @Test
    void constrictionIsOneUpToFourAndThePapersFormulaAbove() {
        assertEquals(1.0, Smpso.constriction(1.5, 1.5));
        assertEquals(1.0, Smpso.constriction(2.0, 2.0));
        // φ = 5: 2 / (2 − 5 − √5) = −0.381966... (negative, as the paper's formula and jMetal give it)
        assertEquals(2 / (-3 - Math.sqrt(5)), Smpso.constriction(2.5, 2.5), 1e-15);
        assertEquals(-0.3819660112501051, Smpso.constriction(2.5, 2.5), 1e-15);
        // φ = 4.2: √(17.64 − 16.8) = √0.84
        assertEquals(2 / (2 - 4.2 - Math.sqrt(0.84)), Smpso.constriction(2.0, 2.2), 1e-15);
    }

    @Test
    void velocityIsBoundedByHalfTheRange() {
        // bounds [−5, 5]: δ = 5
        assertEquals(5.0, Smpso.clampVelocity(7.3, 5));
        assertEquals(-5.0, Smpso.clampVelocity(-12, 5));
        assertEquals(2.5, Smpso.clampVelocity(2.5, 5));
        assertEquals(-5.0, Smpso.clampVelocity(-5, 5));
    }

    @Test
    void dominanceIsViolationFirstThenPareto() {
        Evaluation a = Evaluation.of(0, 0);
        Evaluation b = Evaluation.of(1, 1);
        Evaluation c = Evaluation.of(1, 0);
        assertTrue(Smpso.dominates(a, b));
        assertFalse(Smpso.dominates(b, a));
        assertFalse(Smpso.dominates(b, c) || Smpso.dominates(c, c));
        Evaluation infeasibleGood = new Evaluation(new double[] {-9, -9}, new double[] {0.5});
        Evaluation infeasibleBad = new Evaluation(new double[] {0, 0}, new double[] {1.0});
        Evaluation feasibleBad = new Evaluation(new double[] {9, 9}, new double[] {-1.0});
        assertTrue(Smpso.dominates(feasibleBad, infeasibleGood));
        assertTrue(Smpso.dominates(infeasibleGood, infeasibleBad));
        assertFalse(Smpso.dominates(infeasibleBad, infeasibleGood));
    }

    @Test
    void theLeaderArchiveHoldsTheFeasibleOrTheLeastViolatingOnly() {
        Leaders leaders = new Leaders(2, 3);
        assertTrue(leaders.add(new double[] {0}, new Evaluation(new double[] {0, 0}, new double[] {2})));
        assertTrue(leaders.add(new double[] {1}, new Evaluation(new double[] {1, 1}, new double[] {1})));
        assertEquals(1, leaders.size(), "a smaller violation replaces the archive");
        assertFalse(leaders.add(new double[] {2}, new Evaluation(new double[] {-1, -1}, new double[] {1.5})));
        assertTrue(leaders.add(new double[] {3}, new Evaluation(new double[] {5, 5}, new double[] {-1})));
        assertEquals(1, leaders.size());
        assertEquals(3.0, leaders.members().get(0).payload().variables()[0]);
        for (int i = 0; i < 5; i++) {
            leaders.add(new double[] {10 + i}, Evaluation.of(i, 4 - i));
        }
        assertEquals(3, leaders.size(), "bounded by its capacity");
        // the crowding archive keeps the extremes
        double[][] f = leaders.population().objectives();
        assertEquals(0.0, f[0][0]);
        assertTrue(java.util.Arrays.stream(f).anyMatch(r -> r[0] == 4.0));
    }

    @Test
    void theLeaderTournamentPrefersTheLessCrowded() {
        double[] crowding = {Double.POSITIVE_INFINITY, 0.1, 0.2};
        SplittableRandom rng = new SplittableRandom(4);
        int[] wins = new int[3];
        for (int i = 0; i < 3_000; i++) {
            wins[Leaders.tournament(crowding, rng)]++;
        }
        // 0 wins both its pairs, 2 wins against 1, 1 never wins: 2/3 and 1/3 of the draws
        assertEquals(0, wins[1]);
        assertEquals(2_000, wins[0], 100);
        assertEquals(1_000, wins[2], 100);
        assertEquals(0, Leaders.tournament(new double[] {0.0}, rng));
    }
}
