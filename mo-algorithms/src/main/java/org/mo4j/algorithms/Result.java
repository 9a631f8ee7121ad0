package org.mo4j.algorithms;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a run.
 *
 * @param population   the final population, in the algorithm's order, unmodifiable
 * @param nonDominated its non-dominated solutions under constrained domination (Deb 2002: the
 *                     non-dominated feasible solutions when any is feasible, otherwise those of least
 *                     total violation), unmodifiable
 * @param evaluations  the number of problem evaluations performed
 * @param generations  the number of completed generations after the initial population
 * @param elapsed      the wall-clock duration of the run
 * @param stopReason   why the run ended; {@code null} only in the partial result of a
 *                     {@link RunFailedException}
 */
public record Result(
        List<Solution> population,
        List<Solution> nonDominated,
        long evaluations,
        int generations,
        Duration elapsed,
        StopReason stopReason) {

    public Result {
        population = List.copyOf(population);
        nonDominated = List.copyOf(nonDominated);
    }

    /** The objective values of {@link #nonDominated()}, one row per solution (fresh arrays). */
    public double[][] front() {
        return objectivesOf(nonDominated);
    }

    /** The decision vectors of {@link #nonDominated()}, one row per solution (fresh arrays). */
    public double[][] paretoSet() {
        double[][] out = new double[nonDominated.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = nonDominated.get(i).variables();
        }
        return out;
    }

    static double[][] objectivesOf(List<Solution> solutions) {
        double[][] out = new double[solutions.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = solutions.get(i).objectives();
        }
        return out;
    }
}
