package org.mo4j.core.problem;

import java.util.Arrays;

/**
 * The result of evaluating one decision vector: objective values (minimised) and constraint values
 * in the convention g_j(x) ≤ 0 is satisfied.
 *
 * <p>The arrays are copied in and out, so an instance is immutable.
 *
 * @param objectives  the objective values, at least one, all finite
 * @param constraints the constraint values g_j(x), possibly none, all finite
 */
public record Evaluation(double[] objectives, double[] constraints) {

    private static final double[] NONE = new double[0];

    /**
     * @throws IllegalArgumentException naming the array and index of a NaN or infinite value (a
     *                                  problem that returns NaN fails here, not in the algorithm)
     */
    public Evaluation {
        if (objectives == null) {
            throw new IllegalArgumentException("objectives must not be null");
        }
        if (objectives.length == 0) {
            throw new IllegalArgumentException("objectives must have at least one value, was empty");
        }
        if (constraints == null) {
            throw new IllegalArgumentException("constraints must not be null (use an empty array)");
        }
        requireFinite("objectives", objectives);
        requireFinite("constraints", constraints);
        objectives = objectives.clone();
        constraints = constraints.length == 0 ? NONE : constraints.clone();
    }

    /** An unconstrained evaluation. */
    public static Evaluation of(double... objectives) {
        return new Evaluation(objectives, NONE);
    }

    private static void requireFinite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, was " + values[i]);
            }
        }
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

    /** Objective {@code i}, without copying. */
    public double objective(int i) {
        return objectives[i];
    }

    /** The number of objectives. */
    public int numberOfObjectives() {
        return objectives.length;
    }

    /** The number of constraints. */
    public int numberOfConstraints() {
        return constraints.length;
    }

    /** The total constraint violation Σ_j max(0, g_j); 0 exactly when feasible. */
    public double totalViolation() {
        return totalViolation(constraints);
    }

    /**
     * The total violation Σ_j max(0, g_j) of constraint values {@code g} (g_j ≤ 0 is satisfied);
     * 0 exactly when every constraint holds. O(constraints). The one definition every mo4j type uses.
     */
    public static double totalViolation(double[] g) {
        double v = 0;
        for (double gj : g) {
            v += Math.max(0, gj);
        }
        return v;
    }

    /** Whether every constraint holds, g_j ≤ 0. */
    public boolean isFeasible() {
        return isFeasible(constraints);
    }

    /** Whether every constraint value {@code g_j ≤ 0} holds (true for none). O(constraints). */
    public static boolean isFeasible(double[] g) {
        for (double gj : g) {
            if (gj > 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation e
                && Arrays.equals(objectives, e.objectives)
                && Arrays.equals(constraints, e.constraints);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(objectives) + Arrays.hashCode(constraints);
    }

    @Override
    public String toString() {
        return "Evaluation[objectives=" + Arrays.toString(objectives) + ", constraints=" + Arrays.toString(constraints)
                + "]";
    }
}
