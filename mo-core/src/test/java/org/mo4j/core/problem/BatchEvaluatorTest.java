package org.mo4j.core.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BatchEvaluatorTest {

    private static double[][] inputs(int n) {
        SplittableRandom random = new SplittableRandom(42);
        double[][] xs = new double[n][];
        for (int i = 0; i < n; i++) {
            xs[i] = new double[] {random.nextDouble(), random.nextDouble()};
        }
        return xs;
    }

    @Test
    void resultsAreInInputOrderAndIdenticalForAnyNumberOfThreads() throws InterruptedException {
        Problem p = TestProblems.smooth();
        double[][] xs = inputs(200);
        Evaluation[] sequential = BatchEvaluator.evaluate(p, xs);
        ExecutorService one = Executors.newFixedThreadPool(1);
        ExecutorService four = Executors.newFixedThreadPool(4);
        try {
            assertArrayEquals(sequential, BatchEvaluator.evaluate(p, xs, one));
            assertArrayEquals(sequential, BatchEvaluator.evaluate(p, xs, four));
        } finally {
            one.shutdown();
            four.shutdown();
        }
        // row 7 maps to (x0, x1 + sin x0) and g = x0 + x1 − 1
        assertArrayEquals(new double[] {xs[7][0], xs[7][1] + Math.sin(xs[7][0])}, sequential[7].objectives());
        assertArrayEquals(new double[] {xs[7][0] + xs[7][1] - 1}, sequential[7].constraints());
    }

    @Test
    void anEmptyBatchGivesNoEvaluations() {
        assertEquals(0, BatchEvaluator.evaluate(TestProblems.smooth(), new double[0][], Runnable::run).length);
    }

    @Test
    void theProblemCannotModifyTheCallersInputs() {
        Problem p = TestProblems.of(1, 0, x -> {
            x[0] = 99;
            return Evaluation.of(1);
        });
        double[][] xs = {{0.5, 0.5}};
        BatchEvaluator.evaluate(p, xs);
        BatchEvaluator.evaluate(p, xs, Runnable::run);
        assertArrayEquals(new double[] {0.5, 0.5}, xs[0]);
    }

    private static Problem failingAtThree() {
        return TestProblems.of(1, 0, x -> {
            if (x[0] == 3) {
                throw new ArithmeticException("boom");
            }
            return Evaluation.of(x[0]);
        });
    }

    private static void assertFailureAtThree(Executable call) {
        EvaluationException e = assertThrows(EvaluationException.class, call);
        assertEquals(3, e.index());
        assertTrue(
                e.getMessage().startsWith("evaluation of xs[3] failed: java.lang.ArithmeticException: boom"),
                e.getMessage());
        assertEquals(ArithmeticException.class, e.getCause().getClass());
        Evaluation[] kept = e.completed();
        assertEquals(3, kept.length);
        for (int i = 0; i < 3; i++) {
            assertEquals(Evaluation.of(i), kept[i]);
        }
    }

    @Test
    void aFailureNamesTheFirstFailingIndexAndKeepsTheEvaluationsBeforeIt() throws InterruptedException {
        double[][] xs = {{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}, {3, 0}};
        assertFailureAtThree(() -> BatchEvaluator.evaluate(failingAtThree(), xs));
        ExecutorService four = Executors.newFixedThreadPool(4);
        try {
            assertFailureAtThree(() -> BatchEvaluator.evaluate(failingAtThree(), xs, four));
        } finally {
            four.shutdown();
        }
    }

    @Test
    void aNaNObjectiveIsReportedWithTheInputIndex() {
        Problem p = TestProblems.of(1, 0, x -> Evaluation.of(x[0] == 1 ? Double.NaN : 0));
        EvaluationException e = assertThrows(
                EvaluationException.class, () -> BatchEvaluator.evaluate(p, new double[][] {{0, 0}, {1, 0}}));
        assertEquals(1, e.index());
        assertEquals("objectives[0] must be finite, was NaN", e.getCause().getMessage());
    }

    @Test
    void aResultOfTheWrongSizeIsAFailure() {
        Problem p = TestProblems.of(2, 0, x -> Evaluation.of(1));
        EvaluationException e = assertThrows(
                EvaluationException.class, () -> BatchEvaluator.evaluate(p, new double[][] {{0, 0}}, Runnable::run));
        assertEquals(0, e.index());
        assertEquals(
                "test returned 1 objectives and 0 constraints, declared 2 and 0",
                e.getCause().getMessage());
    }

    @Test
    void errorsAreNotWrapped() {
        StackOverflowError error = new StackOverflowError();
        Problem p = TestProblems.of(1, 0, x -> {
            throw error;
        });
        assertSame(
                error,
                assertThrows(
                        StackOverflowError.class,
                        () -> BatchEvaluator.evaluate(p, new double[][] {{0, 0}}, Runnable::run)));
    }

    @Test
    void rejectsInvalidInputNamingTheArgument() {
        Problem p = TestProblems.smooth();
        assertEquals(
                "xs has rows of 3 variables but problem has 2 (dimension mismatch)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BatchEvaluator.evaluate(p, new double[][] {{1, 2, 3}}))
                        .getMessage());
        assertEquals(
                "xs[0][1] must be finite, was NaN",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BatchEvaluator.evaluate(p, new double[][] {{1, Double.NaN}}, Runnable::run))
                        .getMessage());
        assertEquals(
                "executor must not be null",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BatchEvaluator.evaluate(p, new double[][] {{1, 2}}, null))
                        .getMessage());
        assertEquals(
                "problem must not be null",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BatchEvaluator.evaluate(null, new double[][] {{1, 2}}))
                        .getMessage());
        assertEquals(
                "xs must not be null",
                assertThrows(IllegalArgumentException.class, () -> BatchEvaluator.evaluate(p, null))
                        .getMessage());
    }

    @Test
    void evaluationExceptionRejectsInconsistentArguments() {
        assertEquals(
                "completed must not be null",
                assertThrows(IllegalArgumentException.class, () -> new EvaluationException(0, null, null))
                        .getMessage());
        assertEquals(
                "completed must hold the 2 evaluations before the failing index, had 1",
                assertThrows(IllegalArgumentException.class, () -> new EvaluationException(2, new Evaluation[1], null))
                        .getMessage());
    }
}
