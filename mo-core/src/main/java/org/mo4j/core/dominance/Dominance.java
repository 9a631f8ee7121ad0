package org.mo4j.core.dominance;

import org.mo4j.core.internal.Arguments;

/**
 * Dominance relations between objective vectors, all objectives minimised.
 *
 * <p>{@code a} dominates {@code b} iff {@code a[i] <= b[i]} for every {@code i} and
 * {@code a[j] < b[j]} for some {@code j}; equal vectors do not dominate each other. Besides Pareto
 * dominance this class offers the constrained dominance of NSGA-II (Deb, Pratap, Agarwal,
 * Meyarivan 2002, "A fast and elitist multiobjective genetic algorithm: NSGA-II", IEEE TEC 6(2))
 * and the additive and multiplicative epsilon dominance of Laumanns, Thiele, Deb, Zitzler 2002,
 * "Combining convergence and diversity in evolutionary multiobjective optimization", Evolutionary
 * Computation 10(3).
 *
 * <p>Every public method validates its arguments (equal lengths, finite values) and throws
 * {@link IllegalArgumentException} naming the argument; each comparison is O(d) and allocates
 * nothing. Kernels that have validated their input call {@link #compareUnchecked}.
 */
public final class Dominance {

    private Dominance() {}

    /**
     * The Pareto relation of {@code a} to {@code b}.
     *
     * @throws IllegalArgumentException if either is null, empty or non-finite, or lengths differ
     */
    public static Relation compare(double[] a, double[] b) {
        check(a, b);
        return compareUnchecked(a, b);
    }

    /**
     * {@link #compare} without validation, for kernels whose input is already checked: the caller
     * guarantees two non-null arrays of equal length holding no NaN. O(d), stops as soon as each
     * vector is better somewhere.
     */
    public static Relation compareUnchecked(double[] a, double[] b) {
        boolean aBetter = false;
        boolean bBetter = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i]) {
                if (bBetter) {
                    return Relation.NON_DOMINATED;
                }
                aBetter = true;
            } else if (b[i] < a[i]) {
                if (aBetter) {
                    return Relation.NON_DOMINATED;
                }
                bBetter = true;
            }
        }
        return aBetter ? Relation.DOMINATES : bBetter ? Relation.DOMINATED : Relation.EQUAL;
    }

    /** Whether {@code a} Pareto-dominates {@code b}. */
    public static boolean dominates(double[] a, double[] b) {
        check(a, b);
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            if (b[i] < a[i]) {
                return false;
            }
            better |= a[i] < b[i];
        }
        return better;
    }

    /** Whether {@code a} weakly dominates {@code b}: {@code a[i] <= b[i]} for every {@code i}. */
    public static boolean weaklyDominates(double[] a, double[] b) {
        check(a, b);
        for (int i = 0; i < a.length; i++) {
            if (b[i] < a[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Constrained dominance (Deb et al. 2002): a feasible vector (violation 0) dominates an
     * infeasible one; of two infeasible vectors the one with the smaller total violation dominates
     * and equal violations are {@link Relation#NON_DOMINATED}; two feasible vectors compare by
     * Pareto dominance.
     *
     * @param violationA total constraint violation of {@code a}, finite and {@code >= 0}
     * @param violationB total constraint violation of {@code b}, finite and {@code >= 0}
     */
    public static Relation compareConstrained(double[] a, double violationA, double[] b, double violationB) {
        check(a, b);
        violation("violationA", violationA);
        violation("violationB", violationB);
        if (violationA == 0 && violationB == 0) {
            return compareUnchecked(a, b);
        }
        if (violationA < violationB) {
            return Relation.DOMINATES;
        }
        return violationB < violationA ? Relation.DOMINATED : Relation.NON_DOMINATED;
    }

    /**
     * Additive epsilon dominance: {@code a[i] - eps <= b[i]} for every {@code i}.
     *
     * @param eps a finite shift (a negative one makes the test stricter than weak dominance)
     */
    public static boolean epsilonDominates(double[] a, double[] b, double eps) {
        check(a, b);
        Arguments.finite("eps", eps);
        for (int i = 0; i < a.length; i++) {
            if (a[i] - eps > b[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Multiplicative epsilon dominance: {@code a[i] <= (1 + eps) * b[i]} for every {@code i},
     * defined for non-negative objectives.
     *
     * @param eps finite and {@code >= 0}
     * @throws IllegalArgumentException additionally if a coordinate is negative
     */
    public static boolean multiplicativeEpsilonDominates(double[] a, double[] b, double eps) {
        check(a, b);
        if (!(eps >= 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("eps must be finite and >= 0, was " + eps);
        }
        nonNegative("a", a);
        nonNegative("b", b);
        double factor = 1 + eps;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > factor * b[i]) {
                return false;
            }
        }
        return true;
    }

    private static void check(double[] a, double[] b) {
        Arguments.point("a", a);
        Arguments.point("b", b, a.length, "a");
    }

    private static void violation(String name, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + v);
        }
    }

    private static void nonNegative(String name, double[] p) {
        for (int i = 0; i < p.length; i++) {
            if (p[i] < 0) {
                throw new IllegalArgumentException(name + "[" + i + "] must be >= 0, was " + p[i]);
            }
        }
    }
}
