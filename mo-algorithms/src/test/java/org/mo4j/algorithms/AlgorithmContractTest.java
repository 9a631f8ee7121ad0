package org.mo4j.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.core.dominance.Dominance;
import org.mo4j.core.problem.Problem;

/** The contract every algorithm keeps: determinism, exact budgets, observer, failures, constraints. */
class AlgorithmContractTest {

    static List<Algorithms> algorithms() {
        return Algorithms.all().toList();
    }

    private static Result run(Algorithms a, Problem p, long seed, long evaluations) {
        return a.run(p, 20, seed, null, null, Termination.evaluations(evaluations));
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void sameSeedGivesTheSameResultAndAnotherSeedAnother(Algorithms a) {
        Problem p = TestProblems.convex(5);
        Result r1 = run(a, p, 7, 2_000);
        Result r2 = run(a, p, 7, 2_000);
        Result r3 = run(a, p, 8, 2_000);
        assertEquals(r1.population(), r2.population());
        assertEquals(r1.nonDominated(), r2.nonDominated());
        assertNotEquals(r1.population(), r3.population());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void oneAndFourThreadsGiveIdenticalResults(Algorithms a) {
        Problem p = TestProblems.sphere3(6);
        ExecutorService one = Executors.newFixedThreadPool(1);
        ExecutorService four = Executors.newFixedThreadPool(4);
        try {
            Result sequential = a.run(p, 20, 3, null, null, Termination.evaluations(1_500));
            Result r1 = a.run(p, 20, 3, one, null, Termination.evaluations(1_500));
            Result r4 = a.run(p, 20, 3, four, null, Termination.evaluations(1_500));
            assertEquals(sequential.population(), r1.population());
            assertEquals(r1.population(), r4.population());
        } finally {
            one.shutdownNow();
            four.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void evaluationBudgetIsSpentExactly(Algorithms a) {
        long[] calls = new long[1];
        Problem base = TestProblems.convex(4);
        Problem counting = new TestProblems.Simple("counting", 4, 2, 0, base.bounds(), x -> {
            calls[0]++;
            return base.evaluate(x);
        });
        for (long budget : new long[] {1, 19, 20, 21, 1_001, 1_013}) {
            calls[0] = 0;
            Result r = run(a, counting, 1, budget);
            assertEquals(budget, r.evaluations(), "budget " + budget);
            assertEquals(budget, calls[0], "problem calls for budget " + budget);
            assertEquals(StopReason.EVALUATIONS, r.stopReason());
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void observerIsCalledOncePerGenerationInOrder(Algorithms a) {
        List<Progress> seen = new ArrayList<>();
        Result r = a.run(TestProblems.convex(4), 20, 1, null, seen::add, Termination.evaluations(1_000));
        assertEquals(r.generations() + 1, seen.size());
        for (int g = 0; g < seen.size(); g++) {
            assertEquals(g, seen.get(g).generation());
            assertTrue(!seen.get(g).front().isEmpty());
        }
        assertEquals(20, seen.get(0).evaluations());
        assertEquals(1_000, seen.get(seen.size() - 1).evaluations());
        assertEquals(r.nonDominated(), seen.get(seen.size() - 1).front());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void failedEvaluationKeepsTheLastCompleteGenerationAndSaysWhere(Algorithms a) {
        // 20 initial evaluations (0..19), then 20 per generation: evaluation 75 is the 16th of generation 3
        Problem p = TestProblems.failingAt(TestProblems.convex(4), 75);
        RunFailedException e = assertThrows(RunFailedException.class, () -> run(a, p, 1, 1_000));
        assertEquals(3, e.generation());
        assertEquals(75, e.evaluation());
        assertEquals(a.batched() ? 15 : 0, e.batchIndex());
        assertEquals(2, e.partialResult().generations());
        if (a.fixedPopulation()) {
            assertEquals(20, e.partialResult().population().size());
        } else {
            // an archive (SMPSO's leaders: at most N; ε-MOEA's ε-boxes) or one member per
            // occupied reference vector (RVEA)
            assertTrue(!e.partialResult().population().isEmpty());
        }
        assertTrue(e.getMessage().contains("generation 3"), e.getMessage());
        assertTrue(e.getMessage().contains("evaluation 75"), e.getMessage());
        assertEquals("simulated failure", e.getCause().getMessage());
        // the partial population is exactly the population after generation 2 of an unfailing run
        if (a.budgetIndependent()) {
            Result healthy = run(a, TestProblems.convex(4), 1, 60);
            assertEquals(healthy.population(), e.partialResult().population());
        } else { // the same budget, seen through the observer at generation 2
            List<Progress> seen = new ArrayList<>();
            a.run(TestProblems.convex(4), 20, 1, null, seen::add, Termination.evaluations(1_000));
            assertEquals(seen.get(2).front(), e.partialResult().nonDominated());
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void failureOnAnExecutorIsReportedAsInSequence(Algorithms a) {
        // fails on a point, not on a call count, so the failing point is the same for any scheduling
        Problem p = TestProblems.failingAbove(TestProblems.convex(4), 0.995);
        RunFailedException sequential = assertThrows(RunFailedException.class, () -> run(a, p, 2, 100_000));
        ExecutorService four = Executors.newFixedThreadPool(4);
        try {
            RunFailedException parallel = assertThrows(
                    RunFailedException.class, () -> a.run(p, 20, 2, four, null, Termination.evaluations(100_000)));
            assertEquals(sequential.getMessage(), parallel.getMessage());
            assertEquals(
                    sequential.partialResult().population(),
                    parallel.partialResult().population());
        } finally {
            four.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void failureInTheInitialPopulationGivesAnEmptyPartialResult(Algorithms a) {
        Problem p = TestProblems.failingAt(TestProblems.convex(4), 5);
        RunFailedException e = assertThrows(RunFailedException.class, () -> run(a, p, 1, 1_000));
        assertEquals(0, e.generation());
        assertEquals(5, e.batchIndex());
        assertTrue(e.partialResult().population().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void constrainedProblemEndsWithAFeasibleFront(Algorithms a) {
        for (Problem p : List.of(TestProblems.srinivas(), TestProblems.narrowFeasible())) {
            Result r = a.run(p, 40, 1, null, null, Termination.evaluations(4_000));
            assertTrue(!r.nonDominated().isEmpty());
            for (Solution s : r.nonDominated()) {
                assertTrue(s.isFeasible(), p.name() + ": " + s);
            }
            // and no member of the population constrained-dominates a member of the front
            for (Solution s : r.nonDominated()) {
                for (Solution t : r.population()) {
                    assertNotEquals(
                            org.mo4j.core.dominance.Relation.DOMINATED,
                            Dominance.compareConstrained(s.objectives(), s.violation(), t.objectives(), t.violation()));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void schafferFrontIsFound(Algorithms a) {
        Result r = a.run(TestProblems.schaffer(), 20, 1, null, null, Termination.evaluations(2_000));
        for (Solution s : r.nonDominated()) {
            assertTrue(s.variable(0) >= -0.05 && s.variable(0) <= 2.05, s.toString());
        }
        assertTrue(r.nonDominated().size() >= 15);
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void timeAndStagnationStopARun(Algorithms a) {
        Result timed = a.run(
                TestProblems.convex(4),
                20,
                1,
                null,
                null,
                Termination.anyOf(
                        Termination.time(java.time.Duration.ofMillis(50)), Termination.evaluations(100_000_000)));
        assertEquals(StopReason.TIME, timed.stopReason());
        Result stagnated = a.run(
                TestProblems.schaffer(),
                20,
                1,
                null,
                null,
                Termination.anyOf(
                        Termination.stagnation(
                                org.mo4j.core.indicators.QualityIndicator.hypervolume(new double[] {5, 5}), 5, 1e-3),
                        Termination.evaluations(1_000_000)));
        assertEquals(StopReason.STAGNATION, stagnated.stopReason());
        assertTrue(stagnated.evaluations() < 1_000_000);
    }
}
