package org.mo4j.surrogates.map;

import java.util.List;
import org.mo4j.core.archive.ParetoArchive;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.problem.ObjectiveSense;
import org.mo4j.core.problem.Problem;
import org.mo4j.surrogates.quadratic.QuadraticSurrogate;

/**
 * The problem MAP's search solves: minimise, over c in the box, the surrogates' predictions, each
 * negated when its metric is maximised. Every evaluation is also offered to a Pareto archive, which
 * is then exactly the Pareto hall of fame over all evaluated individuals of all generations that
 * DEAP's {@code tools.ParetoFront} collects in the official code (except that of several
 * individuals with equal predicted metrics the archive keeps the first, where DEAP keeps every
 * distinct coefficient vector).
 */
final class SurrogateProblem implements Problem {

    private final List<QuadraticSurrogate> surrogates;
    private final double[] signs;
    private final Bounds bounds;
    private final ParetoArchive<double[]> hallOfFame;
    private long evaluations;

    SurrogateProblem(List<QuadraticSurrogate> surrogates, ObjectiveSense[] directions, double lower, double upper) {
        this.surrogates = List.copyOf(surrogates);
        this.signs = new double[directions.length];
        for (int i = 0; i < signs.length; i++) {
            signs[i] = directions[i] == ObjectiveSense.MAXIMISE ? -1 : 1;
        }
        int t = surrogates.get(0).dimension();
        this.bounds = Bounds.uniform(t, lower, upper);
        this.hallOfFame = new ParetoArchive<>(surrogates.size());
    }

    @Override
    public int numberOfVariables() {
        return bounds.dimension();
    }

    @Override
    public int numberOfObjectives() {
        return surrogates.size();
    }

    @Override
    public Bounds bounds() {
        return bounds;
    }

    /** Minimised objectives of c, without touching the archive. */
    double[] objectives(double[] c) {
        double[] f = new double[surrogates.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = signs[i] * surrogates.get(i).predictUnchecked(c);
        }
        return f;
    }

    @Override
    public Evaluation evaluate(double[] x) {
        double[] f = objectives(x);
        synchronized (this) {
            evaluations++;
            hallOfFame.add(f, x.clone());
        }
        return Evaluation.of(f);
    }

    /** The hall of fame: every non-dominated evaluated (objectives, c) pair so far. */
    synchronized List<ParetoArchive.Entry<double[]>> hallOfFame() {
        return hallOfFame.entries();
    }

    synchronized long evaluations() {
        return evaluations;
    }

    double sign(int task) {
        return signs[task];
    }

    @Override
    public String name() {
        return "MAP surrogates (T=" + bounds.dimension() + ")";
    }
}
