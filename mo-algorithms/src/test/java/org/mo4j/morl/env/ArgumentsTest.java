package org.mo4j.morl.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input everywhere: null, wrong lengths, out-of-range and NaN actions, life-cycle errors. */
class ArgumentsTest {

    static void assertRejects(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "'" + e.getMessage() + "' lacks '" + f + "'");
        }
    }

    @Test
    void discreteActionsAreCheckedInEveryEnvironment() {
        for (String name : Environments.names()) {
            MultiObjectiveEnv env = Environments.create(name);
            double[] obs = new double[env.observationDimension()];
            double[] r = new double[env.numberOfObjectives()];
            env.reset(0, obs);
            if (env.actionSpace() instanceof ActionSpace.Discrete d) {
                assertRejects(() -> env.step(null, obs, r), "action", "null");
                assertRejects(() -> env.step(new double[] {0, 0}, obs, r), "action", "length 1", "2");
                assertRejects(() -> env.step(new double[0], obs, r), "action", "0");
                assertRejects(
                        () -> env.step(new double[] {d.n()}, obs, r), "action[0]", String.valueOf((double) d.n()));
                assertRejects(() -> env.step(new double[] {-1}, obs, r), "action[0]", "-1.0");
                assertRejects(() -> env.step(new double[] {0.5}, obs, r), "action[0]", "0.5");
                assertRejects(() -> env.step(new double[] {Double.NaN}, obs, r), "action[0]", "NaN");
            } else {
                assertRejects(() -> env.step(null, obs, r), "action", "null");
                assertRejects(() -> env.step(new double[] {0, 0}, obs, r), "action", "length 1", "2");
                assertRejects(() -> env.step(new double[] {Double.NaN}, obs, r), "action[0]", "NaN");
                assertRejects(() -> env.step(new double[] {Double.POSITIVE_INFINITY}, obs, r), "action[0]", "Infinity");
            }
            double[] a = new double[env.actionSpace().actionLength()];
            assertRejects(() -> env.step(a, null, r), "observationOut", "null");
            assertRejects(() -> env.step(a, new double[obs.length + 1], r), "observationOut", "length");
            assertRejects(() -> env.step(a, obs, new double[r.length - 1]), "rewardOut", "length");
            assertRejects(() -> env.reset(0, null), "observationOut");
            assertRejects(() -> env.reset(0, new double[obs.length + 2]), "observationOut");
            // a rejected step changes nothing: the episode can go on
            env.step(a, obs, r);
        }
    }

    @Test
    void stepBeforeResetOrAfterTheEndIsAStateError() {
        for (MultiObjectiveEnv env : List.of(
                new DeepSeaTreasure(),
                new FruitTree(),
                new ResourceGathering(),
                new Minecart(),
                new MountainCarContinuous())) {
            double[] a = new double[env.actionSpace().actionLength()];
            assertThrows(
                    IllegalStateException.class,
                    () -> env.step(a, new double[env.observationDimension()], new double[env.numberOfObjectives()]));
        }
        FruitTree tree = new FruitTree(5);
        Rollouts.run(tree, 0, 0, 0, 0, 0, 0);
        assertThrows(IllegalStateException.class, () -> tree.step(new double[] {0}, new double[2], new double[6]));
    }

    @Test
    void frontsCheckGamma() {
        assertRejects(() -> new DeepSeaTreasure().paretoFront(0), "gamma", "0.0");
        assertRejects(() -> new FruitTree().paretoFront(1.5), "gamma", "1.5");
        assertRejects(() -> new ResourceGathering().paretoFront(Double.NaN), "gamma", "NaN");
    }

    @Test
    void actionSpaces() {
        assertRejects(() -> new ActionSpace.Discrete(0), "n", "0");
        assertRejects(() -> new ActionSpace.Box(null, new double[] {1}), "low");
        assertRejects(() -> new ActionSpace.Box(new double[] {1}, new double[] {0}), "low <= high");
        double[] low = {-1, -2};
        ActionSpace.Box box = new ActionSpace.Box(low, new double[] {1, 2});
        low[0] = 5;
        assertEquals(-1, box.low()[0]);
        box.low()[0] = 9;
        assertEquals(-1, box.low()[0]);
        assertEquals(2, box.actionLength());
        assertEquals(box, new ActionSpace.Box(new double[] {-1, -2}, new double[] {1, 2}));
    }
}
