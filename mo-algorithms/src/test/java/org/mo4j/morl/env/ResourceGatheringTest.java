package org.mo4j.morl.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mo4j.morl.env.Rollouts.run;

import org.junit.jupiter.api.Test;

/** Resource Gathering traced by hand, the kill probability, and the original's front oracle. */
class ResourceGatheringTest {

    static final int UP = 0;
    static final int DOWN = 1;
    static final int LEFT = 2;
    static final int RIGHT = 3;

    /** Gold around both enemies: (4,2) → (2,2) → (2,1) → (0,1) → (0,2) and back, 12 steps. */
    static final int[] GOLD_SAFE = {UP, UP, LEFT, UP, UP, RIGHT, LEFT, DOWN, DOWN, RIGHT, DOWN, DOWN};

    /** Gem only: (4,2) → (4,4) → (1,4) and back, 10 steps, no enemy on the way. */
    static final int[] GEM_SAFE = {RIGHT, RIGHT, UP, UP, UP, DOWN, DOWN, DOWN, LEFT, LEFT};

    @Test
    void goldPathCollectsGoldAndReturnsHome() {
        ResourceGathering env = new ResourceGathering();
        Rollouts.Episode e = run(env, 1, GOLD_SAFE);
        assertEquals(12, e.steps());
        assertEquals(StepStatus.TERMINATED, e.last());
        assertArrayEquals(new double[] {4, 2, 0, 0}, e.initial());
        assertArrayEquals(new double[] {0, 2, 1, 0}, e.observations().get(5));
        assertArrayEquals(new double[] {4, 2, 1, 0}, e.lastObservation());
        assertArrayEquals(new double[] {0, 1, 0}, e.rewards().get(11));
        for (int t = 0; t < 11; t++) {
            assertArrayEquals(new double[3], e.rewards().get(t));
        }
    }

    @Test
    void oracleFrontPointsAreReachedByTheDeterministicPaths() {
        ResourceGathering env = new ResourceGathering();
        double[] gold = run(env, 1, GOLD_SAFE).discountedReturn(1.0);
        double[] gem = run(env, 1, GEM_SAFE).discountedReturn(1.0);
        assertArrayEquals(new double[] {0, 1, 0}, gold);
        assertArrayEquals(new double[] {0, 0, 1}, gem);
        double[][] front1 = env.paretoFront(1.0);
        // at gamma 1: gem only, gold only, and both through E2 only (expected (-0.1, 0.9, 0.9))
        assertEquals(3, front1.length);
        assertArrayEquals(gem, front1[0], 1e-12);
        assertArrayEquals(new double[] {-0.1, 0.9, 0.9}, front1[1], 1e-12);
        assertArrayEquals(gold, front1[2], 1e-12);
        // gamma < 1: the original discounts a reward on step t by gamma^t, one factor more than the return
        double g = 0.95;
        double[][] front = env.paretoFront(g);
        double[] goldG = run(env, 1, GOLD_SAFE).discountedReturn(g);
        double[] gemG = run(env, 1, GEM_SAFE).discountedReturn(g);
        assertTrue(contains(front, scale(gemG, g)));
        assertTrue(contains(front, scale(goldG, g)));
    }

    @Test
    void bothResourcesThroughE2OnlyTakeFourteenSteps() {
        // (4,2) → (4,4) → (1,4) gem → (0,4) → (0,3) E2 → (0,2) gold → (0,1) → (2,1) → (2,2) → home
        int[] path = {RIGHT, RIGHT, UP, UP, UP, UP, LEFT, LEFT, LEFT, DOWN, DOWN, RIGHT, DOWN, DOWN};
        ResourceGathering env = new ResourceGathering();
        int survived = 0;
        int n = 4000;
        for (long seed = 0; seed < n; seed++) {
            Rollouts.Episode e = run(env, seed, path);
            if (e.steps() == 14) {
                assertArrayEquals(new double[] {0, 1, 1}, e.rewards().get(13));
                survived++;
            } else {
                assertEquals(7, e.steps()); // killed on E2, the 7th step
                assertArrayEquals(new double[] {-1, 0, 0}, e.rewards().get(6));
                assertArrayEquals(new double[] {0, 3, 0, 1}, e.lastObservation());
            }
        }
        // binomial(4000, 0.9): sd ≈ 19
        assertEquals(0.9 * n, survived, 100);
    }

    @Test
    void anInvalidMoveAtHomeEndsTheEpisodeEmptyHanded() {
        Rollouts.Episode e = run(new ResourceGathering(), 0, DOWN);
        assertEquals(StepStatus.TERMINATED, e.last());
        assertArrayEquals(new double[] {0, 0, 0}, e.rewards().get(0));
        assertArrayEquals(new double[] {4, 2, 0, 0}, e.lastObservation());
    }

    @Test
    void registryAppliesTheHundredStepLimit() {
        MultiObjectiveEnv env = Environments.create("resource-gathering");
        // bounce between (3,0) and (2,0), far from everything
        int[] actions = new int[150];
        actions[0] = LEFT;
        actions[1] = LEFT;
        for (int t = 2; t < actions.length; t++) {
            actions[t] = t % 2 == 0 ? UP : DOWN;
        }
        Rollouts.Episode e = run(env, 0, actions);
        assertEquals(100, e.steps());
        assertEquals(StepStatus.TRUNCATED, e.last());
    }

    private static double[] scale(double[] v, double s) {
        double[] out = v.clone();
        for (int j = 0; j < out.length; j++) {
            out[j] *= s;
        }
        return out;
    }

    private static boolean contains(double[][] front, double[] p) {
        for (double[] q : front) {
            boolean eq = true;
            for (int j = 0; j < p.length; j++) {
                eq &= Math.abs(p[j] - q[j]) < 1e-12;
            }
            if (eq) {
                return true;
            }
        }
        return false;
    }
}
