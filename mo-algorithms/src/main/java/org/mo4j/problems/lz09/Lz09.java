package org.mo4j.problems.lz09;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.mo4j.core.problem.Bounds;
import org.mo4j.problems.internal.Fronts;

/**
 * What the LZ09 problems share: the checks of n, the boxes and the sampled two-objective fronts.
 * Indices j in the comments are the paper's, 1-based: x_j is {@code x[j - 1]}.
 */
final class Lz09 {

    private Lz09() {}

    /**
     * Checks n ≥ {@code min}: 3 for the two-objective problems (so that J₁ = {3, 5, …} and
     * J₂ = {2, 4, …} are not empty), 5 for F6 (J₁ = {4, 7, …}, J₂ = {5, 8, …}, J₃ = {3, 6, …}).
     */
    static int checkVariables(int variables, int min) {
        if (variables < min) {
            throw new IllegalArgumentException("variables must be >= " + min + ", was " + variables);
        }
        return variables;
    }

    /** The box with the first {@code unit} variables in [0, 1] and the others in [−r, r]. */
    static Bounds box(int variables, int unit, double r) {
        double[] lo = new double[variables];
        double[] hi = new double[variables];
        Arrays.fill(lo, unit, variables, -r);
        Arrays.fill(hi, 0, unit, 1);
        Arrays.fill(hi, unit, variables, r);
        return new Bounds(lo, hi);
    }

    /** n points (f₁, f₂) of a two-objective front f₂ = φ(f₁), f₁ equally spaced in [0, 1]. */
    static double[][] curve(int n, DoubleUnaryOperator phi) {
        double[] f1 = Fronts.linspace(0, 1, n);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new double[] {f1[i], phi.applyAsDouble(f1[i])};
        }
        return out;
    }
}
