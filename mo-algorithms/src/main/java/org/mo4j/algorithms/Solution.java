package org.mo4j.algorithms;

import java.util.Arrays;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Evaluation;

/**
 * One evaluated decision vector: its variables, its objective values (minimised) and its
 * constraint values (g_j ≤ 0 is satisfied).
 *
 * <p>The arrays are copied in and out, so an instance is immutable. {@link #variable(int)},
 * {@link #objective(int)} and {@link #constraint(int)} read single values without copying.
 *
 * @param variables   the decision vector
 * @param objectives  the objective values, at least one
 * @param constraints the constraint values, possibly none
 */
public record Solution(double[] variables, double[] objectives, double[] constraints) {

    private static final double[] NONE = new double[0];

    /** @throws IllegalArgumentException if an array is null or {@code objectives} is empty */
    public Solution {
        Arguments.notNull("variables", variables);
        Arguments.notNull("objectives", objectives);
        Arguments.notNull("constraints", constraints);
        if (objectives.length == 0) {
            throw new IllegalArgumentException("objectives must have at least one value, was empty");
        }
        variables = variables.clone();
        objectives = objectives.clone();
        constraints = constraints.length == 0 ? NONE : constraints.clone();
    }

    /** The decision vector (a copy). */
    @Override
    public double[] variables() {
        return variables.clone();
    }

    /** The objective values (a copy). */
    @Override
    public double[] objectives() {
        return objectives.clone();
    }

    /** The constraint values (a copy). */
    @Override
    public double[] constraints() {
        return constraints.length == 0 ? NONE : constraints.clone();
    }

    /** Variable {@code i}, without copying. */
    public double variable(int i) {
        return variables[i];
    }

    /** Objective {@code i}, without copying. */
    public double objective(int i) {
        return objectives[i];
    }

    /** Constraint {@code j}, without copying. */
    public double constraint(int j) {
        return constraints[j];
    }

    /** The number of objectives. */
    public int numberOfObjectives() {
        return objectives.length;
    }

    /** The total constraint violation Σ_j max(0, g_j); 0 exactly when feasible. O(constraints). */
    public double violation() {
        return Evaluation.totalViolation(constraints);
    }

    /** Whether every constraint holds, g_j ≤ 0. */
    public boolean isFeasible() {
        return Evaluation.isFeasible(constraints);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Solution s
                && Arrays.equals(variables, s.variables)
                && Arrays.equals(objectives, s.objectives)
                && Arrays.equals(constraints, s.constraints);
    }

    @Override
    public int hashCode() {
        return (31 * Arrays.hashCode(variables) + Arrays.hashCode(objectives)) * 31 + Arrays.hashCode(constraints);
    }

    @Override
    public String toString() {
        return "Solution[variables=" + Arrays.toString(variables) + ", objectives=" + Arrays.toString(objectives)
                + ", constraints=" + Arrays.toString(constraints) + "]";
    }
}
