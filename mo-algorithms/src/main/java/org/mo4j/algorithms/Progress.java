package org.mo4j.algorithms;

import java.time.Duration;
import java.util.List;

/**
 * The state of a run after a complete generation, as passed to an {@link Observer}.
 *
 * @param generation  the number of completed generations; 0 is the initial population
 * @param evaluations the number of evaluations so far
 * @param elapsed     the wall-clock time since the run started
 * @param front       the non-dominated solutions of the current population (constrained
 *                    domination: the feasible ones when any is feasible), unmodifiable
 */
public record Progress(int generation, long evaluations, Duration elapsed, List<Solution> front) {

    public Progress {
        front = List.copyOf(front);
    }

    /** The objective values of {@link #front()}, one row per solution (fresh arrays). */
    public double[][] frontObjectives() {
        return Result.objectivesOf(front);
    }
}
