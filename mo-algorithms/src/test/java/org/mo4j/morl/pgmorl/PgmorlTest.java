package org.mo4j.morl.pgmorl;

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
import org.mo4j.morl.ppo.PpoSettings;

class PgmorlTest {

    /** Deep Sea Treasure: 4 warm-up weights of 8 updates of 32×4 steps, then 64 updates in generations of 4 tasks. */
    private static Pgmorl.Builder small(String environment, long seed) {
        return Pgmorl.builder(environment)
                .totalSteps(12_288)
                .initialSteps(4_096)
                .preferences(0, 1, 1.0 / 3)
                .ppo(PpoSettings.cmorl().withRollout(32, 4).withMinibatches(4, 4))
                .seed(seed);
    }

    @Test
    void theSameSeedGivesTheSameArchiveOnOneOrTwoThreads() {
        MorlResult one = small("dst", 5).build().run();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            MorlResult two = small("dst", 5).executor(pool).build().run();
            assertArrayEquals(one.returns(), two.returns());
            assertEquals(one.history(), two.history());
        } finally {
            pool.shutdownNow();
        }
        assertFalse(
                Arrays.deepEquals(one.returns(), small("dst", 6).build().run().returns()), "another seed, another run");
    }

    @Test
    void theBudgetIsSpentExactlyWhenItDividesAndNeverExceeded() {
        MorlResult r = small("dst", 1).build().run();
        // warm-up 4 × 8 × 128 = 4096; then 64 updates: update-iter 64 / 16 = 4, four generations of 4 tasks
        assertEquals("warm-up", r.history().get(0).label());
        assertEquals(4_096, r.history().get(0).environmentSteps());
        assertEquals(12_288, r.environmentSteps());
        assertEquals(5, r.history().size(), r.history().toString());
        for (long total : new long[] {12_000, 5_000, 4_200}) {
            MorlResult s = small("dst", 2).totalSteps(total).build().run();
            // never over budget; a run may end early when every population member's candidate weights were tried
            assertTrue(s.environmentSteps() <= total, total + ": " + s.environmentSteps());
            assertEquals(0, s.environmentSteps() % 128);
        }
        // the code's arithmetic counts one environment copy: 4 times the steps for the same budget
        MorlResult code = small("dst", 1)
                .totalSteps(3_072)
                .initialSteps(1_024)
                .budget(org.mo4j.morl.cmorl.Budget.CODE)
                .build()
                .run();
        assertEquals(4 * 3_072, code.environmentSteps());
    }

    @Test
    void threeObjectivesUseTheSimplexDirectionsAndRun() {
        MorlResult r = Pgmorl.builder("resource-gathering")
                .totalSteps(6_144)
                .initialSteps(3_072)
                .preferences(0, 1, 0.5)
                .ppo(PpoSettings.cmorl().withRollout(32, 4).withMinibatches(4, 4))
                .seed(3)
                .build()
                .run();
        assertEquals(6_144, r.environmentSteps());
        assertTrue(r.history().size() >= 2, r.history().toString());
        assertEquals(3, r.numberOfObjectives());
    }

    @Test
    void badSettingsAreRejectedNamingThem() {
        assertThrows(IllegalArgumentException.class, () -> Pgmorl.builder("no-such-env"));
        assertEquals(
                "weightCandidates must be >= 2, was 1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> small("dst", 1).weightCandidates(1))
                        .getMessage());
        assertEquals(
                "sparsity must be finite and >= 0, was -1.0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> small("dst", 1).sparsity(-1))
                        .getMessage());
        assertEquals(
                "pbufferSize must be >= 1, was 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> small("dst", 1).performanceBuffers(10, 0))
                        .getMessage());
        assertEquals(
                "initialSteps must be at most totalSteps 12288, was 20000",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> small("dst", 1)
                                        .initialSteps(20_000)
                                        .build()
                                        .run())
                        .getMessage());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> small("dst", 1).initialSteps(100).build().run());
        assertTrue(e.getMessage().startsWith("initialSteps 100 gives no PPO update"), e.getMessage());
    }

    @Test
    void theRegistryRunsPgmorlWithValidatedSettings() {
        var p = MorlAlgorithms.provider("PGMORL");
        assertEquals("pgmorl", p.name());
        assertEquals(
                "budget must be one of environment-steps, code, was 'episodes'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> p.create("dst", p.configure(Map.of("budget", "episodes")), null, null))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.configure(Map.of("weight-candidates", "1")));
        assertThrows(IllegalArgumentException.class, () -> p.configure(Map.of("sparsity", "-1")));
        MorlResult r = p.create(
                        "dst",
                        p.configure(
                                Map.of("steps", "4096", "initial-steps", "2048", "rollout-steps", "32", "envs", "4")),
                        null,
                        null)
                .run();
        assertTrue(r.environmentSteps() > 2048 && r.environmentSteps() <= 4096, "" + r.environmentSteps());
        assertTrue(List.of("c-morl", "pgmorl", "scalarised").containsAll(MorlAlgorithms.names()));
    }

    @Test
    void candidateWeightsAreTheCodesAroundTheMembersWeight() {
        Pgmorl run = small("resource-gathering", 1).preferences(0, 1, 0.5).build();
        OptGraph g = new OptGraph();
        int node = g.insert(new double[] {1, 0, 0}, new double[] {1, 1, 1}, -1);
        // the grid of step 0.25: strictly within π/4 of (1,0,0) are (.75,.25,0), (.75,0,.25), (.5,.25,.25);
        // (.5,.5,0) lies at π/4 exactly
        double[][] c = run.candidateWeights(g, node, 3, new java.util.SplittableRandom(1));
        assertEquals(4, c.length, Arrays.deepToString(c));
        assertArrayEquals(new double[] {1, 0, 0}, c[0]);
        // once (1,0,0) was tried from the node, it is no candidate any more
        g.insert(new double[] {2, 0, 0}, new double[] {2, 1, 1}, node);
        assertEquals(3, run.candidateWeights(g, node, 3, new java.util.SplittableRandom(1)).length);
        // two objectives: 7 angles within ±π/4 of the member's, those inside the first quadrant
        Pgmorl two = small("dst", 1).build();
        OptGraph g2 = new OptGraph();
        int n2 = g2.insert(new double[] {1, 0}, new double[] {1, -1}, -1);
        double[][] c2 = two.candidateWeights(g2, n2, 2, new java.util.SplittableRandom(1));
        assertEquals(4, c2.length, Arrays.deepToString(c2)); // 0, π/12, π/6, π/4
        assertEquals(Math.cos(Math.PI / 4), c2[3][0], 1e-12);
    }
}
