package org.mo4j.morl;

import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.indicators.ExpectedUtility;
import org.mo4j.core.indicators.Sparsity;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.weights.WeightVectors;

/**
 * The three measures C-MORL reports (Liu et al., ICLR 2025; {@code morl/morl.py:eval}), on
 * <em>maximised</em> return vectors: hypervolume against a reference point (the exact mo-core
 * kernels on negated values), expected utility over the simplex grid of step δ, and sparsity.
 * Costs are those of {@link Hypervolume#of}, {@link ExpectedUtility#of} (O(n·|W|·m)) and
 * {@link Sparsity#of} (O(m n log n)).
 *
 * @param hypervolume      the hypervolume dominated by the front above the reference point
 * @param expectedUtility  the mean over the δ grid of the best linear utility on the front
 * @param sparsity         PGMORL's sparsity (lower is denser)
 */
public record MorlMetrics(double hypervolume, double expectedUtility, double sparsity) {

    /**
     * The metrics of {@code front} (maximised returns, one row per policy).
     *
     * @param referencePoint the hypervolume reference point (maximised)
     * @param utilityStep    the expected-utility grid step δ, 1/δ an integer
     * @throws IllegalArgumentException if the front is empty, ragged or not finite, or its dimension
     *                                  differs from the reference point's
     */
    public static MorlMetrics of(double[][] front, double[] referencePoint, double utilityStep) {
        Arguments.notNull("referencePoint", referencePoint);
        int m = referencePoint.length;
        Arguments.nonEmptyFront("front", front, m, "referencePoint");
        double[][] negated = negate(front);
        double[] ref = referencePoint.clone();
        for (int j = 0; j < m; j++) {
            ref[j] = -ref[j];
        }
        double hv = Hypervolume.of(negated, ref);
        double eu = ExpectedUtility.of(negated, WeightVectors.simplexGrid(m, utilityStep));
        return new MorlMetrics(hv, eu, Sparsity.of(front));
    }

    private static double[][] negate(double[][] f) {
        double[][] out = new double[f.length][];
        for (int i = 0; i < f.length; i++) {
            out[i] = new double[f[i].length];
            for (int j = 0; j < f[i].length; j++) {
                out[i][j] = -f[i][j];
            }
        }
        return out;
    }
}
