package org.mo4j.core.weights;

import org.mo4j.core.internal.Arguments;

/**
 * Structured sets of weight vectors on the unit simplex {w ∈ [0,1]^m : Σ w_i = 1}, for
 * decomposition (MOEA/D, NSGA-III reference directions) and utility-based indicators (R2, expected
 * utility).
 *
 * <p>Every set is returned as new arrays, in a deterministic order: the integer vectors
 * (k_1, …, k_m), Σ k_i = H, in increasing lexicographic order (first component slowest), e.g. for
 * m = 2, H = 2: (0, 1), (½, ½), (1, 0). Component i is computed as k_i / H, so each vector sums to
 * 1 within a few ulps. Complexity O(m · count).
 */
public final class WeightVectors {

    /** Largest set this class will build, to fail fast instead of exhausting memory. */
    private static final long MAX_VECTORS = 10_000_000L;

    private WeightVectors() {}

    /**
     * The number of vectors in {@link #simplexLattice simplexLattice(m, divisions)}:
     * C(H + m − 1, m − 1), or {@link Long#MAX_VALUE} if it overflows a {@code long}.
     */
    public static long latticeSize(int m, int divisions) {
        Arguments.positive("m", m);
        Arguments.positive("divisions", divisions);
        long c = 1;
        for (int i = 1; i < m; i++) {
            // C(H + i, i) = C(H + i − 1, i − 1) · (H + i) / i, exact at every step
            try {
                c = Math.multiplyExact(c, divisions + (long) i) / i;
            } catch (ArithmeticException overflow) {
                return Long.MAX_VALUE;
            }
        }
        return c;
    }

    /**
     * The simplex-lattice design of Das &amp; Dennis 1998 ("Normal-boundary intersection: a new
     * method for generating the Pareto surface in nonlinear multicriteria optimization problems",
     * SIAM J. Optim. 8(3)): every vector whose components are multiples of 1/H summing to 1.
     * There are C(H + m − 1, m − 1) of them ({@link #latticeSize}).
     *
     * @param m         the number of objectives, ≥ 1
     * @param divisions H, the number of divisions of each axis, ≥ 1
     * @throws IllegalArgumentException naming the argument, also when the set would exceed 10⁷ vectors
     */
    public static double[][] simplexLattice(int m, int divisions) {
        long size = latticeSize(m, divisions);
        if (size > MAX_VECTORS) {
            throw new IllegalArgumentException("simplexLattice(m=" + m + ", divisions=" + divisions
                    + ") would have " + (size == Long.MAX_VALUE ? "more than 2^63" : size)
                    + " vectors, more than the limit " + MAX_VECTORS);
        }
        double[][] out = new double[(int) size][];
        int[] k = new int[m];
        int[] next = {0};
        fill(k, 0, divisions, divisions, out, next);
        return out;
    }

    /** Enumerates k[i..] with Σ k[i..] = left, first component slowest and ascending. */
    private static void fill(int[] k, int i, int left, int h, double[][] out, int[] next) {
        if (i == k.length - 1) {
            k[i] = left;
            double[] w = new double[k.length];
            for (int j = 0; j < k.length; j++) {
                w[j] = (double) k[j] / h;
            }
            out[next[0]++] = w;
            return;
        }
        for (int v = 0; v <= left; v++) {
            k[i] = v;
            fill(k, i + 1, left - v, h, out, next);
        }
    }

    /**
     * The weight grid of C-MORL's expected-utility evaluation: the Cartesian grid {0, δ, 2δ, …, 1}^m
     * filtered to the vectors summing to 1. That is exactly {@link #simplexLattice} with H = 1/δ,
     * which is how it is built here (no floating-point sum test), so 1/δ must be an integer.
     *
     * @param m    the number of objectives, ≥ 1
     * @param step δ, in (0, 1], with 1/δ an integer within a relative 1e-9
     * @throws IllegalArgumentException naming the argument when 1/δ is not an integer
     */
    public static double[][] simplexGrid(int m, double step) {
        Arguments.positive("step", step);
        double inverse = 1 / step;
        long h = Math.round(inverse);
        if (step > 1 || Math.abs(inverse - h) > 1e-9 * inverse) {
            throw new IllegalArgumentException(
                    "step must be 1/H for an integer H >= 1, was " + step + " (1/step = " + inverse + ")");
        }
        if (h > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("step is too small, was " + step);
        }
        return simplexLattice(m, (int) h);
    }

    /**
     * The two-layer reference directions of NSGA-III for many objectives (Deb &amp; Jain 2014, "An
     * evolutionary many-objective optimization algorithm using reference-point-based nondominated
     * sorting approach, part I", IEEE TEC 18(4)): the outer lattice with H₁ divisions followed by
     * the inner lattice with H₂ divisions shrunk by ½ towards the centroid,
     * w ↦ w/2 + 1/(2m), which keeps Σ w_i = 1 and puts inner points strictly inside the simplex.
     * C(H₁ + m − 1, m − 1) + C(H₂ + m − 1, m − 1) vectors (e.g. m = 8, H₁ = 3, H₂ = 2: 120 + 36).
     *
     * @param m               the number of objectives, ≥ 1
     * @param outerDivisions  H₁ ≥ 1
     * @param innerDivisions  H₂ ≥ 1
     * @throws IllegalArgumentException naming the argument
     */
    public static double[][] twoLayer(int m, int outerDivisions, int innerDivisions) {
        Arguments.positive("m", m);
        Arguments.positive("outerDivisions", outerDivisions);
        Arguments.positive("innerDivisions", innerDivisions);
        double[][] outer = simplexLattice(m, outerDivisions);
        double[][] inner = simplexLattice(m, innerDivisions);
        double[][] out = new double[outer.length + inner.length][];
        System.arraycopy(outer, 0, out, 0, outer.length);
        double centre = 1.0 / (2 * m);
        for (int k = 0; k < inner.length; k++) {
            double[] w = inner[k];
            for (int i = 0; i < m; i++) {
                w[i] = w[i] / 2 + centre;
            }
            out[outer.length + k] = w;
        }
        return out;
    }
}
