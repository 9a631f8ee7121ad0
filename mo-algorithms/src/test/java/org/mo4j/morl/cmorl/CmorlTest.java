package org.mo4j.morl.cmorl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.mo4j.morl.MorlAlgorithms;
import org.mo4j.morl.MorlResult;
import org.mo4j.morl.ppo.BarrierForm;
import org.mo4j.morl.ppo.PpoSettings;
import org.mo4j.morl.ppo.Relaxation;

class CmorlTest {

    /** A small C-MORL run on Deep Sea Treasure: 4 preferences, 32×4-step updates, 2 rounds. */
    private static Cmorl.Builder small(long seed) {
        return small("dst", seed);
    }

    private static Cmorl.Builder small(String environment, long seed) {
        return Cmorl.builder(environment)
                .totalSteps(12_288)
                .initialSteps(4_096)
                .preferences(0, 1, 1.0 / 3)
                .select(2)
                .updateIter(4)
                .ppo(PpoSettings.cmorl().withRollout(32, 4).withMinibatches(4, 4))
                .seed(seed);
    }

    @Test
    void theSameSeedGivesTheSameArchiveOnOneOrTwoThreads() {
        MorlResult one = small(5).build().run();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            MorlResult two = small(5).executor(pool).build().run();
            assertArrayEquals(one.returns(), two.returns());
            assertEquals(one.history().size(), two.history().size());
        } finally {
            pool.shutdownNow();
        }
        assertFalse(Arrays.deepEquals(one.returns(), small(6).build().run().returns()), "another seed, another run");
    }

    @Test
    void budgetsCountEnvironmentStepsAndStageTwoRunsItsRounds() {
        MorlResult r = small(1).build().run();
        // Stage 1: 4096 / 4 preferences / 128 steps per update = 8 updates each = 4096 steps;
        // Stage 2: (12288 − 4096) / 2 selected / 128 / 2 objectives = 16 updates per (policy, objective),
        // in rounds of 4: 4 rounds of 2 × 2 × 4 × 128 = 2048 steps
        long expected = 4_096;
        for (MorlResult.Checkpoint c : r.history().subList(1, r.history().size())) {
            assertTrue(c.trained() >= 1 && c.trained() <= 2, c.toString());
            expected += c.trained() * 2 * 4 * 128L;
        }
        assertEquals(expected, r.environmentSteps());
        assertTrue(
                r.history().size() >= 2 && r.history().size() <= 5, r.history().toString());
        assertEquals(4, r.history().get(0).trained());
        assertEquals("stage 1", r.history().get(0).label());
        assertTrue(r.size() > 0);
        for (MorlResult.Checkpoint c : r.history()) {
            assertTrue(c.archiveSize() > 0 && c.metrics().hypervolume() >= 0, c.toString());
        }
        // the code's arithmetic counts one environment copy: 4 times the steps for the same budget
        MorlResult code = small(1).budget(Budget.CODE)
                .totalSteps(3_072)
                .initialSteps(1_024)
                .build()
                .run();
        assertEquals(r.environmentSteps(), code.environmentSteps());
    }

    @Test
    void theScalarisedBaselineSpendsEverythingInStageOne() {
        MorlResult r = small(1).stage2(false).build().run();
        assertEquals(1, r.history().size());
        assertEquals(12_288, r.environmentSteps());
    }

    @Test
    void theBaselineAnswersWithItsFinalPoliciesAndCmorlArchivesEverySnapshot() {
        MorlResult baseline = small(3).stage2(false).build().run();
        assertTrue(baseline.size() >= 1 && baseline.size() <= 4, "one final policy per preference at most");
        assertArrayEquals(
                baseline.returns(),
                small(3).stage2(false)
                        .snapshots(Cmorl.Snapshots.FINAL)
                        .build()
                        .run()
                        .returns());
        MorlResult every =
                small(3).stage2(false).snapshots(Cmorl.Snapshots.EVERY).build().run();
        assertEquals(baseline.environmentSteps(), every.environmentSteps(), "the switch changes no training");
        MorlResult cmorl = small(3).build().run();
        assertArrayEquals(
                cmorl.returns(),
                small(3).snapshots(Cmorl.Snapshots.EVERY).build().run().returns());
    }

    @Test
    void everySwitchRunsAndChangesTheRun() {
        MorlResult base = small(2).build().run();
        for (Cmorl.Builder b : List.of(
                small(2).extension(Cmorl.Extension.CHAINED),
                small(2).barrier(BarrierForm.CODE_AS_WRITTEN),
                small(2).barrier(BarrierForm.PAPER),
                // Deep Sea Treasure's time objective is a cost (−1 a step), so the bound moves
                small(2).relaxation(Relaxation.SIGN_AWARE))) {
            MorlResult r = b.build().run();
            assertFalse(Arrays.deepEquals(parameters(base), parameters(r)), "the switch changes the trained policies");
        }
    }

    @Test
    void theSignAwareRelaxationChangesThePaperBarriersRunToo() {
        MorlResult paper = small(2).barrier(BarrierForm.PAPER).build().run();
        MorlResult signAware = small(2).barrier(BarrierForm.PAPER)
                .relaxation(Relaxation.SIGN_AWARE)
                .build()
                .run();
        assertFalse(Arrays.deepEquals(parameters(paper), parameters(signAware)));
    }

    /**
     * Stage 2 under {@link Stage2Budget#SPEND}: never more than the budget, and while selectable
     * members remain, less than one update per objective (128 × 2 steps) left over.
     */
    @Test
    void spendingStageTwoTakesWhatIsLeftOfTheBudget() {
        // Stage 1 takes 4096; Stage 2 has 2482 = 9 updates per objective (+ 178 steps): a round of
        // 2 policies × 4 updates, then 1 update left per objective, for the first selected policy only
        // (this seed's archive still offers 2 members never selected)
        long budget = 4_096 + 2 * 4 * 2 * 128 + 2 * 128 + 178;
        MorlResult r = small("dst-concave", 6)
                .stage2Budget(Stage2Budget.SPEND)
                .totalSteps(budget)
                .build()
                .run();
        assertTrue(r.environmentSteps() <= budget, r.history().toString());
        assertTrue(r.environmentSteps() > budget - 128 * 2, r.history().toString());
        assertEquals(6_400, r.environmentSteps());
        List<MorlResult.Checkpoint> h = r.history();
        assertEquals(3, h.size(), h.toString());
        assertEquals(2, h.get(1).trained());
        assertEquals(1, h.get(2).trained(), "the last round extends the first selected policy only");
        // the code's rounds, sized for 6 selected, stop after 5 updates per objective: spend goes on
        MorlResult rounds = small(1).select(6).totalSteps(budget).build().run();
        MorlResult spend = small(1).select(6)
                .stage2Budget(Stage2Budget.SPEND)
                .totalSteps(budget)
                .build()
                .run();
        assertTrue(spend.environmentSteps() > rounds.environmentSteps(), spend.history() + " " + rounds.history());
        assertTrue(spend.environmentSteps() <= budget);
        // every budget below, Stage 1's leftover included, is never exceeded
        for (long total = 4_096; total <= 9_000; total += 1_111) {
            MorlResult q = small(4).stage2Budget(Stage2Budget.SPEND)
                    .initialSteps(4_000)
                    .totalSteps(total)
                    .build()
                    .run();
            assertTrue(q.environmentSteps() <= total, total + ": " + q.history());
        }
    }

    @Test
    void spendingStageTwoGivesTheSameArchiveOnOneOrTwoThreads() {
        MorlResult one = small(7).stage2Budget(Stage2Budget.SPEND).build().run();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            MorlResult two = small(7).stage2Budget(Stage2Budget.SPEND)
                    .executor(pool)
                    .build()
                    .run();
            assertArrayEquals(one.returns(), two.returns());
            assertEquals(one.history(), two.history());
            assertEquals(one.environmentSteps(), two.environmentSteps());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[][] parameters(MorlResult r) {
        return r.paretoSet().stream().map(p -> p.parameters()).toArray(double[][]::new);
    }

    @Test
    void thePolicyForAPreferenceMaximisesItsUtility() {
        MorlResult r = small(3).build().run();
        double[][] g = r.returns();
        for (double[] w : new double[][] {{1, 0}, {0, 1}, {0.5, 0.5}, {0.9, 0.1}}) {
            double best = Double.NEGATIVE_INFINITY;
            for (double[] row : g) {
                best = Math.max(best, w[0] * row[0] + w[1] * row[1]);
            }
            double[] f = r.objectivesFor(w);
            assertEquals(best, -(w[0] * f[0] + w[1] * f[1]), 1e-12);
            assertTrue(r.paretoSet().contains(r.solutionFor(w)));
        }
        assertThrows(IllegalArgumentException.class, () -> r.solutionFor(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> r.solutionFor(new double[] {-1, 2}));
    }

    @Test
    void badSettingsAreRejectedBeforeTraining() {
        assertThrows(IllegalArgumentException.class, () -> Cmorl.builder("no-such-env"));
        assertThrows(
                IllegalArgumentException.class,
                () -> small(1).initialSteps(20_000).build());
        assertThrows(IllegalArgumentException.class, () -> small(1).totalSteps(0));
        assertThrows(IllegalArgumentException.class, () -> small(1).preferences(0, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> small(1).relaxation(null));
        assertThrows(IllegalArgumentException.class, () -> small(1).stage2Budget(null));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> small(1).initialSteps(100).build().run());
        assertTrue(e.getMessage().startsWith("initialSteps 100 gives no PPO update"), e.getMessage());
    }

    @Test
    void theRegistryHasCmorlAndItsBaselineWithValidatedSettings() {
        assertEquals(List.of("c-morl", "pgmorl", "scalarised"), MorlAlgorithms.names());
        var p = MorlAlgorithms.provider("C-MORL");
        assertEquals(
                "barrier must be one of code, code-as-written, paper, was 'log'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> p.create("dst", p.configure(Map.of("barrier", "log")), null, null))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.configure(Map.of("beta2", "1")));
        assertEquals(
                "relaxation must be one of proportional, sign-aware, was 'abs'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> p.create("dst", p.configure(Map.of("relaxation", "abs")), null, null))
                        .getMessage());
        assertEquals(
                "stage2-budget must be one of rounds, spend, was 'all'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> p.create("dst", p.configure(Map.of("stage2-budget", "all")), null, null))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.configure(Map.of("entropy", "-0.01")));
        assertEquals(
                "minibatches must be at most steps*envs = 8, was 16",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> p.create(
                                        "dst",
                                        p.configure(Map.of("rollout-steps", "4", "envs", "2", "minibatches", "16")),
                                        null,
                                        null))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> MorlAlgorithms.provider("envelope"));
        MorlResult r = p.create(
                        "dst",
                        p.configure(Map.of(
                                "steps",
                                "4096",
                                "initial-steps",
                                "2048",
                                "rollout-steps",
                                "32",
                                "envs",
                                "4",
                                "update-iter",
                                "2",
                                "minibatches",
                                "8")),
                        null,
                        null)
                .run();
        assertTrue(r.environmentSteps() > 0 && r.environmentSteps() <= 4096);
    }
}
