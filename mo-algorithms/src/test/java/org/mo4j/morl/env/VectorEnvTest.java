package org.mo4j.morl.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** TimeLimit and VectorEnv: truncation, auto-reset, final observations, seeding. */
class VectorEnvTest {

    @Test
    void timeLimitTruncatesUnlessTheInnerEnvTerminated() {
        // Fruit Tree of depth 5 terminates at step 5: a limit of 5 must report TERMINATED
        TimeLimit five = new TimeLimit(new FruitTree(5), 5);
        Rollouts.Episode e = Rollouts.run(five, 0, 0, 0, 0, 0, 0);
        assertEquals(5, e.steps());
        assertEquals(StepStatus.TERMINATED, e.last());
        TimeLimit three = new TimeLimit(new FruitTree(5), 3);
        e = Rollouts.run(three, 0, 1, 1, 1, 1);
        assertEquals(3, e.steps());
        assertEquals(StepStatus.TRUNCATED, e.last());
        assertEquals(3, three.elapsedSteps());
        double[] obs = new double[2];
        assertThrows(IllegalStateException.class, () -> three.step(new double[] {0}, obs, new double[6]));
        three.reset(0, obs);
        assertEquals(0, three.elapsedSteps());
        assertEquals("fruit-tree:5", three.name());
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit(new FruitTree(), 0));
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit(null, 5));
    }

    @Test
    void autoResetWritesTheFinalObservationAndRestarts() {
        VectorEnv v = new VectorEnv(() -> new FruitTree(5), 3);
        double[][] obs = new double[3][2];
        double[][] fin = new double[3][2];
        double[][] rew = new double[3][6];
        StepStatus[] st = new StepStatus[3];
        v.reset(42, obs);
        for (double[] o : obs) {
            assertArrayEquals(new double[] {0, 0}, o);
        }
        // copy i always goes right when i = 2, left when i = 0, alternates when i = 1
        for (int episode = 0; episode < 3; episode++) {
            for (int t = 0; t < 5; t++) {
                double[][] actions = {{0}, {t % 2}, {1}};
                for (double[] f : fin) {
                    Arrays.fill(f, -7);
                }
                v.step(actions, obs, rew, st, fin);
                if (t < 4) {
                    for (int i = 0; i < 3; i++) {
                        assertEquals(StepStatus.RUNNING, st[i]);
                        assertArrayEquals(new double[] {-7, -7}, fin[i]); // untouched
                        assertEquals(t + 1, obs[i][0]);
                    }
                }
            }
            FruitTree tree = new FruitTree(5);
            int[] leaves = {0, 0b01010, 31};
            for (int i = 0; i < 3; i++) {
                assertEquals(StepStatus.TERMINATED, st[i]);
                assertArrayEquals(new double[] {5, leaves[i]}, fin[i]);
                assertArrayEquals(new double[] {0, 0}, obs[i]); // the new episode's first observation
                assertArrayEquals(tree.leaf(leaves[i]), rew[i]);
                assertEquals(episode + 1, v.episodeIndex(i));
            }
        }
    }

    @Test
    void truncationIsAutoResetToo() {
        VectorEnv v = new VectorEnv(() -> Environments.create("dst"), 2);
        double[][] obs = new double[2][2];
        double[][] fin = new double[2][2];
        double[][] rew = new double[2][2];
        StepStatus[] st = new StepStatus[2];
        v.reset(1, obs);
        double[][] right = {{3}, {3}};
        for (int t = 1; t <= 100; t++) {
            v.step(right, obs, rew, st, fin);
            assertEquals(t == 100 ? StepStatus.TRUNCATED : StepStatus.RUNNING, st[0]);
        }
        assertArrayEquals(new double[] {0, 10}, fin[0]);
        assertArrayEquals(new double[] {0, 0}, obs[0]);
        assertEquals(1, v.episodeIndex(1));
    }

    @Test
    void sameSeedSameRolloutDifferentSeedDifferentRollout() {
        List<double[]> a = rollout(7, "resource-gathering");
        List<double[]> b = rollout(7, "resource-gathering");
        List<double[]> c = rollout(8, "resource-gathering");
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i));
        }
        boolean differs = false;
        for (int i = 0; i < a.size() && !differs; i++) {
            differs = !Arrays.equals(a.get(i), c.get(i));
        }
        assertTrue(differs);
        List<double[]> m1 = rollout(3, "minecart");
        List<double[]> m2 = rollout(3, "minecart");
        for (int i = 0; i < m1.size(); i++) {
            assertArrayEquals(m1.get(i), m2.get(i));
        }
    }

    /** Random actions (their own seed) on 4 copies for 3000 steps; every observation and reward. */
    private static List<double[]> rollout(long seed, String name) {
        VectorEnv v = new VectorEnv(() -> Environments.create(name), 4);
        int n = ((ActionSpace.Discrete) v.actionSpace()).n();
        double[][] obs = new double[4][v.observationDimension()];
        double[][] fin = new double[4][v.observationDimension()];
        double[][] rew = new double[4][v.numberOfObjectives()];
        StepStatus[] st = new StepStatus[4];
        double[][] actions = new double[4][1];
        SplittableRandom policy = new SplittableRandom(99);
        List<double[]> out = new ArrayList<>();
        v.reset(seed, obs);
        for (int t = 0; t < 3000; t++) {
            for (double[] a : actions) {
                a[0] = policy.nextInt(n);
            }
            v.step(actions, obs, rew, st, fin);
            for (int i = 0; i < 4; i++) {
                out.add(obs[i].clone());
                out.add(rew[i].clone());
            }
        }
        return out;
    }

    @Test
    void episodeSeedsDifferAcrossCopiesAndEpisodes() {
        long s = VectorEnv.episodeSeed(5, 0, 0);
        assertEquals(s, VectorEnv.episodeSeed(5, 0, 0));
        assertFalse(s == VectorEnv.episodeSeed(5, 1, 0));
        assertFalse(s == VectorEnv.episodeSeed(5, 0, 1));
        assertFalse(s == VectorEnv.episodeSeed(6, 0, 0));
        assertFalse(VectorEnv.episodeSeed(5, 1, 0) == VectorEnv.episodeSeed(5, 0, 1));
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> new VectorEnv(null, 2));
        assertThrows(IllegalArgumentException.class, () -> new VectorEnv(FruitTree::new, 0));
        FruitTree shared = new FruitTree();
        assertThrows(IllegalArgumentException.class, () -> new VectorEnv(() -> shared, 2));
        int[] k = {0};
        assertThrows(
                IllegalArgumentException.class,
                () -> new VectorEnv(() -> k[0]++ == 0 ? new FruitTree() : new DeepSeaTreasure(), 2));
        VectorEnv v = new VectorEnv(FruitTree::new, 2);
        double[][] obs = new double[2][2];
        double[][] rew = new double[2][6];
        StepStatus[] st = new StepStatus[2];
        double[][] actions = {{0}, {1}};
        assertThrows(IllegalStateException.class, () -> v.step(actions, obs, rew, st, new double[2][2]));
        v.reset(0, obs);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> v.step(new double[1][1], obs, rew, st, new double[2][2]));
        assertTrue(e.getMessage().contains("actions"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> v.step(actions, obs, rew, new StepStatus[1], new double[2][2]));
        assertTrue(e.getMessage().contains("statusOut"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> v.step(actions, obs, rew, st, new double[2][3]));
        assertTrue(e.getMessage().contains("finalObservationsOut[0]"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> v.step(new double[][] {{0}, {2}}, obs, rew, st, new double[2][2]));
        assertTrue(e.getMessage().contains("action[0]") && e.getMessage().contains("2.0"), e.getMessage());
    }
}
