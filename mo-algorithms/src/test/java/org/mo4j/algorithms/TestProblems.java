package org.mo4j.algorithms;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.problem.Problem;

/** Small problems defined here so the algorithm tests do not depend on the problem suites. */
public final class TestProblems {

    private TestProblems() {}

    /** A problem from a function. */
    public record Simple(
            String name,
            int numberOfVariables,
            int numberOfObjectives,
            int numberOfConstraints,
            Bounds bounds,
            Function<double[], Evaluation> function)
            implements Problem {
        @Override
        public Evaluation evaluate(double[] x) {
            return function.apply(x);
        }
    }

    /** Schaffer's problem: f1 = x², f2 = (x − 2)², x ∈ [−10, 10]; front for x ∈ [0, 2]. */
    public static Problem schaffer() {
        return new Simple(
                "Schaffer",
                1,
                2,
                0,
                Bounds.uniform(1, -10, 10),
                x -> Evaluation.of(x[0] * x[0], (x[0] - 2) * (x[0] - 2)));
    }

    /**
     * A convex two-objective problem with n variables in [0, 1]: f1 = x1, g = 1 + 9 mean(x2..n),
     * f2 = g (1 − sqrt(f1 / g)); front f2 = 1 − sqrt(f1) at g = 1 (test-local, for smoke tests).
     */
    public static Problem convex(int n) {
        return new Simple("Convex" + n, n, 2, 0, Bounds.uniform(n, 0, 1), x -> {
            double s = 0;
            for (int i = 1; i < x.length; i++) {
                s += x[i];
            }
            double g = 1 + 9 * s / (x.length - 1);
            return Evaluation.of(x[0], g * (1 - Math.sqrt(x[0] / g)));
        });
    }

    /**
     * A three-objective sphere: f_i on the unit sphere when x_3.. = 0.5 (test-local). n ≥ 3.
     */
    public static Problem sphere3(int n) {
        return new Simple("Sphere3", n, 3, 0, Bounds.uniform(n, 0, 1), x -> {
            double g = 0;
            for (int i = 2; i < x.length; i++) {
                g += (x[i] - 0.5) * (x[i] - 0.5);
            }
            double a = x[0] * Math.PI / 2;
            double b = x[1] * Math.PI / 2;
            return Evaluation.of(
                    (1 + g) * Math.cos(a) * Math.cos(b), (1 + g) * Math.cos(a) * Math.sin(b), (1 + g) * Math.sin(a));
        });
    }

    /**
     * Srinivas &amp; Deb's constrained problem (as in Deb et al. 2002, §VI): x ∈ [−20, 20]²,
     * f1 = 2 + (x1 − 2)² + (x2 − 1)², f2 = 9 x1 − (x2 − 1)², g1 = x1² + x2² − 225 ≤ 0,
     * g2 = x1 − 3 x2 + 10 ≤ 0. A random point is infeasible with probability about 0.6.
     */
    public static Problem srinivas() {
        return new Simple(
                "Srinivas",
                2,
                2,
                2,
                Bounds.uniform(2, -20, 20),
                x -> new Evaluation(
                        new double[] {
                            2 + (x[0] - 2) * (x[0] - 2) + (x[1] - 1) * (x[1] - 1), 9 * x[0] - (x[1] - 1) * (x[1] - 1)
                        },
                        new double[] {x[0] * x[0] + x[1] * x[1] - 225, x[0] - 3 * x[1] + 10}));
    }

    /**
     * A problem whose feasible region is tiny: x ∈ [0, 1]², g = 0.99 − x1 ≤ 0 (only x1 ≥ 0.99 is
     * feasible), f = (x1, x2): most random points are infeasible.
     */
    public static Problem narrowFeasible() {
        return new Simple(
                "NarrowFeasible",
                2,
                2,
                1,
                Bounds.uniform(2, 0, 1),
                x -> new Evaluation(new double[] {x[0], 1 - x[0] + x[1]}, new double[] {0.99 - x[0]}));
    }

    /** {@code problem}, but its evaluation number {@code failAt} (0-based, in call order) throws. */
    public static Problem failingAt(Problem problem, long failAt) {
        AtomicLong calls = new AtomicLong();
        return new Simple(
                problem.name() + "-failing",
                problem.numberOfVariables(),
                problem.numberOfObjectives(),
                problem.numberOfConstraints(),
                problem.bounds(),
                x -> {
                    if (calls.getAndIncrement() == failAt) {
                        throw new IllegalStateException("simulated failure");
                    }
                    return problem.evaluate(x);
                });
    }

    /** {@code problem}, but evaluating a point whose first variable exceeds {@code threshold} throws. */
    public static Problem failingAbove(Problem problem, double threshold) {
        return new Simple(
                problem.name() + "-failing",
                problem.numberOfVariables(),
                problem.numberOfObjectives(),
                problem.numberOfConstraints(),
                problem.bounds(),
                x -> {
                    if (x[0] > threshold) {
                        throw new IllegalStateException("simulated failure at x0 = " + x[0]);
                    }
                    return problem.evaluate(x);
                });
    }
}
