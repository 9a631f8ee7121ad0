package org.mo4j.core.problem;

/** The adapter behind {@link Problem#minimising}: negates the objectives flagged in {@code negate}. */
final class MinimisingView implements Problem {

    private final Problem problem;
    private final boolean[] negate;

    MinimisingView(Problem problem, boolean[] negate) {
        this.problem = problem;
        this.negate = negate;
    }

    @Override
    public int numberOfVariables() {
        return problem.numberOfVariables();
    }

    @Override
    public int numberOfObjectives() {
        return problem.numberOfObjectives();
    }

    @Override
    public int numberOfConstraints() {
        return problem.numberOfConstraints();
    }

    @Override
    public Bounds bounds() {
        return problem.bounds();
    }

    @Override
    public Evaluation evaluate(double[] x) {
        Evaluation e = problem.evaluate(x);
        double[] f = e.objectives();
        if (f.length != negate.length) {
            throw new IllegalStateException(
                    problem.name() + " returned " + f.length + " objectives, declared " + negate.length);
        }
        for (int i = 0; i < f.length; i++) {
            if (negate[i]) {
                f[i] = -f[i];
            }
        }
        return new Evaluation(f, e.constraints());
    }

    @Override
    public String name() {
        return problem.name() + " (minimising)";
    }
}
