package org.mo4j.surrogates.map;

import java.util.Arrays;

/** Counts and checks calls of an {@link ExpensiveEvaluator}. Not thread-safe; one per run. */
final class Evaluations {

    private final ExpensiveEvaluator evaluator;
    private final int tasks;
    private long models;
    private long taskMetrics;

    Evaluations(ExpensiveEvaluator evaluator, int tasks) {
        this.evaluator = evaluator;
        this.tasks = tasks;
    }

    /** All T metrics of θ(c): one model, T task measurements. */
    double[] all(double[] c) {
        models++;
        taskMetrics += tasks;
        return checked(evaluator.evaluate(c.clone()), tasks, c);
    }

    /** One task's metric of θ(c): one model, one task measurement. */
    double one(double[] c, int task) {
        models++;
        taskMetrics++;
        return checkedValue(evaluator.evaluate(c.clone(), task), task, c);
    }

    /** Several tasks' metrics of the same θ(c): one model, |tasks| measurements. */
    double[] some(double[] c, int[] which) {
        models++;
        taskMetrics += which.length;
        double[] out = new double[which.length];
        for (int k = 0; k < which.length; k++) {
            out[k] = checkedValue(evaluator.evaluate(c.clone(), which[k]), which[k], c);
        }
        return out;
    }

    long models() {
        return models;
    }

    long taskMetrics() {
        return taskMetrics;
    }

    static double[] checked(double[] metrics, int tasks, double[] c) {
        if (metrics == null) {
            throw new IllegalArgumentException("the evaluator returned null at c=" + Arrays.toString(c));
        }
        if (metrics.length != tasks) {
            throw new IllegalArgumentException("the evaluator returned " + metrics.length + " metrics but there are "
                    + tasks + " tasks (dimension mismatch) at c=" + Arrays.toString(c));
        }
        for (int i = 0; i < tasks; i++) {
            checkedValue(metrics[i], i, c);
        }
        return metrics.clone();
    }

    static double checkedValue(double v, int task, double[] c) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("the evaluator returned " + v + " for task " + task + " at c="
                    + Arrays.toString(c) + "; metrics must be finite");
        }
        return v;
    }
}
