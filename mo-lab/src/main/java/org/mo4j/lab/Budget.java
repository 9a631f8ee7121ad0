package org.mo4j.lab;

import java.time.Duration;
import org.mo4j.algorithms.Termination;

/**
 * A run's budget: a number of evaluations, a wall-clock time, or both (whichever ends first).
 * Checkpoints are spaced along the evaluations when there is an evaluation budget, else along the
 * time. Only an evaluation budget gives runs that repeat exactly.
 *
 * @param evaluations the evaluation budget, or 0 for none
 * @param time        the time budget, or null for none
 */
public record Budget(long evaluations, Duration time) {

    /**
     * Validates the budget.
     *
     * @throws IllegalArgumentException if both are absent, evaluations are negative or the time is
     *                                  not positive
     */
    public Budget {
        if (evaluations < 0) {
            throw new IllegalArgumentException("evaluations must be >= 0 (0: no limit), was " + evaluations);
        }
        if (time != null && (time.isNegative() || time.isZero())) {
            throw new IllegalArgumentException("time must be positive, was " + time);
        }
        if (evaluations == 0 && time == null) {
            throw new IllegalArgumentException("a budget needs evaluations or a time");
        }
    }

    /** A budget of {@code n} evaluations. */
    public static Budget evaluations(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("evaluations must be >= 1, was " + n);
        }
        return new Budget(n, null);
    }

    /** Whether checkpoints are counted in evaluations (else in seconds). */
    public boolean byEvaluations() {
        return evaluations > 0;
    }

    /** The termination of one run. */
    public Termination termination() {
        if (evaluations > 0 && time != null) {
            return Termination.anyOf(Termination.evaluations(evaluations), Termination.time(time));
        }
        return evaluations > 0 ? Termination.evaluations(evaluations) : Termination.time(time);
    }

    /**
     * The {@code count} checkpoint targets: evaluation counts ⌈k·E/count⌉ (or seconds k·T/count),
     * k = 1..count; the last is the whole budget.
     */
    public double[] checkpoints(int count) {
        double[] t = new double[count];
        for (int k = 1; k <= count; k++) {
            t[k - 1] = byEvaluations()
                    ? -Math.floorDiv(-k * evaluations, (long) count)
                    : k * (time.toNanos() / 1e9) / count;
        }
        return t;
    }
}
