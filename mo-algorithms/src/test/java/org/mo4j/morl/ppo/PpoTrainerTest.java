package org.mo4j.morl.ppo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mo4j.morl.env.Environments;
import org.mo4j.morl.env.FruitTree;
import org.mo4j.morl.env.MultiObjectiveEnv;
import org.mo4j.morl.env.TimeLimit;

class PpoTrainerTest {

    private static final Supplier<MultiObjectiveEnv> TREE =
            () -> new TimeLimit(Environments.create("fruit-tree:6"), 500);
    private static final PpoSettings SMALL =
            PpoSettings.cmorl().withRollout(128, 8).withMinibatches(10, 16);

    private static ActorCritic fresh(long seed) {
        MultiObjectiveEnv e = TREE.get();
        return new ActorCritic(
                e.observationDimension(),
                e.actionSpace(),
                6,
                64,
                PpoTrainer.maxBatch(SMALL),
                1e-5,
                new SplittableRandom(seed));
    }

    @Test
    void scalarisedPpoLearnsTheBestLeafForOneNutrient() {
        // Fruit Tree pays its leaf after 6 steps; the deterministic policy for "protein only" must
        // find leaf 58, the tree's richest in protein (9.59164585), discounted by 0.99^5.
        ActorCritic policy = fresh(1);
        PpoTrainer trainer = new PpoTrainer(policy, TREE, SMALL, 3);
        PpoObjective protein = new PpoObjective.Scalarised(new double[] {1, 0, 0, 0, 0, 0});
        for (int u = 0; u < 60; u++) {
            assertEquals(1024, trainer.train(policy, protein, 3e-4 * (1 - u / 60.0), false));
        }
        double[] g = new PolicyEvaluator(TREE, 3, 0.99, 1).evaluate(policy);
        double[] leaf = new FruitTree(6).leaf(58);
        for (int j = 0; j < 6; j++) {
            assertEquals(leaf[j] * Math.pow(0.99, 5), g[j], 1e-12, "nutrient " + j);
        }
    }

    @Test
    void aCopyTrainsWithoutTouchingTheOriginalAndTheSameSeedRepeats() {
        ActorCritic a = fresh(2);
        double[] before = a.parameters();
        ActorCritic b = a.copy();
        PpoObjective w = new PpoObjective.Scalarised(new double[] {0, 1, 0, 0, 0, 0});
        new PpoTrainer(b, TREE, SMALL, 5).train(b, w, 3e-4, false);
        assertArrayEquals(before, a.parameters());
        assertFalse(java.util.Arrays.equals(before, b.parameters()));
        ActorCritic c = a.copy();
        new PpoTrainer(c, TREE, SMALL, 5).train(c, w, 3e-4, false);
        assertArrayEquals(b.parameters(), c.parameters());
    }

    @Test
    void badSettingsAndMismatchedEnvironmentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PpoSettings.cmorl().withRollout(0, 8));
        assertThrows(IllegalArgumentException.class, () -> PpoSettings.cmorl().withGamma(1.5));
        assertThrows(IllegalArgumentException.class, () -> PpoSettings.cmorl().withEntropyCoef(-0.01));
        assertEquals(0.01, PpoSettings.cmorl().withEntropyCoef(0.01).entropyCoef());
        assertThrows(IllegalArgumentException.class, () -> PpoSettings.cmorl().withRollout(2, 2));
        assertThrows(
                IllegalArgumentException.class,
                () -> new PpoTrainer(fresh(1), () -> Environments.create("dst"), SMALL, 1));
        assertThrows(IllegalArgumentException.class, () -> new PolicyEvaluator(TREE, 0, 0.99, 1));
        ActorCritic p = fresh(1);
        PpoTrainer t = new PpoTrainer(p, TREE, SMALL, 1);
        assertEquals(
                "objective has 2 weights but the environments have 6 objectives",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> t.train(p, new PpoObjective.Scalarised(new double[] {1, 0}), 3e-4, false))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> t.train(p, new PpoObjective.Scalarised(new double[] {1, 0, 0, 0, 0, Double.NaN}), 3e-4, false));
        assertThrows(
                IllegalArgumentException.class,
                () -> t.train(p, new PpoObjective.Constrained(6, BarrierForm.CODE, 0.9, 20), 3e-4, false));
        assertThrows(IllegalArgumentException.class, () -> t.train(p, null, 3e-4, false));
        assertThrows(
                IllegalArgumentException.class,
                () -> t.train(p, new PpoObjective.Scalarised(new double[6]), Double.NaN, false));
        assertThrows(IllegalArgumentException.class, () -> new PpoObjective.Constrained(-1, BarrierForm.CODE, 0.9, 20));
    }
}
