package org.mo4j.core.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import org.mo4j.core.internal.Arguments;

/**
 * Evaluates a batch of decision vectors, sequentially or on an {@link Executor}, with results in
 * input order whatever the scheduling: the output is identical for any number of threads (as long
 * as the problem itself is deterministic).
 *
 * <p>Errors ({@link Error}, e.g. out of memory) are rethrown as they are, not wrapped.
 *
 * <p>Each evaluation receives its own copy of the input row, so the caller's array is never
 * modified. Each result is checked to have the problem's declared numbers of objectives and
 * constraints. A failure (an exception from the problem, a null or wrongly-sized result) is
 * reported as an {@link EvaluationException} naming the first failing index in input order and
 * carrying the evaluations before it; with an executor, the tasks not yet started are then
 * cancelled.
 *
 * <p>Cost: one {@link Problem#evaluate} per row plus O(n) per row for the copy and check.
 */
public final class BatchEvaluator {

    private BatchEvaluator() {}

    /**
     * Evaluates {@code xs} in the calling thread, in order, stopping at the first failure.
     *
     * @throws IllegalArgumentException if an argument is null, a row is null or not finite, or a
     *                                  row's length differs from the problem's number of variables
     * @throws EvaluationException      if evaluating a row fails
     */
    public static Evaluation[] evaluate(Problem problem, double[][] xs) {
        check(problem, xs);
        Evaluation[] out = new Evaluation[xs.length];
        for (int i = 0; i < xs.length; i++) {
            try {
                out[i] = evaluateOne(problem, xs[i]);
            } catch (Exception e) {
                throw new EvaluationException(i, Arrays.copyOf(out, i), e);
            }
        }
        return out;
    }

    /**
     * Evaluates {@code xs} with one task per row on {@code executor} and waits for all of them.
     *
     * @throws IllegalArgumentException if an argument is null, a row is null or not finite, or a
     *                                  row's length differs from the problem's number of variables
     * @throws EvaluationException      if evaluating a row fails (the first such row in input order)
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task (the
     *                                  tasks already submitted are cancelled)
     * @throws CancellationException    if the calling thread is interrupted while waiting (its
     *                                  interrupt flag is restored)
     */
    public static Evaluation[] evaluate(Problem problem, double[][] xs, Executor executor) {
        check(problem, xs);
        Arguments.notNull("executor", executor);
        List<FutureTask<Evaluation>> tasks = new ArrayList<>(xs.length);
        for (double[] x : xs) {
            FutureTask<Evaluation> task = new FutureTask<>(() -> evaluateOne(problem, x));
            tasks.add(task);
            try {
                executor.execute(task);
            } catch (RuntimeException rejected) {
                cancelFrom(tasks, 0);
                throw rejected;
            }
        }
        Evaluation[] out = new Evaluation[xs.length];
        for (int i = 0; i < xs.length; i++) {
            try {
                out[i] = tasks.get(i).get();
            } catch (ExecutionException e) {
                cancelFrom(tasks, i + 1);
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new EvaluationException(i, Arrays.copyOf(out, i), e.getCause());
            } catch (InterruptedException e) {
                cancelFrom(tasks, i);
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for the evaluation of xs[" + i + "]");
            }
        }
        return out;
    }

    private static void cancelFrom(List<FutureTask<Evaluation>> tasks, int from) {
        for (int j = from; j < tasks.size(); j++) {
            tasks.get(j).cancel(false);
        }
    }

    private static void check(Problem problem, double[][] xs) {
        Arguments.notNull("problem", problem);
        int n = Arguments.front("xs", xs);
        if (n != 0 && n != problem.numberOfVariables()) {
            throw new IllegalArgumentException("xs has rows of " + n + " variables but problem has "
                    + problem.numberOfVariables() + " (dimension mismatch)");
        }
    }

    private static Evaluation evaluateOne(Problem problem, double[] x) {
        Evaluation e = problem.evaluate(x.clone());
        if (e == null) {
            throw new IllegalStateException(problem.name() + " returned null");
        }
        if (e.numberOfObjectives() != problem.numberOfObjectives()
                || e.numberOfConstraints() != problem.numberOfConstraints()) {
            throw new IllegalStateException(problem.name() + " returned " + e.numberOfObjectives()
                    + " objectives and " + e.numberOfConstraints() + " constraints, declared "
                    + problem.numberOfObjectives() + " and " + problem.numberOfConstraints());
        }
        return e;
    }
}
