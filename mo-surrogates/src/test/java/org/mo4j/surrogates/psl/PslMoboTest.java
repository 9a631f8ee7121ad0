package org.mo4j.surrogates.psl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.Termination;
import org.mo4j.algorithms.registry.Algorithms;
import org.mo4j.core.problem.Problem;
import org.mo4j.problems.Problems;

class PslMoboTest {

    private static PslMobo.Builder small(Problem problem) {
        return PslMobo.builder(problem)
                .initialPoints(10)
                .steps(60)
                .particles(5)
                .candidates(200)
                .seed(3);
    }

    @Test
    void improvesOnZdt1RepeatsWithTheSameSeedAndDiffersWithAnother() {
        Problem zdt1 = Problems.create("zdt1::5");
        PslMobo algorithm = small(zdt1).build();
        assertArrayEquals(new double[] {0.9994, 6.0576}, algorithm.referencePoint());
        PslResult first = algorithm.runWithHistory(Termination.evaluations(25));
        Result r = first.result();
        assertEquals(25, r.population().size());
        assertArrayEquals(new long[] {10, 15, 20, 25}, first.evaluations());
        double[] hv = first.hypervolumes();
        assertTrue(hv[3] > hv[0], "hypervolume " + Arrays.toString(hv));
        for (var s : r.population()) {
            assertTrue(zdt1.bounds().contains(s.variables()));
        }
        PslResult again = algorithm.runWithHistory(Termination.evaluations(25));
        assertArrayEquals(first.evaluatedObjectives(), again.evaluatedObjectives());
        PslResult other = small(zdt1).seed(4).build().runWithHistory(Termination.evaluations(25));
        assertNotEquals(
                Arrays.deepToString(first.evaluatedObjectives()), Arrays.deepToString(other.evaluatedObjectives()));
    }

    @Test
    void theLocalSearchAddsCandidatesAndStillFillsTheBatch() {
        Problem vlmop2 = Problems.create("vlmop2::3");
        Result r = small(vlmop2).steps(10).localSearch(2).build().run(Termination.evaluations(17));
        assertEquals(17, r.population().size(), "10 + 5 + the last batch cut to 2");
        for (var s : r.population()) {
            assertTrue(vlmop2.bounds().contains(s.variables()));
        }
    }

    @Test
    void theExecutorDoesNotChangeTheRun() {
        Problem zdt1 = Problems.create("zdt1::3");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            PslResult serial = small(zdt1).steps(5).build().runWithHistory(Termination.evaluations(15));
            PslResult parallel =
                    small(zdt1).steps(5).executor(pool).build().runWithHistory(Termination.evaluations(15));
            assertArrayEquals(serial.evaluatedObjectives(), parallel.evaluatedObjectives());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void rejectsBadSettingsNamingTheValue() {
        Problem zdt1 = Problems.create("zdt1::5");
        var e = assertThrows(
                IllegalArgumentException.class, () -> PslMobo.builder(zdt1).localSearch(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> PslMobo.builder(zdt1).batchSize(6).candidates(5).build());
        assertTrue(e.getMessage().contains("candidates"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> small(zdt1).build().run(Termination.evaluations(9)));
        assertTrue(e.getMessage().contains("initial design of 10"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> PslMobo.builder(zdt1).referencePoint(new double[] {1}));
        assertTrue(e.getMessage().contains("[1.0]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PslMobo.builder(Problems.create("c2-dtlz2:3")));
        assertTrue(e.getMessage().contains("constraints"), e.getMessage());
    }

    @Test
    void theRegistryCreatesItWithTheCodesDefaults() {
        var p = Algorithms.provider("psl-mobo");
        assertInstanceOf(PslMoboProvider.class, p);
        assertEquals("0", p.configure(Map.of()).asMap().get("local-search"));
        assertEquals("20", p.configure(Map.of()).asMap().get("initial"));
        Result r = p.create(
                        Problems.create("zdt1::4"),
                        p.configure(Map.of("steps", "3", "initial", "6", "batch", "2", "candidates", "20")),
                        null,
                        null)
                .run(10);
        assertEquals(10, r.evaluations());
    }
}
