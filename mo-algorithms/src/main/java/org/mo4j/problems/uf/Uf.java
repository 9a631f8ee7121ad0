package org.mo4j.problems.uf;

import java.util.Arrays;
import org.mo4j.core.problem.Bounds;
import org.mo4j.problems.internal.Fronts;

/**
 * What the UF problems share: the checks of n, the boxes, the Pareto-set curves and the sampled
 * fronts. Indices j in the comments are the paper's, 1-based: x_j is {@code x[j - 1]}.
 */
final class Uf {

    /** The CEC 2009 report's number of variables for every UF problem. */
    static final int DEFAULT_VARIABLES = 30;

    private Uf() {}

    /**
     * Checks n ≥ {@code min}: 3 for UF1–7 (so that J₁ = {3, 5, …} and J₂ = {2, 4, …} are not
     * empty), 5 for UF8–10 (J₁ = {4, 7, …}, J₂ = {5, 8, …}, J₃ = {3, 6, …}).
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

    /** sin(6π x₁ + jπ/n): the Pareto-set value of x_j in UF1, UF4–7. */
    static double sine(double x1, int j, int n) {
        return Math.sin(6 * Math.PI * x1 + j * Math.PI / n);
    }

    /** 2 x₂ sin(2π x₁ + jπ/n): the Pareto-set value of x_j in UF8–10. */
    static double sine3(double x1, double x2, int j, int n) {
        return 2 * x2 * Math.sin(2 * Math.PI * x1 + j * Math.PI / n);
    }

    /** n points (f₁, f₂) of a two-objective front f₂ = φ(f₁), f₁ equally spaced in [0, 1]. */
    static double[][] curve(int n, java.util.function.DoubleUnaryOperator phi) {
        double[] f1 = Fronts.linspace(0, 1, n);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new double[] {f1[i], phi.applyAsDouble(f1[i])};
        }
        return out;
    }
}
