package org.mo4j.morl.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * MO continuous mountain car against trajectories computed with the original's step formula
 * (float64 arithmetic, state stored as float32 after each step, as MO-Gymnasium 1.1.0 with numpy 1).
 */
class MountainCarContinuousTest {

    final MountainCarContinuous env = new MountainCarContinuous();
    final double[] obs = new double[2];
    final double[] r = new double[2];

    @Test
    void coastingFromMinusHalfFollowsTheOriginal() {
        double[][] expected = {
            {-0.5001768469810486, -0.00017684300837572664},
            {-0.5005292296409607, -0.00035236295661889017},
            {-0.5010544657707214, -0.0005252464325167239},
            {-0.5017486810684204, -0.0006941998726688325},
            {-0.5026066303253174, -0.0008579582208767533},
        };
        env.resetTo(-0.5, 0, obs);
        for (double[] e : expected) {
            assertEquals(StepStatus.RUNNING, env.step(new double[] {0}, obs, r));
            assertArrayEquals(e, obs, 1e-9);
            assertArrayEquals(new double[] {-1, -0.0}, r);
        }
    }

    @Test
    void bangBangReachesTheGoalIn106Steps() {
        env.resetTo(-0.5, 0, obs);
        double[] ret = new double[2];
        int steps = 0;
        StepStatus s = StepStatus.RUNNING;
        double[] a = new double[1];
        while (s == StepStatus.RUNNING) {
            a[0] = obs[1] >= 0 ? 1 : -1;
            s = env.step(a, obs, r);
            ret[0] += r[0];
            ret[1] += r[1];
            steps++;
            if (steps == 1) {
                assertArrayEquals(new double[] {-0.4986768364906311, 0.0013231569901108742}, obs, 1e-9);
            }
        }
        assertEquals(StepStatus.TERMINATED, s);
        assertEquals(106, steps);
        assertArrayEquals(new double[] {-105, -106}, ret);
        assertArrayEquals(new double[] {0.5020867586135864, 0.0640476867556572}, obs, 1e-9);
        assertEquals(0.0, r[0]); // no time penalty on the terminating step
    }

    @Test
    void halfThrottleTradesTimeForFuel() {
        env.resetTo(-0.5, 0, obs);
        double[] ret = new double[2];
        int steps = 0;
        StepStatus s = StepStatus.RUNNING;
        while (s == StepStatus.RUNNING) {
            s = env.step(new double[] {obs[1] >= 0 ? 0.5 : -0.5}, obs, r);
            ret[0] += r[0];
            ret[1] += r[1];
            steps++;
        }
        assertEquals(212, steps);
        assertArrayEquals(new double[] {-211, -53}, ret);
    }

    @Test
    void forceIsClippedButFuelIsOfTheGivenAction() {
        MountainCarContinuous a = new MountainCarContinuous();
        MountainCarContinuous b = new MountainCarContinuous();
        double[] oa = new double[2];
        double[] ob = new double[2];
        a.resetTo(-0.5, 0, oa);
        b.resetTo(-0.5, 0, ob);
        a.step(new double[] {2.0}, oa, r);
        assertEquals(-4.0, r[1]);
        b.step(new double[] {1.0}, ob, r);
        assertArrayEquals(ob, oa);
    }

    @Test
    void resetDrawsThePositionUniformlyInTheStartInterval() {
        double min = 0;
        double max = -1;
        for (long seed = 0; seed < 2000; seed++) {
            env.reset(seed, obs);
            assertTrue(obs[0] >= -0.6 && obs[0] <= -0.4, "position " + obs[0]);
            assertEquals(0, obs[1]);
            min = Math.min(min, obs[0]);
            max = Math.max(max, obs[0]);
        }
        assertTrue(min < -0.59 && max > -0.41);
        assertEquals(new ActionSpace.Box(new double[] {-1}, new double[] {1}), env.actionSpace());
    }

    @Test
    void registryAppliesThe999StepLimit() {
        MultiObjectiveEnv limited = Environments.create("mo-mountaincar-continuous");
        limited.reset(5, obs);
        int steps = 0;
        StepStatus s = StepStatus.RUNNING;
        while (s == StepStatus.RUNNING) {
            s = limited.step(new double[] {0}, obs, r);
            steps++;
        }
        assertEquals(999, steps);
        assertEquals(StepStatus.TRUNCATED, s);
    }
}
