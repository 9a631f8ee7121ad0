package org.mo4j.surrogates.psl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.RunFailedException;
import org.mo4j.algorithms.Termination;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.problem.Problem;
import org.mo4j.problems.Problems;

class SvhPslTest {

    private static SvhPsl.Builder small(Problem problem) {
        return SvhPsl.builder(problem)
                .initialPoints(10)
                .steps(50)
                .particles(5)
                .candidates(200)
                .seed(3);
    }

    @Test
    void improvesOnZdt1AndRepeatsWithTheSameSeed() {
        Problem zdt1 = Problems.create("zdt1::5");
        SvhPsl algorithm = small(zdt1).build();
        assertFalse(algorithm.standardises(), "ZDT is not standardised, as the code");
        assertArrayEquals(new double[] {0.9994, 6.0576}, algorithm.referencePoint());
        PslResult first = algorithm.runWithHistory(Termination.evaluations(25));
        Result r = first.result();
        assertEquals(25, r.evaluations());
        assertEquals(25, r.population().size());
        assertEquals(3, r.generations());
        double[] hv = first.hypervolumes();
        assertEquals(4, hv.length);
        assertArrayEquals(new long[] {10, 15, 20, 25}, first.evaluations());
        assertTrue(hv[3] > hv[0], "hypervolume " + java.util.Arrays.toString(hv));
        for (int i = 1; i < hv.length; i++) {
            assertTrue(hv[i] >= hv[i - 1]);
        }
        for (var s : r.population()) {
            assertTrue(zdt1.bounds().contains(s.variables()));
        }
        Result again = algorithm.run(Termination.evaluations(25));
        for (int i = 0; i < 25; i++) {
            assertArrayEquals(
                    r.population().get(i).variables(), again.population().get(i).variables());
        }
    }

    @Test
    void standardisesOtherProblemsAndMapsBounds() {
        Problem vlmop2 = Problems.create("vlmop2::3");
        List<Double> seen = new ArrayList<>();
        SvhPsl algorithm = small(vlmop2)
                .steps(5)
                .uncertainty(SvhPsl.Uncertainty.STANDARD_DEVIATION)
                .kernel(SvhPsl.KernelForm.GLOBAL)
                .listener((it, ev, hv) -> seen.add(hv))
                .build();
        assertTrue(algorithm.standardises());
        Result r = algorithm.run(Termination.evaluations(13));
        assertEquals(13, r.population().size());
        assertEquals(2, seen.size(), "initial design, then one batch of 3");
        boolean outside = false;
        for (var s : r.population()) {
            assertTrue(vlmop2.bounds().contains(s.variables()));
            outside |= s.variable(0) < 0;
        }
        assertTrue(outside, "points of [-2, 2]^3 are mapped from the unit cube");
    }

    @Test
    void rejectsBadInputNamingTheValue() {
        Problem zdt1 = Problems.create("zdt1::5");
        var e = assertThrows(
                IllegalArgumentException.class, () -> SvhPsl.builder(zdt1).initialPoints(1));
        assertTrue(e.getMessage().contains("1"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> small(zdt1).build().run(Termination.evaluations(5)));
        assertTrue(e.getMessage().contains("5"), e.getMessage());
        Problem nan = new Problem() {
            @Override
            public int numberOfVariables() {
                return 2;
            }

            @Override
            public int numberOfObjectives() {
                return 2;
            }

            @Override
            public Bounds bounds() {
                return Bounds.uniform(2, 0, 1);
            }

            @Override
            public Evaluation evaluate(double[] x) {
                return Evaluation.of(x[0], Double.NaN);
            }
        };
        e = assertThrows(
                IllegalArgumentException.class, () -> small(nan).build().run(Termination.evaluations(12)));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void aFailingEvaluationKeepsThePointsBeforeItsBatch() {
        Problem zdt1 = Problems.create("zdt1::3");
        int[] calls = {0};
        Problem failing = new Problem() {
            @Override
            public int numberOfVariables() {
                return 3;
            }

            @Override
            public int numberOfObjectives() {
                return 2;
            }

            @Override
            public Bounds bounds() {
                return zdt1.bounds();
            }

            @Override
            public synchronized Evaluation evaluate(double[] x) {
                if (++calls[0] == 13) {
                    throw new IllegalStateException("simulator crashed");
                }
                return zdt1.evaluate(x);
            }
        };
        var e = assertThrows(
                RunFailedException.class,
                () -> small(failing).steps(3).batchSize(2).build().run(Termination.evaluations(20)));
        assertEquals(12, e.partialResult().population().size());
        assertEquals(2, e.generation());
        assertTrue(e.getMessage().contains("simulator crashed"), e.getMessage());
    }

    @Test
    void theExecutorDoesNotChangeTheRun() throws Exception {
        Problem zdt1 = Problems.create("zdt1::3");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Result serial = small(zdt1).steps(5).build().run(Termination.evaluations(15));
            Result parallel = small(zdt1).steps(5).executor(pool).build().run(Termination.evaluations(15));
            for (int i = 0; i < 15; i++) {
                assertArrayEquals(
                        serial.population().get(i).objectives(),
                        parallel.population().get(i).objectives());
            }
        } finally {
            pool.shutdown();
        }
    }
}
