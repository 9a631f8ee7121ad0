package org.mo4j.morl.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over random seeds and random action sequences. */
class EnvironmentPropertiesTest {

    @Provide
    Arbitrary<String> discreteNames() {
        return Arbitraries.of("dst", "dst-concave", "fruit-tree:5", "fruit-tree:7", "resource-gathering", "minecart");
    }

    /** Random actions from {@code policySeed} for up to 300 steps; the flat record of the episode. */
    private static double[] trace(MultiObjectiveEnv env, long seed, long policySeed) {
        SplittableRandom policy = new SplittableRandom(policySeed);
        double[] obs = new double[env.observationDimension()];
        double[] r = new double[env.numberOfObjectives()];
        double[] a = new double[env.actionSpace().actionLength()];
        double[] out = new double[300 * (obs.length + r.length + 1)];
        env.reset(seed, obs);
        int k = 0;
        for (int t = 0; t < 300; t++) {
            if (env.actionSpace() instanceof ActionSpace.Discrete d) {
                a[0] = policy.nextInt(d.n());
            } else {
                a[0] = policy.nextDouble(-1, 1);
            }
            StepStatus s = env.step(a, obs, r);
            System.arraycopy(obs, 0, out, k, obs.length);
            k += obs.length;
            System.arraycopy(r, 0, out, k, r.length);
            k += r.length;
            out[k++] = s.ordinal();
            if (s.isDone()) {
                break;
            }
        }
        return out;
    }

    @Property(tries = 60)
    void sameSeedSameTrajectory(@ForAll("discreteNames") String name, @ForAll long seed, @ForAll long policySeed) {
        MultiObjectiveEnv env = Environments.create(name);
        double[] first = trace(env, seed, policySeed);
        assertArrayEquals(first, trace(env, seed, policySeed)); // the same instance, reset again
        assertArrayEquals(first, trace(Environments.create(name), seed, policySeed));
    }

    @Property(tries = 30)
    void mountainCarSameSeedSameTrajectory(@ForAll long seed, @ForAll long policySeed) {
        assertArrayEquals(
                trace(Environments.create("mo-mountaincar-continuous"), seed, policySeed),
                trace(Environments.create("mo-mountaincar-continuous"), seed, policySeed));
    }

    @Property(tries = 100)
    void deepSeaTreasureStaysOnWaterAndPaysOnlyAtTheEnd(@ForAll long policySeed) {
        DeepSeaTreasure env = new DeepSeaTreasure();
        SplittableRandom policy = new SplittableRandom(policySeed);
        double[] obs = new double[2];
        double[] r = new double[2];
        env.reset(0, obs);
        for (int t = 0; t < 200; t++) {
            StepStatus s = env.step(new double[] {policy.nextInt(4)}, obs, r);
            int row = (int) obs[0];
            int col = (int) obs[1];
            assertTrue(row >= 0 && row < 11 && col >= 0 && col < 11);
            assertTrue(env.cell(row, col) != -10, "on rock");
            assertEquals(-1, r[1]);
            assertEquals(s == StepStatus.TERMINATED, r[0] > 0);
            if (s.isDone()) {
                assertEquals(env.cell(row, col), r[0]);
                break;
            }
        }
    }

    @Property(tries = 100)
    void minecartLoadStaysWithinCapacityAndFuelIsOneOfThreeValues(@ForAll long seed, @ForAll long policySeed) {
        Minecart env = new Minecart();
        SplittableRandom policy = new SplittableRandom(policySeed);
        double[] obs = new double[7];
        double[] r = new double[3];
        env.reset(seed, obs);
        for (int t = 0; t < 300; t++) {
            int a = policy.nextInt(6);
            StepStatus s = env.step(new double[] {a}, obs, r);
            assertTrue(obs[5] >= 0 && obs[6] >= 0 && obs[5] + obs[6] <= 1 + 1e-6);
            assertTrue(obs[0] >= 0 && obs[0] <= 1 && obs[1] >= 0 && obs[1] <= 1);
            double fuel = a == Minecart.ACCELERATE ? -0.12 : a == Minecart.MINE ? -0.22 : -0.02;
            assertEquals(fuel, r[2], 1e-12);
            assertTrue(r[0] >= 0 && r[1] >= 0 && r[0] + r[1] <= 1.5 + 1e-9);
            if (s.isDone()) {
                break;
            }
        }
    }

    @Property
    void seedableRandomMatchesSplittableRandom(@ForAll long seed) {
        SeedableRandom mine = new SeedableRandom(seed ^ 1);
        mine.reseed(seed);
        SplittableRandom jdk = new SplittableRandom(seed);
        for (int i = 0; i < 20; i++) {
            assertEquals(jdk.nextLong(), mine.nextLong());
        }
        assertEquals(new SplittableRandom(seed).nextDouble(), new SeedableRandom(seed).nextDouble());
    }
}
