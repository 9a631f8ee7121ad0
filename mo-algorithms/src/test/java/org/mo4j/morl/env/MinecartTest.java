package org.mo4j.morl.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Minecart: fuel per action, the start state, a drive to a mine, mining to capacity, return home. */
class MinecartTest {

    static final double[] MINE = {Minecart.MINE};
    static final double[] LEFT = {Minecart.LEFT};
    static final double[] RIGHT = {Minecart.RIGHT};
    static final double[] ACCELERATE = {Minecart.ACCELERATE};
    static final double[] BRAKE = {Minecart.BRAKE};
    static final double[] NONE = {Minecart.NONE};

    final Minecart env = new Minecart();
    final double[] obs = new double[7];
    final double[] r = new double[3];

    @Test
    void startStateAndFuelPerAction() {
        env.reset(0, obs);
        float s = (float) Math.sin(Math.toRadians(45));
        float c = (float) Math.cos(Math.toRadians(45));
        assertArrayEquals(new double[] {0, 0, 0, s, c, 0, 0}, obs);
        assertEquals(StepStatus.RUNNING, env.step(NONE, obs, r));
        assertArrayEquals(new double[] {0, 0, -0.005 * 4}, r, 1e-15);
        assertEquals(StepStatus.RUNNING, env.step(MINE, obs, r)); // nothing to mine at the base
        assertArrayEquals(new double[] {0, 0, -0.005 * 4 - 0.05 * 4}, r, 1e-15);
        assertEquals(0, obs[5] + obs[6]);
        assertEquals(StepStatus.RUNNING, env.step(LEFT, obs, r));
        assertArrayEquals(new double[] {0, 0, -0.02}, r, 1e-15);
        assertEquals((float) Math.sin(Math.toRadians(5)), obs[3], 0);
        env.step(RIGHT, obs, r);
        env.step(RIGHT, obs, r);
        assertEquals((float) Math.sin(Math.toRadians(85)), obs[3], 0);
        env.step(LEFT, obs, r);
        // accelerate: 4 frames of +0.0075, moving after each, along 45 degrees
        assertEquals(StepStatus.RUNNING, env.step(ACCELERATE, obs, r));
        assertArrayEquals(new double[] {0, 0, -0.02 - 0.1}, r, 1e-15);
        double travelled = 0.0075 * (1 + 2 + 3 + 4);
        assertEquals((float) (travelled * Math.cos(Math.toRadians(45))), obs[0], 1e-7);
        assertEquals((float) 0.03, obs[2], 1e-7);
        assertEquals(StepStatus.RUNNING, env.step(BRAKE, obs, r));
        assertEquals(0, obs[2]);
        assertArrayEquals(new double[] {0, 0, -0.02}, r, 1e-15);
    }

    @Test
    void driveToTheDiagonalMineFillTheCartAndComeHome() {
        env.reset(11, obs);
        double fuel = 0;
        int steps = 0;
        // the start heading (45 degrees) points at mine 3, (0.84, 0.84)
        env.step(ACCELERATE, obs, r);
        fuel += r[2];
        steps++;
        while (distance(obs, 0.84, 0.84) > 0.14) {
            assertEquals(StepStatus.RUNNING, env.step(NONE, obs, r));
            fuel += r[2];
            steps++;
            assertTrue(steps < 50, "missed the mine");
        }
        env.step(BRAKE, obs, r);
        fuel += r[2];
        steps++;
        int mining = 0;
        while (obs[5] + obs[6] < 1 - 1e-6) {
            assertEquals(StepStatus.RUNNING, env.step(MINE, obs, r));
            assertArrayEquals(new double[] {0, 0, -0.22}, r, 1e-12);
            fuel += r[2];
            steps++;
            mining++;
            assertTrue(mining < 20);
        }
        // full: further mining adds nothing
        double[] load = {obs[5], obs[6]};
        env.step(MINE, obs, r);
        fuel += r[2];
        steps++;
        assertArrayEquals(load, new double[] {obs[5], obs[6]});
        assertEquals(1.0, obs[5] + obs[6], 1e-6);
        // head home: steer towards (0, 0) and keep a modest speed
        StepStatus status = StepStatus.RUNNING;
        double[] ore = new double[2];
        while (status == StepStatus.RUNNING) {
            double want = Math.toDegrees(Math.atan2(-obs[1], -obs[0]));
            double have = Math.toDegrees(Math.atan2(obs[3], obs[4]));
            double diff = ((want - have) % 360 + 540) % 360 - 180;
            double[] a = diff > 25 ? RIGHT : diff < -25 ? LEFT : obs[2] < 0.02 ? ACCELERATE : NONE;
            status = env.step(a, obs, r);
            fuel += r[2];
            ore[0] += r[0];
            ore[1] += r[1];
            steps++;
            assertTrue(steps < 1000, "never came home");
        }
        assertEquals(StepStatus.TERMINATED, status);
        assertEquals(1.5, ore[0] + ore[1], 1e-9);
        assertTrue(ore[0] > 0 && ore[1] > 0);
        assertEquals(0, obs[5] + obs[6]); // sold
        assertTrue(Math.hypot(obs[0], obs[1]) < 0.15);
        assertTrue(fuel < -0.02 * steps + 1e-9 && fuel >= -0.22 * steps);
        assertThrows(IllegalStateException.class, () -> env.step(NONE, obs, r));
    }

    @Test
    void stayingAtTheBaseNeverEnds() {
        env.reset(0, obs);
        for (int t = 0; t < 50; t++) {
            assertEquals(StepStatus.RUNNING, env.step(t % 2 == 0 ? LEFT : NONE, obs, r));
        }
        assertFalse(env.hasKnownFront());
        assertThrows(UnsupportedOperationException.class, () -> env.paretoFront(0.98));
    }

    @Test
    void registryAppliesTheThousandStepLimit() {
        MultiObjectiveEnv limited = Environments.create("minecart");
        limited.reset(0, obs);
        StepStatus s = StepStatus.RUNNING;
        int steps = 0;
        while (s == StepStatus.RUNNING) {
            s = limited.step(NONE, obs, r);
            steps++;
        }
        assertEquals(1000, steps);
        assertEquals(StepStatus.TRUNCATED, s);
    }

    private static double distance(double[] obs, double x, double y) {
        return Math.hypot(obs[0] - x, obs[1] - y);
    }
}
