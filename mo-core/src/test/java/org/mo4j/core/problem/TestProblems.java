package org.mo4j.core.problem;

import java.util.function.Function;

/** Small problems for the tests: objectives given by a function of x, two variables in [0, 1]. */
final class TestProblems {

    private TestProblems() {}

    static Problem of(int objectives, int constraints, Function<double[], Evaluation> f) {
        return new Problem() {
            @Override
            public int numberOfVariables() {
                return 2;
            }

            @Override
            public int numberOfObjectives() {
                return objectives;
            }

            @Override
            public int numberOfConstraints() {
                return constraints;
            }

            @Override
            public Bounds bounds() {
                return Bounds.uniform(2, 0, 1);
            }

            @Override
            public Evaluation evaluate(double[] x) {
                return f.apply(x);
            }

            @Override
            public String name() {
                return "test";
            }
        };
    }

    /** f = (x0, x1 + sin(x0)), g = x0 + x1 − 1. */
    static Problem smooth() {
        return of(
                2, 1, x -> new Evaluation(new double[] {x[0], x[1] + Math.sin(x[0])}, new double[] {x[0] + x[1] - 1}));
    }
}
