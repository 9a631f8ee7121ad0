package org.mo4j.morl.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mo4j.morl.env.Rollouts.concat;
import static org.mo4j.morl.env.Rollouts.repeat;
import static org.mo4j.morl.env.Rollouts.run;

import org.junit.jupiter.api.Test;
import org.mo4j.core.hypervolume.Hypervolume;

/** Deep Sea Treasure traced by hand: shortest paths, rock, the grid's edge, the front and its HV. */
class DeepSeaTreasureTest {

    static final int UP = 0;
    static final int DOWN = 1;
    static final int LEFT = 2;
    static final int RIGHT = 3;

    static final double[][] CONVEX_FRONT = {
        {0.7, -1}, {8.2, -3}, {11.5, -5}, {14.0, -7}, {15.1, -8},
        {16.1, -9}, {19.6, -13}, {20.3, -14}, {22.4, -17}, {23.7, -19}
    };

    /** The shortest path to column c's treasure: right c times along the surface, then down. */
    static int[] shortestPath(int column) {
        return concat(repeat(RIGHT, column), repeat(DOWN, DeepSeaTreasure.TREASURE_ROWS[column]));
    }

    @Test
    void shortestPathsGiveTheTenFrontPointsUndiscountedAndDiscounted() {
        DeepSeaTreasure env = new DeepSeaTreasure();
        double[][] front1 = env.paretoFront(1.0);
        double[][] front99 = env.paretoFront(0.99);
        assertEquals(10, front1.length);
        for (int c = 0; c < 10; c++) {
            Rollouts.Episode e = run(env, 0, shortestPath(c));
            assertEquals(StepStatus.TERMINATED, e.last());
            assertEquals(CONVEX_FRONT[c][1], -e.steps());
            assertArrayEquals(new double[] {DeepSeaTreasure.TREASURE_ROWS[c], c}, e.lastObservation());
            assertArrayEquals(CONVEX_FRONT[c], e.discountedReturn(1.0), 1e-12);
            assertArrayEquals(CONVEX_FRONT[c], front1[c], 1e-12);
            assertArrayEquals(front99[c], e.discountedReturn(0.99), 1e-12);
            for (int t = 0; t < e.steps() - 1; t++) {
                assertArrayEquals(new double[] {0, -1}, e.rewards().get(t));
            }
        }
        // (23.7, -19) at gamma 0.99, as SEED-SETTINGS 1.8 gives it
        assertArrayEquals(new double[] {19.778, -17.383}, front99[9], 5e-4);
    }

    @Test
    void hypervolumeOfTheUndiscountedFront() {
        double hv = Hypervolume.of(Rollouts.negate(new DeepSeaTreasure().paretoFront(1.0)), new double[] {0, 25});
        assertEquals(401.8, hv, 1e-9);
        double hv50 = Hypervolume.of(Rollouts.negate(new DeepSeaTreasure().paretoFront(1.0)), new double[] {0, 50});
        assertEquals(994.3, hv50, 1e-9);
    }

    @Test
    void concaveMapPaysVamplewsValuesAtTheSameCells() {
        DeepSeaTreasure env = new DeepSeaTreasure(DeepSeaTreasure.SeaMap.CONCAVE);
        double[] values = {1, 2, 3, 5, 8, 16, 24, 50, 74, 124};
        for (int c = 0; c < 10; c++) {
            Rollouts.Episode e = run(env, 0, shortestPath(c));
            assertArrayEquals(new double[] {values[c], CONVEX_FRONT[c][1]}, e.discountedReturn(1.0), 1e-12);
            assertArrayEquals(new double[] {values[c], CONVEX_FRONT[c][1]}, env.paretoFront(1.0)[c], 1e-12);
        }
        assertEquals("dst-concave", env.name());
    }

    @Test
    void movesOffTheGridOrIntoRockLeaveTheSubmarineInPlace() {
        DeepSeaTreasure env = new DeepSeaTreasure();
        // off the grid at the start: up and left keep (0, 0)
        Rollouts.Episode e = run(env, 0, UP, LEFT);
        assertArrayEquals(new double[] {0, 0}, e.observations().get(0));
        assertArrayEquals(new double[] {0, 0}, e.observations().get(1));
        // (5, 6): left is rock (5, 5); then right along row 5, and off the right edge at (0, 10)
        e = run(env, 0, concat(repeat(RIGHT, 6), repeat(DOWN, 5), new int[] {LEFT}));
        assertArrayEquals(new double[] {5, 6}, e.lastObservation());
        assertEquals(StepStatus.RUNNING, e.last());
        assertArrayEquals(new double[] {0, -1}, e.rewards().get(e.steps() - 1));
        e = run(env, 0, repeat(RIGHT, 12));
        assertArrayEquals(new double[] {0, 10}, e.lastObservation());
        // column 10 is open water down to the bottom, and the bottom edge holds
        e = run(env, 0, concat(repeat(RIGHT, 10), repeat(DOWN, 12)));
        assertArrayEquals(new double[] {10, 10}, e.lastObservation());
        assertEquals(22, e.steps());
        // from (10, 10) left reaches the last treasure (10, 9)
        double[] obs = new double[2];
        double[] r = new double[2];
        assertEquals(StepStatus.TERMINATED, env.step(new double[] {LEFT}, obs, r));
        assertArrayEquals(new double[] {23.7, -1}, r);
    }

    @Test
    void registryAppliesTheHundredStepLimit() {
        MultiObjectiveEnv env = Environments.create("dst");
        Rollouts.Episode e = run(env, 3, repeat(UP, 150));
        assertEquals(100, e.steps());
        assertEquals(StepStatus.TRUNCATED, e.last());
        for (int t = 0; t < 99; t++) {
            assertEquals(StepStatus.RUNNING, e.statuses().get(t));
        }
    }
}
